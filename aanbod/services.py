"""Writes to the catalogue that touch several rows or send mail."""

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from aanbod.models import Aanbod, AanbodLocatie, Aanmelding, AanmeldingStatus, Locatie, Organisatie
from aanbod.zoeken.index import zoektekst_uitstellen
from wijkportaal.mail import mail_inplannen, volledige_url
from wijkportaal.modellen import nieuw_vergrendelen


@transaction.atomic
def aanmelding_publiceren(
    *,
    aanmelding: Aanmelding,
    door: AbstractBaseUser,
    gegevens: dict,
    themas,
    doelgroepen,
    locatie: Locatie | None,
    organisatie: Organisatie | None,
    openbaar_contact: dict | None = None,
) -> Aanbod:
    """Publish a proposal as an offer (with the coordinator's edits) and tell the proposer.

    A new organisation gets only ``openbaar_contact`` (``email``, ``telefoon``), which the
    coordinator entered and confirmed; the proposer's private details are never copied.
    """
    openbaar_contact = openbaar_contact or {}
    aanmelding = nieuw_vergrendelen(aanmelding)
    with zoektekst_uitstellen():
        if organisatie is None:
            organisatie = Organisatie.objects.create(
                naam=aanmelding.organisatie_naam or aanmelding.naam,
                email=openbaar_contact.get("email", ""),
                telefoon=openbaar_contact.get("telefoon", ""),
            )
        aanbod = Aanbod.objects.create(
            organisatie=organisatie,
            laatst_gecontroleerd=timezone.localdate(),
            gecontroleerd_door=door,
            **gegevens,
        )
        aanbod.themas.set(themas)
        aanbod.doelgroepen.set(doelgroepen)
        if locatie is not None:
            AanbodLocatie.objects.create(aanbod=aanbod, locatie=locatie)
    aanmelding.status = AanmeldingStatus.GEPUBLICEERD
    aanmelding.aanbod = aanbod
    aanmelding.behandeld_door = door
    aanmelding.behandeld_op = timezone.now()
    aanmelding.save()
    mail_inplannen(
        aan=aanmelding.contact_email,
        template="aanbod/mail/aanmelding_gepubliceerd.txt",
        context={"aanmelding": aanmelding, "url": volledige_url(aanbod.get_absolute_url())},
    )
    return aanbod


@transaction.atomic
def aanmelding_afwijzen(*, aanmelding: Aanmelding, door: AbstractBaseUser, reden: str) -> None:
    """Decline a proposal with a reason the proposer receives by e-mail."""
    aanmelding = nieuw_vergrendelen(aanmelding)
    aanmelding.status = AanmeldingStatus.AFGEWEZEN
    aanmelding.reden = reden
    aanmelding.behandeld_door = door
    aanmelding.behandeld_op = timezone.now()
    aanmelding.save()
    mail_inplannen(
        aan=aanmelding.contact_email,
        template="aanbod/mail/aanmelding_afgewezen.txt",
        context={"aanmelding": aanmelding, "url": volledige_url(reverse("aanbod:aanmelden"))},
    )
