"""Small helpers that make valid catalogue rows for tests."""

from datetime import time
from itertools import count

from aanbod.models import (
    Aanbod,
    AanbodLocatie,
    Deelname,
    Doelgroep,
    Kosten,
    Locatie,
    Organisatie,
    Soort,
    Thema,
    Tijdslot,
    Wijk,
)

_teller = count(1)

# A point inside each wijk (checked against the boundaries in tests/aanbod/test_gebieden.py).
PUNTEN = {
    "oost": (52.0875, 5.1400),
    "west": (52.0930, 5.0960),
    "overvecht": (52.1160, 5.1110),
    "binnenstad": (52.0907, 5.1214),
    "zuidwest": (52.0750, 5.0950),
}


def maak_organisatie(**velden) -> Organisatie:
    velden.setdefault("naam", f"Organisatie {next(_teller)}")
    return Organisatie.objects.create(**velden)


def maak_locatie(wijk: str = "oost", **velden) -> Locatie:
    lat, lon = PUNTEN[wijk]
    velden.setdefault("naam", f"Buurthuis {next(_teller)}")
    velden.setdefault("straat", "Teststraat")
    velden.setdefault("huisnummer", "1")
    velden.setdefault("postcode", "3581 AA")
    velden.setdefault("lat", lat)
    velden.setdefault("lon", lon)
    return Locatie.objects.create(**velden)


def maak_aanbod(
    *,
    themas: tuple[str, ...] = ("ontmoeting",),
    doelgroepen: tuple[str, ...] = ("iedereen",),
    locatie: Locatie | None = None,
    wijk: str | None = "oost",
    tijden: tuple[tuple[int, time, time], ...] = (),
    **velden,
) -> Aanbod:
    """An offer; with a location in ``wijk`` (unless wijk is None) and weekly ``tijden``."""
    velden.setdefault("naam", f"Aanbod {next(_teller)}")
    velden.setdefault("organisatie", maak_organisatie())
    velden.setdefault("soort", Soort.ONTMOETINGSPLEK)
    velden.setdefault("beschrijving", "Een plek om samen koffie te drinken.")
    velden.setdefault("kosten", Kosten.GRATIS)
    velden.setdefault("deelname", Deelname.BINNENLOPEN)
    aanbod = Aanbod.objects.create(**velden)
    aanbod.themas.set(Thema.objects.filter(slug__in=themas))
    aanbod.doelgroepen.set(Doelgroep.objects.filter(slug__in=doelgroepen))
    if locatie is None and wijk is not None:
        locatie = maak_locatie(wijk)
    if locatie is not None:
        al = AanbodLocatie.objects.create(aanbod=aanbod, locatie=locatie)
        for weekdag, opent, sluit in tijden:
            Tijdslot.objects.create(aanbod_locatie=al, weekdag=weekdag, opent=opent, sluit=sluit)
    return aanbod


def wijk(slug: str) -> Wijk:
    return Wijk.objects.get(slug=slug)
