"""When an offer is 'mogelijk verouderd': not checked for longer than the set period."""

from datetime import date, timedelta

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils import timezone

from aanbod.models import Aanbod


def verouderd_grens(vandaag: date | None = None) -> date:
    """Checked before this date means stale (checked exactly on it is still fresh)."""
    return (vandaag or timezone.localdate()) - timedelta(days=settings.AANBOD_VEROUDERD_NA_DAGEN)


def is_verouderd(aanbod: Aanbod, vandaag: date | None = None) -> bool:
    return aanbod.laatst_gecontroleerd is None or aanbod.laatst_gecontroleerd < verouderd_grens(
        vandaag
    )


def verouderd_aanbod(qs: QuerySet | None = None, vandaag: date | None = None) -> QuerySet:
    """Visible offers never checked or checked before the limit; oldest (never) first."""
    qs = Aanbod.objects.zichtbaar() if qs is None else qs.zichtbaar()
    return qs.filter(
        Q(laatst_gecontroleerd__lt=verouderd_grens(vandaag)) | Q(laatst_gecontroleerd__isnull=True)
    ).order_by("laatst_gecontroleerd", "naam", "pk")
