"""The audit log: who viewed, changed, exported or deleted a question's personal data, and when.

It names the question and the fields, never their contents, so the log itself holds no
resident data and can be kept after retention has wiped the question (docs/adr/0008).
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkportaal.modellen import AlleenAanvullen, DoorWie


class AuditActie(models.TextChoices):
    BEKEKEN = "bekeken", _("Bekeken")
    GEWIJZIGD = "gewijzigd", _("Gewijzigd")
    GEEXPORTEERD = "geexporteerd", _("Geëxporteerd")
    VERWIJDERD = "verwijderd", _("Verwijderd")


class AuditRegel(AlleenAanvullen, DoorWie, models.Model):
    """One access to personal data. Never changed or deleted afterwards."""

    wijzigen_verboden = "Het auditlog wordt alleen aangevuld, nooit gewijzigd."
    delete_verboden = True

    vraag = models.ForeignKey(
        "vragen.Vraag",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="auditregels",
        verbose_name=_("vraag"),
    )
    # The reference stays readable even if the question row were ever removed.
    referentie = models.CharField(_("referentie"), max_length=9)
    actie = models.CharField(_("actie"), max_length=20, choices=AuditActie.choices)
    velden = models.JSONField(_("velden"), default=list, blank=True)
    reden = models.CharField(_("reden"), max_length=300, blank=True)
    tijdstip = models.DateTimeField(_("tijdstip"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-tijdstip", "-pk"]
        verbose_name = _("auditregel")
        verbose_name_plural = _("auditlog persoonsgegevens")

    def __str__(self) -> str:
        return f"{self.referentie}: {self.get_actie_display()} ({self.wie})"
