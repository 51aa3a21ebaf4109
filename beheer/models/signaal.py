"""The coordinators' summary of one signal (theme x wijk x month of unmet needs)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from aanbod.models import Thema, Wijk


class Signaalsamenvatting(models.Model):
    thema = models.ForeignKey(
        Thema, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    wijk = models.ForeignKey(
        Wijk, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    maand = models.DateField(_("maand"), help_text=_("De eerste dag van de maand."))
    tekst = models.TextField(_("samenvatting"), max_length=2000)
    bijgewerkt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    bijgewerkt_op = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-maand", "pk"]
        verbose_name = _("samenvatting van een signaal")
        verbose_name_plural = _("samenvattingen van signalen")
        # One per (thema, wijk, maand); thema or wijk may be empty, so the service keeps it
        # unique (update_or_create) rather than a constraint SQLite cannot express.
        indexes = [models.Index(fields=["maand", "thema", "wijk"])]

    def __str__(self) -> str:
        return f"{self.thema} / {self.wijk} / {self.maand:%Y-%m}"
