import re
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from axes.utils import reset
from django.contrib.auth import get_user_model
from django.core import mail

from tests.factories import maak_gebruiker

WACHTWOORD = "geheim-wachtwoord"


@pytest.fixture(autouse=True)
def _axes_leeg():
    reset()
    yield
    reset()


def _inloggen(client, gebruikersnaam, wachtwoord, ip="192.0.2.10"):
    return client.post(
        "/account/login/",
        {"username": gebruikersnaam, "password": wachtwoord},
        REMOTE_ADDR=ip,
    )


@pytest.mark.django_db
def test_loginpagina_heeft_link_wachtwoord_vergeten(client):
    html = client.get("/account/login/").content.decode()
    assert html.count("<h1") == 1
    assert 'href="/account/password_reset/"' in html
    assert 'for="id_username"' in html and 'for="id_password"' in html


@pytest.mark.django_db
def test_na_vijf_fouten_vijftien_minuten_geblokkeerd(client):
    gebruiker = maak_gebruiker("vrijwilliger")
    for _ in range(4):
        assert _inloggen(client, gebruiker.username, "fout").status_code == 200
    # The fifth failure locks the pair; from then on even the right password is refused.
    assert _inloggen(client, gebruiker.username, "fout").status_code == 429
    antwoord = _inloggen(client, gebruiker.username, WACHTWOORD)
    assert antwoord.status_code == 429
    html = antwoord.content.decode()
    assert "te vaak een verkeerd wachtwoord" in html
    assert "15 minuten" in html
    assert html.count("<h1") == 1
    assert "_auth_user_id" not in client.session

    # Another username from the same address, and this one from elsewhere, still work.
    ander = maak_gebruiker("vrijwilliger")
    assert _inloggen(client, ander.username, WACHTWOORD).status_code == 302
    client.logout()
    assert _inloggen(client, gebruiker.username, WACHTWOORD, ip="198.51.100.7").status_code == 302
    client.logout()

    # After 15 minutes the lock is gone.
    for poging in AccessAttempt.objects.all():
        poging.attempt_time -= timedelta(minutes=16)
        poging.save()
    assert _inloggen(client, gebruiker.username, WACHTWOORD).status_code == 302


@pytest.mark.django_db
def test_goede_login_telt_eerdere_fouten_niet_meer(client):
    gebruiker = maak_gebruiker("vrijwilliger")
    for _ in range(4):
        _inloggen(client, gebruiker.username, "fout")
    assert _inloggen(client, gebruiker.username, WACHTWOORD).status_code == 302
    client.logout()
    for _ in range(4):
        assert _inloggen(client, gebruiker.username, "fout").status_code == 200


@pytest.mark.django_db
def test_blokkade_geldt_ook_voor_de_beheerlogin(client):
    gebruiker = maak_gebruiker("medewerker", is_staff=True)
    for _ in range(5):
        client.post(
            "/admin/login/",
            {"username": gebruiker.username, "password": "fout"},
            REMOTE_ADDR="192.0.2.10",
        )
    antwoord = _inloggen(client, gebruiker.username, WACHTWOORD)
    assert antwoord.status_code == 429


@pytest.mark.django_db
def test_achter_load_balancer_telt_het_adres_van_de_persoon(client, settings):
    settings.VERTROUWDE_PROXIES = 1
    gebruiker = maak_gebruiker("vrijwilliger")
    for _ in range(5):
        client.post(
            "/account/login/",
            {"username": gebruiker.username, "password": "fout"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR="203.0.113.5",
        )
    # Someone else behind the same load balancer is not locked out with them.
    antwoord = client.post(
        "/account/login/",
        {"username": gebruiker.username, "password": WACHTWOORD},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR="203.0.113.99",
    )
    assert antwoord.status_code == 302


@pytest.mark.django_db
def test_sessie_verloopt_als_de_browser_sluit(client):
    gebruiker = maak_gebruiker("vrijwilliger")
    antwoord = _inloggen(client, gebruiker.username, WACHTWOORD)
    cookie = antwoord.cookies["sessionid"]
    assert cookie["httponly"]
    assert not cookie["max-age"] and not cookie["expires"]  # a browser-session cookie
    assert client.session.get_expiry_age() <= 8 * 60 * 60


@pytest.mark.django_db
def test_wachtwoord_vergeten_per_mail(client, mailwerker):
    gebruiker = maak_gebruiker("vrijwilliger", email="anna@wijkportaal.example")
    with mailwerker():
        antwoord = client.post("/account/password_reset/", {"email": "anna@wijkportaal.example"})
        assert antwoord.status_code == 302
        assert mail.outbox == []  # the request only stores the mail; the worker sends it
    assert "Kijk in je e-mail" in client.get(antwoord["Location"]).content.decode()
    assert len(mail.outbox) == 1
    bericht = mail.outbox[0]
    assert bericht.subject == "Nieuw wachtwoord voor Wijkportaal"
    link = re.search(r"http://testserver(/account/reset/\S+/)", bericht.body).group(1)

    antwoord = client.get(link, follow=True)
    formulier_url = antwoord.redirect_chain[-1][0]
    assert "Nieuw wachtwoord kiezen" in antwoord.content.decode()

    # Too short: refused with a message, the old password still works.
    antwoord = client.post(formulier_url, {"new_password1": "kort1", "new_password2": "kort1"})
    assert antwoord.status_code == 200
    assert "te kort" in antwoord.content.decode()

    nieuw = "fietsen langs de vecht"
    antwoord = client.post(formulier_url, {"new_password1": nieuw, "new_password2": nieuw})
    assert antwoord.status_code == 302
    gebruiker.refresh_from_db()
    assert gebruiker.check_password(nieuw)
    # The link works once.
    assert "werkt niet meer" in client.get(link, follow=True).content.decode()


@pytest.mark.django_db
def test_wachtwoord_vergeten_wacht_niet_op_een_mailserver_die_niet_antwoordt(client, settings):
    """A mail server that accepts and never answers must not hang the request: the request
    never talks to it. The mail waits in the outbox for the worker, which retries it."""
    from wijkportaal.mail import mails_versturen
    from wijkportaal.models import Mailbericht

    maak_gebruiker("vrijwilliger", email="anna@wijkportaal.example")
    settings.EMAIL_BACKEND = "tests.wijkportaal.test_inloggen.HangendeMailserver"
    antwoord = client.post("/account/password_reset/", {"email": "anna@wijkportaal.example"})
    assert antwoord.status_code == 302
    [bericht] = Mailbericht.objects.all()
    assert bericht.aan == "anna@wijkportaal.example" and "/account/reset/" in bericht.tekst
    assert mails_versturen() == (0, 1)  # the worker tried, it failed, and it will try again
    bericht.refresh_from_db()
    assert bericht.pogingen == 1 and bericht.verstuurd_op is None
    assert "TimeoutError" in bericht.laatste_fout


class HangendeMailserver:
    """A mail backend whose server accepts the connection and never answers."""

    def __init__(self, **kwargs):
        pass

    def send_messages(self, berichten):
        raise TimeoutError("timed out")


@pytest.mark.django_db
def test_onbekend_adres_verraadt_niets(client):
    antwoord = client.post("/account/password_reset/", {"email": "niemand@example.org"})
    assert antwoord.status_code == 302
    assert mail.outbox == []
    assert get_user_model().objects.count() == 0


@pytest.mark.django_db
def test_wachtwoord_controleren_zonder_webverzoek_kan_nog(client):
    """Management commands and the test client's login() pass no request."""
    from django.contrib.auth import authenticate

    gebruiker = maak_gebruiker("vrijwilliger")
    assert authenticate(username=gebruiker.username, password=WACHTWOORD) == gebruiker
    assert authenticate(username=gebruiker.username, password="fout") is None
    assert client.login(username=gebruiker.username, password=WACHTWOORD)
