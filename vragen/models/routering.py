"""Routing rules (ordered, first match wins) and response norms per theme."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from aanbod.models import Doelgroep, Organisatie, Thema, Wijk


class Routeringsregel(models.Model):
    """Points questions on a theme, in a wijk and/or for a target group to an eerste
    aanspreekpunt. An empty criterion matches anything."""

    volgorde = models.PositiveIntegerField(
        _("volgorde"),
        default=100,
        help_text=_("Lager nummer = eerder. De eerste regel die past, wint."),
    )
    thema = models.ForeignKey(
        Thema,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("thema"),
        help_text=_("Leeg = elk thema."),
    )
    wijk = models.ForeignKey(
        Wijk,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("wijk"),
        help_text=_("Leeg = elke wijk."),
    )
    doelgroep = models.ForeignKey(
        Doelgroep,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("doelgroep"),
        help_text=_("Leeg = iedereen."),
    )
    organisatie = models.ForeignKey(
        Organisatie,
        on_delete=models.CASCADE,
        related_name="routeringsregels",
        verbose_name=_("organisatie (eerste aanspreekpunt)"),
    )
    contactpersoon = models.CharField(_("contactpersoon"), max_length=120)
    email = models.EmailField(_("e-mail van de contactpersoon"))
    actief = models.BooleanField(_("actief"), default=True)

    class Meta:
        ordering = ["volgorde", "pk"]
        verbose_name = _("routeringsregel")
        verbose_name_plural = _("routeringsregels")

    def __str__(self) -> str:
        delen = [str(x) for x in (self.thema, self.wijk, self.doelgroep) if x] or [_("alles")]
        return f"{self.volgorde}. {' + '.join(delen)} → {self.organisatie}"

    def past_bij(
        self, *, thema_ids: set[int], wijk_id: int | None, doelgroep_id: int | None
    ) -> bool:
        return (
            (self.thema_id is None or self.thema_id in thema_ids)
            and (self.wijk_id is None or self.wijk_id == wijk_id)
            and (self.doelgroep_id is None or self.doelgroep_id == doelgroep_id)
        )


class Reactienorm(models.Model):
    """How many working days a question on a theme may take before the first response."""

    thema = models.OneToOneField(
        Thema, on_delete=models.CASCADE, related_name="reactienorm", verbose_name=_("thema")
    )
    werkdagen = models.PositiveSmallIntegerField(
        _("werkdagen"), validators=[MinValueValidator(1), MaxValueValidator(60)]
    )

    class Meta:
        ordering = ["thema"]
        verbose_name = _("reactienorm")
        verbose_name_plural = _("reactienormen")

    def __str__(self) -> str:
        return f"{self.thema}: {self.werkdagen}"
