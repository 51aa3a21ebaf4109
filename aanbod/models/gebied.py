from django.db import models
from django.utils.translation import gettext_lazy as _


class MetGrens:
    @property
    def grens(self) -> dict:
        """The boundary as GeoJSON, or {} when it is not known."""
        try:
            return self.grensvorm.geojson
        except Gebiedsgrens.DoesNotExist:
            return {}


class Wijk(MetGrens, models.Model):
    """One of Utrecht's ten wijken; its boundary is in Gebiedsgrens."""

    code = models.CharField(_("code"), max_length=2, unique=True)
    naam = models.CharField(_("naam"), max_length=60)
    slug = models.SlugField(_("slug"), unique=True)

    class Meta:
        ordering = ["naam"]
        verbose_name = _("wijk")
        verbose_name_plural = _("wijken")

    def __str__(self) -> str:
        return self.naam


class Buurt(MetGrens, models.Model):
    """A buurt within a wijk; its boundary is in Gebiedsgrens."""

    code = models.CharField(_("code"), max_length=4, unique=True)
    naam = models.CharField(_("naam"), max_length=80)
    slug = models.SlugField(_("slug"), unique=True)
    wijk = models.ForeignKey(Wijk, on_delete=models.PROTECT, related_name="buurten")

    class Meta:
        ordering = ["naam"]
        verbose_name = _("buurt")
        verbose_name_plural = _("buurten")

    def __str__(self) -> str:
        return self.naam


class Gebiedsgrens(models.Model):
    """The boundary of one wijk or buurt as GeoJSON (WGS84).

    Kept apart from Wijk and Buurt so that lists and joins of wijken and buurten (every search
    result shows its wijk) do not carry kilobytes of coordinates."""

    wijk = models.OneToOneField(
        Wijk, on_delete=models.CASCADE, null=True, blank=True, related_name="grensvorm"
    )
    buurt = models.OneToOneField(
        Buurt, on_delete=models.CASCADE, null=True, blank=True, related_name="grensvorm"
    )
    geojson = models.JSONField(_("grens (GeoJSON)"))

    class Meta:
        verbose_name = _("gebiedsgrens")
        verbose_name_plural = _("gebiedsgrenzen")
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(wijk__isnull=False) & models.Q(buurt__isnull=True))
                | (models.Q(wijk__isnull=True) & models.Q(buurt__isnull=False)),
                name="gebiedsgrens_van_wijk_of_buurt",
            )
        ]

    def __str__(self) -> str:
        return str(self.wijk or self.buurt)
