"""What happens in the coming days: activities per day, from their recurring times."""

from datetime import timedelta

import django_filters
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from aanbod import keuzes
from aanbod.models import Aanbod
from aanbod.openingstijden import momenten
from wijkportaal.filters import Filterset


class AgendaFilter(Filterset):
    wijk = django_filters.ChoiceFilter(
        label=_("Wijk"), choices=keuzes.wijken, method="filter_wijk", empty_label=_("Alle wijken")
    )
    thema = django_filters.ChoiceFilter(
        label=_("Thema"),
        field_name="themas__slug",
        choices=keuzes.themas,
        empty_label=_("Alle thema's"),
    )

    class Meta:
        model = Aanbod
        fields: list[str] = []

    def filter_wijk(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        return qs.in_wijk(value)


def agenda_per_dag(qs: QuerySet, dagen: int = 7, max_per_dag: int | None = None) -> list[dict]:
    """Each of the coming ``dagen`` days with the activities on it, in time order.

    A resident sees what is on today from now on; activities already over are left out.
    """
    nu = timezone.localtime()
    vandaag = nu.date()
    per_dag: dict = {vandaag + timedelta(days=i): [] for i in range(dagen)}
    for aanbod in qs.met_lijstgegevens():
        for al in aanbod.aanbodlocaties.all():
            for moment in momenten(al, vandaag, dagen):
                if moment.einde > nu:
                    per_dag[moment.begin.date()].append(
                        {"aanbod": aanbod, "locatie": al.locatie, "moment": moment}
                    )
    uitkomst = []
    for dag, items in per_dag.items():
        items.sort(key=lambda item: (item["moment"].begin, item["aanbod"].naam))
        uitkomst.append(
            {
                "datum": dag,
                "vandaag": dag == vandaag,
                "items": items[:max_per_dag] if max_per_dag else items,
                "meer": max(0, len(items) - max_per_dag) if max_per_dag else 0,
            }
        )
    return uitkomst
