"""Demo data for the coordinators' dashboard: proposals from the demo partner (DOCK) and a few
corrections from visitors. Safe to run again: nothing is added twice."""

from django.contrib.auth import get_user_model
from django.db import transaction

from aanbod.demo import demo_id
from aanbod.models import Aanbod, Organisatie
from beheer.models import Correctie, Wijzigingsvoorstel
from beheer.services import correctie_melden, voorstel_indienen

CORRECTIES = [
    "De tijden kloppen niet meer: het is nu op woensdag in plaats van dinsdag.",
    "Het telefoonnummer werkt niet, ik krijg steeds een ingesprektoon.",
    "Dit is gestopt sinds de zomer, zei de beheerder van het buurthuis.",
]


def demo_laden() -> list[str]:
    """Proposals and corrections (BeheerConfig.demo)."""
    return [
        "Demo-beheer: {voorstellen} voorstellen, {correcties} correcties.".format(
            **beheer_demo_laden()
        )
    ]


@transaction.atomic
def beheer_demo_laden() -> dict[str, int]:
    """Up to three pending proposals by the user 'partner' and three public corrections."""
    dock = Organisatie.objects.filter(hsds_id=demo_id("organisatie", "dock")).first()
    partner = get_user_model().objects.filter(username="partner").first()
    voorstellen = 0
    if dock and not Wijzigingsvoorstel.objects.filter(organisatie=dock).exists():
        for i, aanbod in enumerate(Aanbod.objects.filter(organisatie=dock).order_by("pk")[:3]):
            waarden = [
                {"telefoon": "030 123 45 67"},
                {"beschrijving": aanbod.beschrijving + " Nieuw: ook op vrijdagmiddag open."},
                {"kosten_toelichting": "Vanaf volgend jaar vragen we 1 euro voor de koffie."},
            ][i]
            voorstel_indienen(
                aanbod=aanbod,
                nieuwe_waarden=waarden,
                door=partner,
                toelichting="Voorbeeldvoorstel (demo).",
            )
            voorstellen += 1
    correcties = 0
    if not Correctie.objects.filter(tekst__in=CORRECTIES).exists():
        for tekst, aanbod in zip(
            CORRECTIES, Aanbod.objects.zichtbaar().order_by("naam")[:3], strict=False
        ):
            correctie_melden(aanbod=aanbod, tekst=tekst)
            correcties += 1
    return {"voorstellen": voorstellen, "correcties": correcties}
