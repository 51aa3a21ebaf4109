"""The one entry point of search: ``zoek`` reads a query, finds and ranks the offers, and
says what else the page can offer (a corrected query, related themes)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import QuerySet

from aanbod.zoeken.rangorde import Rangorde
from aanbod.zoeken.rangschikken import rangschikken
from aanbod.zoeken.vraag import Zoekvraag, lezen

# The public pages count, page and rank this many results at most (10 pages; "meer dan 200"
# asks to choose a wijk or a filter).
MAX_RESULTATEN = 200
# Offered when nothing was found and the query names no theme.
ALGEMENE_THEMAS = ("informatie-en-advies", "praktische-hulp", "ontmoeting", "zorg-en-ondersteuning")


@dataclass
class Zoekresultaat:
    """What a search found, in order, and what the page can say about it."""

    vraag: Zoekvraag
    rangorde: Rangorde
    # The query as searched when words were corrected ('schuldhulp' for 'schuldhlup').
    verbeterd: str = ""
    thema_ids: list[int] = field(default_factory=list)  # the themes the query names
    letterlijk: bool = False  # searched as typed, without corrections

    @property
    def ids(self) -> list[int]:
        return self.rangorde.ids

    @property
    def aantal(self) -> int:
        return len(self.rangorde)

    @property
    def markeren(self) -> list[str]:
        """The normalised words to mark in the results."""
        return self.vraag.markeren

    def bedoelde_je(self) -> str:
        """When nothing was found as typed: the query with unknown words replaced by the
        closest known ones, or ''."""
        if self.aantal or not self.letterlijk:
            return ""
        correctie = self.vraag.verbeteren()
        return correctie.verbeterd if correctie is not None else ""

    def verwante_themas(self, aantal: int = 4) -> list:
        """The themes the query names, or else the general ones: where to look next."""
        from aanbod.models import Thema

        if self.thema_ids:
            return list(Thema.objects.filter(pk__in=self.thema_ids)[:aantal])
        return list(Thema.objects.filter(slug__in=ALGEMENE_THEMAS)[:aantal])


def zoek(
    qs: QuerySet,
    tekst: str,
    *,
    voorkeur_wijk=None,
    kandidaten: int = MAX_RESULTATEN + 1,
    letterlijk: bool = False,
) -> Zoekresultaat:
    """The offers in ``qs`` that fit ``tekst``, best first.

    ``qs`` carries every other filter already, so the candidates come from what the filters
    left. ``voorkeur_wijk``: offers there rank a little higher, and ties go to the nearest.
    ``letterlijk``: search the words as typed, without correcting unknown ones. A query of
    filler only ('ik weet het niet') is empty: ``vraag.leeg``, nothing ranked."""
    vraag = lezen(tekst)
    if vraag.leeg:
        return Zoekresultaat(vraag=vraag, rangorde=Rangorde([]))
    centrum = _centrum(voorkeur_wijk)
    ids = rangschikken(
        qs, vraag, kandidaten=kandidaten, voorkeur_wijk=voorkeur_wijk, centrum=centrum
    )
    thema_ids = vraag.thema_ids
    verbeterd = ""
    if not ids and (correctie := vraag.verbeteren()) is not None:
        # Nothing found as typed: the closest known words instead ('schuldhlup'), with
        # "Je zocht op ..." (unless asked to search as typed).
        thema_ids = sorted({*thema_ids, *correctie.thema_ids})
        if not letterlijk:
            ids = rangschikken(
                qs, correctie, kandidaten=kandidaten, voorkeur_wijk=voorkeur_wijk, centrum=centrum
            )
            if ids:
                vraag, verbeterd = correctie, correctie.verbeterd
    return Zoekresultaat(
        vraag=vraag,
        rangorde=Rangorde(ids[:kandidaten]),
        verbeterd=verbeterd,
        thema_ids=thema_ids,
        letterlijk=letterlijk,
    )


def _centrum(wijk) -> tuple[float, float] | None:
    if wijk is None:
        return None
    from aanbod.gebieden import middelpunt

    return middelpunt(wijk)
