"""A version of the catalogue that changes whenever anything in it is saved or deleted.

Derived data that every visitor shares (which offers are open now, the filter choices, what the
vocabulary says of a word, whole public pages) is kept under the current version. Only the
version lives in the shared cache (Redis, or the database cache without it); the derived lists
are kept in each process (``per_versie``), so a search reads the shared cache once, not once
per list. A change shows at once in the process that made it and, when the version is read
next, in every other process.

Within one request the version is read once (``request_started`` opens a memo that
``request_finished`` closes): a page that asks for it five times makes one cache read.
"""

import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable
from typing import TypeVar

from asgiref.local import Local
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

SLEUTEL = "aanbod:catalogusversie"
MAX_PER_PROCES = 20_000  # kept values per process; the least recently used go first

T = TypeVar("T")
_verzoek = Local()


def catalogusversie() -> str:
    versie = getattr(_verzoek, "versie", None)
    if versie is not None:
        return versie
    versie = cache.get(SLEUTEL)
    if versie is None:
        cache.add(SLEUTEL, uuid.uuid4().hex, timeout=None)
        versie = cache.get(SLEUTEL)
    if getattr(_verzoek, "open", False):
        _verzoek.versie = versie
    return versie


def catalogus_gewijzigd() -> None:
    """Called on every change. Once now (this process, this request see it at once) and once
    after the commit: a process that rebuilt a list between the two read the old rows."""
    _nieuwe_versie()
    transaction.on_commit(_nieuwe_versie)


def _nieuwe_versie() -> None:
    versie = uuid.uuid4().hex
    cache.set(SLEUTEL, versie, timeout=None)
    if getattr(_verzoek, "open", False):
        _verzoek.versie = versie


def verzoek_begint(**kwargs) -> None:
    _verzoek.open = True
    _verzoek.versie = None


def verzoek_eindigt(**kwargs) -> None:
    _verzoek.open = False
    _verzoek.versie = None


class _PerProces:
    """A small LRU of (version, value) per key, shared by the threads of one process."""

    def __init__(self, maximum: int) -> None:
        self.maximum = maximum
        self.waarden: OrderedDict[str, tuple[str, object]] = OrderedDict()
        self.slot = threading.Lock()

    def lees(self, sleutel: str, versie: str):
        with self.slot:
            bewaard = self.waarden.get(sleutel)
            if bewaard is None or bewaard[0] != versie:
                return None
            self.waarden.move_to_end(sleutel)
            return bewaard

    def schrijf(self, sleutel: str, versie: str, waarde) -> None:
        with self.slot:
            self.waarden[sleutel] = (versie, waarde)
            self.waarden.move_to_end(sleutel)
            while len(self.waarden) > self.maximum:
                self.waarden.popitem(last=False)

    def leeg(self) -> None:
        with self.slot:
            self.waarden.clear()


_per_proces = _PerProces(MAX_PER_PROCES)


def per_versie(sleutel: str, maken: Callable[[], T], versie: str | None = None) -> T:
    """``maken()``, made once per process and catalogue version (or the ``versie`` given,
    which should start with the catalogue version). Never pickled: a list every search
    reads costs nothing after the first time."""
    versie = versie or catalogusversie()
    bewaard = _per_proces.lees(sleutel, versie)
    if bewaard is not None:
        return bewaard[1]
    waarde = maken()
    _per_proces.schrijf(sleutel, versie, waarde)
    return waarde


def per_versie_veel(
    sleutels: list[str], maken: Callable[[list[str]], dict[str, T]]
) -> dict[str, T]:
    """``per_versie`` for many keys at once: ``maken`` gets the keys not kept yet."""
    versie = catalogusversie()
    uitkomst = {}
    for sleutel in sleutels:
        bewaard = _per_proces.lees(sleutel, versie)
        if bewaard is not None:
            uitkomst[sleutel] = bewaard[1]
    ontbreekt = [s for s in sleutels if s not in uitkomst]
    if ontbreekt:
        for sleutel, waarde in maken(ontbreekt).items():
            _per_proces.schrijf(sleutel, versie, waarde)
            uitkomst[sleutel] = waarde
    return uitkomst


def vergeten() -> None:
    """Drop what this process keeps (tests; the version already makes it outdated)."""
    _per_proces.leeg()


def paginaversie() -> str:
    """What a public page of the catalogue depends on: the catalogue and the stretch of the
    day (open and closed statuses only change when some offer opens or closes)."""
    from aanbod.openingstijden import tijdvak

    return f"{catalogusversie()}:{tijdvak(timezone.now())}"
