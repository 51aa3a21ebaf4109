"""Which Wijkinformatiepunt is nearest for a wijk, and is it open?"""

from functools import lru_cache
from math import asin, cos, radians, sin, sqrt

from shapely.geometry import shape

from aanbod.models import Informatiepunt, Wijk


def afstand_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) points in kilometres."""
    lat1, lon1, lat2, lon2 = map(radians, (*a, *b))
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * asin(sqrt(h))


@lru_cache(maxsize=32)
def _middelpunt(grens_json: str) -> tuple[float, float]:
    import json

    punt = shape(json.loads(grens_json)).representative_point()
    return punt.y, punt.x


def middelpunt(wijk: Wijk) -> tuple[float, float] | None:
    if not wijk.grens:
        return None
    import json

    return _middelpunt(json.dumps(wijk.grens, sort_keys=True))


def dichtstbijzijnd(wijk: Wijk | None, punten: list[Informatiepunt]) -> Informatiepunt | None:
    """The informatiepunt for ``wijk``: one that serves it, else the nearest one.

    ``punten`` come from Informatiepunt.objects.met_gegevens() (no queries here)."""
    if not punten:
        return None
    if wijk is None:
        return punten[0]
    voor_wijk = [p for p in punten if wijk in p.wijken.all()]
    if voor_wijk:
        return voor_wijk[0]
    midden = middelpunt(wijk)
    met_plek = [p for p in punten if p.locatie and p.locatie.lat is not None]
    if midden is None or not met_plek:
        return punten[0]
    return min(met_plek, key=lambda p: afstand_km(midden, (p.locatie.lat, p.locatie.lon)))


def informatiepunt_voor_wijk(wijk: Wijk | None) -> Informatiepunt | None:
    return dichtstbijzijnd(wijk, list(Informatiepunt.objects.met_gegevens()))
