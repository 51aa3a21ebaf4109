import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from tests.factories import maak_aanbod
from wijkportaal.csp import STIJLBLOK, stijl_hash
from wijkportaal.views import serverfout

BASE_DIR = Path(django_settings.BASE_DIR)
PUBLIEKE_PAGINAS = ["/", "/aanbod/", "/aanbod/?q=koffie", "/kaart/", "/agenda/", "/vraag/"]


def _csp(antwoord) -> dict[str, list[str]]:
    regels = antwoord["Content-Security-Policy"].split(";")
    return {r.split()[0]: r.split()[1:] for r in (r.strip() for r in regels) if r}


@pytest.mark.django_db
@pytest.mark.parametrize("pad", PUBLIEKE_PAGINAS + ["/account/login/", "/account/password_reset/"])
def test_elke_pagina_heeft_csp_zonder_inline_script(client, pad):
    antwoord = client.get(pad)
    assert antwoord.status_code == 200
    csp = _csp(antwoord)
    assert csp["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in csp["style-src"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert antwoord["X-Content-Type-Options"] == "nosniff"
    assert antwoord["Referrer-Policy"] == "same-origin"
    assert antwoord["X-Frame-Options"] == "DENY"
    html = antwoord.content.decode()
    # No inline script: every <script> loads a file or carries JSON data.
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert "src=" in tag or 'type="application/json"' in tag, tag
    assert not re.search(r"\son[a-z]+=", html)  # no inline event handlers


@pytest.mark.django_db
def test_detailpagina_en_balie_login_hebben_csp(client):
    aanbod = maak_aanbod()
    assert "Content-Security-Policy" in client.get(aanbod.get_absolute_url())
    antwoord = client.get("/balie/", follow=True)
    assert antwoord.redirect_chain[-1][0].startswith("/account/login/")
    assert "Content-Security-Policy" in antwoord


@pytest.mark.django_db
def test_kaarttegels_mogen_van_de_ingestelde_server(client):
    assert "https://service.pdok.nl" in _csp(client.get("/kaart/"))["img-src"]


def test_elk_stijlblok_in_de_templates_is_toegestaan():
    """An inline <style> that is not in the policy would be blocked: the page breaks."""
    toegestaan = set(django_settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["style-src"])
    blokken = [
        (pad, inhoud)
        for pad in (BASE_DIR / "templates").rglob("*.html")
        for inhoud in STIJLBLOK.findall(pad.read_text())
    ]
    assert any(pad.name == "500.html" for pad, _ in blokken)
    for pad, inhoud in blokken:
        assert stijl_hash(inhoud) in toegestaan, pad


def test_500_pagina_stijl_past_bij_de_csp(rf):
    """The error page is rendered as it is (no static files): its style must be allowed."""
    antwoord = serverfout(rf.get("/"))
    stijl = STIJLBLOK.search(antwoord.content.decode()).group(1)
    assert stijl_hash(stijl) in django_settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["style-src"]


def _schone_omgeving() -> dict[str, str]:
    """Only what a server's environment has: nothing the test run itself set (e.g.
    DJANGO_ALLOW_ASYNC_UNSAFE from the browser tests, DEBUG, DATABASE_URL)."""
    return {k: os.environ[k] for k in ("PATH", "HOME", "LANG", "TMPDIR") if k in os.environ}


def test_check_deploy_met_productie_instellingen_meldt_niets():
    omgeving = _schone_omgeving()
    omgeving.update(
        DJANGO_SETTINGS_MODULE="wijkportaal.settings",
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="wijkportaal.example",
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
    )
    uitvoer = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env=omgeving,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert uitvoer.returncode == 0, uitvoer.stdout + uitvoer.stderr
    assert "System check identified no issues (0 silenced)." in uitvoer.stdout


def test_productie_weigert_te_starten_zonder_secret_key():
    omgeving = _schone_omgeving()
    omgeving.update(DJANGO_SETTINGS_MODULE="wijkportaal.settings")
    uitvoer = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=BASE_DIR,
        env=omgeving,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert uitvoer.returncode != 0
    assert "SECRET_KEY" in uitvoer.stderr


@pytest.mark.django_db
def test_hsts_en_veilige_cookies_over_https(client, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    antwoord = client.get("/", secure=True)
    assert antwoord["Strict-Transport-Security"].startswith("max-age=31536000; includeSubDomains")


@pytest.mark.django_db
def test_te_grote_upload_wordt_geweigerd_voordat_iemand_hem_leest(client, settings):
    settings.MAX_REQUEST_BODY = 1024
    antwoord = client.post(
        "/beheer/open-data/import/",
        data=b"x" * 2048,
        content_type="application/octet-stream",
    )
    assert antwoord.status_code == 413
    assert "te groot" in antwoord.content.decode()
    assert client.post("/vraag/versturen/", {"tekst": "kort"}).status_code != 413


@pytest.mark.django_db
@pytest.mark.parametrize(
    "pad", ["/aanbod/?q=", "/kaart/?q=", "/agenda/?q=", "/account/password_reset/?email="]
)
def test_invoer_komt_altijd_ontsnapt_terug(client, pad):
    aanval = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
    html = client.get(pad + aanval).content.decode()
    assert "<script>alert(1)" not in html
    assert "<img src=x" not in html


@pytest.mark.django_db
def test_gebruikersnaam_op_de_loginpagina_ontsnapt(client):
    antwoord = client.post(
        "/account/login/", {"username": "<b>x</b>", "password": "fout"}, REMOTE_ADDR="192.0.2.1"
    )
    html = antwoord.content.decode()
    assert "<b>x</b>" not in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html
