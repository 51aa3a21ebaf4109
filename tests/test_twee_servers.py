"""Two app servers behind one proxy, on one PostgreSQL database and the machine's Redis (issue 23).

Two gunicorn processes (two ports) run the real settings (wijkportaal.settings, REDIS_URL,
the trusted proxy 127.0.0.1) on the test database. What one server counts or changes, the
other sees; a server killed in the middle of the load loses no question.
"""

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from html.parser import HTMLParser
from http.cookiejar import CookieJar
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode
from urllib.request import HTTPCookieProcessor, HTTPRedirectHandler, Request, build_opener

import pytest
import redis
from django.conf import settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.contrib.auth.models import Permission
from django_otp.oath import totp

from aanbod.models import Aanbod
from tests.factories import maak_aanbod, maak_gebruiker, maak_otp_apparaat
from tests.gedeeld import REDIS_URL, omgeving, redis_nodig
from vragen.models import Vraag

pytestmark = pytest.mark.twee_servers

LIMIET = 3


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One app server: gunicorn with 2 workers on its own port, in its own process group."""

    def __init__(self, naam: str, env: dict, map_: Path):
        self.naam, self.poort = naam, _vrije_poort()
        self.url = f"http://127.0.0.1:{self.poort}"
        self.log = (map_ / f"{naam}.log").open("w")
        self.proces = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "wijkportaal.wsgi"],
            cwd=settings.BASE_DIR,
            env={**env, "GUNICORN_BIND": f"127.0.0.1:{self.poort}", "GUNICORN_WORKERS": "2"},
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def wacht_tot_klaar(self, seconden: float = 60) -> None:
        einde = time.monotonic() + seconden
        while time.monotonic() < einde:
            assert self.proces.poll() is None, f"{self.naam} stopte: zie {self.log.name}"
            try:
                with build_opener().open(self.url + "/gezond/", timeout=5) as antwoord:
                    if antwoord.status == 200:
                        return
            except (URLError, OSError):
                time.sleep(0.3)
        raise AssertionError(f"{self.naam} startte niet binnen {seconden} s")

    def doden(self) -> None:
        """The machine dies: SIGKILL to gunicorn and all its workers at once."""
        if self.proces.poll() is None:
            os.killpg(self.proces.pid, signal.SIGKILL)
            self.proces.wait(10)

    def stoppen(self) -> None:
        if self.proces.poll() is None:
            os.killpg(self.proces.pid, signal.SIGTERM)
            try:
                self.proces.wait(20)
            except subprocess.TimeoutExpired:
                self.doden()
        self.log.close()


class GeenDoorverwijzing(HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Bezoeker:
    """A browser behind the proxy: its own cookies, its own address in X-Forwarded-For."""

    def __init__(self, adres: str):
        self.adres = adres
        self.koekjes = CookieJar()
        self.opener = build_opener(HTTPCookieProcessor(self.koekjes), GeenDoorverwijzing())

    def verzoek(self, url: str, data: dict | None = None, timeout: float = 30):
        kop = {"X-Forwarded-For": self.adres, "User-Agent": "twee-servers-test"}
        body = urlencode(data, doseq=True).encode() if data is not None else None
        try:
            with self.opener.open(Request(url, data=body, headers=kop), timeout=timeout) as a:
                return a.status, a.read().decode(), dict(a.headers)
        except HTTPError as fout:
            return fout.code, fout.read().decode(), dict(fout.headers)

    def formulier(self, url: str) -> dict:
        status, html, _ = self.verzoek(url)
        assert status == 200, (url, status)
        lezer = FormulierLezer()
        lezer.feed(html)
        return lezer.velden


class FormulierLezer(HTMLParser):
    """The values a browser would send for the (last) form with a CSRF token on a page."""

    def __init__(self):
        super().__init__()
        self.velden: dict[str, list[str]] = {}
        self._select: str | None = None
        self._textarea: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        naam = a.get("name")
        if tag == "form" and a.get("method", "").lower() == "post":
            self.velden = {}
        elif tag == "input" and naam and "disabled" not in a:
            soort = a.get("type", "text")
            if soort in ("checkbox", "radio") and "checked" not in a:
                return
            if soort in ("submit", "button", "file", "image"):
                return
            self.velden.setdefault(naam, []).append(
                a.get("value", "on" if soort == "checkbox" else "")
            )
        elif tag == "select" and naam:
            self._select = naam
            self.velden.setdefault(naam, [])
        elif tag == "option" and self._select and "selected" in a:
            self.velden[self._select].append(a.get("value", ""))
        elif tag == "textarea" and naam:
            self._textarea = naam
            self.velden[naam] = [""]

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self.velden[self._textarea][0] += data


def _vraag_sturen(bezoeker: Bezoeker, server: Server, tekst: str) -> tuple[int, str]:
    velden = bezoeker.formulier(server.url + "/vraag/")
    velden.update(tekst=[tekst], wijk=["oost"], website=[""])
    status, html, koppen = bezoeker.verzoek(server.url + "/vraag/versturen/", velden)
    return status, koppen.get("Location", html)


@pytest.fixture
def twee_servers(tmp_path):
    redis_nodig()
    prefix = f"test-twee-{uuid.uuid4().hex[:10]}"
    env = omgeving(
        DEBUG="1",  # static files without collectstatic; the page cache is on below
        REDIS_URL=REDIS_URL,
        REDIS_PREFIX=prefix,
        PAGINACACHE_SECONDEN="120",
        VRAGEN_ONLINE_PER_UUR=str(LIMIET),
        VERTROUWDE_PROXIES="127.0.0.1/32",
        GUNICORN_ACCESSLOG="",
        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
    )
    servers = [Server("A", env, tmp_path), Server("B", env, tmp_path)]
    try:
        for server in servers:
            server.wacht_tot_klaar()
        yield servers
    finally:
        for server in servers:
            server.stoppen()
        # Leave the shared Redis as found (the catalogue version never expires by itself).
        verbinding = redis.Redis.from_url(REDIS_URL)
        for sleutel in verbinding.scan_iter(f"{prefix}*"):
            verbinding.delete(sleutel)


# serialized_rollback: the servers only see committed rows, and the flush afterwards would
# otherwise delete the groups and wijken the migrations made.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_twee_servers_delen_limiet_cache_en_verliezen_geen_vraag(twee_servers):
    a, b = twee_servers

    # 1. The online-question limit reached on A also refuses on B; another resident is fine.
    fatima = Bezoeker("203.0.113.7")
    for i in range(LIMIET):
        status, _ = _vraag_sturen(fatima, a if i % 2 == 0 else b, f"Vraag {i} van Fatima")
        assert status == 302
    status, html = _vraag_sturen(fatima, a, "Nog een vraag op A")
    assert status == 400 and "Probeer het over een uur opnieuw" in html
    status, html = _vraag_sturen(Bezoeker("203.0.113.7"), b, "En nog een op B")
    assert status == 400 and "Probeer het over een uur opnieuw" in html
    assert _vraag_sturen(Bezoeker("198.51.100.23"), b, "Vraag van Kees")[0] == 302
    assert Vraag.objects.count() == LIMIET + 1

    # 2. An offer changed through A shows changed on B (B had the page in its cache).
    aanbod = maak_aanbod(naam="Taalcafé Oost", beschrijving="Samen Nederlands praten.")
    bezoeker = Bezoeker("192.0.2.44")
    pad = aanbod.get_absolute_url()
    assert "Taalcafé Oost" in bezoeker.verzoek(b.url + pad)[1]
    status, _, koppen = bezoeker.verzoek(b.url + pad)
    assert koppen.get("X-Paginacache") == "hit"

    beheerder = maak_gebruiker(is_staff=True)
    # The servers hash with the real settings (the suite's fast MD5 hasher is not theirs).
    beheerder.password = PBKDF2PasswordHasher().encode("geheim-wachtwoord", "zoutzoutzout")
    beheerder.save(update_fields=["password"])
    beheerder.user_permissions.add(*Permission.objects.filter(content_type__app_label="aanbod"))
    medewerker = Bezoeker("192.0.2.45")
    login = medewerker.formulier(a.url + "/admin/login/")
    login.update(username=[beheerder.username], password=["geheim-wachtwoord"], next=["/admin/"])
    assert medewerker.verzoek(a.url + "/admin/login/", login)[0] == 302
    # The second step, required for every account: the code from the authenticator app.
    apparaat = maak_otp_apparaat(beheerder)
    stap = medewerker.formulier(a.url + "/account/tweestaps/controleren/?next=/admin/")
    stap["code"] = [f"{totp(apparaat.bin_key, apparaat.step, apparaat.t0, apparaat.digits):06d}"]
    assert (
        medewerker.verzoek(a.url + "/account/tweestaps/controleren/?next=/admin/", stap)[0] == 302
    )
    wijzig = f"{a.url}/admin/aanbod/aanbod/{aanbod.pk}/change/"
    velden = medewerker.formulier(wijzig)
    velden["naam"] = ["Taalcafé Oost en Noordoost"]
    status, html, _ = medewerker.verzoek(wijzig, velden)
    assert status == 302, re.findall(r'class="errorlist[^>]*>(.{0,200})', html)
    assert Aanbod.objects.get(pk=aanbod.pk).naam == "Taalcafé Oost en Noordoost"
    einde = time.monotonic() + 120  # within PAGINACACHE_SECONDEN at most
    while "Taalcafé Oost en Noordoost" not in bezoeker.verzoek(b.url + pad)[1]:
        assert time.monotonic() < einde, "B toont de wijziging niet binnen de cachetijd"
        time.sleep(0.5)
    binnen = 120 - (einde - time.monotonic())
    assert binnen < 5  # the shared catalogue version: at once, not after the page expired

    # 3. Load on both; A is killed in the middle. Every question answered with 302 is
    #    stored, and a question whose request broke is sent again to B, as a browser would.
    bevestigd: list[str] = []
    gestuurd: list[str] = []
    slot = threading.Lock()

    def inwoner(n: int) -> None:
        bezoeker = Bezoeker(f"198.18.{n // 200}.{n % 200 + 1}")
        tekst = f"Lastvraag {n}: waar kan ik terecht met mijn post?"
        servers = [a, b] if n % 2 == 0 else [b, a]
        for server in servers:
            try:
                status, _ = _vraag_sturen(bezoeker, server, tekst)
            except (URLError, OSError, AssertionError):
                continue  # the server is gone: try the other one
            if status == 302:
                with slot:
                    bevestigd.append(tekst)
                break
        with slot:
            gestuurd.append(tekst)

    draden = [threading.Thread(target=inwoner, args=(n,)) for n in range(60)]
    for i, draad in enumerate(draden):
        draad.start()
        if i == 20:
            a.doden()
        time.sleep(0.02)
    for draad in draden:
        draad.join(120)
    assert len(gestuurd) == 60
    opgeslagen = set(
        Vraag.objects.filter(tekst__startswith="Lastvraag").values_list("tekst", flat=True)
    )
    assert set(bevestigd) <= opgeslagen  # nothing confirmed was lost
    assert len(bevestigd) == 60  # and every resident got through, on B if A was gone
