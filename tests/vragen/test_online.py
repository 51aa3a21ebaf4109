import pytest
from django.core import mail

from tests.factories import maak_aanbod, maak_vraag
from vragen.models import Kanaal, Vraag, VraagStatus
from vragen.services import vraag_status_wijzigen
from wijkportaal.mail import mails_versturen


def _vraag(**extra):
    data = {"tekst": "Ik wil graag mensen ontmoeten", "wijk": "oost", "website": ""}
    data.update(extra)
    return data


@pytest.mark.django_db
def test_formulier_is_eenvoudig_en_toegankelijk(client):
    html = client.get("/vraag/").content.decode()
    assert html.count("<h1") == 1
    for veld in (
        "id_tekst",
        "id_wijk",
        "id_contact_naam",
        "id_contact_telefoon",
        "id_contact_email",
        "id_toestemming_contact",
        "id_website",
    ):
        assert f'for="{veld}"' in html


@pytest.mark.django_db
def test_anoniem_vraag_stellen_geeft_referentie_en_statuslink(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        antwoord = client.post("/vraag/versturen/", _vraag(), follow=True)
    vraag = Vraag.objects.get()
    assert (vraag.kanaal, vraag.geregistreerd_door, vraag.wijk.slug) == (
        Kanaal.ONLINE,
        None,
        "oost",
    )
    assert not vraag.toestemming_contact
    html = antwoord.content.decode()
    assert vraag.referentie in html
    assert antwoord.redirect_chain[-1][0] == f"/vraag/{vraag.statuscode}/?nieuw=1"
    assert len(vraag.statuscode) >= 20  # unguessable
    assert mail.outbox == []  # no e-mail address, no mail


@pytest.mark.django_db
def test_contactgegevens_vragen_toestemming_en_fouten_bewaren_tekst(client):
    antwoord = client.post(
        "/vraag/versturen/", _vraag(contact_email="anna@example.org", contact_naam="Anna")
    )
    html = antwoord.content.decode()
    assert antwoord.status_code == 400
    assert "Zet een vinkje" in html
    assert "Ik wil graag mensen ontmoeten" in html and "anna@example.org" in html
    assert not Vraag.objects.exists()

    antwoord = client.post("/vraag/versturen/", _vraag(tekst="", contact_email="geen-adres"))
    html = antwoord.content.decode()
    assert "Schrijf je vraag op." in html
    assert "Dit e-mailadres klopt niet" in html
    assert "geen-adres" in html


@pytest.mark.django_db
def test_met_toestemming_krijgt_de_inwoner_een_bevestiging(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/vraag/versturen/",
            _vraag(contact_email="anna@example.org", toestemming_contact="on"),
        )
    vraag = Vraag.objects.get()
    assert vraag.contact_email == "anna@example.org"
    assert mail.outbox == []  # queued, sent by the mail worker
    mails_versturen()
    assert [m.to for m in mail.outbox] == [["anna@example.org"]]
    assert vraag.statuslink() in mail.outbox[0].body
    assert vraag.referentie in mail.outbox[0].subject


@pytest.mark.django_db
def test_honingpot_houdt_robots_tegen(client):
    antwoord = client.post("/vraag/versturen/", _vraag(website="http://spam.example"))
    assert antwoord.status_code == 400
    assert not Vraag.objects.exists()
    assert "Ik wil graag mensen ontmoeten" in antwoord.content.decode()


@pytest.mark.django_db
def test_limiet_per_ip_met_vriendelijke_melding(client, settings):
    settings.VRAGEN_ONLINE_PER_UUR = 2
    for _ in range(2):
        assert client.post("/vraag/versturen/", _vraag()).status_code == 302
    antwoord = client.post("/vraag/versturen/", _vraag(tekst="Mijn derde vraag"))
    html = antwoord.content.decode()
    assert antwoord.status_code == 400
    assert "Probeer het over een uur opnieuw" in html
    assert "Mijn derde vraag" in html
    assert Vraag.objects.count() == 2
    # Another address is not affected.
    andere = client.post("/vraag/versturen/", _vraag(), REMOTE_ADDR="10.0.0.8")
    assert andere.status_code == 302


@pytest.mark.django_db
def test_statuspagina_in_gewone_woorden_zonder_persoonsgegevens(client):
    koffie = maak_aanbod(naam="Buurtkoffie")
    vraag = maak_vraag(
        tekst="Geheime vraagtekst",
        notitie="Interne notitie",
        toestemming_contact=True,
        contact_naam="Anna de Boer",
        contact_telefoon="06 55554444",
        aanbod=[koffie],
    )
    vraag = vraag_status_wijzigen(
        vraag=vraag, nieuwe_status=VraagStatus.IN_BEHANDELING, door=None, notitie="Notitie"
    )
    antwoord = client.get(vraag.statuslink())
    html = antwoord.content.decode()
    assert antwoord.status_code == 200
    assert "Het Wijkinformatiepunt werkt aan je vraag." in html
    assert "Buurtkoffie" in html
    for geheim in (
        "Geheime vraagtekst",
        "Interne notitie",
        "Anna de Boer",
        "06 55554444",
        "Notitie",
    ):
        assert geheim not in html
    assert antwoord["Referrer-Policy"] == "same-origin"  # link tokens stay on the site
    assert "no-cache" in antwoord["Cache-Control"] or "no-store" in antwoord["Cache-Control"]
    assert client.get("/vraag/raden-lukt-niet/").status_code == 404
    assert client.get("/vraag/" + "x" * 300 + "/").status_code == 404
