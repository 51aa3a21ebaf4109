"""The change history of an offer: one row per changed field, never changed afterwards.

Rows are written by whatever changes the offer, through ``aanbod.historie``."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkportaal.modellen import AlleenAanvullen, DoorWie

from .aanbod import Aanbod


class Bron(models.TextChoices):
    ADMIN = "admin", _("Beheer (admin)")
    VOORSTEL = "voorstel", _("Goedgekeurd wijzigingsvoorstel")
    BEVESTIGING = "bevestiging", _("Bevestiging 'klopt nog'")
    IMPORT = "import", _("Import (open data)")
    OVERIG = "overig", _("Anders (systeem)")


class AanbodWijziging(AlleenAanvullen, DoorWie, models.Model):
    """Who changed which field of an offer, when, how, from what to what."""

    wijzigen_verboden = "De geschiedenis wordt alleen aangevuld, nooit gewijzigd."

    aanbod = models.ForeignKey(
        Aanbod, on_delete=models.CASCADE, related_name="wijzigingen", verbose_name=_("aanbod")
    )
    veld = models.CharField(_("veld"), max_length=60)
    oud = models.TextField(_("oude waarde"), blank=True)
    nieuw = models.TextField(_("nieuwe waarde"), blank=True)
    via = models.CharField(_("via"), max_length=20, choices=Bron.choices, default=Bron.OVERIG)
    tijdstip = models.DateTimeField(_("tijdstip"), default=timezone.now)

    class Meta:
        ordering = ["-tijdstip", "-pk"]
        verbose_name = _("wijziging van aanbod")
        verbose_name_plural = _("geschiedenis van het aanbod")
        indexes = [models.Index(fields=["aanbod", "-tijdstip"])]

    def __str__(self) -> str:
        return f"{self.aanbod_id}: {self.veld}"

    @property
    def veldnaam(self) -> str:
        try:
            return str(Aanbod._meta.get_field(self.veld).verbose_name)
        except Exception:  # a field that no longer exists
            return self.veld
