"""Coordinator-managed lists: themes, target groups and languages."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Lijstwaarde(models.Model):
    naam = models.CharField(_("naam"), max_length=80, unique=True)
    naam_en = models.CharField(_("naam in het Engels"), max_length=80, blank=True)
    slug = models.SlugField(_("slug"), unique=True)
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        abstract = True
        ordering = ["volgorde", "naam"]

    def __str__(self) -> str:
        return self.weergave

    @property
    def weergave(self) -> str:
        """The name in the visitor's language (English when available and chosen)."""
        if self.naam_en and (get_language() or "nl").startswith("en"):
            return self.naam_en
        return self.naam


class Thema(Lijstwaarde):
    beschrijving = models.CharField(_("korte uitleg"), max_length=200, blank=True)
    icoon = models.CharField(
        _("icoon"), max_length=8, blank=True, help_text=_("Eén teken, bijvoorbeeld een emoji.")
    )

    class Meta(Lijstwaarde.Meta):
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")


class Doelgroep(Lijstwaarde):
    class Meta(Lijstwaarde.Meta):
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")


class Taal(models.Model):
    code = models.CharField(_("code (ISO 639-1)"), max_length=3, unique=True)
    naam = models.CharField(_("naam"), max_length=40)
    naam_en = models.CharField(_("naam in het Engels"), max_length=40, blank=True)

    class Meta:
        ordering = ["naam"]
        verbose_name = _("taal")
        verbose_name_plural = _("talen")

    def __str__(self) -> str:
        if self.naam_en and (get_language() or "nl").startswith("en"):
            return self.naam_en
        return self.naam
