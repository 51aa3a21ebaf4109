""" "Heeft dit je geholpen?": some days after a question was closed, the resident gets a
signed link (by their chosen channel, with consent). "Ja" is recorded; "Nee" or
"Gedeeltelijk", with an optional line, reopens the question (vragen.services.heropenen).

The link (Vraag.terugkoppellink) names the question and its latest closing; it works
``VRAGEN_TERUGKOPPELLINK_DAGEN`` days and only once: after an answer, a reopening or
retention it finds nothing.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from vragen import berichten
from vragen.models import Antwoord, Terugkoppeling, Uitkomst, Vraag, VraagStatus
from vragen.services import heropenen
from wijkportaal.mail import volledige_url


def te_vragen(nu: datetime | None = None):
    """Closed questions whose feedback is due: closed long enough ago, not yet asked for
    this closing, with consent and a channel; not 'niet bereikt' (we could not reach them)."""
    grens = (nu or timezone.now()) - timedelta(days=settings.VRAGEN_TERUGKOPPELING_NA_DAGEN)
    return (
        Vraag.objects.niet_geanonimiseerd()
        .filter(
            status=VraagStatus.AFGEHANDELD,
            afgesloten_op__lte=grens,
            terugkoppeling_gevraagd_op__isnull=True,
            toestemming_contact=True,
        )
        .exclude(berichten_via="")
        .exclude(uitkomst=Uitkomst.NIET_BEREIKT)
        .order_by("afgesloten_op", "pk")
    )


def terugkoppeling_vragen(*, nu: datetime | None = None) -> int:
    """Queue "Heeft dit je geholpen?" for every question that is due; returns how many.
    Each question in its own transaction: one bad row does not stop the others, and a run
    that stops halfway is finished by the next one (nothing is asked twice)."""
    aantal = 0
    for pk in te_vragen(nu).values_list("pk", flat=True):
        with transaction.atomic():
            vraag = te_vragen(nu).select_for_update().filter(pk=pk).first()
            if vraag is None:
                continue
            vraag.terugkoppeling_gevraagd_op = timezone.now()
            vraag.save(update_fields=["terugkoppeling_gevraagd_op"])
            if berichten.inwoner_bericht(
                vraag,
                berichten.TERUGKOPPELING,
                link=volledige_url(vraag.terugkoppellink()),
                dagen=settings.VRAGEN_TERUGKOPPELLINK_DAGEN,
            ):
                aantal += 1
    return aantal


class AlBeantwoord(ValidationError):
    pass


@dataclass
class Uitslag:
    terugkoppeling: Terugkoppeling
    heropend: bool


@transaction.atomic
def terugkoppeling_vastleggen(*, vraag: Vraag, antwoord: str, toelichting: str = "") -> Uitslag:
    """Record the resident's answer for the question's latest closing; 'nee' and
    'gedeeltelijk' reopen it. Locks the row: a double click records one answer."""
    if antwoord not in Antwoord.values:
        raise ValidationError(_("Kies ja, gedeeltelijk of nee."))
    vraag = Vraag.objects.select_for_update().get(pk=vraag.pk)
    if vraag.status != VraagStatus.AFGEHANDELD or vraag.afgesloten_op is None:
        raise AlBeantwoord(_("Deze vraag is niet meer afgesloten."))
    if Terugkoppeling.objects.filter(vraag=vraag, afgesloten_op=vraag.afgesloten_op).exists():
        raise AlBeantwoord(_("Je hebt deze vraag al beantwoord."))
    toelichting = toelichting.strip()[:500]
    terugkoppeling = Terugkoppeling.objects.create(
        vraag=vraag, antwoord=antwoord, toelichting=toelichting, afgesloten_op=vraag.afgesloten_op
    )
    if antwoord == Antwoord.JA:
        return Uitslag(terugkoppeling=terugkoppeling, heropend=False)
    reden = (
        _("Inwoner: niet geholpen.")
        if antwoord == Antwoord.NEE
        else _("Inwoner: gedeeltelijk geholpen.")
    )
    if toelichting:
        reden = f"{reden} {toelichting}"
    heropenen(vraag, reden=reden)
    return Uitslag(terugkoppeling=terugkoppeling, heropend=True)
