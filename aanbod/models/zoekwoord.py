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


class Behoefte(models.Model):
    """An everyday phrase or word of need and what it asks for: 'ruzie met de buren' ->
    buurtbemiddeling; 'durf de deur niet uit' -> angst, ontmoeting, maatje (docs/behoeften.md).

    A query matches it when every word of the phrase occurs in the query (case, accents and
    Dutch inflection ignored; filler like 'de' or 'mijn' left out, 'niet' and 'geen' kept)."""

    uitdrukking = models.CharField(
        _("uitdrukking"),
        max_length=120,
        unique=True,
        help_text=_(
            "Zoals inwoners het zeggen, in zo weinig woorden als de vraag draagt: "
            "'durf de deur niet uit', 'uitkering gestopt', 'weduwe'."
        ),
    )
    themas = models.ManyToManyField(
        Thema, blank=True, related_name="behoeften", verbose_name=_("thema's")
    )
    zoekwoorden = models.CharField(
        _("zoekwoorden"),
        max_length=300,
        blank=True,
        help_text=_(
            "Woorden die het passende aanbod gebruikt, gescheiden door komma's: "
            "'buurtbemiddeling, bemiddeling'."
        ),
    )
    groep = models.CharField(
        _("geschreven voor"),
        max_length=60,
        blank=True,
        help_text=_("Voor wie deze uitdrukking vooral is, bijvoorbeeld 'mantelzorgers'."),
    )
    actief = models.BooleanField(_("actief"), default=True)

    class Meta:
        ordering = ["uitdrukking"]
        verbose_name = _("behoefte")
        verbose_name_plural = _("behoeften")

    def __str__(self) -> str:
        return self.uitdrukking

    def clean(self) -> None:
        self.uitdrukking = " ".join(self.uitdrukking.split()).lower()
        if not self.zoekwoorden.strip() and self.pk and not self.themas.exists():
            raise ValidationError(_("Geef minstens een zoekwoord of een thema."))

    @property
    def zoekwoordenlijst(self) -> list[str]:
        return [w.strip() for w in self.zoekwoorden.split(",") if w.strip()]


class ZoekwoordTellingQuerySet(models.QuerySet):
    def vaak_niets_gevonden(self, van, tot, *, minimaal: int = 5) -> "models.QuerySet":
        """Words searched at least ``minimaal`` times from ``van`` to ``tot`` (dates; whole
        months) that found nothing, most often first: rows of woord, niets, weinig."""
        return (
            self.filter(maand__gte=van.replace(day=1), maand__lte=tot)
            .values("woord")
            .annotate(niets=models.Sum("niets_gevonden"), weinig=models.Sum("weinig_gevonden"))
            .filter(niets__gte=minimaal)
            .order_by("-niets", "woord")
        )


class ZoekwoordTelling(models.Model):
    """How often a word was searched in a month and found nothing or little: a signal of what
    residents look for and the catalogue lacks. Nothing about the person is kept (no address,
    no session); rows older than 13 months are deleted (manage.py bewaartermijn)."""

    woord = models.CharField(_("woord"), max_length=40)
    maand = models.DateField(_("maand"))
    niets_gevonden = models.PositiveIntegerField(_("niets gevonden"), default=0)
    weinig_gevonden = models.PositiveIntegerField(_("weinig gevonden"), default=0)

    objects = ZoekwoordTellingQuerySet.as_manager()

    class Meta:
        ordering = ["-maand", "-niets_gevonden", "woord"]
        verbose_name = _("zoekwoord zonder resultaat")
        verbose_name_plural = _("zoekwoorden zonder resultaat")
        constraints = [
            models.UniqueConstraint(fields=["woord", "maand"], name="zoekwoordtelling_uniek")
        ]

    def __str__(self) -> str:
        return f"{self.woord} ({self.maand:%Y-%m})"
