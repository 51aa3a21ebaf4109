"""What goes on a wijk's meterkastkaart: the key numbers and the key places of the wijk."""

from django.utils.translation import gettext_lazy as _

from aanbod.models import Aanbod, Soort, Wijk

# Numbers that are the same for every wijk in Utrecht.
VASTE_NUMMERS = [
    (_("Spoed: politie, brandweer, ambulance"), "112"),
    (_("Politie, geen spoed"), "0900 8844"),
    (_("Gemeente Utrecht"), "14 030"),
    (_("Praten over zelfmoordgedachten (113, gratis)"), "0800 0113"),
]
SOORTEN = [
    Soort.HULP_EN_ADVIES,
    Soort.INFORMATIE,
    Soort.ZORG_EN_ONDERSTEUNING,
    Soort.ONTMOETINGSPLEK,
]
MAX_PLEKKEN = 8


def meterkastkaart_gegevens(wijk: Wijk) -> dict:
    plekken = list(
        Aanbod.objects.actief()
        .in_wijk(wijk)
        .filter(soort__in=SOORTEN)
        .met_lijstgegevens()
        .order_by("soort", "naam", "pk")[:MAX_PLEKKEN]
    )
    return {"vaste_nummers": VASTE_NUMMERS, "plekken": plekken}
