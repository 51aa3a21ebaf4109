"""Search: the one entry point for /aanbod/, /kaart/, the desk and the API.

PostgreSQL: full-text search per word (dutch stemmer after unaccent; prefix matching, so
'taal' finds 'taalcafé'). A misspelt word also tries the nearest known words of the
vocabulary (a trigram index, so 'schuldhlup' still finds 'schuldhulp'), and a word that names
a theme ('geldzorgen') also matches that theme's offers (each offer's vector holds its themes,
so that is one more term of the same index lookup). Every word must match. Ranked by weighted
text rank (name above themes, target groups, place and organisation, above description), and
small boosts for active, recently verified and nearby offers.
Other databases (SQLite): every word must occur in the normalised search text (case- and
accent-insensitive, prefix and infix) or name a theme; ranked by name and theme matches.

At national scale a broad word ('koffie') matches tens of thousands of offers, and ranking
them all costs more than the rest of the page. With ``kandidaten`` the ranking is bounded:
of the matching offers, the ``kandidaten`` most recently verified are ranked (an index gives
that order without reading every match); with fewer matches than that, all are ranked. The
public pages count and page at most MAX_RESULTATEN results anyway. On PostgreSQL the query
that finds the candidates also ranks them, so the count and the page only look up those ids.
"""

from __future__ import annotations

import difflib
from datetime import timedelta

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.core.cache import cache
from django.db import connection
from django.db.models import Case, F, FloatField, Q, QuerySet, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone

from aanbod.zoektekst import THEMAKENMERK, ZOEKCONFIG, VectorBevat, normaliseer, zoekwoorden

# The public pages count, page and rank this many results at most (10 pages; "meer dan 200"
# asks to choose a wijk or a filter). Each candidate a broad search takes costs a row check.
MAX_RESULTATEN = 200
RANG_GEWICHTEN = [0.1, 0.3, 0.6, 1.0]  # D, C, B, A
THEMA_BONUS = 0.3  # SQLite: an offer in a theme the query names (via its search words)
VERS_GECONTROLEERD = timedelta(days=183)
# The order in which candidates are taken when there are more than ``kandidaten``; the index
# aanbod_controle_idx (migration 0008) serves it.
VERSTE_EERST = (F("laatst_gecontroleerd").desc(nulls_last=True), F("pk").desc())
WOORDENLIJST_SLEUTEL = "aanbod:zoeken:woordenlijst"
THEMAWOORDEN_SLEUTEL = "aanbod:zoeken:themawoorden"
VARIANTEN_SLEUTEL = "aanbod:zoeken:varianten2:{woord}"
# Offered when nothing was found and no theme resembles the query.
ALGEMENE_THEMAS = ("informatie-en-advies", "praktische-hulp", "ontmoeting", "zorg-en-ondersteuning")
MAX_VARIANTEN = 3
MAX_DELEN = 10
CACHE_SECONDEN = 600


def zoek(
    qs: QuerySet, tekst: str, *, voorkeur_wijk=None, kandidaten: int | None = None
) -> QuerySet:
    """Offers in ``qs`` matching every word of ``tekst``, best first (annotated relevantie).

    With ``kandidaten``, only that many matches are ranked (the most recently verified ones):
    apply every other filter to ``qs`` first, so the candidates are taken from what is left.
    That takes one query at once and gives a new queryset of those offers (without the
    ``select_related`` or ordering of ``qs``).
    """
    woorden = zoekwoorden(tekst)
    if not woorden:
        return qs
    per_woord = themas_per_woord(woorden)
    if connection.vendor == "postgresql":
        qs, relevantie = _postgresql(qs, woorden, per_woord)
    else:
        qs, relevantie = _eenvoudig(qs, woorden, per_woord)
    relevantie += Case(When(status="actief", then=Value(0.1)), default=Value(0.0))
    vers = timezone.localdate() - VERS_GECONTROLEERD
    relevantie += Case(When(laatst_gecontroleerd__gte=vers, then=Value(0.05)), default=Value(0.0))
    if voorkeur_wijk is not None:
        in_wijk = qs.model.objects.in_wijk(voorkeur_wijk).values("pk")
        relevantie += Case(When(pk__in=in_wijk, then=Value(0.1)), default=Value(0.0))
    if kandidaten and connection.vendor == "postgresql":
        return _best_eerst(qs, relevantie, kandidaten)
    if kandidaten:
        # One query that walks an index and stops at ``kandidaten`` matches; the count and the
        # page then only look at these rows.
        ids = list(qs.order_by(*VERSTE_EERST).values_list("pk", flat=True)[:kandidaten])
        qs = qs.model._default_manager.filter(pk__in=ids)
    return qs.annotate(relevantie=relevantie).order_by("-relevantie", "naam", "pk")


def _best_eerst(qs: QuerySet, relevantie, kandidaten: int) -> QuerySet:
    """PostgreSQL: find the candidates and rank them in one query (each vector is read once,
    by the query that finds it), put them in order here, and give them as a queryset in that
    order whose count and pages need not read the other candidates."""
    # The walk that finds them reads only what aanbod_controle_dekkend_idx holds (migration
    # 0010); the rank reads the full vectors of those candidates only.
    gevonden = qs.order_by(*VERSTE_EERST).values("pk")[:kandidaten]
    rijen = list(
        qs.model._default_manager.filter(pk__in=gevonden)
        .order_by()
        .annotate(score=relevantie)
        .values_list("pk", "score", "naam")
    )
    rijen.sort(key=lambda rij: (-rij[1], rij[2], rij[0]))
    return qs.model._default_manager.in_rangorde([pk for pk, _score, _naam in rijen])


def _in_themas(thema_ids):
    from aanbod.models import Aanbod

    return Aanbod.themas.through.objects.filter(thema_id__in=thema_ids).values("aanbod_id")


def _themawoorden() -> list[tuple[str, int]]:
    """(normalised word, theme id) for every theme name and theme search word (cached)."""
    paren = cache.get(THEMAWOORDEN_SLEUTEL)
    if paren is None:
        from aanbod.models import Thema, Zoekwoord

        paren = [
            (w, thema_id)
            for tekst, thema_id in [
                *Zoekwoord.objects.filter(thema__isnull=False).values_list("woord", "thema_id"),
                *Thema.objects.values_list("naam", "id"),
            ]
            for w in normaliseer(tekst).split()
            if len(w) >= 3
        ]
        cache.set(THEMAWOORDEN_SLEUTEL, paren, CACHE_SECONDEN)
    return paren


def themawoorden_vergeten() -> None:
    cache.delete_many([THEMAWOORDEN_SLEUTEL, WOORDENLIJST_SLEUTEL])


def themas_per_woord(woorden: list[str]) -> dict[str, set[int]]:
    """For each query word, the themes it names: 'geldzorgen' -> geld en schulden."""
    paren = _themawoorden()
    return {
        woord: {
            thema_id
            for w, thema_id in paren
            if w == woord or (len(woord) >= 4 and w.startswith(woord))
        }
        for woord in woorden
    }


def varianten(woorden: list[str]) -> dict[str, dict[str, list[str]]]:
    """For each query word, known words of the vocabulary that it may mean: "typfout" — words
    that look like it ('schuldhlup' -> 'schuldhulp'), only when the word itself is unknown —
    and "deel" — compounds that contain it ('cafe' -> 'taalcafe'). One trigram-indexed query
    for all words, cached per word."""
    uitkomst = {}
    te_zoeken = []
    for woord in woorden:
        bewaard = cache.get(VARIANTEN_SLEUTEL.format(woord=woord))
        if bewaard is None:
            te_zoeken.append(woord)
        else:
            uitkomst[woord] = bewaard
    if te_zoeken:
        gevonden = {woord: {"typfout": [], "deel": []} for woord in te_zoeken}
        with connection.cursor() as cursor:
            cursor.execute(
                """
                SELECT q.w, x.woord, x.soort FROM unnest(%s::text[]) AS q(w)
                CROSS JOIN LATERAL (
                    (SELECT woord, 'typfout' AS soort FROM aanbod_woord WHERE woord %% q.w
                     ORDER BY woord <-> q.w LIMIT %s)
                    UNION ALL
                    (SELECT woord, 'deel' FROM aanbod_woord
                     WHERE length(q.w) >= 4 AND woord LIKE '%%' || q.w || '%%'
                       AND woord NOT LIKE q.w || '%%'
                     ORDER BY length(woord) LIMIT %s)
                ) AS x
                """,
                [te_zoeken, MAX_VARIANTEN, MAX_DELEN],
            )
            for woord, variant, soort in cursor.fetchall():
                gevonden[woord][soort].append(variant)
        for woord, soorten in gevonden.items():
            # A word the vocabulary knows (or starts) needs no typo variants: stemming and
            # prefixes already find it.
            if any(v == woord or v.startswith(woord) for v in soorten["typfout"]):
                soorten["typfout"] = []
            uitkomst[woord] = soorten
            cache.set(VARIANTEN_SLEUTEL.format(woord=woord), soorten, CACHE_SECONDEN)
    return uitkomst


def _postgresql(qs: QuerySet, woorden: list[str], per_woord: dict[str, set[int]]):
    alternatieven = varianten(woorden)
    alle_termen = []
    for woord in woorden:
        # Compounds that contain the word ('cafe' in 'taalcafe') may match, but only the word
        # itself, its typo corrections and the themes it names count for the rank.
        rang_termen = [
            f"{woord}:*",
            *alternatieven[woord]["typfout"],
            *(THEMAKENMERK.format(pk) for pk in sorted(per_woord[woord])),
        ]
        termen = [*rang_termen, *alternatieven[woord]["deel"]]
        alle_termen += rang_termen
        qs = qs.filter(VectorBevat(" | ".join(termen)))
    elk_woord = SearchQuery(" | ".join(alle_termen), search_type="raw", config=ZOEKCONFIG)
    # The name weighs most inside the vector (weight A); no per-row trigram similarity here:
    # at 100,000 offers that cost more than the whole rest of the query.
    relevantie = Coalesce(
        SearchRank(F("zoekvector"), elk_woord, weights=RANG_GEWICHTEN),
        Value(0.0),
        output_field=FloatField(),
    )
    return qs, relevantie


def _eenvoudig(qs: QuerySet, woorden: list[str], per_woord: dict[str, set[int]]):
    for woord in woorden:
        eis = Q(zoektekst__contains=woord)
        if per_woord[woord]:
            eis |= Q(pk__in=_in_themas(per_woord[woord]))
        qs = qs.filter(eis)
    relevantie = Value(0.0, output_field=FloatField())
    for woord in woorden:
        relevantie += Case(
            When(naam__icontains=woord, then=Value(1.0)),
            default=Value(0.0),
            output_field=FloatField(),
        )
    alle_themas = set().union(*per_woord.values())
    if alle_themas:
        relevantie += Case(
            When(pk__in=_in_themas(alle_themas), then=Value(THEMA_BONUS)), default=Value(0.0)
        )
    return qs, relevantie


def _woordenlijst() -> list[str]:
    """Words worth suggesting: theme names, search words and words of offer names (cached)."""
    lijst = cache.get(WOORDENLIJST_SLEUTEL)
    if lijst is None:
        from aanbod.models import Aanbod, Thema, Zoekwoord

        bronnen = [
            *Thema.objects.values_list("naam", flat=True),
            *Zoekwoord.objects.values_list("woord", flat=True),
            *Aanbod.objects.zichtbaar().values_list("naam", flat=True).distinct().iterator(),
        ]
        lijst = sorted({w for bron in bronnen for w in normaliseer(bron).split() if len(w) >= 4})
        cache.set(WOORDENLIJST_SLEUTEL, lijst, 600)
    return lijst


def suggestie(tekst: str) -> str | None:
    """'Bedoelde u ...?': the query with unknown words replaced by close known ones, or None."""
    woorden = zoekwoorden(tekst)
    if connection.vendor == "postgresql":
        alternatieven = varianten(woorden)
        verbeterd = [(alternatieven[w]["typfout"] or [w])[0] for w in woorden]
        return " ".join(verbeterd) if verbeterd != woorden else None
    bekend = _woordenlijst()
    bekend_set = set(bekend)
    verbeterd, veranderd = [], False
    for woord in woorden:
        if woord in bekend_set or len(woord) < 4:
            verbeterd.append(woord)
            continue
        gelijk = difflib.get_close_matches(woord, bekend, n=1, cutoff=0.75)
        verbeterd.append(gelijk[0] if gelijk else woord)
        veranderd = veranderd or bool(gelijk)
    return " ".join(verbeterd) if veranderd else None


def verwante_themas(tekst: str, aantal: int = 4) -> list:
    """Themes whose name or search words resemble the query; the general ones otherwise.
    The words come from the same cache as the themes a search word names (``_themawoorden``):
    a page that found nothing reads only the themes it shows."""
    from aanbod.models import Thema

    woorden = zoekwoorden(tekst)
    per_thema: dict[int, list[str]] = {}
    for woord, thema_id in _themawoorden():
        per_thema.setdefault(thema_id, []).append(woord)
    gelijkend = [
        thema_id
        for thema_id, namen in per_thema.items()
        if any(difflib.get_close_matches(w, namen, n=1, cutoff=0.7) for w in woorden)
    ]
    if gelijkend:
        return list(Thema.objects.filter(pk__in=gelijkend)[:aantal])
    return list(Thema.objects.filter(slug__in=ALGEMENE_THEMAS)[:aantal])
