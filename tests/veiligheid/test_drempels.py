"""Review finding: login throttling only per username + address (spraying 30 users x 4
passwords locked nothing) and no throttle on password reset."""

import pytest
from django.core import mail
from django.urls import reverse

from tests.factories import maak_gebruiker

pytestmark = pytest.mark.django_db


def _inloggen(client, naam, wachtwoord, adres="203.0.113.7"):
    return client.post(
        reverse("login"), {"username": naam, "password": wachtwoord}, REMOTE_ADDR=adres
    )


def test_wachtwoorden_sproeien_over_veel_namen_wordt_gestopt(client, settings):
    echt = maak_gebruiker("medewerker", username="echte-medewerker")
    geblokkeerd = 0
    for i in range(30):
        for poging in range(4):
            antwoord = _inloggen(client, f"naam{i}", f"raden-{poging}")
            geblokkeerd += antwoord.status_code == 429
    assert geblokkeerd >= 30 * 4 - settings.INLOGGEN_PER_ADRES
    # Even the right password of a real account does not get in from this address now.
    antwoord = _inloggen(client, echt.username, "geheim-wachtwoord")
    assert antwoord.status_code == 429
    assert "Vanaf deze internetverbinding is te vaak een verkeerd wachtwoord" in (
        antwoord.content.decode()
    )
    # Someone else, from another address, logs in as usual.
    assert _inloggen(client, echt.username, "geheim-wachtwoord", "198.51.100.9").status_code == 302


def test_achter_de_proxy_telt_het_adres_van_de_persoon(client, settings):
    settings.VERTROUWDE_PROXIES = 1
    for i in range(settings.INLOGGEN_PER_ADRES):
        client.post(
            reverse("login"),
            {"username": f"naam{i}", "password": "fout"},
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR="203.0.113.7",
        )
    antwoord = client.post(
        reverse("login"),
        {"username": "iemand", "password": "fout"},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR="203.0.113.7",
    )
    assert antwoord.status_code == 429
    ander = client.post(
        reverse("login"),
        {"username": "iemand", "password": "fout"},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR="198.51.100.9",
    )
    assert ander.status_code == 200  # the same proxy, another person


def test_wachtwoord_vergeten_hoogstens_een_paar_keer_per_uur(client, settings):
    maak_gebruiker("medewerker", email="medewerker@wijkportaal.example")
    for _ in range(settings.WACHTWOORD_VERGETEN_PER_UUR):
        antwoord = client.post(
            reverse("password_reset"), {"email": "medewerker@wijkportaal.example"}
        )
        assert antwoord.status_code == 302
    verstuurd = len(mail.outbox)
    antwoord = client.post(reverse("password_reset"), {"email": "medewerker@wijkportaal.example"})
    assert antwoord.status_code == 429
    assert "al vaak een nieuw wachtwoord gevraagd" in antwoord.content.decode()
    assert len(mail.outbox) == verstuurd
