from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .aanbod import Aanbod
from .lijsten import Thema


class Zoekwoord(models.Model):
    """An everyday word residents use, attached to a theme or an offer ('eenzaam' -> ontmoeting)."""

    woord = models.CharField(
        _("woord"),
        max_length=60,
        help_text=_("Zoals inwoners het zeggen, bijvoorbeeld 'geldzorgen'."),
    )
    thema = models.ForeignKey(
        Thema,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="zoekwoorden",
        verbose_name=_("thema"),
    )
    aanbod = models.ForeignKey(
        Aanbod,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="zoekwoorden",
        verbose_name=_("aanbod"),
    )

    class Meta:
        ordering = ["woord"]
        verbose_name = _("zoekwoord")
        verbose_name_plural = _("zoekwoorden")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(thema__isnull=False) | models.Q(aanbod__isnull=False),
                name="zoekwoord_hoort_ergens_bij",
            ),
            models.UniqueConstraint(fields=["woord", "thema"], name="zoekwoord_uniek_per_thema"),
            models.UniqueConstraint(fields=["woord", "aanbod"], name="zoekwoord_uniek_per_aanbod"),
        ]

    def __str__(self) -> str:
        return self.woord

    def clean(self) -> None:
        if not self.thema_id and not self.aanbod_id:
            raise ValidationError(_("Kies een thema of een aanbod waar dit woord bij hoort."))
        self.woord = self.woord.strip().lower()


class Woord(models.Model):
    """Every distinct word of the search texts: the vocabulary a misspelt word is matched
    against (trigram index on PostgreSQL), so typo tolerance costs one small lookup instead of
    a comparison with every offer."""

    woord = models.CharField(max_length=40, unique=True)

    class Meta:
        verbose_name = _("woord in de zoektekst")
        verbose_name_plural = _("woorden in de zoektekst")

    def __str__(self) -> str:
        return self.woord
