"""'Klopt er iets niet?': a correction from the public, for coordinators to check."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from aanbod.models import Aanbod


class CorrectieStatus(models.TextChoices):
    NIEUW = "nieuw", _("Nieuw")
    AFGEHANDELD = "afgehandeld", _("Afgehandeld")


class Correctie(models.Model):
    aanbod = models.ForeignKey(
        Aanbod, on_delete=models.CASCADE, related_name="correcties", verbose_name=_("aanbod")
    )
    tekst = models.TextField(_("wat klopt er niet"), max_length=2000)
    # Only to ask something back; blanked when the correction is handled (collect little).
    email = models.EmailField(_("e-mail (niet verplicht)"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=CorrectieStatus.choices, default=CorrectieStatus.NIEUW
    )
    notitie = models.TextField(_("wat is ermee gedaan"), blank=True)
    afgehandeld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    afgehandeld_op = models.DateTimeField(null=True, blank=True)
    aangemaakt = models.DateTimeField(_("gemeld op"), auto_now_add=True)

    class Meta:
        ordering = ["aangemaakt", "pk"]
        verbose_name = _("correctie")
        verbose_name_plural = _("correcties van bezoekers")

    def __str__(self) -> str:
        return f"{self.aanbod}: {self.tekst[:40]}"
