"""Keep each offer's search text in step with everything it is found by."""

from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver

from aanbod.models import Aanbod, AanbodLocatie, Locatie, Organisatie
from aanbod.zoektekst import zoektekst_voor


def zoektekst_bijwerken(aanbod_ids) -> None:
    for aanbod in Aanbod.objects.filter(pk__in=aanbod_ids).select_related("organisatie"):
        tekst = zoektekst_voor(aanbod)
        if tekst != aanbod.zoektekst:
            Aanbod.objects.filter(pk=aanbod.pk).update(zoektekst=tekst)


@receiver(post_save, sender=Aanbod)
def aanbod_opgeslagen(sender, instance: Aanbod, raw: bool = False, **kwargs) -> None:
    if not raw:
        zoektekst_bijwerken([instance.pk])


@receiver(m2m_changed, sender=Aanbod.themas.through)
@receiver(m2m_changed, sender=Aanbod.doelgroepen.through)
def lijsten_gewijzigd(sender, instance, action: str, reverse: bool, pk_set, **kwargs) -> None:
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if reverse:
        zoektekst_bijwerken(pk_set or instance.aanbod.values_list("pk", flat=True))
    else:
        zoektekst_bijwerken([instance.pk])


@receiver(post_save, sender=AanbodLocatie)
def aanbodlocatie_opgeslagen(sender, instance: AanbodLocatie, raw: bool = False, **kwargs) -> None:
    if not raw:
        zoektekst_bijwerken([instance.aanbod_id])


@receiver(post_save, sender=Locatie)
def locatie_opgeslagen(sender, instance: Locatie, raw: bool = False, created: bool = False, **kw):
    if not raw and not created:
        zoektekst_bijwerken(instance.aanbodlocaties.values_list("aanbod_id", flat=True))


@receiver(post_save, sender=Organisatie)
def organisatie_opgeslagen(sender, instance: Organisatie, raw: bool = False, created=False, **kw):
    if not raw and not created:
        zoektekst_bijwerken(instance.aanbod.values_list("pk", flat=True))
