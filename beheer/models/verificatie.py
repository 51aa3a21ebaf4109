"""When an organisation was last asked to check its offers (one row per mail)."""

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from aanbod.models import Organisatie


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

    class Meta:
        ordering = ["-verstuurd_op", "-pk"]
        verbose_name = _("verificatieverzoek")
        verbose_name_plural = _("verificatieverzoeken")
        indexes = [models.Index(fields=["organisatie", "-verstuurd_op"])]

    def __str__(self) -> str:
        return f"{self.organisatie} ({self.verstuurd_op:%Y-%m-%d})"
