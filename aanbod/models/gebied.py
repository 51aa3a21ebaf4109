from django.db import models
from django.utils.translation import gettext_lazy as _


class Wijk(models.Model):
    """One of Utrecht's ten wijken, with its boundary as GeoJSON (WGS84)."""

    code = models.CharField(_("code"), max_length=2, unique=True)
    naam = models.CharField(_("naam"), max_length=60)
    slug = models.SlugField(_("slug"), unique=True)
    grens = models.JSONField(_("grens (GeoJSON)"), default=dict, blank=True)

    class Meta:
        ordering = ["naam"]
        verbose_name = _("wijk")
        verbose_name_plural = _("wijken")

    def __str__(self) -> str:
        return self.naam


class Buurt(models.Model):
    """A buurt within a wijk, with its boundary as GeoJSON (WGS84)."""

    code = models.CharField(_("code"), max_length=4, unique=True)
    naam = models.CharField(_("naam"), max_length=80)
    slug = models.SlugField(_("slug"), unique=True)
    wijk = models.ForeignKey(Wijk, on_delete=models.PROTECT, related_name="buurten")
    grens = models.JSONField(_("grens (GeoJSON)"), default=dict, blank=True)

    class Meta:
        ordering = ["naam"]
        verbose_name = _("buurt")
        verbose_name_plural = _("buurten")

    def __str__(self) -> str:
        return self.naam
