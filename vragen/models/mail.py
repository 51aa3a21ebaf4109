import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


class Mailbericht(models.Model):
    """One outgoing e-mail; kept so a failed send can be retried and nothing is lost."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    vraag = models.ForeignKey(
        "vragen.Vraag", on_delete=models.CASCADE, null=True, blank=True, related_name="mails"
    )
    aan = models.EmailField(_("aan"))
    onderwerp = models.CharField(_("onderwerp"), max_length=200)
    tekst = models.TextField(_("tekst"))
    aangemaakt = models.DateTimeField(auto_now_add=True)
    verstuurd_op = models.DateTimeField(_("verstuurd op"), null=True, blank=True)
    pogingen = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    laatste_fout = models.TextField(_("laatste fout"), blank=True)

    class Meta:
        ordering = ["aangemaakt", "pk"]
        verbose_name = _("mailbericht")
        verbose_name_plural = _("mailberichten")
        indexes = [models.Index(fields=["verstuurd_op", "pogingen"])]

    def __str__(self) -> str:
        return f"{self.onderwerp} → {self.aan}"
