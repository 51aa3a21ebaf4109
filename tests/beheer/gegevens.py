"""A small, known set of questions whose figures are worked out by hand in the tests."""

from aanbod.models import Informatiepunt
from tests.beheer.hulp import vraag_met_verleden
from tests.conftest import amsterdam
from tests.factories import maak_aanbod, maak_organisatie
from vragen.models import Kanaal, Uitkomst, VraagStatus

S = VraagStatus


def bekende_vragen() -> dict:
    """Seven questions in January and February 2026 (see the figures in test_rapportage.py)."""
    org_a = maak_organisatie(naam="Aanspreekpunt A")
    org_b = maak_organisatie(naam="Aanspreekpunt B")
    x = maak_aanbod(naam="Geldhulp X")
    y = maak_aanbod(naam="Woonhulp Y")
    punt = Informatiepunt.objects.create(naam="Wip Oost", aanbod=maak_aanbod(naam="Wip Oost"))
    d = amsterdam
    vragen = {
        "v1": vraag_met_verleden(
            aangemaakt=d(2026, 1, 5, 10),
            deadline=d(2026, 1, 8).date(),
            themas=("geld-en-schulden",),
            wijk="oost",
            kanaal=Kanaal.BALIE,
            informatiepunt=punt,
            aanbod=[x],
            stappen=((S.AFGEHANDELD, d(2026, 1, 5, 10, 5), Uitkomst.GEHOLPEN),),
        ),
        "v2": vraag_met_verleden(
            aangemaakt=d(2026, 1, 6, 9),
            deadline=d(2026, 1, 9).date(),
            themas=("geld-en-schulden", "wonen"),
            wijk="oost",
            kanaal=Kanaal.TELEFOON,
            organisatie=org_a,
            informatiepunt=punt,
            aanbod=[x, y],
            stappen=(
                (S.IN_BEHANDELING, d(2026, 1, 7, 9), ""),
                (S.AFGEHANDELD, d(2026, 1, 8, 9), Uitkomst.GEEN_PASSEND_AANBOD),
            ),
        ),
        "v3": vraag_met_verleden(
            aangemaakt=d(2026, 1, 10, 12),
            deadline=d(2026, 1, 13).date(),
            themas=("geld-en-schulden",),
            wijk="oost",
            kanaal=Kanaal.ONLINE,
            organisatie=org_a,
            stappen=((S.IN_BEHANDELING, d(2026, 1, 15, 12), ""),),
        ),
        "v4": vraag_met_verleden(
            aangemaakt=d(2026, 1, 20, 10),
            deadline=d(2026, 1, 23).date(),
            themas=("wonen",),
            wijk="west",
            kanaal=Kanaal.BALIE,
            organisatie=org_b,
        ),
        "v5": vraag_met_verleden(
            aangemaakt=d(2026, 2, 2, 10),
            deadline=d(2026, 2, 5).date(),
            kanaal=Kanaal.EMAIL,
            aanbod=[x],
            stappen=((S.IN_BEHANDELING, d(2026, 2, 2, 16, 30), ""),),
        ),
        "v6": vraag_met_verleden(
            aangemaakt=d(2026, 2, 3, 10),
            deadline=d(2026, 2, 6).date(),
            themas=("geld-en-schulden",),
            wijk="oost",
            kanaal=Kanaal.BALIE,
            stappen=((S.AFGEHANDELD, d(2026, 2, 3, 10, 30), Uitkomst.GEEN_PASSEND_AANBOD),),
        ),
        "v7": vraag_met_verleden(
            aangemaakt=d(2026, 2, 10, 10),
            deadline=d(2026, 2, 13).date(),
            themas=("geld-en-schulden",),
            wijk="oost",
            kanaal=Kanaal.TELEFOON,
            stappen=((S.GEANNULEERD, d(2026, 2, 11, 10), ""),),
        ),
    }
    return {"vragen": vragen, "org_a": org_a, "org_b": org_b, "x": x, "y": y, "punt": punt}
