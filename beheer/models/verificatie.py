"""When an organisation was last asked to check its offers (one row per mail)."""

import uuid

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from aanbod.models import Organisatie
from wijkportaal.getekende_links import GetekendeLink, als_uuid

# The link in the 'check your offers' mail names ONE organisation and the request it was
# sent with; it works for that organisation's offers only, as often as needed until it
# expires. Deleting the request revokes it.
VERIFICATIELINK = GetekendeLink(salt="beheer.verificatielink", dagen="AANBOD_VERIFICATIELINK_DAGEN")


class VerificatieverzoekQuerySet(models.QuerySet):
    def met_token(self, token: str) -> "VerificatieverzoekQuerySet":
        """The request a valid, unexpired verification link names."""
        inhoud = VERIFICATIELINK.inhoud(token) or {}
        verzoek_uuid = als_uuid(inhoud.get("v"))
        if verzoek_uuid is None or not isinstance(inhoud.get("o"), int):
            return self.none()
        return self.filter(uuid=verzoek_uuid, organisatie_id=inhoud["o"])


class Verificatieverzoek(models.Model):
    """One 'check your offers' mail. Its uuid is in the signed link: deleting the row
    revokes the link."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organisatie = models.ForeignKey(
        Organisatie,
        on_delete=models.CASCADE,
        related_name="verificatieverzoeken",
        verbose_name=_("organisatie"),
    )
    aan = models.EmailField(_("aan"))
    aantal_verouderd = models.PositiveIntegerField(_("aantal verouderd aanbod"), default=0)
    verstuurd_op = models.DateTimeField(_("verstuurd op"), default=timezone.now)

    objects = VerificatieverzoekQuerySet.as_manager()

    class Meta:
        ordering = ["-verstuurd_op", "-pk"]
        verbose_name = _("verificatieverzoek")
        verbose_name_plural = _("verificatieverzoeken")
        indexes = [models.Index(fields=["organisatie", "-verstuurd_op"])]

    def __str__(self) -> str:
        return f"{self.organisatie} ({self.verstuurd_op:%Y-%m-%d})"

    def verificatietoken(self) -> str:
        return VERIFICATIELINK.token({"o": self.organisatie_id, "v": str(self.uuid)})

    def verificatielink(self) -> str:
        """The organisation's page to check its offers, without an account."""
        return reverse("beheer_publiek:controle", args=[self.verificatietoken()])
