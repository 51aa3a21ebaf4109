import uuid

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from .gebied import Buurt, Wijk
from .organisatie import Organisatie


class Locatie(models.Model):
    """A place where offer happens (HSDS: location with its physical address)."""

    hsds_id = models.UUIDField(_("HSDS-id"), default=uuid.uuid4, unique=True, editable=False)
    organisatie = models.ForeignKey(
        Organisatie,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="locaties",
        verbose_name=_("organisatie"),
    )
    naam = models.CharField(_("naam"), max_length=200)
    straat = models.CharField(_("straat"), max_length=120, blank=True)
    huisnummer = models.CharField(_("huisnummer"), max_length=20, blank=True)
    postcode = models.CharField(_("postcode"), max_length=7, blank=True)
    plaats = models.CharField(_("plaats"), max_length=80, default="Utrecht")
    lat = models.FloatField(
        _("breedtegraad"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    lon = models.FloatField(
        _("lengtegraad"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    wijk = models.ForeignKey(
        Wijk,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="locaties",
        help_text=_("Leeg laten: dan volgt de wijk uit de coördinaten."),
    )
    buurt = models.ForeignKey(
        Buurt,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="locaties",
        help_text=_("Leeg laten: dan volgt de buurt uit de coördinaten."),
    )
    rolstoeltoegankelijk = models.BooleanField(_("rolstoeltoegankelijk"), default=False)
    toegankelijk_toilet = models.BooleanField(_("toegankelijk toilet"), default=False)
    ringleiding = models.BooleanField(_("ringleiding"), default=False)
    toegankelijkheid = models.TextField(_("toegankelijkheid (toelichting)"), blank=True)
    vertrouwelijk_adres = models.BooleanField(
        _("vertrouwelijk adres"),
        default=False,
        help_text=_("Het adres wordt nooit openbaar getoond (bijvoorbeeld een opvang)."),
    )
    oorspronkelijk_id = models.CharField(
        _("id in de bron"), max_length=200, blank=True, editable=False
    )
    aangemaakt = models.DateTimeField(auto_now_add=True)
    gewijzigd = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["naam"]
        verbose_name = _("locatie")
        verbose_name_plural = _("locaties")

    def __str__(self) -> str:
        return self.naam

    def save(self, *args, **kwargs) -> None:
        if (
            self.lat is not None
            and self.lon is not None
            and (not self.wijk_id or not self.buurt_id)
        ):
            from aanbod.gebieden import gebied_bij_punt

            wijk, buurt = gebied_bij_punt(self.lat, self.lon)
            # A buurt outside a hand-chosen wijk would list the place under two wijken.
            if not self.buurt_id and buurt and (not self.wijk_id or buurt.wijk_id == self.wijk_id):
                self.buurt = buurt
            if not self.wijk_id:
                self.wijk = self.buurt.wijk if self.buurt_id else wijk
        super().save(*args, **kwargs)

    @property
    def adres(self) -> str:
        """The street address on one line, or empty for a confidential address."""
        if self.vertrouwelijk_adres:
            return ""
        straat = " ".join(deel for deel in (self.straat, self.huisnummer) if deel)
        plaats = " ".join(deel for deel in (self.postcode, self.plaats) if deel)
        return ", ".join(deel for deel in (straat, plaats) if deel)

    @property
    def heeft_openbare_positie(self) -> bool:
        return not self.vertrouwelijk_adres and self.lat is not None and self.lon is not None
