"""Which wijk and buurt a point lies in, from the boundaries stored on Wijk and Buurt."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from shapely import Point, prepared, simplify
from shapely.geometry import mapping, shape

from aanbod.models import Buurt, Wijk

GEBIEDEN_MAP = Path(settings.BASE_DIR) / "fixtures" / "utrecht"


@lru_cache(maxsize=1)
def _buurt_vormen() -> tuple:
    return tuple(
        (buurt_id, prepared.prep(shape(grens)))
        for buurt_id, grens in Buurt.objects.exclude(grens={}).values_list("id", "grens")
    )


@lru_cache(maxsize=1)
def _wijk_vormen() -> tuple:
    return tuple(
        (wijk_id, prepared.prep(shape(grens)))
        for wijk_id, grens in Wijk.objects.exclude(grens={}).values_list("id", "grens")
    )


def vergeet_vormen() -> None:
    """Forget the cached boundaries (after they changed, and between tests)."""
    _buurt_vormen.cache_clear()
    _wijk_vormen.cache_clear()


def gebied_bij_punt(lat: float, lon: float) -> tuple[Wijk | None, Buurt | None]:
    """The wijk and buurt containing the point (lat, lon), or None where it lies outside."""
    punt = Point(lon, lat)
    buurt_id = next((pk for pk, vorm in _buurt_vormen() if vorm.covers(punt)), None)
    if buurt_id:
        buurt = Buurt.objects.select_related("wijk").get(pk=buurt_id)
        return buurt.wijk, buurt
    wijk_id = next((pk for pk, vorm in _wijk_vormen() if vorm.covers(punt)), None)
    return (Wijk.objects.get(pk=wijk_id) if wijk_id else None), None


def wijken_geojson(tolerantie: float = 0.0002) -> str:
    """All wijk boundaries, simplified for the map, as a GeoJSON FeatureCollection."""
    features = [
        {
            "type": "Feature",
            "properties": {"naam": naam, "slug": slug},
            "geometry": mapping(simplify(shape(grens), tolerantie, preserve_topology=True)),
        }
        for naam, slug, grens in Wijk.objects.exclude(grens={}).values_list("naam", "slug", "grens")
    ]
    return json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":"))
