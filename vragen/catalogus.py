"""The one place the desk searches the catalogue (a later issue replaces the search)."""

import uuid

from django.db.models import QuerySet

from aanbod.models import Aanbod

MAX_RESULTATEN = 10


def aanbod_zoeken(tekst: str) -> QuerySet:
    basis = Aanbod.objects.zichtbaar().select_related("organisatie").order_by("naam", "pk")
    if not tekst.strip():
        return basis.none()
    return basis.zoek(tekst[:200])[:MAX_RESULTATEN]


def gekozen_aanbod(hsds_ids: list[str]) -> list[Aanbod]:
    geldig = []
    for waarde in hsds_ids[:50]:
        try:
            geldig.append(str(uuid.UUID(waarde)))
        except ValueError:
            continue
    return list(Aanbod.objects.zichtbaar().filter(hsds_id__in=geldig).select_related("organisatie"))
