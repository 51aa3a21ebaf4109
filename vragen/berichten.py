"""Messages to the resident when their question changes: received, referred, closed with its
outcome, and "Heeft dit je geholpen?" later.

Only with consent (``toestemming_contact``) and only by the channel the resident chose
(``berichten_via``). A message names the reference, the status in the words of the status
page (vragen/statusteksten.py) and the private status link; never the question text or
contact details (docs/adr/0004). It goes through the outbox: stored in the transaction,
sent after the commit, retried when sending failed.
"""

from django.conf import settings
from django.utils import translation

from vragen.models import Vraag
from vragen.statusteksten import statustekst
from wijkportaal.berichten import kanaal
from wijkportaal.mail import volledige_url
from wijkportaal.models import Berichtkanaal, Mailbericht

ONTVANGEN = "ontvangen"
DOORVERWEZEN = "doorverwezen"
AFGEHANDELD = "afgehandeld"
TERUGKOPPELING = "terugkoppeling"
SOORTEN = (ONTVANGEN, DOORVERWEZEN, AFGEHANDELD, TERUGKOPPELING)


def adres(vraag: Vraag) -> str:
    """Where messages go: the e-mail address or phone number of the chosen channel, or ''."""
    if not vraag.toestemming_contact or vraag.is_geanonimiseerd:
        return ""
    if vraag.berichten_via == Berichtkanaal.EMAIL:
        return vraag.contact_email
    if vraag.berichten_via == Berichtkanaal.SMS:
        return vraag.contact_telefoon
    return ""


def krijgt_berichten(vraag: Vraag) -> bool:
    return bool(adres(vraag))


def inwoner_bericht(vraag: Vraag, soort: str, **extra) -> Mailbericht | None:
    """Queue the message ``soort`` for the resident, or nothing without consent or channel."""
    assert soort in SOORTEN, soort
    aan = adres(vraag)
    gekozen = kanaal(vraag.berichten_via)
    if not aan or gekozen is None:
        return None
    # In the resident's language, whoever made the change (a desk in English, a cron job).
    with translation.override(vraag.taal or settings.LANGUAGE_CODE):
        return _versturen(vraag, soort, aan, gekozen, extra)


def _versturen(vraag: Vraag, soort: str, aan: str, gekozen, extra: dict) -> Mailbericht:
    aanbod = list(vraag.aanbod.zichtbaar().select_related("organisatie"))
    context = {
        "vraag": vraag,
        "soort": soort,
        "tekst": statustekst(vraag, aanbod),
        "aanbod": aanbod,
        "statuslink": volledige_url(vraag.statuslink()),
        **extra,
    }
    return gekozen.versturen(
        aan=aan, template=f"vragen/bericht/{soort}.txt", context=context, betreft=vraag
    )
