"""Deadlines in working days: no weekends, no Dutch public holidays (the ``holidays`` package)."""

from datetime import date, timedelta

from django.conf import settings

from aanbod.openingstijden import feestdag


def is_werkdag(dag: date) -> bool:
    return dag.weekday() < 5 and feestdag(dag) is None


def werkdagen_optellen(start: date, werkdagen: int) -> date:
    """The date ``werkdagen`` working days after ``start`` (start itself does not count)."""
    dag = start
    over = werkdagen
    while over > 0:
        dag += timedelta(days=1)
        if is_werkdag(dag):
            over -= 1
    return dag


def norm_in_werkdagen(thema_ids) -> int:
    """The strictest response norm of the themes, or the default."""
    from vragen.models import Reactienorm

    normen = list(
        Reactienorm.objects.filter(thema__in=list(thema_ids)).values_list("werkdagen", flat=True)
    )
    return min(normen) if normen else settings.VRAGEN_REACTIENORM_WERKDAGEN
