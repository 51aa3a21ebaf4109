"""Which wijk and buurt a point lies in, from the boundaries stored on Wijk and Buurt."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from shapely import Point, prepared, simplify
from shapely.geometry import mapping, shape

from aanbod.models import Buurt, Gebiedsgrens, Wijk

GEBIEDEN_MAP = Path(settings.BASE_DIR) / "fixtures" / "utrecht"


@lru_cache(maxsize=1)
def _buurt_vormen() -> tuple:
    grenzen = Gebiedsgrens.objects.filter(buurt__isnull=False).select_related("buurt__wijk")
    return tuple((g.buurt, prepared.prep(shape(g.geojson))) for g in grenzen)


@lru_cache(maxsize=1)
def _wijk_vormen() -> tuple:
    grenzen = Gebiedsgrens.objects.filter(wijk__isnull=False).select_related("wijk")
    return tuple((g.wijk, prepared.prep(shape(g.geojson))) for g in grenzen)


def vergeet_vormen() -> None:
    """Forget the cached boundaries (after they changed, and between tests)."""
    _buurt_vormen.cache_clear()
    _wijk_vormen.cache_clear()
    _middelpunten.cache_clear()


@lru_cache(maxsize=1)
def _middelpunten() -> dict[int, tuple[float, float]]:
    return {
        wijk.pk: (vorm.context.centroid.y, vorm.context.centroid.x) for wijk, vorm in _wijk_vormen()
    }


def middelpunt(wijk: Wijk) -> tuple[float, float] | None:
    """The centre (lat, lon) of a wijk, or None when its boundary is not known."""
    return _middelpunten().get(wijk.pk)


def gebied_bij_punt(lat: float, lon: float) -> tuple[Wijk | None, Buurt | None]:
    """The wijk and buurt containing the point (lat, lon), or None where it lies outside."""
    punt = Point(lon, lat)
    buurt = next((buurt for buurt, vorm in _buurt_vormen() if vorm.covers(punt)), None)
    if buurt:
        return buurt.wijk, buurt
    return next((wijk for wijk, vorm in _wijk_vormen() if vorm.covers(punt)), None), None


def wijken_geojson(tolerantie: float = 0.0002) -> str:
    """All wijk boundaries, simplified for the map, as a GeoJSON FeatureCollection."""
    features = [
        {
            "type": "Feature",
            "properties": {"naam": naam, "slug": slug},
            "geometry": mapping(simplify(shape(grens), tolerantie, preserve_topology=True)),
        }
        for naam, slug, grens in Gebiedsgrens.objects.filter(wijk__isnull=False).values_list(
            "wijk__naam", "wijk__slug", "geojson"
        )
    ]
    return json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":"))
