"""Follow-up calls: plan one (consent required), record the result, move or drop it, and
propose one for a vulnerable resident. 'Nog hulp nodig' puts the question back in the queue."""

from datetime import date

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from aanbod.models import Informatiepunt
from vragen.audit import audit_vastleggen
from vragen.models import (
    OVERGANGEN,
    AuditActie,
    Belresultaat,
    Terugbelafspraak,
    TerugbelStatus,
    Vraag,
    VraagStatus,
)
from vragen.services import (
    heropenen,
    vraag_acuut_markeren,
    vraag_notitie_toevoegen,
    vraag_registreren,
)
from vragen.werkdagen import werkdagen_optellen


def _dag(datum: date) -> str:
    return date_format(datum, "l j F Y")


@transaction.atomic
def terugbellen_plannen(
    *,
    vraag: Vraag,
    datum: date,
    door: AbstractBaseUser | None,
    toestemming: bool,
    reden: str = "",
    telefoon: str = "",
    informatiepunt: Informatiepunt | None = None,
    voorgesteld: bool = False,
) -> Terugbelafspraak:
    """Plan 'terugbellen op <datum>'. Only with the resident's consent and a phone number;
    a number given here is stored on the question (and logged in the audit log)."""
    if not toestemming:
        raise ValidationError(
            _("Terugbellen kan alleen als de inwoner daar toestemming voor geeft.")
        )
    if datum < timezone.localdate():
        raise ValidationError(_("Kies vandaag of een dag later om terug te bellen."))
    vraag = Vraag.objects.select_for_update().get(pk=vraag.pk)
    if vraag.is_geanonimiseerd:
        raise ValidationError(
            _("De gegevens van deze vraag zijn verwijderd; terugbellen kan niet.")
        )
    telefoon = telefoon.strip()
    if telefoon and telefoon != vraag.contact_telefoon:
        vraag.contact_telefoon = telefoon
        vraag.toestemming_contact = True
        vraag.save(update_fields=["contact_telefoon", "toestemming_contact", "gewijzigd"])
        audit_vastleggen(
            vraag=vraag, actie=AuditActie.GEWIJZIGD, velden=["contact_telefoon"], door=door
        )
    if not vraag.contact_telefoon:
        raise ValidationError(_("Vul het telefoonnummer van de inwoner in."))
    afspraak = Terugbelafspraak.objects.create(
        vraag=vraag,
        informatiepunt=informatiepunt or vraag.informatiepunt,
        datum=datum,
        reden=reden.strip(),
        toestemming=True,
        voorgesteld=voorgesteld,
        gepland_door=door,
    )
    vraag_notitie_toevoegen(
        vraag=vraag,
        notitie=(
            _("Terugbellen voorgesteld op %(dag)s (kwetsbare inwoner).")
            if voorgesteld
            else _("Terugbellen gepland op %(dag)s.")
        )
        % {"dag": _dag(datum)},
        door=door,
        door_omschrijving="" if door else _("systeem"),
    )
    return afspraak


def terugbellen_voorstellen(
    *, vraag: Vraag, door: AbstractBaseUser | None
) -> Terugbelafspraak | None:
    """For a vulnerable resident who agreed to contact by phone: a call in a few working days
    (VRAGEN_TERUGBELLEN_KWETSBAAR_WERKDAGEN). Staff can move or drop it. Nothing without
    consent, without a phone number, or when a call is planned already."""
    if not (vraag.kwetsbaar and vraag.toestemming_contact and vraag.contact_telefoon):
        return None
    if not vraag.is_open or vraag.terugbelafspraken.gepland().exists():
        return None
    datum = werkdagen_optellen(
        timezone.localdate(), settings.VRAGEN_TERUGBELLEN_KWETSBAAR_WERKDAGEN
    )
    return terugbellen_plannen(
        vraag=vraag,
        datum=datum,
        door=door,
        toestemming=True,
        reden=_("Kwetsbare inwoner: vragen of de hulp er is gekomen."),
        voorgesteld=True,
    )


@transaction.atomic
def vraag_registreren_met_opvolging(
    *,
    acuut: bool = False,
    terugbellen_op: date | None = None,
    terugbel_reden: str = "",
    **gegevens,
) -> Vraag:
    """The desk's intake: register the question and, in the same transaction, mark it acuut,
    plan the follow-up call that was agreed, or propose one for a vulnerable resident."""
    vraag = vraag_registreren(**gegevens)
    door = gegevens.get("door")
    if acuut:
        vraag = vraag_acuut_markeren(vraag=vraag, door=door)
    if terugbellen_op:
        terugbellen_plannen(
            vraag=vraag,
            datum=terugbellen_op,
            door=door,
            toestemming=vraag.toestemming_contact,
            reden=terugbel_reden,
        )
    else:
        terugbellen_voorstellen(vraag=vraag, door=door)
    return vraag


def _gepland_vergrendelen(afspraak: Terugbelafspraak) -> Terugbelafspraak:
    afspraak = Terugbelafspraak.objects.select_for_update().get(pk=afspraak.pk)
    if not afspraak.is_gepland:
        raise ValidationError(
            _("Dit telefoontje is al afgehandeld (%(status)s).")
            % {"status": afspraak.get_status_display().lower()}
        )
    return afspraak


def _terug_in_de_wachtrij(vraag: Vraag, door: AbstractBaseUser | None, reden: str) -> Vraag:
    """The resident still needs help: a closed question is reopened, an open one gets a note
    (it is in the queue already)."""
    if VraagStatus.HEROPEND in OVERGANGEN.get(vraag.status, ()):
        return heropenen(vraag, door=door, reden=reden)
    vraag_notitie_toevoegen(vraag=vraag, notitie=reden, door=door)
    return vraag


@transaction.atomic
def terugbelresultaat_vastleggen(
    *,
    afspraak: Terugbelafspraak,
    resultaat: str,
    door: AbstractBaseUser,
    notitie: str = "",
    opnieuw_op: date | None = None,
) -> Terugbelafspraak:
    """Record how the call went. 'Nog hulp nodig' puts the question back in the queue;
    'niet bereikt' may plan another try."""
    if resultaat not in Belresultaat.values:
        raise ValidationError(_("Kies hoe het gesprek ging."))
    afspraak = _gepland_vergrendelen(afspraak)
    afspraak.status = TerugbelStatus.GEBELD
    afspraak.resultaat = resultaat
    afspraak.notitie = notitie.strip()
    afspraak.afgehandeld_door = door
    afspraak.afgehandeld_op = timezone.now()
    afspraak.save()
    label = Belresultaat(resultaat).label
    regel = _("Teruggebeld: %(resultaat)s.") % {"resultaat": label}
    if afspraak.notitie:
        regel = f"{regel} {afspraak.notitie}"
    if resultaat == Belresultaat.NOG_HULP_NODIG:
        _terug_in_de_wachtrij(afspraak.vraag, door, regel)
    else:
        vraag_notitie_toevoegen(vraag=afspraak.vraag, notitie=regel, door=door)
    if resultaat == Belresultaat.NIET_BEREIKT and opnieuw_op:
        terugbellen_plannen(
            vraag=afspraak.vraag,
            datum=opnieuw_op,
            door=door,
            toestemming=afspraak.toestemming,
            reden=afspraak.reden,
            informatiepunt=afspraak.informatiepunt,
        )
    return afspraak


@transaction.atomic
def terugbelafspraak_verzetten(
    *, afspraak: Terugbelafspraak, datum: date, door: AbstractBaseUser
) -> Terugbelafspraak:
    """Move a planned call to another day (also a proposed one)."""
    if datum < timezone.localdate():
        raise ValidationError(_("Kies vandaag of een dag later om terug te bellen."))
    afspraak = _gepland_vergrendelen(afspraak)
    afspraak.datum = datum
    afspraak.save(update_fields=["datum"])
    vraag_notitie_toevoegen(
        vraag=afspraak.vraag,
        notitie=_("Terugbellen verzet naar %(dag)s.") % {"dag": _dag(datum)},
        door=door,
    )
    return afspraak


@transaction.atomic
def terugbelafspraak_laten_vervallen(
    *, afspraak: Terugbelafspraak, door: AbstractBaseUser, reden: str = ""
) -> Terugbelafspraak:
    """Drop a planned call (the resident does not want it, or it is not needed)."""
    afspraak = _gepland_vergrendelen(afspraak)
    afspraak.status = TerugbelStatus.VERVALLEN
    afspraak.notitie = reden.strip()
    afspraak.afgehandeld_door = door
    afspraak.afgehandeld_op = timezone.now()
    afspraak.save()
    regel = _("Terugbellen niet meer nodig.")
    vraag_notitie_toevoegen(
        vraag=afspraak.vraag, notitie=f"{regel} {afspraak.notitie}".strip(), door=door
    )
    return afspraak
