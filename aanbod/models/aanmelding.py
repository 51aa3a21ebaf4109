import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .aanbod import Aanbod
from .gebied import Wijk


class AanmeldingStatus(models.TextChoices):
    NIEUW = "nieuw", _("Wacht op beoordeling")
    GEPUBLICEERD = "gepubliceerd", _("Gepubliceerd")
    AFGEWEZEN = "afgewezen", _("Niet gepubliceerd")


class Aanmelding(models.Model):
    """A resident's proposal for a new initiative or activity; published only after review."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    naam = models.CharField(_("wat is het"), max_length=200)
    beschrijving = models.TextField(_("vertel er iets over"))
    waar = models.CharField(_("waar"), max_length=300)
    wijk = models.ForeignKey(
        Wijk, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("wijk")
    )
    wanneer = models.CharField(_("wanneer"), max_length=300)
    voor_wie = models.CharField(_("voor wie"), max_length=300, blank=True)
    kosten = models.CharField(_("wat kost het"), max_length=200, blank=True)
    organisatie_naam = models.CharField(
        _("naam van je groep of organisatie"), max_length=200, blank=True
    )
    contact_naam = models.CharField(_("je naam"), max_length=120)
    contact_email = models.EmailField(_("je e-mailadres"))
    contact_telefoon = models.CharField(_("je telefoonnummer"), max_length=40, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=AanmeldingStatus.choices, default=AanmeldingStatus.NIEUW
    )
    reden = models.TextField(_("reden"), blank=True)
    aanbod = models.OneToOneField(
        Aanbod,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="aanmelding",
        verbose_name=_("gepubliceerd als"),
    )
    behandeld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    behandeld_op = models.DateTimeField(null=True, blank=True)
    aangemaakt = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-aangemaakt"]
        verbose_name = _("aanmelding van een initiatief")
        verbose_name_plural = _("aanmeldingen van initiatieven")

    def __str__(self) -> str:
        return self.naam
