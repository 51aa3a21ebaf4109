"""Every write of the coordinators' app: confirm, propose, approve, reject, correct, ask."""

from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from aanbod.historie import aanbodhistorie_bijhouden, als_tekst
from aanbod.models import Aanbod, Bron, Organisatie, Status, Thema, Wijk
from beheer.models import (
    VOORSTELVELDEN,
    Correctie,
    CorrectieStatus,
    Signaalsamenvatting,
    Verificatieverzoek,
    VoorstelStatus,
    Wijzigingsvoorstel,
)
from beheer.versheid import verouderd_aanbod
from wijkportaal.mail import mail_inplannen, volledige_url
from wijkportaal.modellen import nieuw_vergrendelen


def _gebruiker(door: AbstractBaseUser | None) -> AbstractBaseUser | None:
    return door if door is not None and door.is_authenticated else None


@transaction.atomic
def aanbod_bevestigen(
    *, aanbod: Aanbod, door: AbstractBaseUser | None, door_omschrijving: str = ""
) -> Aanbod:
    """'Klopt nog': the offer counts as checked today, at once (no review needed)."""
    aanbod = Aanbod.objects.select_for_update().get(pk=aanbod.pk)
    vandaag = timezone.localdate()
    door = _gebruiker(door)
    if aanbod.laatst_gecontroleerd == vandaag and aanbod.gecontroleerd_door == door:
        return aanbod  # pressed twice: nothing new to record
    velden = ["laatst_gecontroleerd", "gecontroleerd_door"]
    with aanbodhistorie_bijhouden(
        aanbod, via=Bron.BEVESTIGING, door=door, door_omschrijving=door_omschrijving, velden=velden
    ):
        aanbod.laatst_gecontroleerd = vandaag
        aanbod.gecontroleerd_door = door
        aanbod.save(update_fields=[*velden, "gewijzigd"])
    return aanbod


def _waarde_voor_json(waarde) -> str | None:
    return None if waarde is None else str(waarde)


@transaction.atomic
def voorstel_indienen(
    *,
    aanbod: Aanbod,
    nieuwe_waarden: dict,
    door: AbstractBaseUser | None,
    toelichting: str = "",
) -> Wijzigingsvoorstel:
    """Store the changed fields as a proposal for a coordinator; the offer stays as it is."""
    onbekend = set(nieuwe_waarden) - set(VOORSTELVELDEN)
    if onbekend:
        raise ValidationError(_("Deze velden kun je niet voorstellen: %s") % ", ".join(onbekend))
    oud = {veld: _waarde_voor_json(getattr(aanbod, veld)) for veld in nieuwe_waarden}
    nieuw = {veld: _waarde_voor_json(w) for veld, w in nieuwe_waarden.items()}
    veranderd = {veld: nieuw[veld] for veld in nieuw if nieuw[veld] != oud[veld]}
    if not veranderd:
        raise ValidationError(_("Je hebt niets veranderd. Klopt alles? Kies dan 'Klopt nog'."))
    return Wijzigingsvoorstel.objects.create(
        aanbod=aanbod,
        organisatie_id=aanbod.organisatie_id,
        waarden=veranderd,
        oude_waarden={veld: oud[veld] for veld in veranderd},
        toelichting=toelichting,
        voorgesteld_door=_gebruiker(door),
        via_link=_gebruiker(door) is None,
    )


@transaction.atomic
def voorstel_goedkeuren(*, voorstel: Wijzigingsvoorstel, door: AbstractBaseUser) -> Aanbod:
    """Apply exactly the proposed fields to the offer (row locked), record them in the history."""
    voorstel = nieuw_vergrendelen(voorstel)
    aanbod = Aanbod.objects.select_for_update().get(pk=voorstel.aanbod_id)
    with aanbodhistorie_bijhouden(aanbod, via=Bron.VOORSTEL, door=door, velden=voorstel.waarden):
        for veld, waarde in voorstel.waarden.items():
            field = Aanbod._meta.get_field(veld)
            setattr(aanbod, field.attname, field.to_python(waarde) if waarde is not None else None)
        aanbod.full_clean(
            exclude=[f.name for f in Aanbod._meta.fields if f.name not in voorstel.waarden]
        )
        aanbod.save(update_fields=[*voorstel.waarden, "gewijzigd"])
    voorstel.status = VoorstelStatus.GOEDGEKEURD
    voorstel.behandeld_door = door
    voorstel.behandeld_op = timezone.now()
    voorstel.save(update_fields=["status", "behandeld_door", "behandeld_op"])
    return aanbod


@transaction.atomic
def voorstel_afwijzen(
    *, voorstel: Wijzigingsvoorstel, door: AbstractBaseUser, reden: str
) -> Wijzigingsvoorstel:
    """Reject with a reason; the offer is not touched."""
    if not reden.strip():
        raise ValidationError(_("Schrijf op waarom je het voorstel afwijst."))
    voorstel = nieuw_vergrendelen(voorstel)
    voorstel.status = VoorstelStatus.AFGEWEZEN
    voorstel.reden = reden.strip()
    voorstel.behandeld_door = door
    voorstel.behandeld_op = timezone.now()
    voorstel.save(update_fields=["status", "reden", "behandeld_door", "behandeld_op"])
    return voorstel


def voorstel_vergelijking(voorstel: Wijzigingsvoorstel) -> list[dict]:
    """Per field: label, value when proposed, value now, proposed value (all as text)."""
    aanbod = voorstel.aanbod
    rijen = []
    for veld, nieuw in voorstel.waarden.items():
        field = Aanbod._meta.get_field(veld)
        oud = voorstel.oude_waarden.get(veld)
        nu = _waarde_voor_json(getattr(aanbod, field.attname))
        rijen.append(
            {
                "veld": str(field.verbose_name),
                "oud": als_tekst(veld, field.to_python(oud) if oud is not None else None),
                "nieuw": als_tekst(veld, field.to_python(nieuw) if nieuw is not None else None),
                "intussen_gewijzigd": voorstel.status == VoorstelStatus.NIEUW and nu != oud,
            }
        )
    return rijen


@transaction.atomic
def correctie_melden(*, aanbod: Aanbod, tekst: str, email: str = "") -> Correctie:
    """A visitor's 'Klopt er iets niet?': lands on the coordinators' dashboard."""
    return Correctie.objects.create(aanbod=aanbod, tekst=tekst.strip(), email=email.strip())


@transaction.atomic
def correctie_afhandelen(
    *, correctie: Correctie, door: AbstractBaseUser, notitie: str = ""
) -> Correctie:
    """Mark a correction as handled; the visitor's e-mail address is not kept any longer."""
    correctie = Correctie.objects.select_for_update().get(pk=correctie.pk)
    correctie.status = CorrectieStatus.AFGEHANDELD
    correctie.notitie = notitie.strip()
    correctie.email = ""
    correctie.afgehandeld_door = door
    correctie.afgehandeld_op = timezone.now()
    correctie.save()
    return correctie


def organisaties_voor_verificatie(vandaag: date | None = None):
    """Organisations with an e-mail address, at least one stale offer and no request lately."""
    vandaag = vandaag or timezone.localdate()
    sinds = timezone.now() - timedelta(days=settings.AANBOD_VERIFICATIEVERZOEK_INTERVAL_DAGEN)
    return (
        Organisatie.objects.exclude(email="")
        .filter(pk__in=verouderd_aanbod(vandaag=vandaag).values("organisatie"))
        .exclude(
            pk__in=Verificatieverzoek.objects.filter(verstuurd_op__gt=sinds).values("organisatie")
        )
        .order_by("naam", "pk")
    )


def verificatieverzoeken_versturen(*, vandaag: date | None = None) -> list[Verificatieverzoek]:
    """Mail each organisation with stale offers a link to check them (once per interval)."""
    verstuurd = []
    for organisatie in organisaties_voor_verificatie(vandaag):
        verstuurd.append(verificatieverzoek_versturen(organisatie=organisatie, vandaag=vandaag))
    return verstuurd


@transaction.atomic
def verificatieverzoek_versturen(
    *, organisatie: Organisatie, vandaag: date | None = None
) -> Verificatieverzoek:
    """Record the request and mail the organisation's contact after commit."""
    Organisatie.objects.select_for_update().get(pk=organisatie.pk)
    aantal = verouderd_aanbod(organisatie.aanbod.all(), vandaag=vandaag).count()
    verzoek = Verificatieverzoek.objects.create(
        organisatie=organisatie, aan=organisatie.email, aantal_verouderd=aantal
    )
    mail_inplannen(
        aan=organisatie.email,
        template="beheer/mail/verificatieverzoek.txt",
        context={
            "organisatie": organisatie,
            "aantal": aantal,
            "link": volledige_url(verzoek.verificatielink()),
            "dagen": settings.AANBOD_VERIFICATIELINK_DAGEN,
        },
    )
    return verzoek


@transaction.atomic
def signaal_samenvatten(
    *, thema: Thema | None, wijk: Wijk | None, maand: date, tekst: str, door: AbstractBaseUser
) -> Signaalsamenvatting | None:
    """Save (or, when empty, remove) the coordinators' summary of one signal."""
    maand = maand.replace(day=1)
    if not tekst.strip():
        Signaalsamenvatting.objects.filter(thema=thema, wijk=wijk, maand=maand).delete()
        return None
    samenvatting, _nieuw = Signaalsamenvatting.objects.update_or_create(
        thema=thema,
        wijk=wijk,
        maand=maand,
        defaults={"tekst": tekst.strip(), "bijgewerkt_door": door},
    )
    return samenvatting


@transaction.atomic
def verdwenen_aanbod_afhandelen(
    *, aanbod: Aanbod, besluit: str, door: AbstractBaseUser | None
) -> Aanbod:
    """A coordinator decides on an offer its source no longer contains: 'houden' keeps it as
    our own (no longer tied to the source), 'stoppen' marks it as stopped. Nothing is deleted."""
    if besluit not in {"houden", "stoppen"}:
        raise ValidationError(_("Kies: houden of stoppen."))
    aanbod = Aanbod.objects.select_for_update().get(pk=aanbod.pk)
    if aanbod.verdwenen_uit_bron is None:
        return aanbod  # already decided (pressed twice, or the source has it again)
    door = _gebruiker(door)
    omschrijving = _("Niet meer in bron %(bron)s") % {"bron": aanbod.gegevensbron or "?"}
    with aanbodhistorie_bijhouden(
        aanbod, via=Bron.ADMIN, door=door, door_omschrijving=omschrijving, velden=["status"]
    ):
        if besluit == "stoppen":
            aanbod.status = Status.GESTOPT
        else:
            aanbod.gegevensbron = None
        aanbod.verdwenen_uit_bron = None
        aanbod.save(update_fields=["status", "gegevensbron", "verdwenen_uit_bron", "gewijzigd"])
    return aanbod
