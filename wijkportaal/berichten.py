"""Messages to a resident by the channel they chose: one interface, ``Kanaal.versturen``.

E-mail and sms both go through the outbox (wijkportaal.mail): stored first, sent after the
transaction commits, retried when sending failed. Which sms provider is used is a setting
(``SMS_BACKEND``, see wijkportaal/sms.py). A new channel is one more class here.
"""

from typing import Protocol

from django.db import models

from wijkportaal.mail import mail_inplannen
from wijkportaal.models import Berichtkanaal, Mailbericht


class Kanaal(Protocol):
    naam: str

    def versturen(
        self, *, aan: str, template: str, context: dict, betreft: models.Model | None = None
    ) -> Mailbericht: ...


class EmailKanaal:
    naam = Berichtkanaal.EMAIL

    def versturen(
        self, *, aan: str, template: str, context: dict, betreft: models.Model | None = None
    ) -> Mailbericht:
        """``template``: ``<naam>.txt`` (first line the subject)."""
        return mail_inplannen(aan=aan, template=template, context=context, betreft=betreft)


class SmsKanaal:
    naam = Berichtkanaal.SMS

    def versturen(
        self, *, aan: str, template: str, context: dict, betreft: models.Model | None = None
    ) -> Mailbericht:
        """Uses ``<naam>.sms.txt`` next to the mail template: short, first line a label."""
        return mail_inplannen(
            aan=aan,
            template=template.removesuffix(".txt") + ".sms.txt",
            context=context,
            betreft=betreft,
            kanaal=Berichtkanaal.SMS,
        )


KANALEN: dict[str, Kanaal] = {k.naam: k for k in (EmailKanaal(), SmsKanaal())}


def kanaal(naam: str) -> Kanaal | None:
    """The channel called ``naam``, or None (no messages)."""
    return KANALEN.get(naam)
