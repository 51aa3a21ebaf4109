import pytest

from tests.factories import maak_aanbod, maak_gebruiker, maak_vraag, otp_inloggen


@pytest.mark.django_db
def test_briefje_met_aanbod_en_qr_codes(client):
    vrijwilliger = maak_gebruiker("vrijwilliger")
    koffie = maak_aanbod(naam="Buurtkoffie", telefoon="030 123 45 67")
    taal = maak_aanbod(naam="Taalcafé")
    vraag = maak_vraag(door=vrijwilliger, aanbod=[koffie, taal], tekst="Persoonlijke vraag")
    otp_inloggen(client, vrijwilliger)
    antwoord = client.get(f"{vraag.get_absolute_url()}print/")
    html = antwoord.content.decode()
    assert antwoord.status_code == 200
    assert html.count("<h1") == 1
    assert "Buurtkoffie" in html and "Taalcafé" in html
    assert "030 123 45 67" in html
    assert "Teststraat 1" in html  # where
    assert html.count("<svg") == 2  # one QR code per offer, inline
    assert "<script" not in html
    assert "Persoonlijke vraag" not in html
    assert vraag.referentie in html


@pytest.mark.django_db
def test_briefje_niet_voor_anderen(client):
    vraag = maak_vraag(door=maak_gebruiker("vrijwilliger"))
    otp_inloggen(client, maak_gebruiker("vrijwilliger"))
    assert client.get(f"{vraag.get_absolute_url()}print/").status_code == 404
    client.logout()
    assert client.get(f"{vraag.get_absolute_url()}print/").status_code == 302


@pytest.mark.django_db
def test_meterkastkaart_van_een_wijk(client):
    maak_aanbod(naam="Advies aan huis", soort="hulp_en_advies", wijk="oost", telefoon="030 1")
    maak_aanbod(naam="Hulp in West", soort="hulp_en_advies", wijk="west")
    maak_aanbod(naam="Sportclub Oost", soort="activiteit", wijk="oost")
    antwoord = client.get("/meterkastkaart/oost/")
    html = antwoord.content.decode()
    assert antwoord.status_code == 200
    assert html.count("<h1") == 1
    assert "112" in html and "14 030" in html
    assert "Advies aan huis" in html and "030 1" in html
    assert "Hulp in West" not in html
    assert "Sportclub Oost" not in html
    assert client.get("/meterkastkaart/mars/").status_code == 404
