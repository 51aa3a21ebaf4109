"""The one place the desk searches the catalogue (with aanbod.zoeken, like /aanbod/)."""

import uuid

from django.db.models import QuerySet

from aanbod.models import Aanbod

MAX_RESULTATEN = 5  # the desk's suggestions fit next to the question on one screen
KANDIDATEN = 1000  # the desk shows the best 10; ranking every match of a broad word is slow


def aanbod_zoeken(tekst: str) -> QuerySet:
    basis = Aanbod.objects.zichtbaar().order_by("naam", "pk")
    if not tekst.strip():
        return basis.none()
    gevonden = basis.zoek(tekst[:200], kandidaten=KANDIDATEN).select_related("organisatie")
    return gevonden[:MAX_RESULTATEN]


def gekozen_aanbod(hsds_ids: list[str]) -> list[Aanbod]:
    geldig = []
    for waarde in hsds_ids[:50]:
        try:
            geldig.append(str(uuid.UUID(waarde)))
        except ValueError:
            continue
    return list(Aanbod.objects.zichtbaar().filter(hsds_id__in=geldig).select_related("organisatie"))
