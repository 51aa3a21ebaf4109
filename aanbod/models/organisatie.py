import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wijkportaal.slugs import unieke_slug


class Organisatie(models.Model):
    """An organisation or initiative that offers something (HSDS: organization)."""

    hsds_id = models.UUIDField(_("HSDS-id"), default=uuid.uuid4, unique=True, editable=False)
    naam = models.CharField(_("naam"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, unique=True, blank=True)
    beschrijving = models.TextField(_("beschrijving"), blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    telefoon = models.CharField(_("telefoon"), max_length=40, blank=True)
    oorspronkelijk_id = models.CharField(
        _("id in de bron"), max_length=200, blank=True, editable=False
    )
    te_controleren = models.BooleanField(
        _("nakijken"),
        default=False,
        help_text=_(
            "Tijdelijke organisatie: een import noemde een organisatie die er niet is. "
            "Een coördinator kijkt dit na."
        ),
    )
    gebruikers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="organisaties",
        verbose_name=_("partnergebruikers"),
        help_text=_("Accounts van deze organisatie (rol partner)."),
    )
    aangemaakt = models.DateTimeField(auto_now_add=True)
    gewijzigd = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["naam"]
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")

    def __str__(self) -> str:
        return self.naam

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = unieke_slug(self, self.naam)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("aanbod:organisatie", args=[self.slug])
