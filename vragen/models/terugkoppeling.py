"""The resident's answer to "Heeft dit je geholpen?" after a question was closed."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkportaal.getekende_links import GetekendeLink

# The link in the "Heeft dit je geholpen?" message names one question and the moment it was
# closed: once it is answered, reopened or closed again, that link no longer fits.
TERUGKOPPELLINK = GetekendeLink(salt="vragen.terugkoppeling", dagen="VRAGEN_TERUGKOPPELLINK_DAGEN")


class Antwoord(models.TextChoices):
    JA = "ja", _("Ja")
    GEDEELTELIJK = "gedeeltelijk", _("Gedeeltelijk")
    NEE = "nee", _("Nee")


class Terugkoppeling(models.Model):
    """One answer per closing. ``toelichting`` is the resident's own words: retention and a
    deletion request wipe it with the rest of the question's personal data."""

    vraag = models.ForeignKey(
        "vragen.Vraag", on_delete=models.CASCADE, related_name="terugkoppelingen"
    )
    antwoord = models.CharField(_("heeft het geholpen?"), max_length=20, choices=Antwoord.choices)
    toelichting = models.CharField(_("toelichting"), max_length=500, blank=True)
    afgesloten_op = models.DateTimeField(_("over de afsluiting van"))
    tijdstip = models.DateTimeField(_("ontvangen op"), default=timezone.now)

    class Meta:
        ordering = ["tijdstip", "pk"]
        verbose_name = _("terugkoppeling")
        verbose_name_plural = _("terugkoppelingen")
        constraints = [
            models.UniqueConstraint(
                fields=["vraag", "afgesloten_op"], name="een_terugkoppeling_per_afsluiting"
            )
        ]

    def __str__(self) -> str:
        return f"{self.vraag}: {self.get_antwoord_display()}"
