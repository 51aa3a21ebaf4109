import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wijkportaal.slugs import unieke_slug

from .aanbod import Aanbod, AanbodLocatie
from .gebied import Wijk


class InformatiepuntQuerySet(models.QuerySet):
    def met_gegevens(self) -> "InformatiepuntQuerySet":
        """Everything the 'Kom langs' block shows, in a fixed number of queries."""
        return self.select_related("aanbod__organisatie").prefetch_related(
            "wijken",
            "aanbod__talen",
            models.Prefetch(
                "aanbod__aanbodlocaties",
                queryset=AanbodLocatie.objects.select_related("locatie__wijk").prefetch_related(
                    "tijdsloten", "sluitingen"
                ),
            ),
        )


class Informatiepunt(models.Model):
    """A Wijkinformatiepunt: a desk where volunteers help residents find their way.

    Its address, opening hours, phone, e-mail and languages are those of its offer in the
    catalogue (``aanbod``), so residents also find it when they search, and the same opening
    time rules (holidays, closures) apply."""

    hsds_id = models.UUIDField(_("HSDS-id"), default=uuid.uuid4, unique=True, editable=False)
    naam = models.CharField(_("naam"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=80, unique=True, blank=True)
    aanbod = models.OneToOneField(
        Aanbod,
        on_delete=models.PROTECT,
        related_name="informatiepunt",
        verbose_name=_("aanbod in de catalogus"),
        help_text=_("Het adres, de openingstijden, telefoon, e-mail en talen komen hiervandaan."),
    )
    wijken = models.ManyToManyField(
        Wijk, related_name="informatiepunten", verbose_name=_("wijken waarvoor het er is")
    )
    medewerkers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="informatiepunten",
        verbose_name=_("vrijwilligers en medewerkers"),
    )

    objects = InformatiepuntQuerySet.as_manager()

    class Meta:
        ordering = ["naam"]
        verbose_name = _("informatiepunt")
        verbose_name_plural = _("informatiepunten")

    def __str__(self) -> str:
        return self.naam

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = unieke_slug(self, self.naam)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("aanbod:informatiepunten") + f"#{self.slug}"

    @property
    def locatie(self):
        """The first (public) location of its offer, from prefetched data."""
        plekken = [al.locatie for al in self.aanbod.aanbodlocaties.all()]
        return next(
            (p for p in plekken if not p.vertrouwelijk_adres), plekken[0] if plekken else None
        )
