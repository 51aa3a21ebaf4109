"""Retention: wipe a question's personal data, keep its anonymous figures (docs/adr/0008).

Wiped: the resident's name, phone and e-mail, the question text (replaced by a marker), the
desk note, the reason for another aanspreekpunt, the notes in the status history, the reason
and note of follow-up calls (a planned call is dropped), the stored e-mails' and text
messages' text (and the address, when it was the resident's own) and the resident's own words
in "Heeft dit je geholpen?". Kept (also the feedback answer): themes, wijk, doelgroep, kanaal,
informatiepunt, status, uitkomst, aanspreekpunt, referred offers, call dates and results and
all dates, so reports and signals keep their figures. The status link and partner links stop
working.
"""

import calendar
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from vragen.audit import CONTACTVELDEN, audit_vastleggen
from vragen.models import (
    AuditActie,
    StatusWijziging,
    Terugbelafspraak,
    TerugbelStatus,
    Terugkoppeling,
    Vraag,
)
from vragen.models.vraag import nieuwe_sleutel
from wijkportaal.models import Berichtkanaal

VERWIJDERD = "[verwijderd na bewaartermijn]"
VERWIJDERD_OP_VERZOEK = "[verwijderd op verzoek]"
TEKSTVELDEN = ("tekst", "notitie", "afwijkingsreden")


def maanden_terug(moment: datetime, maanden: int) -> datetime:
    """The same moment ``maanden`` calendar months earlier (31 March - 1 = 28/29 February)."""
    jaar, maand = divmod(moment.year * 12 + moment.month - 1 - maanden, 12)
    dag = min(moment.day, calendar.monthrange(jaar, maand + 1)[1])
    return moment.replace(year=jaar, month=maand + 1, day=dag)


def bewaartermijn_grens(nu: datetime | None = None) -> datetime:
    """Questions closed before this moment have been kept long enough."""
    return maanden_terug(nu or timezone.now(), settings.VRAGEN_BEWAARTERMIJN_MAANDEN)


@transaction.atomic
def vraag_anonimiseren(
    *,
    vraag: Vraag,
    door: AbstractBaseUser | None,
    reden: str,
    marker: str = VERWIJDERD,
    door_omschrijving: str = "",
) -> Vraag:
    """Wipe one question's personal data (row lock; a second call changes nothing)."""
    vraag = Vraag.objects.select_for_update().get(pk=vraag.pk)
    if vraag.geanonimiseerd_op is not None:
        return vraag
    velden = [v for v in CONTACTVELDEN if getattr(vraag, v)]
    velden += [v for v in TEKSTVELDEN if getattr(vraag, v)]
    resident_email = vraag.contact_email.strip().lower()
    resident_telefoon = vraag.contact_telefoon.strip()
    vraag.contact_naam = vraag.contact_telefoon = vraag.contact_email = ""
    vraag.tekst = marker
    vraag.notitie = vraag.afwijkingsreden = ""
    vraag.partnersleutel = nieuwe_sleutel()  # partner links stop working
    vraag.geanonimiseerd_op = timezone.now()
    vraag.save()
    # The history and mail outbox are append-only for people; wiping their free text is the
    # one change the code itself makes, on purpose (update() skips their save() guard).
    if StatusWijziging.objects.filter(vraag=vraag).exclude(notitie="").update(notitie=""):
        velden.append("historie.notitie")
    afspraken = Terugbelafspraak.objects.filter(vraag=vraag)
    afspraken.filter(status=TerugbelStatus.GEPLAND).update(status=TerugbelStatus.VERVALLEN)
    if afspraken.exclude(reden="", notitie="").update(reden="", notitie=""):
        velden.append("terugbelafspraken.tekst")
    mails = vraag.mails.all()
    if resident_email:
        mails.filter(aan__iexact=resident_email).update(aan="")
    if resident_telefoon:
        mails.filter(kanaal=Berichtkanaal.SMS, aan=resident_telefoon).update(aan="")
    if Terugkoppeling.objects.filter(vraag=vraag).exclude(toelichting="").update(toelichting=""):
        velden.append("terugkoppeling.toelichting")
    if mails.update(tekst="", laatste_fout=""):
        velden.append("mails.tekst")
    audit_vastleggen(
        vraag=vraag,
        actie=AuditActie.VERWIJDERD,
        velden=velden,
        door=door,
        door_omschrijving=door_omschrijving,
        reden=reden,
    )
    return vraag


@dataclass
class Resultaat:
    grens: datetime
    aantal: int
    met_contactgegevens: int
    droog: bool


def bewaartermijn_toepassen(*, nu: datetime | None = None, droog: bool = False) -> Resultaat:
    """Anonymise every question closed longer ago than the retention period, in one
    transaction (all or nothing). ``droog`` only counts."""
    grens = bewaartermijn_grens(nu)
    with transaction.atomic():
        qs = Vraag.objects.bewaartermijn_verstreken(grens).order_by("pk")
        resultaat = Resultaat(
            grens=grens,
            aantal=qs.count(),
            met_contactgegevens=qs.exclude(
                contact_naam="", contact_telefoon="", contact_email=""
            ).count(),
            droog=droog,
        )
        if not droog:
            for vraag in qs.select_for_update():
                vraag_anonimiseren(
                    vraag=vraag,
                    door=None,
                    door_omschrijving=_("bewaartermijn (automatisch)"),
                    reden=_("Bewaartermijn van %(n)s maanden verstreken.")
                    % {"n": settings.VRAGEN_BEWAARTERMIJN_MAANDEN},
                )
    return resultaat
