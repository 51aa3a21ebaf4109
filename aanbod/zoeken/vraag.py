"""From what someone typed to what is searched: groups of terms, each standing for one thing
the person asked about.

A group is one content word of the query (with its compounds, its parts and, when the word is
unknown, its correction) or one need of the needs vocabulary that the query expresses (with
the words the right offers use). Each group has strong terms (the words themselves) and weak
ones (the themes the word or need names): an offer in the theme fits a little, an offer that
says it fits fully. Offers are ranked by the groups they fit, each weighted by how rare its
words are, and a need weighs most (aanbod/zoeken/rangschikken.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from aanbod.zoeken.index import THEMAKENMERK
from aanbod.zoeken.tekst import (
    BETEKENISDRAGERS,
    CONTEXTWOORDEN,
    FRASEVULWOORDEN,
    alle_woorden,
    is_getal,
    is_vulwoord,
    stam,
    zoekwoorden,
)
from aanbod.zoeken.woordenlijst import (
    Behoefte,
    Woordinfo,
    behoeften,
    themas_van,
    vormen,
    woordinfo,
    zeldzaamheid,
)

BEHOEFTE_GEWICHT = 2.0  # a need someone expressed outweighs any single word of the query
MIN_VOORVOEGSEL = 4  # a shorter word is matched whole, not as the start of longer ones
GETAL_GEWICHT = 0.2  # '82' in 'ik ben 82' says little; '113' still finds 113
CONTEXT_DEEL = 0.3  # 'mijn man', 'elke avond': context, seldom what an offer is about
MAX_BEHOEFTEN = 4
VOORVOEGSEL = re.compile(r"([^\W_]+):\*")  # a prefix term of a tsquery: 'taal:*'


@dataclass(frozen=True)
class Groep:
    """Terms that stand for one thing asked: an offer fits the group with any of them."""

    naam: str  # the word as read, or the need's phrase
    sterk: tuple[str, ...]  # raw tsquery terms that say it
    zwak: tuple[str, ...]  # the themes it names
    gewicht: float
    markeren: tuple[str, ...]  # normalised words to mark in the results
    # ``sterk`` as read, with its prefixes ('ouders:*'), where ``sterk`` has them written out
    # as words (_zonder_voorvoegsels): the text rank weighs each term of its query, so it is
    # ranked by these, as many terms as the person's words.
    gelezen: tuple[str, ...] = ()

    @property
    def rangtermen(self) -> tuple[str, ...]:
        return self.gelezen or self.sterk

    @property
    def tsquery(self) -> str:
        return " | ".join((*self.sterk, *self.zwak))

    @property
    def sterk_tsquery(self) -> str:
        return " | ".join(self.sterk)

    @property
    def zwak_tsquery(self) -> str:
        return " | ".join(self.zwak)


@dataclass(frozen=True)
class Zoekvraag:
    tekst: str
    groepen: tuple[Groep, ...]
    behoeften: tuple[str, ...] = ()  # the phrases of the needs it expresses
    verbeteringen: tuple[tuple[str, str], ...] = ()  # (typed, corrected)
    inhoudswoorden: tuple[str, ...] = ()  # the content words as typed (search signals)

    @property
    def leeg(self) -> bool:
        return not self.groepen

    @property
    def verbeterd(self) -> str:
        """The query with its corrections: 'schuldhlup' -> 'schuldhulp'."""
        vervangen = dict(self.verbeteringen)
        return " ".join(vervangen.get(w, w) for w in zoekwoorden(self.tekst))

    @property
    def markeren(self) -> list[str]:
        return list(dict.fromkeys(w for g in self.groepen for w in g.markeren))

    @property
    def thema_ids(self) -> list[int]:
        voorvoegsel = THEMAKENMERK.format("")
        return sorted({int(t.removeprefix(voorvoegsel)) for g in self.groepen for t in g.zwak if t})

    def verbeteren(self) -> Zoekvraag | None:
        """The query with its unknown words corrected, or None when there is nothing to
        correct."""
        verbeterd = lezen(self.tekst, verbeteren=True)
        return verbeterd if verbeterd.verbeteringen else None


def lezen(tekst: str, *, verbeteren: bool = False) -> Zoekvraag:
    """What ``tekst`` asks for. With ``verbeteren``, a word the catalogue does not know is
    replaced by the closest word it does ('schuldhlup' -> 'schuldhulp')."""
    woorden = alle_woorden(tekst)
    gevonden = _behoeften_in(woorden)
    verklaard = {s for b in gevonden for s in b.stammen}
    inhoud = [w for w in zoekwoorden(tekst) if stam(w) not in verklaard]
    info = woordinfo(inhoud) if inhoud else {}
    verbeteringen = []
    groepen = [g for g in map(_behoeftegroep, _zelfde_hulp(gevonden)) if g.sterk or g.zwak]
    for woord in inhoud:
        gegeven = info.get(woord, Woordinfo())
        if verbeteren and _verbeteren(woord, gegeven):
            beter = gegeven.typfouten[0]
            verbeteringen.append((woord, beter))
            groepen.append(_woordgroep(beter, woordinfo([beter]).get(beter, Woordinfo())))
        else:
            groepen.append(_woordgroep(woord, gegeven))
    return Zoekvraag(
        tekst=tekst,
        groepen=_zonder_voorvoegsels(groepen),
        behoeften=tuple(b.uitdrukking for b in gevonden),
        verbeteringen=tuple(verbeteringen),
        inhoudswoorden=tuple(zoekwoorden(tekst)),
    )


def _zonder_voorvoegsels(groepen: list[Groep]) -> tuple[Groep, ...]:
    """The groups with each prefix term ('ouders:*') written as the catalogue's words that it
    finds ('(ouders | ouderkamer | ouderschap)'): the same offers, a quicker index lookup."""
    voorvoegsels = {m for g in groepen for t in g.sterk for m in VOORVOEGSEL.findall(t)}
    if not voorvoegsels:
        return tuple(groepen)
    gevonden = vormen(sorted(voorvoegsels))

    def uitschrijven(treffer: re.Match) -> str:
        woord = treffer[1]
        woorden = gevonden.get(woord)
        if woorden is None:
            return treffer[0]
        woorden = tuple(dict.fromkeys((woord, *woorden)))
        return woord if len(woorden) == 1 else "(" + " | ".join(woorden) + ")"

    return tuple(
        replace(g, sterk=tuple(VOORVOEGSEL.sub(uitschrijven, t) for t in g.sterk), gelezen=g.sterk)
        for g in groepen
    )


def _behoeften_in(woorden: list[str]) -> list[Behoefte]:
    """The needs whose every word the query has, the longest phrases first. A need whose words
    are all part of a longer one that matched says less than that one and is left out: in
    "mijn rolstoel is kapot" the need "rolstoel kapot" counts, not also "kapot" (a repair
    café) and "rolstoel" (sport); of two phrases with the same words, one counts."""
    stammen = {stam(w) for w in woorden if w not in FRASEVULWOORDEN}
    passend = behoeften().in_vraag(stammen)
    passend.sort(key=lambda b: (-len(b.stammen), b.uitdrukking))
    gekozen: list[Behoefte] = []
    for behoefte in passend:
        if not any(behoefte.stammen <= ruimer.stammen for ruimer in gekozen):
            gekozen.append(behoefte)
    return gekozen[:MAX_BEHOEFTEN]


def _verbeteren(woord: str, info: Woordinfo) -> bool:
    """A word nothing knows (no offer, compound, theme or need has it) that is close to a word
    the catalogue has."""
    return bool(info.typfouten) and not info.bekend and not info.delen and not themas_van(woord)


def _term(woord: str) -> str:
    """A word of the query as a term: its stem and everything that starts with it ('taal'
    finds 'taalcafe'), a short word only itself ('man' is no 'mantelzorg'); several words
    ('vrijwillige chauffeur') all of them."""
    delen = [w for w in woord.split() if not is_vulwoord(w) and w not in FRASEVULWOORDEN]
    termen = [f"{w}:*" if len(w) >= MIN_VOORVOEGSEL else w for w in delen]
    if len(termen) > 1:
        return "(" + " & ".join(termen) + ")"
    return termen[0] if termen else ""


def _woordgroep(woord: str, gegeven: Woordinfo) -> Groep:
    delen = list(gegeven.delen)
    sterk = [_term(woord), *(_term(d) for d in delen), *gegeven.samenstellingen]
    return Groep(
        naam=woord,
        sterk=tuple(t for t in dict.fromkeys(sterk) if t),
        zwak=tuple(THEMAKENMERK.format(pk) for pk in sorted(themas_van(woord))),
        gewicht=_gewicht(woord),
        markeren=(woord, *delen),
    )


def _gewicht(woord: str) -> float:
    if is_getal(woord):
        return GETAL_GEWICHT
    gewicht = zeldzaamheid([woord])
    return gewicht * CONTEXT_DEEL if woord in CONTEXTWOORDEN else gewicht


def _zelfde_hulp(gevonden: list[Behoefte]) -> list[list[Behoefte]]:
    """Needs that lead to the same help (the same search words and themes) are one thing
    asked: "zoon gamen", "zit gamen" and "hele dag gamen" in one sentence are one group, not
    three that each must fit. It weighs as much as the three did: each phrase is more
    evidence of that need ("buren roken", "buren stinkt" outweigh "wiet roken")."""
    per_hulp: dict[tuple, list[Behoefte]] = {}
    for behoefte in gevonden:
        per_hulp.setdefault((behoefte.zoekwoorden, behoefte.thema_ids), []).append(behoefte)
    return list(per_hulp.values())


def _behoeftegroep(behoeften: list[Behoefte]) -> Groep:
    """One group for needs that lead to the same help: their search words, each need's own
    words (an offer that says 'gamen' fits "zoon gamen"), and their themes."""
    eerste = behoeften[0]
    sterk = [_term(w) for w in eerste.zoekwoorden]
    markeren = [w for z in eerste.zoekwoorden for w in z.split()]
    for behoefte in behoeften:
        eigen = [w for w in behoefte.woorden if w not in BETEKENISDRAGERS]
        if eigen:
            sterk.append(_term(" ".join(eigen)))
            markeren += eigen
    return Groep(
        naam=" / ".join(b.uitdrukking for b in behoeften),
        sterk=tuple(t for t in dict.fromkeys(sterk) if t),
        zwak=tuple(THEMAKENMERK.format(pk) for pk in eerste.thema_ids),
        gewicht=BEHOEFTE_GEWICHT * len(behoeften),
        markeren=tuple(
            dict.fromkeys(w for w in markeren if not is_vulwoord(w) and w not in FRASEVULWOORDEN)
        ),
    )
