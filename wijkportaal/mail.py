"""The mail outbox every app uses: a mail is stored first, sent after the transaction
commits, and retried when it failed.

Mails hold no question text and no contact details: only a reference and a link to a page
behind a login or a signed, expiring link (see docs/adr/0004).
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import models, transaction
from django.template.loader import render_to_string
from django.utils import timezone

from wijkportaal.models import Berichtkanaal, Mailbericht
from wijkportaal.sms import sms_versturen

logger = logging.getLogger(__name__)


def volledige_url(pad: str) -> str:
    return settings.WIJKPORTAAL_URL.rstrip("/") + pad


def mail_inplannen(
    *,
    aan: str,
    template: str,
    context: dict,
    betreft: models.Model | None = None,
    kanaal: str = Berichtkanaal.EMAIL,
) -> Mailbericht:
    """Store a mail (about ``betreft``, if given) and send it once the current transaction
    commits. The template's first line is the subject. ``kanaal`` sms: ``aan`` is a phone
    number and only the text is sent."""
    tekst = render_to_string(template, context).strip()
    onderwerp, _, tekst = tekst.partition("\n")
    bericht = Mailbericht.objects.create(
        betreft=betreft,
        aan=aan,
        kanaal=kanaal,
        onderwerp=onderwerp.strip()[:200],
        tekst=tekst.strip(),
    )
    transaction.on_commit(lambda: mail_versturen(bericht.pk))
    return bericht


def mail_versturen(pk: int) -> bool:
    """Send one stored mail; a failure is logged and kept for 'opnieuw versturen'."""
    with transaction.atomic():
        bericht = Mailbericht.objects.select_for_update().filter(pk=pk).first()
        if bericht is None or bericht.verstuurd_op is not None:
            return False
        bericht.pogingen += 1
        try:
            if bericht.kanaal == Berichtkanaal.SMS:
                sms_versturen(bericht.aan, bericht.tekst)
            else:
                send_mail(bericht.onderwerp, bericht.tekst, None, [bericht.aan])
        except Exception as fout:  # any backend error: SMTP, DNS, timeouts, the sms gateway
            logger.exception("Mail %s kon niet worden verstuurd", bericht.uuid)
            bericht.laatste_fout = f"{type(fout).__name__}: {fout}"[:1000]
            bericht.save(update_fields=["pogingen", "laatste_fout"])
            return False
        bericht.verstuurd_op = timezone.now()
        bericht.laatste_fout = ""
        bericht.save(update_fields=["pogingen", "laatste_fout", "verstuurd_op"])
        return True


def onverstuurde_mails():
    return Mailbericht.objects.filter(verstuurd_op__isnull=True, pogingen__gt=0)


def mails_opnieuw_versturen() -> tuple[int, int]:
    """Retry every failed mail; returns (sent, still failing)."""
    gelukt = mislukt = 0
    for pk in onverstuurde_mails().values_list("pk", flat=True):
        if mail_versturen(pk):
            gelukt += 1
        else:
            mislukt += 1
    return gelukt, mislukt
