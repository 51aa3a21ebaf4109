"""Keep each offer's search text in step with everything it is found by."""

from django.core.signals import request_finished, request_started
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from aanbod.models import (
    Aanbod,
    AanbodLocatie,
    Behoefte,
    Locatie,
    Organisatie,
    Thema,
    Tijdslot,
    Zoekwoord,
)
from aanbod.versie import catalogus_gewijzigd, verzoek_begint, verzoek_eindigt
from aanbod.zoeken.index import woorden_toevoegen, zoektekst_bijwerken


@receiver(post_save, sender=Aanbod)
def aanbod_opgeslagen(sender, instance: Aanbod, raw: bool = False, **kwargs) -> None:
    if not raw:
        zoektekst_bijwerken([instance.pk])


@receiver(m2m_changed, sender=Aanbod.themas.through)
@receiver(m2m_changed, sender=Aanbod.doelgroepen.through)
@receiver(m2m_changed, sender=Aanbod.talen.through)
def lijsten_gewijzigd(sender, instance, action: str, reverse: bool, pk_set, **kwargs) -> None:
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if not reverse:
        zoektekst_bijwerken([instance.pk])
    elif pk_set:
        zoektekst_bijwerken(pk_set)


@receiver(post_save, sender=AanbodLocatie)
@receiver(post_delete, sender=AanbodLocatie)
def aanbodlocatie_gewijzigd(sender, instance: AanbodLocatie, raw: bool = False, **kwargs) -> None:
    if not raw and Aanbod.objects.filter(pk=instance.aanbod_id).exists():
        zoektekst_bijwerken([instance.aanbod_id])


@receiver(post_save, sender=Tijdslot)
@receiver(post_delete, sender=Tijdslot)
def tijdslot_gewijzigd(sender, instance: Tijdslot, raw: bool = False, **kwargs) -> None:
    """The days of the week an offer is on are words of its vector (the day filter)."""
    if raw:
        return
    aanbod_id = (
        AanbodLocatie.objects.filter(pk=instance.aanbod_locatie_id)
        .values_list("aanbod_id", flat=True)
        .first()
    )
    if aanbod_id is not None:
        zoektekst_bijwerken([aanbod_id])


@receiver(post_save, sender=Locatie)
def locatie_opgeslagen(sender, instance: Locatie, raw: bool = False, created: bool = False, **kw):
    if not raw and not created:
        zoektekst_bijwerken(instance.aanbodlocaties.values_list("aanbod_id", flat=True))


@receiver(post_save, sender=Organisatie)
def organisatie_opgeslagen(sender, instance: Organisatie, raw: bool = False, created=False, **kw):
    if not raw and not created:
        zoektekst_bijwerken(instance.aanbod.values_list("pk", flat=True))


@receiver(post_save, sender=Thema)
def thema_opgeslagen(sender, instance: Thema, raw: bool = False, created: bool = False, **kw):
    if not raw:
        woorden_toevoegen([instance.naam, instance.naam_en])
    if not raw and not created:
        zoektekst_bijwerken(instance.aanbod.values_list("pk", flat=True))


@receiver(post_save, sender=Zoekwoord)
@receiver(post_delete, sender=Zoekwoord)
def zoekwoord_gewijzigd(sender, instance: Zoekwoord, raw: bool = False, **kwargs) -> None:
    if not raw:
        woorden_toevoegen([instance.woord])
    if not raw and instance.aanbod_id:
        zoektekst_bijwerken([instance.aanbod_id])


@receiver(post_save, sender=Behoefte)
@receiver(post_delete, sender=Behoefte)
@receiver(m2m_changed, sender=Behoefte.themas.through)
def behoefte_gewijzigd(sender, instance, raw: bool = False, **kwargs) -> None:
    """A need changed: it counts from the next search (no deploy, no cache to wait for)."""
    if isinstance(instance, Behoefte) and not raw:
        woorden_toevoegen([instance.uitdrukking, instance.zoekwoorden])


@receiver(post_save)
@receiver(post_delete)
@receiver(m2m_changed)
def catalogus_opgeslagen(sender, **kwargs) -> None:
    """Anything of the catalogue changed: what is cached per catalogue version is outdated."""
    if sender._meta.app_label == "aanbod":
        catalogus_gewijzigd()


# One read of the catalogue version per request (aanbod/versie.py).
request_started.connect(verzoek_begint, dispatch_uid="aanbod.versie.begint")
request_finished.connect(verzoek_eindigt, dispatch_uid="aanbod.versie.eindigt")
