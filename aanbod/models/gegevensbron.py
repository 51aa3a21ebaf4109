"""Where offers come from: a registered open-data source and the log of its imports."""

import os
from datetime import timedelta

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkportaal.modellen import AlleenAanvullen


class _BronOpslag(FileSystemStorage):
    """Files of sources, in settings.HSDS_BRONNEN_MAP (read when used, not at start-up)."""

    @property
    def base_location(self):
        return str(settings.HSDS_BRONNEN_MAP)

    @property
    def location(self):
        return os.path.abspath(self.base_location)


def _opslag() -> FileSystemStorage:
    return _BronOpslag()


class Gegevensbron(models.Model):
    """A published HSDS dataset we import from, by URL or as an uploaded file."""

    naam = models.CharField(_("naam"), max_length=120, unique=True)
    url = models.URLField(
        _("webadres"),
        blank=True,
        help_text=_("Waar het HSDS-bestand (zip, JSON of datapackage) te downloaden is."),
    )
    bestand = models.FileField(
        _("bestand"),
        storage=_opslag,
        upload_to="geupload/",
        blank=True,
        help_text=_("Of: een HSDS-bestand dat u zelf uploadt (zip of JSON)."),
    )
    licentie = models.CharField(_("licentie"), max_length=120, blank=True)
    verversen_dagen = models.PositiveSmallIntegerField(
        _("verversen elke (dagen)"), default=7, help_text=_("0 = niet automatisch verversen.")
    )
    laatst_bijgewerkt = models.DateTimeField(_("laatst bijgewerkt"), null=True, blank=True)
    aangemaakt = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["naam"]
        verbose_name = _("gegevensbron")
        verbose_name_plural = _("gegevensbronnen")

    def __str__(self) -> str:
        return self.naam

    @property
    def sleutel(self) -> str:
        """The namespace of this source's ids: stays when the name or URL changes."""
        return f"gegevensbron-{self.pk}"

    def is_aan_de_beurt(self, nu=None) -> bool:
        if not self.verversen_dagen:
            return False
        nu = nu or timezone.now()
        return (
            self.laatst_bijgewerkt is None
            or self.laatst_bijgewerkt + timedelta(days=self.verversen_dagen) <= nu
        )


class BronRun(AlleenAanvullen, models.Model):
    """One import of a source, with its summary; added, never changed."""

    wijzigen_verboden = "Het logboek van een bron wordt alleen aangevuld."

    bron = models.ForeignKey(
        Gegevensbron, on_delete=models.CASCADE, related_name="runs", verbose_name=_("bron")
    )
    begonnen = models.DateTimeField(_("begonnen"), default=timezone.now)
    gelukt = models.BooleanField(_("gelukt"), default=False)
    nieuw = models.PositiveIntegerField(_("nieuw"), default=0)
    bijgewerkt = models.PositiveIntegerField(_("bijgewerkt"), default=0)
    ongewijzigd = models.PositiveIntegerField(_("ongewijzigd"), default=0)
    afgewezen = models.PositiveIntegerField(_("afgewezen"), default=0)
    verdwenen = models.PositiveIntegerField(_("verdwenen uit de bron"), default=0)
    samenvatting = models.TextField(_("samenvatting"), blank=True)

    class Meta:
        ordering = ["-begonnen", "-pk"]
        verbose_name = _("import van een bron")
        verbose_name_plural = _("imports van bronnen")

    def __str__(self) -> str:
        return f"{self.bron_id} {self.begonnen:%Y-%m-%d %H:%M}"
