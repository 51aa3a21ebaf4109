import io

import pytest
from django.core.management import CommandError, call_command
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import maak_gebruiker, maak_otp_apparaat, otp_inloggen

INSTELLEN = "/account/tweestaps/"
CONTROLEREN = "/account/tweestaps/controleren/"


def _code(apparaat: TOTPDevice) -> str:
    return f"{totp(apparaat.bin_key, apparaat.step, apparaat.t0, apparaat.digits):06d}"


@pytest.fixture
def coordinator():
    return maak_gebruiker("coordinator", is_staff=True)


@pytest.mark.django_db
@pytest.mark.parametrize("pad", ["/balie/", "/admin/", "/beheer/open-data/import/"])
def test_coordinator_zonder_app_moet_eerst_instellen(client, coordinator, pad):
    client.force_login(coordinator)
    antwoord = client.get(pad)
    assert antwoord.status_code == 302
    assert antwoord["Location"] == f"{INSTELLEN}?next={pad.replace('/', '%2F')}"


@pytest.mark.django_db
def test_instellen_toont_qr_en_sleutel_en_opent_daarna_de_balie(client, coordinator):
    client.force_login(coordinator)
    antwoord = client.get(f"{INSTELLEN}?next=/balie/")
    html = antwoord.content.decode()
    assert antwoord.status_code == 200
    assert html.count("<h1") == 1
    assert '<svg width="' in html  # the QR code, inline
    apparaat = TOTPDevice.objects.get(user=coordinator, confirmed=False)
    geheim = html.split('<code class="geheim">')[1].split("</code>")[0].replace(" ", "")
    assert geheim and geheim in apparaat.config_url
    assert 'for="id_code"' in html

    antwoord = client.post(INSTELLEN, {"code": "000000", "next": "/balie/"})
    assert antwoord.status_code == 400
    assert "Deze code klopt niet" in antwoord.content.decode()
    assert client.get("/balie/").status_code == 302

    # A wrong code slows down the next try (against guessing).
    antwoord = client.post(INSTELLEN, {"code": _code(apparaat), "next": "/balie/"})
    assert "Wacht een minuut" in antwoord.content.decode()
    apparaat.refresh_from_db()
    apparaat.throttle_reset()

    antwoord = client.post(INSTELLEN, {"code": _code(apparaat), "next": "/balie/"})
    assert antwoord.status_code == 302 and antwoord["Location"] == "/balie/"
    apparaat.refresh_from_db()
    assert apparaat.confirmed
    assert client.get("/balie/").status_code == 200


@pytest.mark.django_db
def test_met_app_eerst_de_code_invullen(client, coordinator):
    apparaat = maak_otp_apparaat(coordinator)
    client.force_login(coordinator)
    antwoord = client.get("/balie/")
    assert antwoord["Location"].startswith(CONTROLEREN)
    # Knowing the password is not enough to connect a second app.
    assert client.get(INSTELLEN)["Location"].startswith(CONTROLEREN)
    assert TOTPDevice.objects.filter(user=coordinator).count() == 1

    antwoord = client.post(CONTROLEREN, {"code": "12x456", "next": "/balie/"})
    assert antwoord.status_code == 400
    assert "alleen de cijfers" in antwoord.content.decode()
    antwoord = client.post(CONTROLEREN, {"code": _code(apparaat), "next": "/balie/"})
    assert antwoord["Location"] == "/balie/"
    assert client.get("/balie/").status_code == 200


@pytest.mark.django_db
def test_geen_doorsturen_naar_een_andere_site(client, coordinator):
    apparaat = maak_otp_apparaat(coordinator)
    client.force_login(coordinator)
    antwoord = client.post(
        CONTROLEREN, {"code": _code(apparaat), "next": "https://kwaadwillend.example/"}
    )
    assert antwoord["Location"] == "/"


@pytest.mark.django_db
@pytest.mark.parametrize("rol", ["vrijwilliger", "medewerker", "partner"])
@pytest.mark.parametrize("pad", ["/balie/", "/balie/vragen/", "/beheer/partner/"])
def test_elk_account_moet_de_tweede_stap_instellen(client, rol, pad):
    """Review finding: staff and partner accounts read contact details with a password only."""
    client.force_login(maak_gebruiker(rol))
    antwoord = client.get(pad)
    assert antwoord.status_code == 302
    assert antwoord["Location"].startswith(INSTELLEN)


@pytest.mark.django_db
def test_sessie_van_voor_de_verplichting_moet_alsnog(client):
    """A session that was told 'no step needed' before the rule changed must not keep that."""
    from wijkportaal.tweestaps import GEEN, SESSIE_SLEUTEL

    client.force_login(maak_gebruiker("medewerker"))
    sessie = client.session
    sessie[SESSIE_SLEUTEL] = GEEN
    sessie.save()
    assert client.get("/balie/vragen/")["Location"].startswith(INSTELLEN)


@pytest.mark.django_db
def test_wie_zelf_een_app_koppelde_gebruikt_hem_ook(client):
    medewerker = maak_gebruiker("medewerker", is_staff=True)
    maak_otp_apparaat(medewerker)
    client.force_login(medewerker)
    assert client.get("/balie/")["Location"].startswith(CONTROLEREN)


@pytest.mark.django_db
def test_htmx_verzoek_krijgt_hx_redirect(client, coordinator):
    client.force_login(coordinator)
    antwoord = client.get("/balie/", headers={"HX-Request": "true"})
    assert antwoord.status_code == 204
    assert antwoord["HX-Redirect"].startswith(INSTELLEN)


@pytest.mark.django_db
def test_publieke_paginas_vragen_geen_code(client, coordinator):
    client.force_login(coordinator)
    assert client.get("/aanbod/").status_code == 200


@pytest.mark.django_db
def test_testhulp_logt_in_met_tweede_stap(client, coordinator):
    otp_inloggen(client, coordinator)
    assert client.get("/balie/").status_code == 200
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_demo_code_klopt_en_alleen_met_debug(settings, coordinator):
    apparaat = maak_otp_apparaat(coordinator)
    settings.DEBUG = True
    uit = io.StringIO()
    call_command("demo_otp_code", coordinator.username, stdout=uit, stderr=io.StringIO())
    assert uit.getvalue().strip() == _code(apparaat)
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG=1"):
        call_command("demo_otp_code", coordinator.username)


@pytest.mark.django_db
def test_middleware_kost_geen_query_voor_wie_de_code_gaf(rf, django_assert_num_queries):
    """The staff pages' query counts (assertNumQueries elsewhere) do not change."""
    from django.http import HttpResponse

    from wijkportaal.tweestaps import CONTROLEREN, SESSIE_SLEUTEL, TweestapsMiddleware

    gebruiker = maak_gebruiker("vrijwilliger")
    gebruiker.is_verified = lambda: True
    verzoek = rf.get("/balie/vragen/")
    verzoek.user = gebruiker
    verzoek.session = {SESSIE_SLEUTEL: CONTROLEREN}
    middleware = TweestapsMiddleware(lambda r: HttpResponse("balie"))
    with django_assert_num_queries(0):
        assert middleware(verzoek).content == b"balie"
