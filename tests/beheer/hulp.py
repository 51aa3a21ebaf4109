"""Helpers for the coordinators' app tests: logged-in roles and questions with a known past."""

from datetime import date, datetime

from aanbod.models import Thema, Wijk
from tests.factories import maak_gebruiker, otp_inloggen
from vragen.models import Kanaal, StatusWijziging, Vraag, VraagStatus


def als_coordinator(client, **velden):
    """A coordinator, logged in with the second step done (required on /beheer/)."""
    gebruiker = maak_gebruiker("coordinator", **velden)
    otp_inloggen(client, gebruiker)
    return gebruiker


def vraag_met_verleden(
    *,
    aangemaakt: datetime,
    deadline: date,
    themas: tuple[str, ...] = (),
    wijk: str | None = None,
    kanaal: str = Kanaal.BALIE,
    stappen: tuple[tuple[str, datetime, str], ...] = (),
    organisatie=None,
    informatiepunt=None,
    aanbod=(),
) -> Vraag:
    """A question logged at ``aangemaakt`` whose history holds ``stappen``
    ((status, moment, uitkomst), in order); its status is that of the last step."""
    vraag = Vraag.objects.create(
        tekst="Een vraag",
        kanaal=kanaal,
        wijk=Wijk.objects.get(slug=wijk) if wijk else None,
        deadline=deadline,
        aangemaakt=aangemaakt,
        aanspreekpunt_organisatie=organisatie,
        informatiepunt=informatiepunt,
    )
    vraag.themas.set(Thema.objects.filter(slug__in=themas))
    vraag.aanbod.set(list(aanbod))
    StatusWijziging.objects.create(vraag=vraag, naar_status=VraagStatus.NIEUW, tijdstip=aangemaakt)
    status, uitkomst, afgesloten = VraagStatus.NIEUW, "", None
    for naar, moment, uitkomst_ in stappen:
        StatusWijziging.objects.create(
            vraag=vraag, van_status=status, naar_status=naar, uitkomst=uitkomst_, tijdstip=moment
        )
        status, uitkomst = naar, uitkomst_
        afgesloten = moment if naar in (VraagStatus.AFGEHANDELD, VraagStatus.GEANNULEERD) else None
    Vraag.objects.filter(pk=vraag.pk).update(
        status=status, uitkomst=uitkomst, afgesloten_op=afgesloten
    )
    vraag.refresh_from_db()
    return vraag
