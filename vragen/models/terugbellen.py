"""A follow-up call a volunteer plans with the resident's consent, and its result."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class TerugbelStatus(models.TextChoices):
    GEPLAND = "gepland", _("Gepland")
    GEBELD = "gebeld", _("Gebeld")
    VERVALLEN = "vervallen", _("Niet meer nodig")


class Belresultaat(models.TextChoices):
    GEHOLPEN = "geholpen", _("Bereikt: geholpen")
    NOG_HULP_NODIG = "nog_hulp_nodig", _("Bereikt: nog hulp nodig")
    NIET_BEREIKT = "niet_bereikt", _("Niet bereikt")


class TerugbelafspraakQuerySet(models.QuerySet):
    def gepland(self) -> "TerugbelafspraakQuerySet":
        return self.filter(status=TerugbelStatus.GEPLAND)

    def te_bellen_op(self, dag=None) -> "TerugbelafspraakQuerySet":
        """Planned for ``dag`` (today) or earlier and not yet called: the 'Vandaag' list."""
        return self.gepland().filter(datum__lte=dag or timezone.localdate())

    def zichtbaar_voor(self, gebruiker) -> "TerugbelafspraakQuerySet":
        """Staff see every desk's calls; a volunteer only those of their own
        informatiepunt(en), and the ones they planned themselves."""
        if not gebruiker.is_authenticated or not gebruiker.is_active:
            return self.none()
        if not gebruiker.has_perm("vragen.add_vraag"):
            return self.none()
        if gebruiker.has_perm("vragen.view_alle_vragen"):
            return self
        return self.filter(
            Q(informatiepunt__in=gebruiker.informatiepunten.values("pk"))
            | Q(gepland_door=gebruiker)
        )

    def met_lijstgegevens(self) -> "TerugbelafspraakQuerySet":
        return self.select_related("vraag", "informatiepunt")


class Terugbelafspraak(models.Model):
    """'Terugbellen op <datum>': only with the resident's consent; the reason and the note
    are personal data and follow the question's retention (vragen/bewaartermijn.py)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    vraag = models.ForeignKey(
        "vragen.Vraag",
        on_delete=models.CASCADE,
        related_name="terugbelafspraken",
        verbose_name=_("vraag"),
    )
    informatiepunt = models.ForeignKey(
        "aanbod.Informatiepunt",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="terugbelafspraken",
        verbose_name=_("informatiepunt dat belt"),
    )
    datum = models.DateField(_("terugbellen op"))
    reden = models.CharField(_("waarom terugbellen"), max_length=300, blank=True)
    toestemming = models.BooleanField(_("toestemming van de inwoner"), default=False)
    # Proposed by the system (a vulnerable resident), not by a person.
    voorgesteld = models.BooleanField(_("automatisch voorgesteld"), default=False)
    status = models.CharField(
        _("status"), max_length=20, choices=TerugbelStatus.choices, default=TerugbelStatus.GEPLAND
    )
    resultaat = models.CharField(
        _("resultaat"), max_length=20, choices=Belresultaat.choices, blank=True
    )
    notitie = models.TextField(_("notitie bij het gesprek"), blank=True)
    gepland_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("gepland door"),
    )
    afgehandeld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("gebeld door"),
    )
    aangemaakt = models.DateTimeField(_("gepland op"), default=timezone.now)
    afgehandeld_op = models.DateTimeField(_("gebeld op"), null=True, blank=True)

    objects = TerugbelafspraakQuerySet.as_manager()

    class Meta:
        ordering = ["datum", "aangemaakt", "pk"]
        verbose_name = _("terugbelafspraak")
        verbose_name_plural = _("terugbelafspraken")
        indexes = [models.Index(fields=["status", "datum"])]

    def __str__(self) -> str:
        return f"{self.vraag_id}: {self.datum}"

    def get_absolute_url(self) -> str:
        return reverse("vragen:terugbelafspraak", args=[self.uuid])

    @property
    def is_gepland(self) -> bool:
        return self.status == TerugbelStatus.GEPLAND

    @property
    def is_te_laat(self) -> bool:
        return self.is_gepland and self.datum < timezone.localdate()
