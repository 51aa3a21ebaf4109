"""The nearest Wijkinformatiepunten: from the browser's location or a chosen wijk or buurt.

A location is personal data: the page never stores or caches it, and the script rounds it to
about 100 metres before it leaves the phone (docs/dichtstbijzijnde-informatiepunt.md)."""

import math
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

from django.core.validators import slug_re
from django.http import QueryDict
from django.utils.translation import gettext as _

from aanbod.informatiepunten import afstand_km, middelpunt
from aanbod.models import Buurt, Informatiepunt, Wijk
from aanbod.openingstijden import Openstatus, openstatus

VER_WEG_KM = 40  # further than this from every desk: probably not in or near Utrecht


@dataclass(frozen=True)
class Vertrekpunt:
    lat: float
    lon: float
    naam: str  # "je locatie" or the wijk's or buurt's name
    is_locatie: bool  # the browser's location (never cached) or a chosen area


@dataclass(frozen=True)
class PuntDichtbij:
    punt: Informatiepunt
    status: Openstatus
    afstand: float | None  # km
    route: str  # OpenStreetMap directions to the desk


def _getal(waarde: str) -> float | None:
    try:
        getal = float(waarde.strip().replace(",", "."))
    except (ValueError, AttributeError):
        return None
    return getal if math.isfinite(getal) else None


def vertrekpunt(get: QueryDict) -> tuple[Vertrekpunt | None, str | None]:
    """The point to measure from, and a message for the resident when the input was wrong."""
    if get.get("lat") or get.get("lon"):
        lat, lon = _getal(get.get("lat", "")[:30]), _getal(get.get("lon", "")[:30])
        if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            return None, _(
                "We konden je locatie niet lezen. Kies hieronder je wijk of buurt, of probeer "
                "het nog een keer."
            )
        return Vertrekpunt(round(lat, 3), round(lon, 3), _("je locatie"), True), None
    gebied = get.get("gebied", "")[:100]
    if not gebied:
        return None, None
    soort, _sep, slug = gebied.partition(":")
    model = {"wijk": Wijk, "buurt": Buurt}.get(soort)
    gevonden = (
        model.objects.select_related("grensvorm").filter(slug=slug).first()
        if model and slug_re.fullmatch(slug)
        else None
    )
    midden = middelpunt(gevonden) if gevonden else None
    if midden is None:
        return None, _("Die wijk of buurt kennen we niet. Kies er een uit de lijst.")
    return Vertrekpunt(midden[0], midden[1], gevonden.naam, False), None


def routelink(punt: Informatiepunt, van: Vertrekpunt | None) -> str:
    """Walking directions on OpenStreetMap; without a start the resident fills it in there."""
    locatie = punt.locatie
    if not locatie or locatie.lat is None or locatie.lon is None:
        adres = locatie.adres if locatie else punt.naam
        return f"https://www.openstreetmap.org/search?query={quote(adres)}"
    naar = f"{locatie.lat:.5f},{locatie.lon:.5f}"
    start = f"{van.lat:.5f},{van.lon:.5f}" if van else ""
    return (
        "https://www.openstreetmap.org/directions?engine=fossgis_osrm_foot"
        f"&route={quote(start + ';' + naar)}"
    )


def dichtstbijzijnde(
    punten: list[Informatiepunt], van: Vertrekpunt | None, moment: datetime | None = None
) -> list[PuntDichtbij]:
    """Every desk with its open status, nearest first (desks without a place last); in the
    given order when there is no point to measure from."""
    lijst = []
    for punt in punten:
        locatie = punt.locatie
        afstand = (
            afstand_km((van.lat, van.lon), (locatie.lat, locatie.lon))
            if van and locatie and locatie.lat is not None and locatie.lon is not None
            else None
        )
        status = openstatus(list(punt.aanbod.aanbodlocaties.all()), moment)
        lijst.append(PuntDichtbij(punt, status, afstand, routelink(punt, van)))
    if van:
        lijst.sort(key=lambda p: (p.afstand is None, p.afstand or 0, p.punt.naam))
    return lijst


def ver_weg(lijst: list[PuntDichtbij]) -> bool:
    afstanden = [p.afstand for p in lijst if p.afstand is not None]
    return bool(afstanden) and min(afstanden) > VER_WEG_KM


def gebiedkeuzes() -> list[tuple[str, list[tuple[str, str]]]]:
    """The wijk-or-buurt select: per wijk the wijk itself, then its buurten."""
    buurten: dict[int, list[Buurt]] = {}
    for buurt in Buurt.objects.order_by("naam"):
        buurten.setdefault(buurt.wijk_id, []).append(buurt)
    return [
        (
            wijk.naam,
            [(f"wijk:{wijk.slug}", _("Heel %(wijk)s") % {"wijk": wijk.naam})]
            + [(f"buurt:{b.slug}", b.naam) for b in buurten.get(wijk.pk, [])],
        )
        for wijk in Wijk.objects.order_by("naam")
    ]
