import pytest

from tests.factories import maak_aanbod, maak_gebruiker, maak_organisatie, maak_regel, otp_inloggen
from vragen.models import Kanaal, Vraag, VraagStatus


@pytest.fixture
def vrijwilliger(client):
    gebruiker = maak_gebruiker("vrijwilliger")
    otp_inloggen(client, gebruiker)
    return gebruiker


def _formulier(**extra):
    data = {
        "tekst": "Mijn buurman is eenzaam, waar kan hij heen?",
        "themas": ["ontmoeting"],
        "wijk": "oost",
        "kanaal": "balie",
        "doelgroep": "",
        "notitie": "Folder meegegeven",
        "actie": "opslaan",
    }
    data.update(extra)
    return data


@pytest.mark.django_db
def test_balie_vraagt_inloggen_en_de_juiste_rol(client):
    assert client.get("/balie/").status_code == 302
    otp_inloggen(client, maak_gebruiker("partner"))
    assert client.get("/balie/").status_code == 403
    otp_inloggen(client, maak_gebruiker())  # no role at all
    assert client.post("/balie/registreren/", _formulier()).status_code == 403
    assert not Vraag.objects.exists()


@pytest.mark.django_db
def test_vraag_registreren_en_doorsturen(client, vrijwilliger):
    dock = maak_organisatie(naam="DOCK")
    maak_regel(organisatie=dock, thema="ontmoeting", contactpersoon="Joyce")
    koffie = maak_aanbod(naam="Buurtkoffie")
    pagina = client.get("/balie/")
    assert pagina.status_code == 200
    html = pagina.content.decode()
    assert html.count("<h1") == 1
    assert 'for="id_tekst"' in html and 'for="id_zoek"' in html

    antwoord = client.post("/balie/registreren/", _formulier(aanbod=[str(koffie.hsds_id)]))
    vraag = Vraag.objects.get()
    assert antwoord.status_code == 302
    assert antwoord["Location"] == vraag.get_absolute_url()
    assert vraag.status == VraagStatus.DOORVERWEZEN
    assert vraag.aanspreekpunt_organisatie == dock
    assert vraag.geregistreerd_door == vrijwilliger
    assert vraag.kanaal == Kanaal.BALIE
    assert list(vraag.aanbod.all()) == [koffie]
    assert (vraag.contact_naam, vraag.contact_telefoon, vraag.contact_email) == ("", "", "")
    detail = client.get(antwoord["Location"]).content.decode()
    assert "doorgestuurd naar DOCK" in detail


@pytest.mark.django_db
def test_direct_beantwoord_sluit_de_vraag(client, vrijwilliger):
    client.post("/balie/registreren/", _formulier(actie="direct", uitkomst="geholpen"))
    vraag = Vraag.objects.get()
    assert (vraag.status, vraag.uitkomst) == ("afgehandeld", "geholpen")


@pytest.mark.django_db
def test_zoeken_zonder_javascript_bewaart_alles_en_slaat_niets_op(client, vrijwilliger):
    maak_aanbod(naam="Taalcafé Oost")
    gekozen = maak_aanbod(naam="Repair Café")
    antwoord = client.post(
        "/balie/registreren/",
        _formulier(zoek="taalcafe", zoeken="1", tekst="", aanbod=[str(gekozen.hsds_id)]),
    )
    html = antwoord.content.decode()
    assert antwoord.status_code == 200
    assert not Vraag.objects.exists()
    assert "Taalcafé Oost" in html  # the result
    assert f'value="{gekozen.hsds_id}" checked' in html  # the offer chosen earlier stays
    assert "Folder meegegeven" in html  # what was typed stays
    assert "foutoverzicht" not in html  # searching is not saving: no errors yet


@pytest.mark.django_db
def test_live_zoeken_met_htmx_geeft_alleen_de_keuzelijst(client, vrijwilliger):
    maak_aanbod(naam="Taalcafé Oost")
    antwoord = client.get("/balie/aanbod-kiezen/?zoek=taalcafe", headers={"HX-Request": "true"})
    html = antwoord.content.decode()
    assert 'id="aanbodkeuze"' in html
    assert "Taalcafé Oost" in html
    assert "<h1" not in html


@pytest.mark.django_db
def test_voorstel_aanspreekpunt_live(client, vrijwilliger):
    maak_regel(organisatie=maak_organisatie(naam="Buurtteam"), thema="geld-en-schulden")
    html = client.get(
        "/balie/voorstel/?themas=geld-en-schulden&wijk=oost", headers={"HX-Request": "true"}
    ).content.decode()
    assert "Buurtteam" in html
    html = client.get("/balie/voorstel/?themas=wonen", headers={"HX-Request": "true"})
    assert "coördinatoren" in html.content.decode()


@pytest.mark.django_db
def test_contactgegevens_alleen_met_toestemming_en_fouten_bewaren_de_invoer(client, vrijwilliger):
    antwoord = client.post("/balie/registreren/", _formulier(contact_telefoon="06 12345678"))
    html = antwoord.content.decode()
    assert antwoord.status_code == 200
    assert "Vink toestemming aan" in html
    assert "06 12345678" in html and "Mijn buurman is eenzaam" in html
    assert not Vraag.objects.exists()

    client.post(
        "/balie/registreren/",
        _formulier(contact_telefoon="06 12345678", toestemming_contact="on"),
    )
    assert Vraag.objects.get().contact_telefoon == "06 12345678"


@pytest.mark.django_db
def test_direct_beantwoord_bewaart_geen_contactgegevens(client, vrijwilliger):
    antwoord = client.post(
        "/balie/registreren/",
        _formulier(
            actie="direct", uitkomst="geholpen", toestemming_contact="on", contact_telefoon="06 1"
        ),
    )
    assert "geen contactgegevens nodig" in antwoord.content.decode()
    assert not Vraag.objects.exists()


@pytest.mark.django_db
def test_onzin_invoer_geeft_geen_500(client, vrijwilliger):
    antwoord = client.post(
        "/balie/registreren/",
        {
            "tekst": "x",
            "themas": ["bestaat-niet"],
            "wijk": "mars",
            "kanaal": "duif",
            "aanbod": ["geen-uuid"],
            "actie": "opslaan",
        },
    )
    assert antwoord.status_code == 200
    assert not Vraag.objects.exists()
    assert (
        client.get("/balie/aanbod-kiezen/?zoek=" + "x" * 5000 + "&aanbod=kapot").status_code == 200
    )


@pytest.mark.django_db
def test_de_vraag_zelf_is_de_zoekopdracht_live_en_zonder_javascript(client, vrijwilliger):
    maak_aanbod(naam="Taalcafé Oost")
    tekst = "Mevrouw wil beter Nederlands leren, is er een taalcafe?"
    live = client.get(
        "/balie/aanbod-kiezen/", {"tekst": tekst, "zoek": ""}, headers={"HX-Request": "true"}
    ).content.decode()
    assert "Taalcafé Oost" in live and "Past bij de vraag" in live
    zonder_js = client.post(
        "/balie/registreren/", _formulier(tekst=tekst, zoek="", zoeken="1")
    ).content.decode()
    assert "Taalcafé Oost" in zonder_js
    assert not Vraag.objects.exists()


@pytest.mark.django_db
def test_balie_begint_in_de_vraag_en_contact_is_dicht_tot_het_nodig_is(client, vrijwilliger):
    html = client.get("/balie/").content.decode()
    assert "autofocus" in html.split('id="id_tekst"')[1].split(">")[0]
    assert "css/balie.css" in html
    assert '<details class="balie__uitklap">' in html  # contact: closed
    fout = client.post(
        "/balie/registreren/", _formulier(contact_email="geen-adres")
    ).content.decode()
    assert '<details class="balie__uitklap" open>' in fout  # the error is not hidden
    assert "geen-adres" in fout


@pytest.mark.django_db
def test_lege_of_rare_invoer_aan_de_balie_geeft_een_nederlandse_melding(client, vrijwilliger):
    antwoord = client.post(
        "/balie/registreren/", _formulier(tekst="", themas=["bestaat-niet"], wijk="\x00")
    )
    assert antwoord.status_code == 200
    assert "Er is iets niet goed ingevuld" in antwoord.content.decode()
    rare = client.get("/balie/aanbod-kiezen/", {"tekst": "%%" * 3, "aanbod": "x"})
    assert rare.status_code == 200
    # A NUL byte in the address gets the site's own short 400 (wijkportaal/beveiliging.py).
    nul = client.get("/balie/aanbod-kiezen/", {"tekst": "\x00" * 3, "aanbod": "x"})
    assert nul.status_code == 400 and "teken dat niet kan" in nul.content.decode()
