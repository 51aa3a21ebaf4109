"""Small helpers that make valid catalogue rows for tests."""

from datetime import time
from itertools import count

from aanbod.models import (
    Aanbod,
    AanbodLocatie,
    Deelname,
    Doelgroep,
    Kosten,
    Locatie,
    Organisatie,
    Sluiting,
    Soort,
    Thema,
    Tijdslot,
    Wijk,
)

_teller = count(1)

# A point inside each wijk (checked against the boundaries in tests/aanbod/test_gebieden.py).
PUNTEN = {
    "oost": (52.0875, 5.1400),
    "west": (52.0930, 5.0960),
    "overvecht": (52.1160, 5.1110),
    "binnenstad": (52.0907, 5.1214),
    "zuidwest": (52.0750, 5.0950),
}


def maak_organisatie(**velden) -> Organisatie:
    velden.setdefault("naam", f"Organisatie {next(_teller)}")
    return Organisatie.objects.create(**velden)


def maak_locatie(wijk: str = "oost", **velden) -> Locatie:
    lat, lon = PUNTEN[wijk]
    velden.setdefault("naam", f"Buurthuis {next(_teller)}")
    velden.setdefault("straat", "Teststraat")
    velden.setdefault("huisnummer", "1")
    velden.setdefault("postcode", "3581 AA")
    velden.setdefault("lat", lat)
    velden.setdefault("lon", lon)
    return Locatie.objects.create(**velden)


def maak_aanbod(
    *,
    themas: tuple[str, ...] = ("ontmoeting",),
    doelgroepen: tuple[str, ...] = ("iedereen",),
    locatie: Locatie | None = None,
    wijk: str | None = "oost",
    tijden: tuple[tuple[int, time, time], ...] = (),
    **velden,
) -> Aanbod:
    """An offer; with a location in ``wijk`` (unless wijk is None) and weekly ``tijden``."""
    velden.setdefault("naam", f"Aanbod {next(_teller)}")
    velden.setdefault("organisatie", maak_organisatie())
    velden.setdefault("soort", Soort.ONTMOETINGSPLEK)
    velden.setdefault("beschrijving", "Een plek om samen koffie te drinken.")
    velden.setdefault("kosten", Kosten.GRATIS)
    velden.setdefault("deelname", Deelname.BINNENLOPEN)
    aanbod = Aanbod.objects.create(**velden)
    aanbod.themas.set(Thema.objects.filter(slug__in=themas))
    aanbod.doelgroepen.set(Doelgroep.objects.filter(slug__in=doelgroepen))
    if locatie is None and wijk is not None:
        locatie = maak_locatie(wijk)
    if locatie is not None:
        al = AanbodLocatie.objects.create(aanbod=aanbod, locatie=locatie)
        for weekdag, opent, sluit in tijden:
            Tijdslot.objects.create(aanbod_locatie=al, weekdag=weekdag, opent=opent, sluit=sluit)
    return aanbod


def wijk(slug: str) -> Wijk:
    return Wijk.objects.get(slug=slug)


def maak_tijdslot(aanbod_locatie: AanbodLocatie, **velden) -> Tijdslot:
    """A weekly slot (Monday 10:00-12:00 unless told otherwise)."""
    velden.setdefault("weekdag", 0)
    velden.setdefault("opent", time(10))
    velden.setdefault("sluit", time(12))
    return Tijdslot.objects.create(aanbod_locatie=aanbod_locatie, **velden)


def maak_sluiting(aanbod_locatie: AanbodLocatie, van, tot=None, **velden) -> Sluiting:
    """A closure from ``van`` up to and including ``tot`` (one day when ``tot`` is left out)."""
    return Sluiting.objects.create(aanbod_locatie=aanbod_locatie, van=van, tot=tot or van, **velden)


# Question desk (vragen).


def maak_gebruiker(rol: str | None = None, *, organisatie=None, **velden):
    """A user in the group ``rol`` (vrijwilliger, medewerker, coordinator, partner)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    velden.setdefault("username", f"gebruiker{next(_teller)}")
    velden.setdefault("email", f"{velden['username']}@wijkportaal.example")
    gebruiker = get_user_model().objects.create_user(password="geheim-wachtwoord", **velden)
    if rol:
        gebruiker.groups.add(Group.objects.get(name=rol))
    if organisatie is not None:
        organisatie.gebruikers.add(gebruiker)
    return gebruiker


def maak_regel(*, organisatie=None, thema=None, wijk=None, doelgroep=None, **velden):
    """A routing rule; thema/wijk/doelgroep are slugs (None = any)."""
    from vragen.models import Routeringsregel

    velden.setdefault("volgorde", next(_teller))
    velden.setdefault("contactpersoon", "Contactpersoon")
    velden.setdefault("email", f"aanspreekpunt{next(_teller)}@partner.example")
    return Routeringsregel.objects.create(
        organisatie=organisatie or maak_organisatie(),
        thema=Thema.objects.get(slug=thema) if thema else None,
        wijk=Wijk.objects.get(slug=wijk) if wijk else None,
        doelgroep=Doelgroep.objects.get(slug=doelgroep) if doelgroep else None,
        **velden,
    )


def maak_vraag(*, themas: tuple[str, ...] = (), wijk: str | None = None, door=None, **velden):
    """A question registered through the service (so it is routed and has its history)."""
    from vragen.models import Kanaal
    from vragen.services import vraag_registreren

    velden.setdefault("tekst", "Waar kan ik koffie drinken in de buurt?")
    velden.setdefault("kanaal", Kanaal.BALIE)
    return vraag_registreren(
        themas=Thema.objects.filter(slug__in=themas),
        wijk=Wijk.objects.get(slug=wijk) if wijk else None,
        door=door,
        **velden,
    )


# Accounts: two-step login (wijkportaal/tweestaps.py).


def maak_otp_apparaat(gebruiker, *, bevestigd: bool = True):
    """A TOTP authenticator app for ``gebruiker`` (confirmed unless told otherwise)."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    return TOTPDevice.objects.create(user=gebruiker, name="Test-app", confirmed=bevestigd)


def otp_inloggen(client, gebruiker):
    """Log ``gebruiker`` in on the test client with the second step done, as a coordinator
    must be before any staff page (/admin/, /beheer/, /balie/) works. Returns the device."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    apparaat = TOTPDevice.objects.filter(user=gebruiker, confirmed=True).first()
    apparaat = apparaat or maak_otp_apparaat(gebruiker)
    client.force_login(gebruiker)
    sessie = client.session
    sessie[DEVICE_ID_SESSION_KEY] = apparaat.persistent_id
    sessie.save()
    return apparaat


def maak_rol_met_recht(apps, app_label: str, model: str, codename: str):
    """In a migration test (``apps`` of a past migration state): a role with one permission on
    ``app_label.model``, as the roles migrations give it. Made by the test itself, so it does
    not depend on what earlier tests left in the database."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    inhoudstype, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    recht, _ = Permission.objects.get_or_create(
        content_type=inhoudstype, codename=codename, defaults={"name": codename}
    )
    rol = apps.get_model("auth", "Group").objects.create(name=f"rol met {codename}")
    rol.permissions.add(recht)
    return rol
