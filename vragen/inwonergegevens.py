"""A resident's right of access and erasure (AVG art. 15 and 17), carried out by a coordinator:
export the personal data of their questions, or wipe it at once (docs/adr/0008)."""

from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from vragen.audit import CONTACTVELDEN, audit_vastleggen
from vragen.bewaartermijn import VERWIJDERD_OP_VERZOEK, vraag_anonimiseren
from vragen.models import AuditActie, Vraag

EXPORTVELDEN = [
    *CONTACTVELDEN,
    "toestemming_contact",
    "berichten_via",
    "tekst",
    "notitie",
    "historie",
    "mails",
    "terugkoppeling",
    "terugbelafspraken",
]


def _tijd(moment) -> str | None:
    return timezone.localtime(moment).isoformat() if moment else None


def vraag_als_gegevens(vraag: Vraag) -> dict:
    """Everything Wijkportaal holds about the resident on one question, as plain JSON."""
    eigen_adressen = {a for a in (vraag.contact_email.lower(), vraag.contact_telefoon) if a}
    return {
        "referentie": vraag.referentie,
        "binnengekomen": _tijd(vraag.aangemaakt),
        "kanaal": vraag.get_kanaal_display(),
        "status": vraag.get_status_display(),
        "uitkomst": vraag.get_uitkomst_display() if vraag.uitkomst else "",
        "afgesloten_op": _tijd(vraag.afgesloten_op),
        "wijk": str(vraag.wijk) if vraag.wijk else "",
        "themas": [str(t) for t in vraag.themas.all()],
        "vraag": vraag.tekst,
        "wat_is_er_al_gedaan": vraag.notitie,
        "toestemming_contact": vraag.toestemming_contact,
        "naam": vraag.contact_naam,
        "telefoon": vraag.contact_telefoon,
        "email": vraag.contact_email,
        "berichten_via": vraag.get_berichten_via_display() if vraag.berichten_via else "",
        "eerste_aanspreekpunt": str(vraag.aanspreekpunt_organisatie or ""),
        "geschiedenis": [
            {
                "tijdstip": _tijd(regel.tijdstip),
                "van": regel.get_van_status_display() if regel.van_status else "",
                "naar": regel.get_naar_status_display(),
                "door": regel.wie,
                "notitie": regel.notitie,
            }
            for regel in vraag.historie.all()
        ],
        "terugbellen": [
            {
                "datum": afspraak.datum.isoformat(),
                "reden": afspraak.reden,
                "toestemming": afspraak.toestemming,
                "status": afspraak.get_status_display(),
                "resultaat": afspraak.get_resultaat_display() if afspraak.resultaat else "",
                "notitie": afspraak.notitie,
                "gebeld_op": _tijd(afspraak.afgehandeld_op),
            }
            for afspraak in vraag.terugbelafspraken.all()
        ],
        "e_mails_aan_inwoner": [
            {
                "aangemaakt": _tijd(mail.aangemaakt),
                "verstuurd_op": _tijd(mail.verstuurd_op),
                "kanaal": mail.get_kanaal_display(),
                "onderwerp": mail.onderwerp,
                "tekst": mail.tekst,
            }
            for mail in vraag.mails.all()
            if mail.aan.lower() in eigen_adressen
        ],
        "heeft_dit_je_geholpen": [
            {
                "tijdstip": _tijd(t.tijdstip),
                "antwoord": t.get_antwoord_display(),
                "toelichting": t.toelichting,
            }
            for t in vraag.terugkoppelingen.all()
        ],
    }


def met_exportgegevens(qs):
    return qs.select_related("wijk", "aanspreekpunt_organisatie").prefetch_related(
        "themas", "historie__door", "mails", "terugkoppelingen", "terugbelafspraken"
    )


@transaction.atomic
def inwonergegevens_exporteren(*, vragen: Iterable[Vraag], door: AbstractBaseUser) -> dict:
    """The export file's content; every question in it gets a line in the audit log."""
    vragen = list(vragen)
    for vraag in vragen:
        audit_vastleggen(vraag=vraag, actie=AuditActie.GEEXPORTEERD, velden=EXPORTVELDEN, door=door)
    return {
        "uitgevoerd_op": _tijd(timezone.now()),
        "bron": "Wijkportaal Utrecht, Wijkinformatiepunten",
        "vragen": [vraag_als_gegevens(vraag) for vraag in vragen],
    }


@transaction.atomic
def inwonergegevens_verwijderen(
    *, vragen: Iterable[Vraag], door: AbstractBaseUser, reden: str
) -> int:
    """Wipe the personal data of these questions now, as retention would (all or none)."""
    if not reden.strip():
        raise ValidationError(_("Schrijf op waarom de gegevens worden verwijderd."))
    aantal = 0
    for vraag in vragen:
        vraag_anonimiseren(
            vraag=vraag, door=door, reden=reden.strip(), marker=VERWIJDERD_OP_VERZOEK
        )
        aantal += 1
    return aantal
