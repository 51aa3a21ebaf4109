"""Residents propose an initiative; it is published only after a coordinator approves it."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from aanbod.models import Aanbod, Aanmelding, AanmeldingStatus
from tests.factories import maak_gebruiker, maak_locatie, otp_inloggen
from wijkportaal.mail import mails_versturen

GOED = {
    "naam": "Buurtkoffie Snoekstraat",
    "beschrijving": "Elke week koffie drinken met de buren.",
    "waar": "Snoekstraat 12, bij de speeltuin",
    "wijk": "oost",
    "wanneer": "Elke woensdag van 10 tot 12 uur",
    "voor_wie": "Iedereen uit de buurt",
    "kosten": "Gratis",
    "organisatie_naam": "Bewoners Snoekstraat",
    "contact_naam": "Fatima",
    "contact_email": "fatima@voorbeeld.example",
    "toestemming": "on",
}


@pytest.fixture(autouse=True)
def _lege_cache():
    cache.clear()
    yield
    cache.clear()


def aanmelden(client, **anders):
    return client.post(reverse("aanbod:aanmelden"), {**GOED, **anders})


@pytest.fixture
def coordinator(client, db):
    gebruiker = maak_gebruiker("coordinator")
    otp_inloggen(client, gebruiker)
    return gebruiker


def test_formulier_laadt(client, db):
    response = client.get(reverse("aanbod:aanmelden"))
    assert response.status_code == 200
    assert "Meld je initiatief aan" in response.content.decode()


def test_aanmelding_komt_binnen_maar_staat_nog_niet_online(client, db):
    response = aanmelden(client)
    assert response.status_code == 302
    assert response["Location"] == reverse("aanbod:aanmelden_bedankt")
    aanmelding = Aanmelding.objects.get()
    assert aanmelding.status == AanmeldingStatus.NIEUW
    assert aanmelding.wijk.slug == "oost"
    assert not Aanbod.objects.exists()
    assert "Snoekstraat" not in client.get("/aanbod/", {"q": "snoekstraat"}).content.decode()


@pytest.mark.parametrize(
    ("veld", "waarde", "fout"),
    [
        ("naam", "", "Dit veld is verplicht."),
        ("contact_email", "geen-mailadres", "Voer een geldig e-mailadres in."),
        ("toestemming", "", "Zet een vinkje, anders kunnen we je niet laten weten of het lukt."),
    ],
)
def test_fouten_zijn_duidelijk_en_ingevulde_tekst_blijft_staan(client, db, veld, waarde, fout):
    data = {**GOED, veld: waarde}
    if not waarde:
        data.pop(veld)
    response = client.post(reverse("aanbod:aanmelden"), data)
    assert response.status_code == 200
    inhoud = response.content.decode()
    assert fout in inhoud
    assert 'id="foutoverzicht"' in inhoud
    assert "Elke week koffie drinken met de buren." in inhoud
    assert not Aanmelding.objects.exists()


def test_honingpot_slaat_niets_op(client, db):
    response = aanmelden(client, website="http://spam.example")
    assert response.status_code == 302
    assert not Aanmelding.objects.exists()


def test_te_veel_aanmeldingen_van_een_adres(client, db):
    for _ in range(5):
        assert aanmelden(client).status_code == 302
    response = aanmelden(client, naam="Nummer zes")
    assert response.status_code == 200
    assert "veel aanmeldingen" in response.content.decode()
    assert "Nummer zes" in response.content.decode()
    assert Aanmelding.objects.count() == 5


@pytest.mark.parametrize("rol", [None, "vrijwilliger", "medewerker", "partner"])
def test_alleen_coordinatoren_beoordelen(client, db, rol):
    aanmelden(client)
    aanmelding = Aanmelding.objects.get()
    if rol:
        otp_inloggen(client, maak_gebruiker(rol))
    for url in (
        reverse("beheer:aanmeldingen"),
        reverse("beheer:aanmelding", args=[aanmelding.uuid]),
    ):
        response = client.get(url)
        assert response.status_code == (302 if rol is None else 403), url


def test_publiceren_maakt_aanbod_en_mailt_de_indiener(
    client, coordinator, django_capture_on_commit_callbacks
):
    aanmelden(client)
    aanmelding = Aanmelding.objects.get()
    locatie = maak_locatie("oost")
    mail.outbox.clear()
    url = reverse("beheer:aanmelding", args=[aanmelding.uuid])
    assert "Buurtkoffie Snoekstraat" in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url,
            {
                "actie": "publiceren",
                "naam": "Buurtkoffie Snoekstraat",
                "soort": "ontmoetingsplek",
                "beschrijving": "Elke woensdag koffie met de buren.",
                "voor_wie": "Iedereen",
                "kosten": "gratis",
                "deelname": "binnenlopen",
                "themas": [str(t) for t in _thema_ids("ontmoeting")],
                "locatie": str(locatie.pk),
            },
        )
    assert response.status_code == 302
    assert mail.outbox == []  # the request only queues; the mail worker sends
    mails_versturen()
    aanmelding.refresh_from_db()
    assert aanmelding.status == AanmeldingStatus.GEPUBLICEERD
    aanbod = aanmelding.aanbod
    assert aanbod.naam == "Buurtkoffie Snoekstraat"
    assert aanbod.organisatie.naam == "Bewoners Snoekstraat"
    assert aanbod.aanbodlocaties.get().locatie == locatie
    assert aanbod in Aanbod.objects.zoek("snoekstraat")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["fatima@voorbeeld.example"]
    assert aanbod.get_absolute_url() in mail.outbox[0].body


def _thema_ids(*slugs):
    from aanbod.models import Thema

    return list(Thema.objects.filter(slug__in=slugs).values_list("pk", flat=True))


def test_afwijzen_vraagt_een_reden_en_mailt_die(
    client, coordinator, django_capture_on_commit_callbacks
):
    aanmelden(client)
    aanmelding = Aanmelding.objects.get()
    url = reverse("beheer:aanmelding", args=[aanmelding.uuid])
    mail.outbox.clear()
    response = client.post(url, {"actie": "afwijzen", "reden": ""})
    assert response.status_code == 200
    assert "Dit veld is verplicht." in response.content.decode()
    assert Aanmelding.objects.get().status == AanmeldingStatus.NIEUW

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url, {"actie": "afwijzen", "reden": "Dit is een commerciële cursus."}
        )
    assert response.status_code == 302
    mails_versturen()
    aanmelding.refresh_from_db()
    assert aanmelding.status == AanmeldingStatus.AFGEWEZEN
    assert not Aanbod.objects.exists()
    assert len(mail.outbox) == 1
    assert "Dit is een commerciële cursus." in mail.outbox[0].body


def test_een_beoordeelde_aanmelding_kan_niet_nog_eens(client, coordinator):
    aanmelden(client)
    aanmelding = Aanmelding.objects.get()
    url = reverse("beheer:aanmelding", args=[aanmelding.uuid])
    client.post(url, {"actie": "afwijzen", "reden": "Dubbel"})
    response = client.post(url, {"actie": "afwijzen", "reden": "Nog eens"}, follow=True)
    assert "Deze aanmelding is al beoordeeld (Niet gepubliceerd)." in response.content.decode()
    aanmelding.refresh_from_db()
    assert aanmelding.reden == "Dubbel"
