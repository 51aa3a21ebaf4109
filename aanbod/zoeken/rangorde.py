"""A ranked list of offers for Django's Paginator: it knows its ids in order, so counting is
free and a page reads only its own offers."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

Lezer = Callable[[list[int]], Iterable]


class Rangorde(Sequence):
    """Offers in a fixed order; a slice reads only its own offers, with ``lezen`` (ids ->
    offers in any order, e.g. ``Aanbod.objects.blokken``)."""

    def __init__(self, ids: list[int], lezen: Lezer | None = None):
        self.ids = list(ids)
        self.lezen = lezen

    def met_lezer(self, lezen: Lezer) -> Rangorde:
        """The same order, read another way (the result cards, or the map's points)."""
        return Rangorde(self.ids, lezen)

    def count(self) -> int:  # what Paginator asks
        return len(self.ids)

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, k):
        if not isinstance(k, slice):
            return self[k : k + 1 or None][0] if -len(self) <= k < len(self) else self.ids[k]
        deel = self.ids[k]
        if not deel:  # nothing found, or a page past the end: nothing to read
            return []
        if self.lezen is None:
            raise TypeError("Deze rangorde heeft geen lezer: geef er een met met_lezer().")
        per_id = {a.pk: a for a in self.lezen(deel)}
        return [per_id[pk] for pk in deel if pk in per_id]
