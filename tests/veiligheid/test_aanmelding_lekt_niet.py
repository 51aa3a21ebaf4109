"""Review finding (high): publishing a resident's proposal with "Nieuwe organisatie maken"
copied the proposer's private e-mail and phone onto the public organisation page, the HSDS
API and the export. They must never leave the review page."""

import io
import zipfile

import pytest
from django.urls import reverse

from aanbod.models import Aanmelding, AanmeldingStatus, Thema
from tests.factories import maak_gebruiker, maak_locatie, maak_organisatie, otp_inloggen

PRIVE_EMAIL = "fatima.prive@voorbeeld.example"
PRIVE_TELEFOON = "06-12345678"


@pytest.fixture
def aanmelding(db):
    return Aanmelding.objects.create(
        naam="Buurtkoffie Snoekstraat",
        beschrijving="Elke week koffie drinken met de buren.",
        waar="Snoekstraat 12",
        wanneer="Woensdag 10-12 uur",
        organisatie_naam="Bewoners Snoekstraat",
        contact_naam="Fatima",
        contact_email=PRIVE_EMAIL,
        contact_telefoon=PRIVE_TELEFOON,
    )


@pytest.fixture
def coordinator(client, db):
    gebruiker = maak_gebruiker("coordinator")
    otp_inloggen(client, gebruiker)
    return gebruiker


def publiceren(client, aanmelding, **extra):
    return client.post(
        reverse("beheer:aanmelding", args=[aanmelding.uuid]),
        {
            "actie": "publiceren",
            "naam": "Buurtkoffie Snoekstraat",
            "soort": "activiteit",
            "beschrijving": "Elke woensdag koffie met de buren.",
            "kosten": "gratis",
            "deelname": "binnenlopen",
            "themas": [str(Thema.objects.first().pk)],
            "locatie": str(maak_locatie("oost").pk),
            **extra,
        },
    )


def openbaar(client, organisatie) -> str:
    """Everything the public sees of an organisation: its page, the HSDS API, the export."""
    anoniem = client.__class__()
    delen = [
        anoniem.get(organisatie.get_absolute_url()).content.decode(),
        anoniem.get(reverse("opendata:organization", args=[organisatie.hsds_id])).content.decode(),
        anoniem.get(reverse("opendata:organizations")).content.decode(),
        anoniem.get(reverse("opendata:services")).content.decode(),
    ]
    export = anoniem.get(reverse("opendata:export"))
    assert export.status_code == 200
    with zipfile.ZipFile(io.BytesIO(export.content)) as archief:
        delen += [archief.read(naam).decode("utf-8") for naam in archief.namelist()]
    return "\n".join(delen)


def test_nieuwe_organisatie_krijgt_niet_de_gegevens_van_de_indiener(
    client, coordinator, aanmelding
):
    response = publiceren(client, aanmelding)
    assert response.status_code == 302
    aanmelding.refresh_from_db()
    assert aanmelding.status == AanmeldingStatus.GEPUBLICEERD
    organisatie = aanmelding.aanbod.organisatie
    assert organisatie.naam == "Bewoners Snoekstraat"
    assert organisatie.email == "" and organisatie.telefoon == ""
    tekst = openbaar(client, organisatie)
    assert "Bewoners Snoekstraat" in tekst
    assert PRIVE_EMAIL not in tekst
    assert "12345678" not in tekst


def test_openbaar_contact_alleen_wat_de_coordinator_invult_en_bevestigt(
    client, coordinator, aanmelding
):
    response = publiceren(
        client, aanmelding, openbaar_email="info@snoekstraat.example", openbaar_telefoon="030-1234"
    )
    assert response.status_code == 200
    assert "Zet een vinkje als de organisatie weet dat dit contact openbaar wordt." in (
        response.content.decode()
    )
    assert Aanmelding.objects.get().status == AanmeldingStatus.NIEUW

    response = publiceren(
        client,
        aanmelding,
        openbaar_email="info@snoekstraat.example",
        openbaar_telefoon="030-1234",
        contact_bevestigd="on",
    )
    assert response.status_code == 302
    organisatie = Aanmelding.objects.get().aanbod.organisatie
    tekst = openbaar(client, organisatie)
    assert "info@snoekstraat.example" in tekst
    assert PRIVE_EMAIL not in tekst


def test_bestaande_organisatie_houdt_haar_eigen_contact(client, coordinator, aanmelding):
    bestaand = maak_organisatie(naam="Buurtteam Oost", email="buurtteam@oost.example")
    response = publiceren(
        client, aanmelding, organisatie=str(bestaand.pk), openbaar_email="x@y.example"
    )
    assert response.status_code == 200
    assert "Een bestaande organisatie houdt haar eigen contactgegevens." in (
        response.content.decode()
    )
    response = publiceren(client, aanmelding, organisatie=str(bestaand.pk))
    assert response.status_code == 302
    bestaand.refresh_from_db()
    assert bestaand.email == "buurtteam@oost.example"
    assert PRIVE_EMAIL not in openbaar(client, bestaand)


def test_reviewpagina_zegt_dat_de_gegevens_van_de_indiener_niet_meegaan(
    client, coordinator, aanmelding
):
    inhoud = client.get(reverse("beheer:aanmelding", args=[aanmelding.uuid])).content.decode()
    assert "Het e-mailadres van de indiener wordt nooit overgenomen." in inhoud
    assert 'name="openbaar_email"' in inhoud
    assert f'value="{PRIVE_EMAIL}"' not in inhoud


def test_reviewpagina_queries_hangen_niet_af_van_het_aantal_organisaties(
    client, coordinator, aanmelding
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = reverse("beheer:aanmelding", args=[aanmelding.uuid])
    client.get(url)

    def aantal() -> int:
        with CaptureQueriesContext(connection) as vastgelegd:
            assert client.get(url).status_code == 200
        return len(vastgelegd)

    voor = aantal()
    for i in range(5):
        maak_organisatie(naam=f"Organisatie {i}")
        maak_locatie("oost")
    assert aantal() == voor
