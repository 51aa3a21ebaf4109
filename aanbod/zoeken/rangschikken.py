"""Matching and ranking in PostgreSQL: the ids of the offers that fit a query, best first.

Each group of the query (aanbod/zoeken/vraag.py) adds its weight to an offer that says it (a
strong term) and a part of it to an offer that is only in a theme it names; so an offer that
fits everything comes before one that fits part, a need someone expressed counts more than any
single word, and a rare word more than a common one. The weighted text rank (name above
themes, target groups, place and organisation, above the description) orders offers that fit
the same, with small boosts for active, recently checked and nearby offers. Ties go to the
offer nearest the chosen wijk, then the most recently checked one.

At national scale a broad word ('koffie') matches tens of thousands of offers, and ranking
them all costs more than the rest of the page. So only candidates are ranked: the
``kandidaten`` most recently checked offers that fit every group, and as many that say any of
it (an index gives that order without reading every match: aanbod_controle_dekkend_idx,
migration 0010, holds the filter vector, so the walk that finds them never reads the table).
The query that finds the candidates also ranks them.

That walk is quick when many offers fit and slow when few do. For a query of three groups or
more (an everyday sentence) few offers fit them all, and the walk would read tens of
thousands of index entries to find them, where the GIN index finds them at once; PostgreSQL's
estimate cannot tell (it takes the words as independent), so such a query asks the GIN index
(bench/RESULTS.md).
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from functools import reduce
from operator import add

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import Case, DateField, F, FloatField, QuerySet, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce
from django.utils import timezone

from aanbod.zoeken.index import ZOEKCONFIG, VectorBevat, kenmerk
from aanbod.zoeken.vraag import Zoekvraag

RANG_GEWICHTEN = [0.1, 0.3, 0.6, 1.0]  # D, C, B, A
VERS_GECONTROLEERD = timedelta(days=183)
THEMA_DEEL = 0.4  # the part of a group's weight an offer gets for being in its theme only
BUITEN_THEMA = 0.75  # ... for saying it outside the themes the group names
TEKSTRANG = 0.5  # how much the text rank adds: it orders offers that fit the same
# The order in which candidates are taken when there are more than ``kandidaten``.
VERSTE_EERST = (F("laatst_gecontroleerd").desc(nulls_last=True), F("pk").desc())
# The same order in a form no B-tree index gives, so PostgreSQL takes the GIN index.
VERSTE_EERST_UIT_GIN = (
    Coalesce(F("laatst_gecontroleerd"), Value(date.min), output_field=DateField()).desc(),
    F("pk").desc(),
)
GIN_VANAF = 3  # groups: from this many, the candidates that fit them all come from the GIN index
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
    """The ids of the offers in ``qs`` that fit ``vraag`` (all of it or part), best first."""
    kandidaten_ids = _past_overal(qs, vraag, kandidaten)
    sterk = " | ".join(t for g in vraag.groepen for t in g.sterk)
    if len(vraag.groepen) > 1 and sterk:
        # One subquery (UNION), not two joined by OR: PostgreSQL then reads only the
        # candidates by their key instead of testing every offer against both lists.
        kandidaten_ids = kandidaten_ids.union(_eerste(qs.filter(VectorBevat(sterk)), kandidaten))
    score = reduce(add, [_past(groep) for groep in vraag.groepen])
    rang = " | ".join(t for g in vraag.groepen for t in g.rangtermen)
    score += _tekstrang(rang) * TEKSTRANG if rang else Value(0.0)
    score += _extra(voorkeur_wijk)
    rijen = list(
        qs.model._default_manager.filter(pk__in=kandidaten_ids)
        .order_by()
        .annotate(score=score, afstand=_afstand(centrum))
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
    return [pk for pk, *_rest in rijen]


def _past_overal(qs: QuerySet, vraag: Zoekvraag, aantal: int) -> QuerySet:
    """The ids of the ``aantal`` most recently checked offers that fit every group (a
    subquery). One condition for all groups: each offer's vector is read and tested once,
    where a condition per group read it again for each."""
    tsqueries = list(dict.fromkeys(groep.tsquery for groep in vraag.groepen))
    alles = qs.filter(VectorBevat(" & ".join(f"({t})" for t in tsqueries)))
    if len(tsqueries) >= GIN_VANAF:
        return alles.order_by(*VERSTE_EERST_UIT_GIN).values("pk")[:aantal]
    return _eerste(alles, aantal)


def _eerste(qs: QuerySet, aantal: int) -> QuerySet:
    """The ids of the ``aantal`` most recently checked offers of ``qs`` (a subquery)."""
    return qs.order_by(*VERSTE_EERST).values("pk")[:aantal]


def _past(groep):
    """How much of ``groep`` an offer fits: its weight when it says it and is in the theme the
    group names (or the group names none), less when it only says it, a part when it is only
    in the theme."""
    if not groep.zwak:
        return Case(
            When(VectorBevat(groep.sterk_tsquery), then=Value(groep.gewicht)),
            default=Value(0.0),
            output_field=FloatField(),
        )
    in_thema = VectorBevat(groep.zwak_tsquery)
    if not groep.sterk:
        return Case(
            When(in_thema, then=Value(groep.gewicht * THEMA_DEEL)),
            default=Value(0.0),
            output_field=FloatField(),
        )
    zegt_het = VectorBevat(groep.sterk_tsquery)
    return Case(
        When(zegt_het & in_thema, then=Value(groep.gewicht)),
        When(zegt_het, then=Value(groep.gewicht * BUITEN_THEMA)),
        When(in_thema, then=Value(groep.gewicht * THEMA_DEEL)),
        default=Value(0.0),
        output_field=FloatField(),
    )


def _tekstrang(termen: str):
    query = SearchQuery(termen, search_type="raw", config=ZOEKCONFIG)
    return Coalesce(
        SearchRank(F("zoekvector"), query, weights=RANG_GEWICHTEN),
        Value(0.0),
        output_field=FloatField(),
    )


def _extra(voorkeur_wijk):
    """The small boosts: active, recently checked, in the chosen wijk."""
    extra = Case(When(status="actief", then=Value(0.1)), default=Value(0.0))
    vers = timezone.localdate() - VERS_GECONTROLEERD
    extra += Case(When(laatst_gecontroleerd__gte=vers, then=Value(0.05)), default=Value(0.0))
    if voorkeur_wijk is not None:
        # The wijk's filter word in the offer's own vector: tested on each candidate, where a
        # list of every offer in the wijk would be read first (a tenth of the catalogue).
        in_wijk = VectorBevat(kenmerk("wijk", voorkeur_wijk.pk), filterwoorden=True)
        extra += Case(When(in_wijk, then=Value(0.1)), default=Value(0.0))
    return extra


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
