"""Every change to an offer lands in its history, whatever made it (admin, approval, 'klopt nog').

The signals below are the only writers of AanbodWijziging, so nothing is recorded twice.
Who made the change and how comes from ``wijzigingsbron``, set by the services and the admin;
without it a change is still recorded, as 'anders' by 'systeem'.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from django.db.models.signals import m2m_changed, post_save, pre_save
from django.dispatch import receiver

from aanbod.models import Aanbod
from beheer.models import AanbodWijziging, Bron

# Technical fields that change by themselves; their changes are no news to anyone.
NIET_BIJHOUDEN = {"id", "hsds_id", "slug", "zoektekst", "zoekvector", "aangemaakt", "gewijzigd"}
GEVOLGDE_VELDEN = [f.name for f in Aanbod._meta.concrete_fields if f.name not in NIET_BIJHOUDEN]
M2M_VELDEN = {
    Aanbod.themas.through: "themas",
    Aanbod.doelgroepen.through: "doelgroepen",
    Aanbod.talen.through: "talen",
}


@dataclass(frozen=True)
class Wijzigingsbron:
    door: object | None = None  # a user
    door_omschrijving: str = ""
    via: str = Bron.OVERIG


_bron: ContextVar[Wijzigingsbron | None] = ContextVar("beheer_wijzigingsbron", default=None)


@contextmanager
def wijzigingsbron(*, door=None, door_omschrijving: str = "", via: str) -> Iterator[None]:
    """Changes to offers inside this block are recorded as made by ``door`` via ``via``."""
    token = _bron.set(Wijzigingsbron(door=door, door_omschrijving=door_omschrijving, via=via))
    try:
        yield
    finally:
        _bron.reset(token)


def als_tekst(aanbod: Aanbod, veld: str, waarde) -> str:
    """A value as people read it: the label of a choice, a name for a user, '' for nothing."""
    if waarde is None:
        return ""
    field = Aanbod._meta.get_field(veld)
    if field.choices:
        return str(dict(field.flatchoices).get(waarde, waarde))
    if field.is_relation:
        gerelateerd = field.related_model._default_manager.filter(pk=waarde).first()
        return str(gerelateerd) if gerelateerd is not None else str(waarde)
    return str(waarde)


def wijzigingen_vastleggen(*, aanbod: Aanbod, oud: dict, nieuw: dict) -> list[AanbodWijziging]:
    """Append one history row per field whose value differs between ``oud`` and ``nieuw``."""
    bron = _bron.get() or Wijzigingsbron()
    door = bron.door if getattr(bron.door, "pk", None) else None
    rijen = [
        AanbodWijziging(
            aanbod=aanbod,
            veld=veld,
            oud=oud.get(veld, ""),
            nieuw=nieuw.get(veld, ""),
            door=door,
            door_omschrijving=bron.door_omschrijving,
            via=bron.via,
        )
        for veld in nieuw
        if oud.get(veld, "") != nieuw.get(veld, "")
    ]
    return AanbodWijziging.objects.bulk_create(rijen)


@receiver(pre_save, sender=Aanbod)
def _oude_waarden_onthouden(sender, instance: Aanbod, raw: bool = False, **kwargs) -> None:
    instance._beheer_oud = None
    if raw or instance.pk is None:
        return
    instance._beheer_oud = (
        Aanbod.objects.filter(pk=instance.pk)
        .values(*(Aanbod._meta.get_field(v).attname for v in GEVOLGDE_VELDEN))
        .first()
    )


@receiver(post_save, sender=Aanbod)
def _wijzigingen_opslaan(sender, instance: Aanbod, raw: bool = False, created=False, **kw):
    oud = getattr(instance, "_beheer_oud", None)
    instance._beheer_oud = None
    if created:
        instance._beheer_nieuw = True  # its first themes etc. are no change
    if raw or created or oud is None:
        return
    veranderd = {}
    for veld in GEVOLGDE_VELDEN:
        attname = Aanbod._meta.get_field(veld).attname
        voor, na = oud[attname], getattr(instance, attname)
        if voor != na:
            veranderd[veld] = (als_tekst(instance, veld, voor), als_tekst(instance, veld, na))
    if veranderd:
        wijzigingen_vastleggen(
            aanbod=instance,
            oud={v: paar[0] for v, paar in veranderd.items()},
            nieuw={v: paar[1] for v, paar in veranderd.items()},
        )


def _lijst(aanbod: Aanbod, veld: str) -> str:
    return ", ".join(sorted(str(x) for x in getattr(aanbod, veld).all()))


@receiver(m2m_changed)
def _lijst_gewijzigd(sender, instance, action: str, reverse: bool, **kwargs) -> None:
    veld = M2M_VELDEN.get(sender)
    if veld is None or reverse or getattr(instance, "_beheer_nieuw", False):
        return
    if action in {"pre_add", "pre_remove", "pre_clear"}:
        instance.__dict__.setdefault("_beheer_m2m", {})[veld] = _lijst(instance, veld)
    elif action in {"post_add", "post_remove", "post_clear"}:
        oud = instance.__dict__.get("_beheer_m2m", {}).pop(veld, None)
        if oud is not None:
            wijzigingen_vastleggen(
                aanbod=instance, oud={veld: oud}, nieuw={veld: _lijst(instance, veld)}
            )
