"""Paging that never fails: a bad or too high page number gives a page and a clear message."""

from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.utils.functional import cached_property
from django.utils.translation import gettext as _


class BegrensdePaginator(Paginator):
    """Counts at most ``maximum`` + 1 rows: a broad search need not count tens of thousands."""

    def __init__(self, *args, maximum: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.maximum = maximum

    @cached_property
    def count(self) -> int:
        if not isinstance(self.object_list, QuerySet):  # a list that knows its length
            return min(len(self.object_list), self.maximum + 1)
        # Without the ordering: which rows are counted does not matter, and a sort order lets
        # the database walk a whole index to find the first ``maximum`` rows; only the ids, so
        # no annotation (a rank) is computed for counting.
        return self.object_list.order_by().values("pk")[: self.maximum + 1].count()

    @property
    def afgekapt(self) -> bool:
        return self.count > self.maximum


@dataclass
class Paginering:
    pagina: Page
    melding: str = ""


def pagineren(
    qs: QuerySet, nummer: str | None, per_pagina: int, maximum: int | None = None
) -> Paginering:
    """Page ``nummer`` of ``qs``; with ``maximum``, count no further than that."""
    paginator = (
        BegrensdePaginator(qs, per_pagina, maximum=maximum)
        if maximum
        else Paginator(qs, per_pagina)
    )
    if nummer in (None, ""):
        return Paginering(paginator.page(1))
    try:
        gevraagd = int(str(nummer).strip())
    except ValueError:
        return Paginering(
            paginator.page(1), _("Dat paginanummer begrijpen we niet. Dit is pagina 1.")
        )
    if gevraagd < 1:
        return Paginering(paginator.page(1), _("Dat paginanummer bestaat niet. Dit is pagina 1."))
    if gevraagd > paginator.num_pages:
        laatste = paginator.num_pages
        return Paginering(
            paginator.page(laatste),
            _("Er zijn maar %(aantal)s pagina's. Dit is de laatste.") % {"aantal": laatste},
        )
    return Paginering(paginator.page(gevraagd))
