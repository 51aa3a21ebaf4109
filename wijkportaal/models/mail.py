import uuid

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class Berichtkanaal(models.TextChoices):
    EMAIL = "email", _("E-mail")
    SMS = "sms", _("Sms")


class Mailbericht(models.Model):
    """One outgoing e-mail; kept so a failed send can be retried and nothing is lost.

    ``betreft`` is the row the mail is about (a question, say). The outbox is shared by every
    app, so it names that row by content type and id instead of a foreign key to one app;
    the app adds a ``GenericRelation`` to reach its mails (``Vraag.mails``).

    A text message (sms) goes through the same outbox, so it is kept and retried the same
    way: ``kanaal`` says which, and ``aan`` then holds a phone number."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    betreft_type = models.ForeignKey(
        ContentType,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        db_index=False,  # the index on (betreft_type, betreft_id) serves it
    )
    betreft_id = models.PositiveBigIntegerField(null=True, blank=True)
    betreft = GenericForeignKey("betreft_type", "betreft_id")
    kanaal = models.CharField(
        _("kanaal"), max_length=10, choices=Berichtkanaal.choices, default=Berichtkanaal.EMAIL
    )
    aan = models.CharField(_("aan"), max_length=254)
    onderwerp = models.CharField(_("onderwerp"), max_length=200)
    tekst = models.TextField(_("tekst"))
    aangemaakt = models.DateTimeField(auto_now_add=True)
    verstuurd_op = models.DateTimeField(_("verstuurd op"), null=True, blank=True)
    pogingen = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    # Set after a failed attempt (backoff); empty for a mail never tried. The mail worker
    # sends every unsent mail whose moment has come (wijkportaal/mail.py).
    volgende_poging = models.DateTimeField(_("volgende poging"), null=True, blank=True)
    laatste_fout = models.TextField(_("laatste fout"), blank=True)

    class Meta:
        ordering = ["aangemaakt", "pk"]
        verbose_name = _("mailbericht")
        verbose_name_plural = _("mailberichten")
        indexes = [
            models.Index(fields=["verstuurd_op", "pogingen"]),
            models.Index(fields=["betreft_type", "betreft_id"]),
        ]

    def __str__(self) -> str:
        return f"{self.onderwerp} → {self.aan}"
