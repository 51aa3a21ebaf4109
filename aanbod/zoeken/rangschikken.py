"""Matching and ranking in PostgreSQL: the ids of the offers that fit a query, best first.

First the offers that match every group of the query (aanbod/zoeken/vraag.py), ranked by the
weighted text rank (name above themes, target groups, place and organisation, above the
description) and small boosts for active, recently checked and nearby offers. When fewer than
AANVULLEN_ONDER offers match everything, the offers that match part of it follow, ranked by
how much of the query they cover, each group weighted by how rare its words are. Ties go to
the offer nearest the chosen wijk, then the most recently checked one.

At national scale a broad word ('koffie') matches tens of thousands of offers, and ranking
them all costs more than the rest of the page. So of the matching offers only ``kandidaten``
are ranked: the most recently checked ones, which an index gives without reading every match
(aanbod_controle_dekkend_idx, migration 0010, holds the filter vector, so the walk that finds
them never reads the table). The query that finds the candidates also ranks them.
"""

from __future__ import annotations

import math
from datetime import timedelta
from functools import reduce
from operator import add

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import Case, F, FloatField, QuerySet, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce
from django.utils import timezone

from aanbod.zoeken.index import ZOEKCONFIG, VectorBevat
from aanbod.zoeken.vraag import Zoekvraag

RANG_GEWICHTEN = [0.1, 0.3, 0.6, 1.0]  # D, C, B, A
VERS_GECONTROLEERD = timedelta(days=183)
AANVULLEN_ONDER = 3
DEKKING_RANG = 0.3  # how much the text rank adds to the coverage of a partial match
# The order in which candidates are taken when there are more than ``kandidaten``.
VERSTE_EERST = (F("laatst_gecontroleerd").desc(nulls_last=True), F("pk").desc())
# Degrees of longitude are shorter than degrees of latitude: at Utrecht's 52° by cos(52°).
LENGTE_FACTOR = math.cos(math.radians(52.09))


def rangschikken(
    qs: QuerySet,
    vraag: Zoekvraag,
    *,
    kandidaten: int,
    voorkeur_wijk=None,
    centrum: tuple[float, float] | None = None,
) -> list[int]:
    """The ids of the offers in ``qs`` that fit ``vraag``, best first, at most ``kandidaten``
    of those that match it all, and as many more that match part of it."""
    extra = _extra(qs, voorkeur_wijk, centrum)
    alles = qs
    for groep in vraag.groepen:
        alles = alles.filter(VectorBevat(groep.tsquery))
    rang = _tekstrang(vraag)
    rijen = _gerangschikt(alles, rang, extra, kandidaten)
    if len(rijen) < AANVULLEN_ONDER and len(vraag.groepen) > 1:
        gevonden = [pk for pk, *_rest in rijen]
        deels = qs.filter(VectorBevat(" | ".join(vraag_termen(vraag)))).exclude(pk__in=gevonden)
        dekking = reduce(
            add,
            [
                Case(
                    When(VectorBevat(groep.tsquery), then=Value(groep.gewicht)),
                    default=Value(0.0),
                    output_field=FloatField(),
                )
                for groep in vraag.groepen
            ],
        )
        rijen += _gerangschikt(deels, dekking + rang * DEKKING_RANG, extra, kandidaten)
    return [pk for pk, *_rest in rijen]


def vraag_termen(vraag: Zoekvraag) -> list[str]:
    return list(dict.fromkeys(t for g in vraag.groepen for t in g.termen))


def _tekstrang(vraag: Zoekvraag):
    termen = list(dict.fromkeys(t for g in vraag.groepen for t in g.rangtermen))
    query = SearchQuery(" | ".join(termen), search_type="raw", config=ZOEKCONFIG)
    return Coalesce(
        SearchRank(F("zoekvector"), query, weights=RANG_GEWICHTEN),
        Value(0.0),
        output_field=FloatField(),
    )


def _extra(qs: QuerySet, voorkeur_wijk, centrum):
    """The small boosts: active, recently checked, in the chosen wijk."""
    extra = Case(When(status="actief", then=Value(0.1)), default=Value(0.0))
    vers = timezone.localdate() - VERS_GECONTROLEERD
    extra += Case(When(laatst_gecontroleerd__gte=vers, then=Value(0.05)), default=Value(0.0))
    if voorkeur_wijk is not None:
        in_wijk = qs.model.objects.in_wijk(voorkeur_wijk).values("pk")
        extra += Case(When(pk__in=in_wijk, then=Value(0.1)), default=Value(0.0))
    return {"extra": extra, "afstand": _afstand(centrum)}


def _afstand(centrum: tuple[float, float] | None):
    """The offer's nearest place to ``centrum`` (lat, lon), squared, in degrees of latitude."""
    if centrum is None:
        return Value(None, output_field=FloatField())
    return RawSQL(
        """(SELECT min(power(l.lat - %s, 2) + power((l.lon - %s) * %s, 2))
            FROM aanbod_aanbodlocatie al JOIN aanbod_locatie l ON l.id = al.locatie_id
            WHERE al.aanbod_id = aanbod_aanbod.id AND l.lat IS NOT NULL)""",
        (centrum[0], centrum[1], LENGTE_FACTOR),
        output_field=FloatField(),
    )


def _gerangschikt(qs: QuerySet, score, extra: dict, kandidaten: int) -> list[tuple]:
    """Find the candidates and rank them in one query (each vector is read once, by the query
    that finds it), and put them in order here: relevance, then distance, then freshness."""
    gevonden = qs.order_by(*VERSTE_EERST).values("pk")[:kandidaten]
    rijen = list(
        qs.model._default_manager.filter(pk__in=gevonden)
        .order_by()
        .annotate(score=score + extra["extra"], afstand=extra["afstand"])
        .values_list("pk", "score", "afstand", "laatst_gecontroleerd")
    )
    rijen.sort(
        key=lambda r: (
            -round(r[1], 2),
            math.inf if r[2] is None else r[2],
            -(r[3].toordinal() if r[3] else 0),
            r[0],
        )
    )
    return rijen
