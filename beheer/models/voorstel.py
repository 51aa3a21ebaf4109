"""A proposed change to an offer, from a partner or through a verification link."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from aanbod.models import Aanbod, Organisatie

# The fields a partner may propose changes to; a coordinator reviews each proposal.
VOORSTELVELDEN = [
    "naam",
    "beschrijving",
    "voor_wie",
    "kosten",
    "kosten_bedrag",
    "kosten_toelichting",
    "deelname",
    "contactpersoon",
    "email",
    "telefoon",
    "website",
    "status",
]


class VoorstelStatus(models.TextChoices):
    NIEUW = "nieuw", _("Wacht op beoordeling")
    GOEDGEKEURD = "goedgekeurd", _("Goedgekeurd")
    AFGEWEZEN = "afgewezen", _("Afgewezen")


class VoorstelQuerySet(models.QuerySet):
    def open(self) -> "VoorstelQuerySet":
        return self.filter(status=VoorstelStatus.NIEUW)


class Wijzigingsvoorstel(models.Model):
    """New values for some fields of one offer; applied only when a coordinator approves."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    aanbod = models.ForeignKey(
        Aanbod, on_delete=models.CASCADE, related_name="voorstellen", verbose_name=_("aanbod")
    )
    organisatie = models.ForeignKey(
        Organisatie, on_delete=models.CASCADE, related_name="+", verbose_name=_("organisatie")
    )
    # {field: value as text} for the changed fields only; ``oude_waarden`` as they were then.
    waarden = models.JSONField(_("voorgestelde waarden"))
    oude_waarden = models.JSONField(_("waarden bij het voorstel"))
    toelichting = models.TextField(_("toelichting"), blank=True)
    voorgesteld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("voorgesteld door"),
    )
    via_link = models.BooleanField(_("via de controlelink"), default=False)
    status = models.CharField(
        _("status"), max_length=20, choices=VoorstelStatus.choices, default=VoorstelStatus.NIEUW
    )
    reden = models.TextField(_("reden van afwijzing"), blank=True)
    behandeld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("behandeld door"),
    )
    behandeld_op = models.DateTimeField(_("behandeld op"), null=True, blank=True)
    aangemaakt = models.DateTimeField(_("ingediend op"), auto_now_add=True)

    objects = VoorstelQuerySet.as_manager()

    class Meta:
        ordering = ["aangemaakt", "pk"]
        verbose_name = _("wijzigingsvoorstel")
        verbose_name_plural = _("wijzigingsvoorstellen")
        permissions = [("view_dashboard", _("Beheerdashboard, signalen en rapportage bekijken"))]

    def __str__(self) -> str:
        return f"{self.aanbod} ({self.get_status_display()})"

    @property
    def indiener(self) -> str:
        if self.voorgesteld_door is not None:
            naam = self.voorgesteld_door.get_full_name() or self.voorgesteld_door.get_username()
            return f"{naam} ({self.organisatie})"
        return str(_("%(org)s, via de controlelink") % {"org": self.organisatie})
