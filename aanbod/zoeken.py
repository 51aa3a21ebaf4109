"""Search: the one entry point for /aanbod/, /kaart/, the desk and the API.

PostgreSQL: full-text search (dutch stemmer after unaccent, prefix matching so 'taal' finds
'taalcafé') OR trigram word similarity (so 'schuldhlup' still finds 'schuldhulp'), per word;
every word must match. Ranked by weighted text rank (name, themes and search words above place
and organisation above description), name similarity, and small boosts for active, recently
verified and nearby offers. Other databases (SQLite): every word must occur in the normalised
search text (case- and accent-insensitive, prefix and infix), ranked by name matches.
"""

from __future__ import annotations

import difflib
from datetime import timedelta

from django.contrib.postgres.search import SearchQuery, SearchRank, TrigramWordSimilarity
from django.core.cache import cache
from django.db import connection
from django.db.models import Case, F, FloatField, Q, QuerySet, Value, When
from django.db.models.functions import Coalesce
from django.db.models.lookups import GreaterThanOrEqual
from django.utils import timezone

from aanbod.zoektekst import ZOEKCONFIG, normaliseer, zoekwoorden

RANG_GEWICHTEN = [0.1, 0.3, 0.6, 1.0]  # D, C, B, A
NAAM_DREMPEL = 0.5  # below this, a name only looks like the query by chance
VERS_GECONTROLEERD = timedelta(days=183)
WOORDENLIJST_SLEUTEL = "aanbod:zoeken:woordenlijst"


def zoek(qs: QuerySet, tekst: str, *, voorkeur_wijk=None) -> QuerySet:
    """Offers in ``qs`` matching every word of ``tekst``, best first (annotated relevantie)."""
    woorden = zoekwoorden(tekst)
    if not woorden:
        return qs
    if connection.vendor == "postgresql":
        qs, relevantie = _postgresql(qs, woorden)
    else:
        qs, relevantie = _eenvoudig(qs, woorden)
    relevantie += Case(When(status="actief", then=Value(0.1)), default=Value(0.0))
    vers = timezone.localdate() - VERS_GECONTROLEERD
    relevantie += Case(When(laatst_gecontroleerd__gte=vers, then=Value(0.05)), default=Value(0.0))
    if voorkeur_wijk is not None:
        in_wijk = qs.model.objects.in_wijk(voorkeur_wijk).values("pk")
        relevantie += Case(When(pk__in=in_wijk, then=Value(0.1)), default=Value(0.0))
    return qs.annotate(relevantie=relevantie).order_by("-relevantie", "naam", "pk")


def _postgresql(qs: QuerySet, woorden: list[str]):
    for woord in woorden:
        prefix = SearchQuery(f"{woord}:*", search_type="raw", config=ZOEKCONFIG)
        qs = qs.filter(Q(zoekvector=prefix) | Q(zoektekst__trigram_word_similar=woord))
    elk_woord = SearchQuery(
        " | ".join(f"{w}:*" for w in woorden), search_type="raw", config=ZOEKCONFIG
    )
    naam_gelijk = TrigramWordSimilarity(" ".join(woorden), "naam")
    relevantie = Coalesce(
        SearchRank(F("zoekvector"), elk_woord, weights=RANG_GEWICHTEN),
        Value(0.0),
        output_field=FloatField(),
    ) + Case(
        When(GreaterThanOrEqual(naam_gelijk, Value(NAAM_DREMPEL)), then=naam_gelijk * 0.5),
        default=Value(0.0),
        output_field=FloatField(),
    )
    return qs, relevantie


def _eenvoudig(qs: QuerySet, woorden: list[str]):
    for woord in woorden:
        qs = qs.filter(zoektekst__contains=woord)
    relevantie = Value(0.0, output_field=FloatField())
    for woord in woorden:
        relevantie += Case(
            When(naam__icontains=woord, then=Value(1.0)),
            default=Value(0.0),
            output_field=FloatField(),
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
    """Themes whose name or search words resemble the query; the general ones otherwise."""
    from aanbod.models import Thema

    themas = list(Thema.objects.prefetch_related("zoekwoorden"))
    woorden = zoekwoorden(tekst)
    gevonden = []
    for thema in themas:
        namen = normaliseer(thema.naam).split() + [
            w for z in thema.zoekwoorden.all() for w in normaliseer(z.woord).split()
        ]
        if any(difflib.get_close_matches(w, namen, n=1, cutoff=0.7) for w in woorden):
            gevonden.append(thema)
    if not gevonden:
        algemeen = (
            "informatie-en-advies",
            "praktische-hulp",
            "ontmoeting",
            "zorg-en-ondersteuning",
        )
        gevonden = [t for t in themas if t.slug in algemeen]
    return gevonden[:aantal]
