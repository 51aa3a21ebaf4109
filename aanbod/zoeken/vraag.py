"""From what someone typed to what is searched: groups of terms, each standing for one thing
the person asked about.

A group is one content word of the query (with its compounds, its parts, the themes it
names and, when the word is unknown, its correction) or one need of the needs vocabulary that
the query expresses (with the words the right offers use and its themes). An offer that
matches every group matches the whole query; when none does, offers are ranked by the groups
they match, each weighted by how rare its words are (aanbod/zoeken/rangschikken.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from aanbod.zoeken.index import THEMAKENMERK
from aanbod.zoeken.tekst import BETEKENISDRAGERS, alle_woorden, is_vulwoord, stam, zoekwoorden
from aanbod.zoeken.woordenlijst import (
    MIN_VOORVOEGSEL,
    Behoefte,
    Woordinfo,
    behoeften,
    themas_van,
    woordinfo,
    zeldzaamheid,
)

BEHOEFTE_GEWICHT = 1.2  # a need someone expressed outweighs any single word
MAX_BEHOEFTEN = 4


@dataclass(frozen=True)
class Groep:
    """Terms that stand for one thing asked: an offer matches the group with any of them."""

    naam: str  # the word as read, or the need's phrase
    termen: tuple[str, ...]  # raw tsquery terms
    rangtermen: tuple[str, ...]  # the terms that count for the rank
    gewicht: float
    markeren: tuple[str, ...]  # normalised words to mark in the results

    @property
    def tsquery(self) -> str:
        return " | ".join(self.termen)


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

    def zonder_verbeteringen(self) -> Zoekvraag:
        return lezen(self.tekst, verbeteren=False)


def lezen(tekst: str, *, verbeteren: bool = True) -> Zoekvraag:
    """What ``tekst`` asks for. With ``verbeteren``, a word the catalogue does not know is
    replaced by the closest word it does ('schuldhlup' -> 'schuldhulp')."""
    woorden = alle_woorden(tekst)
    gevonden = _behoeften_in(woorden)
    verklaard = {stam(w) for b in gevonden for w in b.woorden}
    inhoud = [
        w
        for w in zoekwoorden(tekst)
        if stam(w) not in verklaard and not any(_past(s, stam(w)) for s in verklaard)
    ]
    info = woordinfo(inhoud) if inhoud else {}
    verbeteringen = []
    groepen = [_behoeftegroep(b) for b in gevonden]
    for woord in inhoud:
        gegeven = info.get(woord, Woordinfo())
        if verbeteren and _verbeteren(woord, gegeven):
            verbeteringen.append((woord, gegeven.typfouten[0]))
            groepen.append(_woordgroep(gegeven.typfouten[0], woordinfo([gegeven.typfouten[0]])))
        else:
            groepen.append(_woordgroep(woord, info))
    return Zoekvraag(
        tekst=tekst,
        groepen=tuple(groepen),
        behoeften=tuple(b.uitdrukking for b in gevonden),
        verbeteringen=tuple(verbeteringen),
        inhoudswoorden=tuple(zoekwoorden(tekst)),
    )


def _past(stam_behoefte: str, stam_vraag: str) -> bool:
    return stam_behoefte == stam_vraag or (
        len(stam_behoefte) >= MIN_VOORVOEGSEL and stam_vraag.startswith(stam_behoefte)
    )


def _behoeften_in(woorden: list[str]) -> list[Behoefte]:
    """The needs whose every word the query has, the longest phrases first."""
    stammen = {stam(w) for w in woorden if not is_vulwoord(w) or w in BETEKENISDRAGERS}
    passend = behoeften().in_vraag(stammen)
    passend.sort(key=lambda b: (-len(b.stammen), b.uitdrukking))
    return passend[:MAX_BEHOEFTEN]


def _verbeteren(woord: str, info: Woordinfo) -> bool:
    """A word nothing knows (no offer, compound, theme or need has it) that is close to a word
    the catalogue has."""
    return bool(info.typfouten) and not info.bekend and not info.delen and not themas_van(woord)


def _term(woord: str) -> str:
    """A word of the query as a term: its stem and everything that starts with it; several
    words ('vrijwillige chauffeur') all of them."""
    delen = [w for w in woord.split() if not is_vulwoord(w)]
    if len(delen) > 1:
        return "(" + " & ".join(f"{w}:*" for w in delen) + ")"
    return f"{delen[0]}:*" if delen else ""


def _woordgroep(woord: str, info: dict[str, Woordinfo]) -> Groep:
    gegeven = info.get(woord, Woordinfo())
    themas = [THEMAKENMERK.format(pk) for pk in sorted(themas_van(woord))]
    delen = list(gegeven.delen)
    termen = [_term(woord), *(_term(d) for d in delen), *gegeven.samenstellingen, *themas]
    termen = [t for t in dict.fromkeys(termen) if t]
    return Groep(
        naam=woord,
        termen=tuple(termen),
        rangtermen=tuple(termen),
        gewicht=zeldzaamheid([woord]),
        markeren=(woord, *delen),
    )


def _behoeftegroep(behoefte: Behoefte) -> Groep:
    eigen = [w for w in behoefte.woorden if w not in BETEKENISDRAGERS]
    termen = [
        *(t for t in (_term(w) for w in behoefte.zoekwoorden) if t),
        *(THEMAKENMERK.format(pk) for pk in behoefte.thema_ids),
    ]
    if eigen:
        termen.append(_term(" ".join(eigen)))
    termen = list(dict.fromkeys(termen))
    return Groep(
        naam=behoefte.uitdrukking,
        termen=tuple(termen),
        rangtermen=tuple(termen),
        gewicht=BEHOEFTE_GEWICHT,
        markeren=tuple(w for z in behoefte.zoekwoorden for w in z.split() if not is_vulwoord(w))
        + tuple(eigen),
    )
