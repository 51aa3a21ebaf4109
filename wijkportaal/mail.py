"""The mail outbox every app uses: a mail is stored first, in the transaction of the change
it is about, and sent by the mail worker (``manage.py mail_versturen --blijf-draaien``), never
inside a web request: a mail server that is slow or does not answer cannot hang a resident's
submission. A failed mail is retried with exponential backoff; its attempt counter is written
before each attempt, so it survives a crash of the worker.

Mails hold no question text and no contact details: only a reference and a link to a page
behind a login or a signed, expiring link (see docs/adr/0004).
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import models
from django.db.models import F, Q
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
    """Store a mail (about ``betreft``, if given) for the mail worker. Inside the caller's
    transaction: if the change rolls back, so does the mail. The template's first line is the
    subject. ``kanaal`` sms: ``aan`` is a phone number and only the text is sent."""
    tekst = render_to_string(template, context).strip()
    onderwerp, _, tekst = tekst.partition("\n")
    return mail_opslaan(aan=aan, onderwerp=onderwerp, tekst=tekst, betreft=betreft, kanaal=kanaal)


def mail_opslaan(
    *,
    aan: str,
    onderwerp: str,
    tekst: str,
    betreft: models.Model | None = None,
    kanaal: str = Berichtkanaal.EMAIL,
) -> Mailbericht:
    """Store a mail whose subject and text are already made, for the mail worker."""
    return Mailbericht.objects.create(
        betreft=betreft,
        aan=aan,
        kanaal=kanaal,
        onderwerp=" ".join(onderwerp.split())[:200],
        tekst=tekst.strip(),
    )


def wachttijd(pogingen: int) -> timedelta:
    """How long after failed attempt number ``pogingen`` the next one is: 1, 2, 4, 8 ...
    minutes (MAIL_BACKOFF_SECONDEN), at most MAIL_BACKOFF_MAXIMUM_SECONDEN."""
    stap = settings.MAIL_BACKOFF_SECONDEN * 2 ** max(pogingen - 1, 0)
    return timedelta(seconds=min(stap, settings.MAIL_BACKOFF_MAXIMUM_SECONDEN))


def _aan_de_beurt(moment) -> Q:
    # A mail never tried has no next attempt yet: it is due at once.
    return Q(verstuurd_op__isnull=True) & (
        Q(volgende_poging__isnull=True) | Q(volgende_poging__lte=moment)
    )


def mail_versturen(pk: int) -> bool:
    """Try to send one stored mail, if it is due. The attempt is claimed and counted in its
    own statement first (with the next attempt already set): two workers never send one mail
    at once, and a worker that dies while sending leaves the count and a retry behind."""
    nu = timezone.now()
    bericht = Mailbericht.objects.filter(_aan_de_beurt(nu), pk=pk).first()
    if bericht is None:
        return False
    geclaimd = Mailbericht.objects.filter(
        _aan_de_beurt(nu), pk=pk, pogingen=bericht.pogingen
    ).update(pogingen=F("pogingen") + 1, volgende_poging=nu + wachttijd(bericht.pogingen + 1))
    if not geclaimd:
        return False  # another worker took it
    try:
        if bericht.kanaal == Berichtkanaal.SMS:
            sms_versturen(bericht.aan, bericht.tekst)
        else:
            send_mail(bericht.onderwerp, bericht.tekst, None, [bericht.aan])
    except Exception as fout:  # any backend error: SMTP, DNS, timeouts, the sms gateway
        logger.exception("Mail %s kon niet worden verstuurd", bericht.uuid)
        Mailbericht.objects.filter(pk=pk).update(
            laatste_fout=f"{type(fout).__name__}: {fout}"[:1000]
        )
        return False
    Mailbericht.objects.filter(pk=pk).update(
        verstuurd_op=timezone.now(), laatste_fout="", volgende_poging=None
    )
    return True


def mails_versturen(maximum: int = 100) -> tuple[int, int]:
    """One round of the mail worker: send up to ``maximum`` due mails, oldest first (never
    tried before retried). Returns (sent, failed)."""
    gelukt = mislukt = 0
    wachtend = (
        Mailbericht.objects.filter(_aan_de_beurt(timezone.now()))
        .order_by(F("volgende_poging").asc(nulls_first=True), "pk")
        .values_list("pk", flat=True)[:maximum]
    )
    for pk in list(wachtend):
        if mail_versturen(pk):
            gelukt += 1
        else:
            mislukt += 1
    return gelukt, mislukt


def onverstuurde_mails():
    """Mails tried at least once and not sent: staff see them in the queue."""
    return Mailbericht.objects.filter(verstuurd_op__isnull=True, pogingen__gt=0)


def mails_opnieuw_inplannen(bericht: Mailbericht | None = None) -> int:
    """Staff's 'opnieuw versturen': the mail worker tries these now instead of after the
    backoff. Returns how many were queued."""
    rijen = onverstuurde_mails() if bericht is None else onverstuurde_mails().filter(pk=bericht.pk)
    return rijen.update(volgende_poging=timezone.now())


def mails_opnieuw_versturen() -> tuple[int, int]:
    """Retry every failed mail now (the ``mail_opnieuw`` command); returns (sent, still failing)."""
    mails_opnieuw_inplannen()
    gelukt = mislukt = 0
    for pk in onverstuurde_mails().values_list("pk", flat=True):
        if mail_versturen(pk):
            gelukt += 1
        else:
            mislukt += 1
    return gelukt, mislukt
