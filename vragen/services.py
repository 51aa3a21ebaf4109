"""Every write on questions: register, change status, add a note, choose another aanspreekpunt,
add or remove offers."""

from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from aanbod.models import Aanbod, Doelgroep, Informatiepunt, Organisatie, Thema, Wijk
from vragen.audit import audit_vastleggen, gevulde_contactvelden
from vragen.models import (
    OVERGANGEN,
    AuditActie,
    Kanaal,
    StatusWijziging,
    Uitkomst,
    Vraag,
    VraagStatus,
)
from vragen.models.vraag import nieuwe_sleutel
from vragen.routering import regel_zoeken
from vragen.werkdagen import norm_in_werkdagen, werkdagen_optellen
from wijkportaal.mail import mail_inplannen, volledige_url


class OvergangNietToegestaan(ValidationError):
    pass


@transaction.atomic
def vraag_registreren(
    *,
    tekst: str,
    kanaal: str,
    door: AbstractBaseUser | None,
    themas: Iterable[Thema] = (),
    wijk: Wijk | None = None,
    doelgroep: Doelgroep | None = None,
    notitie: str = "",
    aanbod: Iterable[Aanbod] = (),
    direct_uitkomst: str | None = None,
    toestemming_contact: bool = False,
    contact_naam: str = "",
    contact_telefoon: str = "",
    contact_email: str = "",
    informatiepunt: Informatiepunt | None = None,
) -> Vraag:
    """Log a question, route it to the first matching aanspreekpunt, or close it at once
    when it was answered on the spot (``direct_uitkomst``)."""
    if not toestemming_contact and (contact_naam or contact_telefoon or contact_email):
        raise ValidationError(_("Contactgegevens alleen met toestemming van de inwoner."))
    themas = list(themas)
    thema_ids = {t.pk for t in themas}
    vandaag = timezone.localdate()
    regel = (
        None
        if direct_uitkomst
        else regel_zoeken(thema_ids=thema_ids, wijk=wijk, doelgroep=doelgroep)
    )
    vraag = Vraag.objects.create(
        tekst=tekst,
        kanaal=kanaal,
        informatiepunt=informatiepunt,
        wijk=wijk,
        doelgroep=doelgroep,
        notitie=notitie,
        deadline=werkdagen_optellen(vandaag, norm_in_werkdagen(thema_ids)),
        regel=regel,
        aanspreekpunt_organisatie=regel.organisatie if regel else None,
        aanspreekpunt_naam=regel.contactpersoon if regel else "",
        aanspreekpunt_email=regel.email if regel else "",
        toestemming_contact=toestemming_contact,
        contact_naam=contact_naam,
        contact_telefoon=contact_telefoon,
        contact_email=contact_email,
        geregistreerd_door=door,
    )
    vraag.themas.set(themas)
    vraag.aanbod.set(list(aanbod))
    if vraag.heeft_contactgegevens:
        audit_vastleggen(
            vraag=vraag,
            actie=AuditActie.GEWIJZIGD,
            velden=gevulde_contactvelden(vraag),
            door=door,
            door_omschrijving="" if door else _("inwoner (online)"),
        )
    StatusWijziging.objects.create(
        vraag=vraag,
        naar_status=VraagStatus.NIEUW,
        door=door,
        door_omschrijving="" if door else _("inwoner (online)"),
    )
    if direct_uitkomst:
        return vraag_status_wijzigen(
            vraag=vraag,
            nieuwe_status=VraagStatus.AFGEHANDELD,
            door=door,
            uitkomst=direct_uitkomst,
            notitie=_("Direct beantwoord."),
        )
    if kanaal == Kanaal.ONLINE and contact_email:
        mail_inplannen(
            aan=contact_email,
            template="vragen/mail/ontvangen.txt",
            context={"vraag": vraag, "statuslink": volledige_url(vraag.statuslink())},
            betreft=vraag,
        )
    if regel:
        return vraag_status_wijzigen(
            vraag=vraag,
            nieuwe_status=VraagStatus.DOORVERWEZEN,
            door=door,
            notitie=_("Volgens routeringsregel naar %(org)s.") % {"org": regel.organisatie},
        )
    return vraag


@transaction.atomic
def vraag_status_wijzigen(
    *,
    vraag: Vraag,
    nieuwe_status: str,
    door: AbstractBaseUser | None,
    notitie: str = "",
    uitkomst: str | None = None,
    door_omschrijving: str = "",
) -> Vraag:
    """The one way to change a status: lock the row, check the transition, append history,
    send mail after commit. Two people acting at once are applied one after the other."""
    vraag = Vraag.objects.select_for_update().get(pk=vraag.pk)
    if nieuwe_status not in OVERGANGEN.get(vraag.status, ()):
        raise OvergangNietToegestaan(
            _("Van '%(van)s' naar '%(naar)s' kan niet.")
            % {
                "van": VraagStatus(vraag.status).label,
                "naar": VraagStatus(nieuwe_status).label
                if nieuwe_status in VraagStatus.values
                else nieuwe_status,
            }
        )
    if nieuwe_status == VraagStatus.AFGEHANDELD:
        if uitkomst not in Uitkomst.values:
            raise ValidationError(_("Kies een uitkomst om de vraag af te handelen."))
    elif uitkomst:
        raise ValidationError(_("Een uitkomst hoort alleen bij 'afgehandeld'."))
    vorige = vraag.status
    vraag.status = nieuwe_status
    vraag.uitkomst = uitkomst or ""
    gesloten = nieuwe_status in (VraagStatus.AFGEHANDELD, VraagStatus.GEANNULEERD)
    vraag.afgesloten_op = timezone.now() if gesloten else None
    if nieuwe_status == VraagStatus.NIEUW:
        # Declined by the aanspreekpunt: back to the coordinators' queue.
        vraag.aanspreekpunt_organisatie = None
        vraag.aanspreekpunt_naam = vraag.aanspreekpunt_email = ""
        vraag.partnersleutel = nieuwe_sleutel()
    vraag.save()
    StatusWijziging.objects.create(
        vraag=vraag,
        van_status=vorige,
        naar_status=nieuwe_status,
        uitkomst=uitkomst or "",
        door=door,
        door_omschrijving=door_omschrijving,
        notitie=notitie,
    )
    _mail_bij_status(vraag, door)
    return vraag


def _mail_bij_status(vraag: Vraag, door: AbstractBaseUser | None) -> None:
    if vraag.status == VraagStatus.DOORVERWEZEN and vraag.aanspreekpunt_email:
        _mail_aanspreekpunt(vraag)
    melder = vraag.geregistreerd_door
    if (
        vraag.status == VraagStatus.AFGEHANDELD
        and melder is not None
        and melder.email
        and melder != door
    ):
        mail_inplannen(
            aan=melder.email,
            template="vragen/mail/afgehandeld.txt",
            context={"vraag": vraag, "link": volledige_url(vraag.get_absolute_url())},
            betreft=vraag,
        )


def _mail_aanspreekpunt(vraag: Vraag) -> None:
    mail_inplannen(
        aan=vraag.aanspreekpunt_email,
        template="vragen/mail/aanspreekpunt.txt",
        context={
            "vraag": vraag,
            "themas": list(vraag.themas.all()),
            "link": volledige_url(vraag.partnerlink()),
            "dagen": settings.VRAGEN_PARTNERLINK_DAGEN,
        },
        betreft=vraag,
    )


@transaction.atomic
def vraag_notitie_toevoegen(
    *, vraag: Vraag, notitie: str, door: AbstractBaseUser | None, door_omschrijving: str = ""
) -> StatusWijziging:
    """A note in the history, without a status change."""
    vraag = Vraag.objects.select_for_update().get(pk=vraag.pk)
    return StatusWijziging.objects.create(
        vraag=vraag,
        van_status=vraag.status,
        naar_status=vraag.status,
        door=door,
        door_omschrijving=door_omschrijving,
        notitie=notitie,
    )


@transaction.atomic
def vraag_aanspreekpunt_wijzigen(
    *,
    vraag: Vraag,
    organisatie: Organisatie,
    contactpersoon: str,
    email: str,
    reden: str,
    door: AbstractBaseUser,
) -> Vraag:
    """Staff override the suggested aanspreekpunt, with a reason; the new one gets a mail,
    the old partner link stops working."""
    if not reden.strip():
        raise ValidationError(_("Schrijf op waarom je een ander aanspreekpunt kiest."))
    vraag = Vraag.objects.select_for_update().get(pk=vraag.pk)
    vraag.aanspreekpunt_organisatie = organisatie
    vraag.aanspreekpunt_naam = contactpersoon
    vraag.aanspreekpunt_email = email
    vraag.afwijkingsreden = reden
    vraag.regel = None
    vraag.partnersleutel = nieuwe_sleutel()
    vraag.save()
    notitie = _("Ander aanspreekpunt: %(org)s. Reden: %(reden)s") % {
        "org": organisatie,
        "reden": reden,
    }
    if VraagStatus.DOORVERWEZEN in OVERGANGEN[vraag.status]:
        return vraag_status_wijzigen(
            vraag=vraag, nieuwe_status=VraagStatus.DOORVERWEZEN, door=door, notitie=notitie
        )
    vraag_notitie_toevoegen(vraag=vraag, notitie=notitie, door=door)
    if vraag.status == VraagStatus.DOORVERWEZEN and vraag.aanspreekpunt_email:
        _mail_aanspreekpunt(vraag)
    return vraag


@transaction.atomic
def vraag_aanbod_wijzigen(
    *,
    vraag: Vraag,
    door: AbstractBaseUser,
    toevoegen: Iterable[Aanbod] = (),
    weghalen: Iterable[Aanbod] = (),
) -> Vraag:
    """Offers added or taken off after intake; the history says which (append-only)."""
    vraag = Vraag.objects.select_for_update().get(pk=vraag.pk)
    if vraag.is_geanonimiseerd:
        raise ValidationError(_("Deze vraag is geanonimiseerd en kan niet meer veranderen."))
    huidig = set(vraag.aanbod.values_list("pk", flat=True))
    erbij = [a for a in toevoegen if a.pk not in huidig]
    eraf = [a for a in weghalen if a.pk in huidig]
    if not erbij and not eraf:
        return vraag
    vraag.aanbod.add(*erbij)
    vraag.aanbod.remove(*eraf)
    delen = []
    if erbij:
        delen.append(
            _("Aanbod toegevoegd: %(namen)s.") % {"namen": ", ".join(a.naam for a in erbij)}
        )
    if eraf:
        delen.append(
            _("Aanbod weggehaald: %(namen)s.") % {"namen": ", ".join(a.naam for a in eraf)}
        )
    vraag_notitie_toevoegen(vraag=vraag, notitie=" ".join(delen), door=door)
    return vraag
