"""The demo catalogue and demo accounts (make run). Never used in production data."""

import base64
import json
import uuid
from datetime import date, time, timedelta
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from aanbod.models import (
    Aanbod,
    AanbodLocatie,
    Aanmelding,
    Doelgroep,
    Frequentie,
    Informatiepunt,
    Locatie,
    Organisatie,
    Sluiting,
    Taal,
    Thema,
    Tijdslot,
    Wijk,
)
from aanbod.zoeken.index import zoektekst_uitstellen

DEMO_BESTAND = Path(settings.BASE_DIR) / "fixtures" / "demo" / "catalogus.json"
DEMO_WACHTWOORD = "wijkportaal-demo"
# The second step of the demo accounts: one public authenticator key (base32) for all of
# them, printed by `make run`. Demo only: a real account sets up its own app.
DEMO_OTP_SLEUTEL = "WIJKPORTAALDEMOOTWEESTAPSDEMOAPP"
DEMO_OTP_APP = "Demo-app (openbare demosleutel)"
DEMO_NAMESPACE = uuid.UUID("6f1d4a52-2a7e-4d7a-9a55-0c1f5e0b7d10")
DAGEN = {"ma": 0, "di": 1, "wo": 2, "do": 3, "vr": 4, "za": 5, "zo": 6}

# username -> (group, is_staff, organisation key of a partner)
DEMO_ACCOUNTS = {
    "vrijwilliger": ("vrijwilliger", False, None),
    "medewerker": ("medewerker", True, None),
    "coordinator": ("coordinator", True, None),
    "partner": ("partner", False, "dock"),
}


def demo_id(soort: str, sleutel: str) -> uuid.UUID:
    """A stable HSDS id for a demo record, the same on every machine."""
    return uuid.uuid5(DEMO_NAMESPACE, f"{soort}:{sleutel}")


def _tijd(tekst: str) -> time:
    uur, minuut = tekst.split(":")
    return time(int(uur), int(minuut))


def _maandag_deze_week(vandaag: date) -> date:
    return vandaag - timedelta(days=vandaag.weekday())


@transaction.atomic
def catalogus_laden(pad: Path = DEMO_BESTAND) -> dict[str, int]:
    """Load the demo catalogue; dates are relative to today so the demo never goes stale.
    Then the statistics that tell search how rare each word is (autovacuum would do it later)."""
    with zoektekst_uitstellen():
        aantallen = _catalogus_laden(pad)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE aanbod_aanbod")
    return aantallen


def _catalogus_laden(pad: Path) -> dict[str, int]:
    data = json.loads(pad.read_text(encoding="utf-8"))
    vandaag = timezone.localdate()
    themas = {t.slug: t for t in Thema.objects.all()}
    doelgroepen = {d.slug: d for d in Doelgroep.objects.all()}
    talen = {t.code: t for t in Taal.objects.all()}

    organisaties = {}
    for org in data["organisaties"]:
        organisaties[org["sleutel"]], _ = Organisatie.objects.update_or_create(
            hsds_id=demo_id("organisatie", org["sleutel"]),
            defaults={
                "naam": org["naam"],
                "beschrijving": org.get("beschrijving", ""),
                "website": org.get("website", ""),
                "email": org.get("email", ""),
                "telefoon": org.get("telefoon", ""),
            },
        )
    locaties = {}
    for loc in data["locaties"]:
        locaties[loc["sleutel"]], _ = Locatie.objects.update_or_create(
            hsds_id=demo_id("locatie", loc["sleutel"]),
            defaults={
                "organisatie": organisaties.get(loc.get("organisatie")),
                "naam": loc["naam"],
                "straat": loc.get("straat", ""),
                "huisnummer": loc.get("huisnummer", ""),
                "postcode": loc.get("postcode", ""),
                "plaats": loc.get("plaats", "Utrecht"),
                "lat": loc.get("lat"),
                "lon": loc.get("lon"),
                "rolstoeltoegankelijk": loc.get("rolstoeltoegankelijk", False),
                "toegankelijk_toilet": loc.get("toegankelijk_toilet", False),
                "ringleiding": loc.get("ringleiding", False),
                "toegankelijkheid": loc.get("toegankelijkheid", ""),
                "vertrouwelijk_adres": loc.get("vertrouwelijk", False),
            },
        )
    for item in data["aanbod"]:
        sleutel = f"{item['organisatie']}:{item['naam']}"
        bedrag = item.get("kosten_bedrag")
        aanbod, _ = Aanbod.objects.update_or_create(
            hsds_id=demo_id("aanbod", sleutel),
            defaults={
                "naam": item["naam"],
                "organisatie": organisaties[item["organisatie"]],
                "soort": item["soort"],
                "beschrijving": item["beschrijving"],
                "voor_wie": item.get("voor_wie", ""),
                "kosten": item["kosten"],
                "kosten_bedrag": Decimal(bedrag) if bedrag else None,
                "kosten_toelichting": item.get("kosten_toelichting", ""),
                "deelname": item["deelname"],
                "contactpersoon": item.get("contactpersoon", ""),
                "email": item.get("email", ""),
                "telefoon": item.get("telefoon", ""),
                "website": item.get("website", ""),
                "status": item.get("status", "actief"),
                "laatst_gecontroleerd": vandaag
                - timedelta(days=item.get("laatst_gecontroleerd_dagen_geleden", 30)),
            },
        )
        aanbod.themas.set([themas[s] for s in item["themas"]])
        aanbod.doelgroepen.set([doelgroepen[s] for s in item["doelgroepen"]])
        aanbod.talen.set([talen[c] for c in item.get("talen", ["nl"])])
        aanbod.aanbodlocaties.all().delete()
        for plek in item.get("locaties", []):
            al = AanbodLocatie.objects.create(
                aanbod=aanbod,
                locatie=locaties[plek["locatie"]],
                hsds_id=demo_id("aanbodlocatie", f"{sleutel}@{plek['locatie']}"),
            )
            for slot in plek.get("tijden", []):
                Tijdslot.objects.create(
                    aanbod_locatie=al,
                    frequentie=Frequentie.MAANDELIJKS if "week" in slot else Frequentie.WEKELIJKS,
                    week_van_de_maand=slot.get("week"),
                    interval=slot.get("interval", 1),
                    weekdag=DAGEN[slot["dag"]],
                    opent=_tijd(slot["van"]),
                    sluit=_tijd(slot["tot"]),
                    startdatum=_maandag_deze_week(vandaag) if slot.get("interval", 1) > 1 else None,
                    open_op_feestdagen=slot.get("feestdagen_open", False),
                )
            for sluiting in plek.get("sluitingen", []):
                Sluiting.objects.create(
                    aanbod_locatie=al,
                    van=vandaag + timedelta(days=sluiting["van_dagen"]),
                    tot=vandaag + timedelta(days=sluiting["tot_dagen"]),
                    reden=sluiting.get("reden", ""),
                )
    return {
        "organisaties": len(organisaties),
        "locaties": len(locaties),
        "aanbod": len(data["aanbod"]),
    }


@transaction.atomic
def informatiepunten_laden(pad: Path = DEMO_BESTAND) -> int:
    """The demo's Wijkinformatiepunten, with the wijken they serve and their volunteers."""
    User = get_user_model()
    punten = json.loads(pad.read_text(encoding="utf-8")).get("informatiepunten", [])
    for punt in punten:
        informatiepunt, _ = Informatiepunt.objects.update_or_create(
            hsds_id=demo_id("informatiepunt", punt["sleutel"]),
            defaults={
                "naam": punt["naam"],
                "aanbod": Aanbod.objects.get(hsds_id=demo_id("aanbod", punt["aanbod"])),
            },
        )
        informatiepunt.wijken.set(Wijk.objects.filter(slug__in=punt["wijken"]))
        informatiepunt.medewerkers.set(User.objects.filter(username__in=punt["medewerkers"]))
    return len(punten)


@transaction.atomic
def aanmeldingen_laden(pad: Path = DEMO_BESTAND) -> int:
    """A few residents' proposals waiting for a coordinator (made once)."""
    items = json.loads(pad.read_text(encoding="utf-8")).get("aanmeldingen", [])
    for item in items:
        Aanmelding.objects.get_or_create(
            naam=item["naam"],
            defaults={
                **{k: v for k, v in item.items() if k not in ("naam", "wijk")},
                "wijk": Wijk.objects.filter(slug=item.get("wijk")).first(),
            },
        )
    return len(items)


def demo_laden() -> list[str]:
    """The catalogue, the demo accounts, informatiepunten and proposals (AanbodConfig.demo)."""
    aantallen = catalogus_laden()
    accounts = accounts_maken()
    return [
        "Demo-catalogus geladen: {organisaties} organisaties, {locaties} locaties, "
        "{aanbod} keer aanbod.".format(**aantallen),
        f"Demo-accounts: {', '.join(accounts)} (wachtwoord: {DEMO_WACHTWOORD}).",
        f"Tweede stap van de demo-accounts: zet de sleutel {DEMO_OTP_SLEUTEL} in een "
        "authenticator-app, of draai `DEBUG=1 .venv/bin/python manage.py demo_otp_code "
        "<account>` en vul de 6 cijfers in.",
        f"Demo-informatiepunten: {informatiepunten_laden()}.",
        f"Demo-aanmeldingen van initiatieven: {aanmeldingen_laden()}.",
    ]


@transaction.atomic
def accounts_maken() -> list[str]:
    """The four demo accounts, each with the password 'wijkportaal-demo'."""
    User = get_user_model()
    namen = []
    for gebruikersnaam, (rol, is_staff, organisatie_sleutel) in DEMO_ACCOUNTS.items():
        gebruiker, _ = User.objects.get_or_create(username=gebruikersnaam)
        gebruiker.is_staff = is_staff
        gebruiker.first_name = rol.capitalize()
        gebruiker.email = f"{gebruikersnaam}@wijkportaal.example"
        gebruiker.set_password(DEMO_WACHTWOORD)
        gebruiker.save()
        gebruiker.groups.set([Group.objects.get(name=rol)])
        TOTPDevice.objects.update_or_create(
            user=gebruiker,
            name=DEMO_OTP_APP,
            defaults={"key": base64.b32decode(DEMO_OTP_SLEUTEL).hex(), "confirmed": True},
        )
        if organisatie_sleutel:
            Organisatie.objects.get(
                hsds_id=demo_id("organisatie", organisatie_sleutel)
            ).gebruikers.add(gebruiker)
        namen.append(gebruikersnaam)
    return namen
