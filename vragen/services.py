"""Every write on questions: register, change status, add a note, choose another aanspreekpunt,
reopen, add or remove offers."""

from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from aanbod.models import Aanbod, Doelgroep, Informatiepunt, Organisatie, Thema, Wijk
from vragen import berichten
from vragen.audit import audit_vastleggen, gevulde_contactvelden
from vragen.berichten import inwoner_bericht
from vragen.models import (
    OVERGANGEN,
    AuditActie,
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
    berichten_via: str = "",
    taal: str = "",
    informatiepunt: Informatiepunt | None = None,
    kwetsbaar: bool = False,
) -> Vraag:
    """Log a question, route it to the first matching aanspreekpunt, or close it at once
    when it was answered on the spot (``direct_uitkomst``)."""
    if not toestemming_contact and (contact_naam or contact_telefoon or contact_email):
        raise ValidationError(_("Contactgegevens alleen met toestemming van de inwoner."))
    if berichten_via and not toestemming_contact:
        raise ValidationError(_("Berichten alleen met toestemming van de inwoner."))
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
        berichten_via=berichten_via,
        taal=taal if taal in dict(settings.LANGUAGES) else "",
        kwetsbaar=kwetsbaar,
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
    if not regel:
        # Routed at once, the resident gets one message: the 'doorverwezen' one.
        inwoner_bericht(vraag, berichten.ONTVANGEN)
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
    if vraag.status == VraagStatus.DOORVERWEZEN:
        if vraag.aanspreekpunt_email:
            _mail_aanspreekpunt(vraag)
        inwoner_bericht(vraag, berichten.DOORVERWEZEN)
    if vraag.status == VraagStatus.AFGEHANDELD:
        inwoner_bericht(vraag, berichten.AFGEHANDELD)
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
    if vraag.status == VraagStatus.DOORVERWEZEN:
        if vraag.aanspreekpunt_email:
            _mail_aanspreekpunt(vraag)
        inwoner_bericht(vraag, berichten.DOORVERWEZEN)
    return vraag


@transaction.atomic
def heropenen(vraag: Vraag, *, door: AbstractBaseUser | None = None, reden: str = "") -> Vraag:
    """Reopen a closed question: status 'heropend' in the history, back at the top of the
    queue with a deadline of the next working day, and the coordinators get a mail.

    Used by the resident's "Nee"/"Gedeeltelijk" feedback (``door`` None) and by staff after
    a follow-up call."""
    vraag = vraag_status_wijzigen(
        vraag=vraag,
        nieuwe_status=VraagStatus.HEROPEND,
        door=door,
        notitie=reden.strip(),
        door_omschrijving="" if door else _("inwoner (terugkoppeling)"),
    )
    vraag.deadline = werkdagen_optellen(timezone.localdate(), 1)
    vraag.terugkoppeling_gevraagd_op = None
    vraag.save(update_fields=["deadline", "terugkoppeling_gevraagd_op", "gewijzigd"])
    for email in coordinator_adressen():
        mail_inplannen(
            aan=email,
            template="vragen/mail/heropend.txt",
            context={"vraag": vraag, "link": volledige_url(vraag.get_absolute_url())},
            betreft=vraag,
        )
    return vraag


def dienstdoende_coordinatoren(vraag: Vraag) -> list[str]:
    """Who hears of an acute question at once: the coordinators of its informatiepunt, or
    every coordinator when it has none of its own; plus VRAGEN_ACUUT_EMAIL (a duty mailbox)."""
    coordinatoren = (
        get_user_model()
        .objects.filter(is_active=True, groups__name="coordinator")
        .exclude(email="")
    )
    eigen = (
        coordinatoren.filter(informatiepunten=vraag.informatiepunt_id)
        if vraag.informatiepunt_id
        else coordinatoren.none()
    )
    adressen = list(eigen.values_list("email", flat=True)) or list(
        coordinatoren.values_list("email", flat=True)
    )
    adressen += settings.VRAGEN_ACUUT_EMAIL
    return sorted({a.strip().lower() for a in adressen if a.strip()})


@transaction.atomic
def vraag_acuut_markeren(
    *, vraag: Vraag, door: AbstractBaseUser | None, notitie: str = ""
) -> Vraag:
    """A crisis or urgent need: first in every queue, deadline today, and the coordinators
    on duty get a mail after the commit (without the question's text or contact details)."""
    vraag = Vraag.objects.select_for_update().get(pk=vraag.pk)
    if not vraag.is_open:
        raise ValidationError(_("Een afgesloten vraag kan niet acuut zijn. Heropen hem eerst."))
    if vraag.acuut:
        return vraag
    vraag.acuut = True
    vraag.deadline = min(vraag.deadline, timezone.localdate())
    vraag.save(update_fields=["acuut", "deadline", "gewijzigd"])
    regel = _("Gemarkeerd als acuut: vandaag reageren.")
    vraag_notitie_toevoegen(vraag=vraag, notitie=f"{regel} {notitie.strip()}".strip(), door=door)
    for adres in dienstdoende_coordinatoren(vraag):
        mail_inplannen(
            aan=adres,
            template="vragen/mail/acuut.txt",
            context={"vraag": vraag, "link": volledige_url(vraag.get_absolute_url())},
            betreft=vraag,
        )
    return vraag


def coordinator_adressen() -> list[str]:
    """The e-mail addresses of the active coordinators."""
    return list(
        get_user_model()
        .objects.filter(groups__name="coordinator", is_active=True)
        .exclude(email="")
        .order_by("email")
        .values_list("email", flat=True)
        .distinct()
    )


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
