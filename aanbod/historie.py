"""Writing an offer's history: whatever changes an offer records it, in its own transaction.

The services (aanbod, beheer), the offer admin and the HSDS import call these functions with
who made the change and how (``via``, ``door``, ``door_omschrijving``). There are no signals
behind it: a change made another way (the shell, a data migration) is not in the history,
and nothing is recorded twice.
"""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import NamedTuple

from django.contrib.auth.models import AbstractBaseUser

from aanbod.models import Aanbod, AanbodWijziging

# Technical fields that change by themselves; their changes are no news to anyone.
NIET_BIJHOUDEN = {"id", "hsds_id", "slug", "zoektekst", "zoekvector", "aangemaakt", "gewijzigd"}
GEVOLGDE_VELDEN = [f.name for f in Aanbod._meta.concrete_fields if f.name not in NIET_BIJHOUDEN]
LIJSTVELDEN = ["themas", "doelgroepen", "talen"]


class Wijziging(NamedTuple):
    aanbod_id: int
    veld: str
    oud: object
    nieuw: object


def als_tekst(veld: str, waarde) -> str:
    """A value as people read it: the label of a choice, a name for a related row, the names
    of a list, '' for nothing."""
    if waarde is None:
        return ""
    field = Aanbod._meta.get_field(veld)
    if field.many_to_many:
        return waarde if isinstance(waarde, str) else ", ".join(sorted(str(x) for x in waarde))
    if field.choices:
        return str(dict(field.flatchoices).get(waarde, waarde))
    if field.is_relation:
        gerelateerd = field.related_model._default_manager.filter(pk=waarde).first()
        return str(gerelateerd) if gerelateerd is not None else str(waarde)
    return str(waarde)


def opgeslagen_waarden(aanbod_id: int, velden: Iterable[str]) -> dict[str, object]:
    """The stored values of these fields of one offer (a list field as its names)."""
    velden = list(velden)
    gewoon = {v: Aanbod._meta.get_field(v).attname for v in velden if v not in LIJSTVELDEN}
    rij = Aanbod.objects.filter(pk=aanbod_id).values(*gewoon.values()).first() if gewoon else {}
    waarden = {veld: (rij or {}).get(attname) for veld, attname in gewoon.items()}
    leeg = Aanbod(pk=aanbod_id)
    for veld in velden:
        if veld in LIJSTVELDEN:
            waarden[veld] = als_tekst(veld, getattr(leeg, veld).all())
    return waarden


def aanbodwijzigingen_vastleggen(
    wijzigingen: Iterable[Wijziging],
    *,
    via: str,
    door: AbstractBaseUser | None = None,
    door_omschrijving: str = "",
) -> list[AanbodWijziging]:
    """Append one history row per change whose old and new value read differently."""
    door = door if getattr(door, "pk", None) else None
    rijen = []
    for w in wijzigingen:
        if w.oud == w.nieuw:
            continue
        oud, nieuw = als_tekst(w.veld, w.oud), als_tekst(w.veld, w.nieuw)
        if oud != nieuw:
            rijen.append(
                AanbodWijziging(
                    aanbod_id=w.aanbod_id,
                    veld=w.veld,
                    oud=oud,
                    nieuw=nieuw,
                    door=door,
                    door_omschrijving=door_omschrijving[:200],
                    via=via,
                )
            )
    return AanbodWijziging.objects.bulk_create(rijen, batch_size=500)


@contextmanager
def aanbodhistorie_bijhouden(
    aanbod: Aanbod,
    *,
    via: str,
    door: AbstractBaseUser | None = None,
    door_omschrijving: str = "",
    velden: Iterable[str] | None = None,
) -> Iterator[None]:
    """For a block that changes one stored offer: compares its fields (all tracked ones, or
    ``velden``) before and after, and records each difference when the block ends well."""
    velden = list(velden) if velden is not None else [*GEVOLGDE_VELDEN, *LIJSTVELDEN]
    voor = opgeslagen_waarden(aanbod.pk, velden)
    yield
    na = opgeslagen_waarden(aanbod.pk, velden)
    aanbodwijzigingen_vastleggen(
        (Wijziging(aanbod.pk, v, voor[v], na[v]) for v in velden),
        via=via,
        door=door,
        door_omschrijving=door_omschrijving,
    )
