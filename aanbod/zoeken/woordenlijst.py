"""What search knows about words: the vocabulary of the catalogue (typos, compounds), the
words that name a theme, the needs vocabulary, and how common each word is.

The lists are kept per process and per catalogue version (aanbod/versie.py): saving a theme,
a search word or a need changes the version, so the next search in every process reads them
again (a change counts without a deploy). What the vocabulary says of one word is kept the
same way, per word.
"""

from __future__ import annotations

import math
import re
import time
from dataclasses import dataclass, field

from django.db import connection

from aanbod.versie import catalogusversie, per_versie, per_versie_veel
from aanbod.zoeken.index import WOORDLENGTE, ZOEKCONFIG
from aanbod.zoeken.tekst import FRASEVULWOORDEN, VULWOORDEN, normaliseer, stam

CACHE_SECONDEN = 600
WOORDINFO_SLEUTEL = "woordinfo:{woord}"
VORMEN_SLEUTEL = "vormen:{woord}"
# A stem that starts more of the catalogue's words than this is searched as a prefix.
MAX_VORMEN = 30
_WOORD = re.compile(r"[^\W_]+")  # a normalised word (aanbod/zoeken/tekst.py)
MAX_TYPFOUTEN = 3
# A typo is corrected only to a word this alike (trigrams), with the same first letter, and
# only in a word of five letters or more: 'schuldhlup' -> 'schuldhulp', but 'examen' is no
# 'gamen' and 'stuk' no 'stuur'.
MIN_GELIJKENIS = 0.45
MAX_SAMENSTELLINGEN = 10
MIN_VOORVOEGSEL = 5  # a stem of a need's phrase this long also matches words that start with it
# Dutch links the parts of a compound with nothing, an s, an e or en: 'taal|les',
# 'vrijwilliger|s|werk', 'pann|en|koek'. The part before must be a word of its own.
TUSSENKLANKEN = ("", "s", "e", "en")
# Parts that carry meaning in compounds although the catalogue may not use them on their own
# ('taalles' is 'taal' + 'les' even where no offer says 'les').
DELEN = frozenset(
    """
    les lessen cursus club groep hulp huis cafe kamer punt uur spreekuur maatje coach tuin
    winkel bank werk zorg team taal geld eten koken maaltijd sport school kind kinderen ouder
    ouders jongeren vrouwen mannen buurt wijk fiets computer vrijwilliger advies loket inloop
    opvang bed plek dag week middag avond ochtend wandel muziek dans schuld reparatie
    """.split()  # noqa: SIM905 (a word list reads best as text)
)


@dataclass(frozen=True)
class Woordinfo:
    """What the vocabulary says about one word of a query."""

    bekend: bool = False  # the catalogue has this word, or a word starting with it
    typfouten: tuple[str, ...] = ()  # close known words, when the word itself is unknown
    samenstellingen: tuple[str, ...] = ()  # known compounds it is a part of: cafe -> taalcafe
    delen: tuple[str, ...] = ()  # the known words it is made of: taalles -> taal, les


@dataclass(frozen=True)
class Behoefte:
    """One entry of the needs vocabulary, ready to match: the stems of its phrase."""

    uitdrukking: str
    stammen: frozenset[str]
    zoekwoorden: tuple[str, ...]
    thema_ids: tuple[int, ...]
    woorden: tuple[str, ...] = field(default=())  # the phrase's own words, for highlighting


def themawoorden() -> dict[str, set[int]]:
    """The themes each word names: every theme name and theme search word, normalised."""
    return per_versie("themawoorden", _themawoorden_lezen)


def _themawoorden_lezen() -> dict[str, set[int]]:
    from aanbod.models import Thema, Zoekwoord

    per_woord: dict[str, set[int]] = {}
    for tekst, thema_id in [
        *Zoekwoord.objects.filter(thema__isnull=False).values_list("woord", "thema_id"),
        *Thema.objects.values_list("naam", "id"),
        *Thema.objects.values_list("naam_en", "id"),
    ]:
        for w in normaliseer(tekst).split():
            if len(w) >= 3:
                per_woord.setdefault(w, set()).add(thema_id)
    return per_woord


def themas_van(woord: str) -> set[int]:
    """The themes a word names: 'geldzorgen' -> geld en schulden; a word of four letters or
    more also names the themes of the words it starts ('schuld' -> 'schulden')."""
    per_woord = themawoorden()
    themas = set(per_woord.get(woord, ()))
    if len(woord) >= 4:
        for w, ids in per_woord.items():
            if w.startswith(woord):
                themas |= ids
    return themas


def betekenende_woorden(uitdrukking: str) -> list[str]:
    """The words of a need's phrase that a query must have: articles, pronouns and the like
    left out, negations and every other word kept."""
    return [w for w in normaliseer(uitdrukking).split() if w not in FRASEVULWOORDEN]


@dataclass(frozen=True)
class Behoeftenlijst:
    """The active needs, indexed by each stem of their phrases."""

    per_stam: dict[str, list[Behoefte]]

    def in_vraag(self, stammen: set[str]) -> list[Behoefte]:
        """The needs whose every stem the query has (or starts a query stem of at least
        MIN_VOORVOEGSEL letters: 'schuld' in 'schuldeiser')."""
        voorvoegsels = set(stammen) | {
            s[:lengte] for s in stammen for lengte in range(MIN_VOORVOEGSEL, len(s))
        }
        kandidaten = {id(b): b for s in voorvoegsels for b in self.per_stam.get(s, ())}
        return [b for b in kandidaten.values() if b.stammen <= voorvoegsels]


def behoeften() -> Behoeftenlijst:
    """The active entries of the needs vocabulary (aanbod.models.Behoefte)."""
    return per_versie("behoeften", _behoeften_lezen)


def _behoeften_lezen() -> Behoeftenlijst:
    from aanbod.models import Behoefte as BehoefteModel

    per_stam: dict[str, list[Behoefte]] = {}
    for rij in BehoefteModel.objects.filter(actief=True).prefetch_related("themas"):
        woorden = betekenende_woorden(rij.uitdrukking)
        if not woorden:
            continue
        behoefte = Behoefte(
            uitdrukking=rij.uitdrukking,
            stammen=frozenset(stam(w) for w in woorden),
            zoekwoorden=tuple(normaliseer(w) for w in rij.zoekwoordenlijst if normaliseer(w)),
            thema_ids=tuple(sorted(t.pk for t in rij.themas.all())),
            woorden=tuple(woorden),
        )
        for s in behoefte.stammen:
            per_stam.setdefault(s, []).append(behoefte)
    return Behoeftenlijst(per_stam=per_stam)


def frequenties() -> dict[str, float]:
    """For the most common words (stems) of the catalogue, the share of offers that have them,
    as PostgreSQL's statistics know it (ANALYZE, run by autovacuum): the rarer a word, the more
    it says about what someone looks for. A word not in the list is rarer than every word in
    it. Read again every CACHE_SECONDEN."""
    venster = str(int(time.monotonic() // CACHE_SECONDEN))
    return per_versie("frequenties", _frequenties_lezen, f"{catalogusversie()}:{venster}")


def _frequenties_lezen() -> dict[str, float]:
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT most_common_elems::text::text[], most_common_elem_freqs
            FROM pg_stats WHERE tablename = 'aanbod_aanbod' AND attname = 'zoekvector'
            """
        )
        rij = cursor.fetchone()
    if not rij or not rij[0]:
        return {}
    woorden, kansen = rij
    return dict(zip(woorden, kansen, strict=False))  # the last kansen: min, max, nulls


def zeldzaamheid(woorden: list[str]) -> float:
    """How much a group of words says, from 0.15 (in most offers) to 1 (in few): the inverse
    frequency of its most common word's stem, scaled so that a word in one offer in fifty or
    fewer counts fully."""
    bekend = frequenties()
    if not bekend:
        return 1.0
    ondergrens = min(bekend.values())
    kans = max((bekend.get(stam(w), ondergrens / 2) for w in woorden), default=ondergrens / 2)
    return min(1.0, max(0.15, -math.log(max(kans, 1e-6)) / math.log(50)))


def woordinfo(woorden: list[str]) -> dict[str, Woordinfo]:
    """What the vocabulary knows of each word: one trigram-indexed query for all words that are
    not cached yet."""
    sleutels = {WOORDINFO_SLEUTEL.format(woord=w): w for w in woorden}

    def opzoeken(ontbreekt: list[str]) -> dict[str, Woordinfo | None]:
        gevonden = _opzoeken([sleutels[k] for k in ontbreekt])
        return {k: gevonden.get(sleutels[k]) for k in ontbreekt}  # None: the vocabulary has nothing

    bewaard = per_versie_veel(list(sleutels), opzoeken)
    return {sleutels[k]: info for k, info in bewaard.items() if info is not None}


def vormen(woorden: list[str]) -> dict[str, tuple[str, ...] | None]:
    """What 'woord:*' finds, as the catalogue's own words: for each word, one word per stem
    that starts with the word's stem (as PostgreSQL stems it: 'ouders' -> ouder, ouderkamer,
    ouderschap). A GIN index looks up a list of whole words several times faster than a
    prefix, whose every match it must first collect (bench/RESULTS.md). None when the prefix
    must stay: more than MAX_VORMEN stems, or a word the vocabulary may hold cut short or
    that is more than one search word."""
    sleutels = {VORMEN_SLEUTEL.format(woord=w): w for w in woorden}

    def opzoeken(ontbreekt: list[str]) -> dict[str, tuple[str, ...] | None]:
        gevonden = _vormen_opzoeken([sleutels[k] for k in ontbreekt])
        return {k: gevonden.get(sleutels[k]) for k in ontbreekt}

    bewaard = per_versie_veel(list(sleutels), opzoeken)
    return {sleutels[k]: v for k, v in bewaard.items()}


def _vormen_opzoeken(woorden: list[str]) -> dict[str, tuple[str, ...] | None]:
    # The range on the word is what its pattern index (varchar_pattern_ops) answers; the
    # stems are compared as PostgreSQL makes them, so the words find what the prefix found.
    bereik = "x.woord ~>=~ s.stam AND x.woord ~<~ (s.stam || chr(1114111))"
    lexemen = f"tsvector_to_array(to_tsvector('{ZOEKCONFIG}', x.woord))"
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT q.w,
              ARRAY(SELECT min(x.woord) FROM aanbod_woord x
                    CROSS JOIN LATERAL (SELECT {lexemen} AS l) v
                    WHERE {bereik} AND cardinality(v.l) = 1 AND starts_with(v.l[1], s.stam)
                    GROUP BY v.l ORDER BY 1 LIMIT %(max)s),
              EXISTS (SELECT 1 FROM aanbod_woord x
                      WHERE {bereik}
                        AND (length(x.woord) >= %(lengte)s OR cardinality({lexemen}) > 1))
            FROM unnest(%(woorden)s::text[]) AS q(w)
            CROSS JOIN LATERAL (SELECT coalesce(
                (tsvector_to_array(to_tsvector('{ZOEKCONFIG}', q.w)))[1], q.w) AS stam) s
            """,
            {"woorden": woorden, "max": MAX_VORMEN + 1, "lengte": WOORDLENGTE},
        )
        rijen = cursor.fetchall()
    return {
        woord: tuple(gevonden)
        if not onzeker and len(gevonden) <= MAX_VORMEN and all(map(_WOORD.fullmatch, gevonden))
        else None  # a word with other signs than letters and digits would break the tsquery
        for woord, gevonden, onzeker in rijen
    }


def _opzoeken(woorden: list[str]) -> dict[str, Woordinfo]:
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT q.w,
              EXISTS (SELECT 1 FROM aanbod_woord WHERE woord LIKE q.w || '%%'),
              ARRAY(SELECT woord FROM aanbod_woord
                    WHERE length(q.w) >= 5 AND woord %% q.w AND left(woord, 1) = left(q.w, 1)
                      AND similarity(woord, q.w) >= %(gelijkenis)s
                    ORDER BY woord <-> q.w, woord LIMIT %(typfouten)s),
              ARRAY(SELECT x.woord FROM aanbod_woord x
                    CROSS JOIN LATERAL (SELECT left(x.woord, strpos(x.woord, q.w) - 1) AS voor) v
                    CROSS JOIN LATERAL (SELECT ARRAY[v.voor,
                        CASE WHEN v.voor ~ '[se]$' THEN left(v.voor, -1) END,
                        CASE WHEN v.voor ~ 'en$' THEN left(v.voor, -2) END] AS kern) k
                    WHERE length(q.w) >= 3 AND x.woord LIKE '%%_' || q.w || '%%'
                      AND length(v.voor) >= 3
                      AND (k.kern && %(delen)s::text[] OR EXISTS (
                          SELECT 1 FROM aanbod_woord m WHERE m.woord = ANY(k.kern)))
                    ORDER BY length(x.woord), x.woord LIMIT %(samenstellingen)s)
            FROM unnest(%(woorden)s::text[]) AS q(w)
            """,
            {
                "woorden": woorden,
                "typfouten": MAX_TYPFOUTEN,
                "gelijkenis": MIN_GELIJKENIS,
                "samenstellingen": MAX_SAMENSTELLINGEN,
                "delen": sorted(DELEN),
            },
        )
        rijen = cursor.fetchall()
        bekende_delen = _bekende_woorden(cursor, {d for w in woorden for d in _splitsingen(w)})
    uitkomst = {}
    for woord, bekend, typfouten, samenstellingen in rijen:
        uitkomst[woord] = Woordinfo(
            bekend=bekend,
            # A word the vocabulary knows (or starts) needs no corrections: stemming and
            # prefixes already find it.
            typfouten=() if bekend else tuple(typfouten),
            samenstellingen=tuple(samenstellingen),
            # Only a word the catalogue does not have is split: 'taalles' finds the taalcafe
            # by 'taal', but 'overvecht' is a wijk, not 'over' and 'vecht'.
            delen=() if bekend else _delen(woord, bekende_delen),
        )
    return uitkomst


def _splitsingen(woord: str) -> list[str]:
    """Every part a compound ``woord`` could be split into (both halves of three letters or
    more, the first also without a linking s or e)."""
    delen = []
    for i in range(3, len(woord) - 2):
        voor, na = woord[:i], woord[i:]
        delen += [voor, na]
        delen += [voor[: -len(t)] for t in TUSSENKLANKEN if t and voor.endswith(t)]
    return delen


def _bekende_woorden(cursor, woorden: set[str]) -> set[str]:
    if not woorden:
        return set()
    cursor.execute(
        "SELECT woord FROM aanbod_woord WHERE woord = ANY(%s::text[])", [sorted(woorden)]
    )
    return {w for (w,) in cursor.fetchall()} | (woorden & DELEN)


def _delen(woord: str, bekend: set[str]) -> tuple[str, ...]:
    """The two known words a compound is made of, the longest first part winning:
    'taalles' -> ('taal', 'les'); () when it is no compound of known words."""
    for i in range(len(woord) - 3, 2, -1):
        voor, na = woord[:i], woord[i:]
        if na not in bekend or len(na) < 3 or na in VULWOORDEN:
            continue
        for t in TUSSENKLANKEN:
            kern = voor[: -len(t)] if t else voor
            if voor.endswith(t) and len(kern) >= 3 and kern in bekend and kern not in VULWOORDEN:
                return (kern, na)
    return ()
