"""Mail never inside a request: the outbox is sent by the mail worker, retried with backoff."""

import socket
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core import mail
from django.utils import timezone

from tests.gedeeld import omgeving
from vragen.models import Vraag
from wijkportaal.mail import mail_versturen, mails_versturen, wachttijd
from wijkportaal.models import Mailbericht


class StilleMailserver:
    """A mail server that accepts the connection and then never says a word."""

    def __init__(self):
        self.sok = socket.socket()
        self.sok.bind(("127.0.0.1", 0))
        self.sok.listen(8)
        self.poort = self.sok.getsockname()[1]
        self.verbindingen: list[socket.socket] = []
        threading.Thread(target=self._aannemen, daemon=True).start()

    def _aannemen(self):
        while True:
            try:
                verbinding, _ = self.sok.accept()
            except OSError:
                return
            self.verbindingen.append(verbinding)  # kept open, never answered

    def sluiten(self):
        for verbinding in self.verbindingen:
            verbinding.close()
        self.sok.close()


@pytest.fixture
def stille_smtp(settings):
    server = StilleMailserver()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", server.poort
    settings.EMAIL_TIMEOUT = 1
    yield server
    server.sluiten()


VRAAG = {
    "tekst": "Waar kan ik Nederlands oefenen?",
    "wijk": "oost",
    "website": "",
    "toestemming_contact": "on",
    "contact_email": "anna@example.org",
}


@pytest.mark.django_db
def test_mailserver_die_niet_antwoordt_houdt_het_verzoek_niet_op(
    client, stille_smtp, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        antwoord = client.post("/vraag/versturen/", VRAAG)
    assert antwoord.status_code == 302
    assert stille_smtp.verbindingen == []  # the request never talked to the mail server
    bericht = Mailbericht.objects.get()
    assert bericht.betreft == Vraag.objects.get()
    assert (bericht.pogingen, bericht.verstuurd_op) == (0, None)

    # The worker waits EMAIL_TIMEOUT, counts the attempt and tries again later.
    assert mails_versturen() == (0, 1)
    assert len(stille_smtp.verbindingen) == 1
    bericht.refresh_from_db()
    assert bericht.pogingen == 1 and bericht.verstuurd_op is None
    assert "timed out" in bericht.laatste_fout
    assert bericht.volgende_poging > timezone.now()


@pytest.mark.django_db
def test_mislukte_mail_later_opnieuw_en_de_teller_blijft(settings, zet_nu):
    nu = zet_nu(timezone.now())
    settings.EMAIL_BACKEND = "tests.vragen.test_mail.KapotteMail"
    bericht = Mailbericht.objects.create(aan="kim@lister.example", onderwerp="Vraag", tekst="Hoi")
    assert mails_versturen() == (0, 1)
    assert mails_versturen() == (0, 0)  # not before the backoff
    zet_nu(nu + timedelta(seconds=61))
    assert mails_versturen() == (0, 1)
    bericht.refresh_from_db()
    assert bericht.pogingen == 2
    assert bericht.volgende_poging == nu + timedelta(seconds=61) + wachttijd(2)

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    zet_nu(nu + timedelta(minutes=10))
    assert mails_versturen() == (1, 0)
    bericht.refresh_from_db()
    assert bericht.pogingen == 3 and bericht.verstuurd_op is not None
    assert mails_versturen() == (0, 0)  # sent once
    assert len(mail.outbox) == 1


def test_wachttijd_verdubbelt_tot_een_maximum(settings):
    settings.MAIL_BACKOFF_SECONDEN, settings.MAIL_BACKOFF_MAXIMUM_SECONDEN = 60, 3600
    assert [wachttijd(n).total_seconds() for n in (1, 2, 3, 4, 7, 30)] == [
        60,
        120,
        240,
        480,
        3600,
        3600,
    ]


class Afgebroken:
    """A backend during which the worker is stopped hard (the machine, OOM, kill -INT)."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, berichten):
        raise KeyboardInterrupt


@pytest.mark.django_db
def test_poging_telt_ook_als_de_werker_tijdens_het_versturen_sterft(settings):
    settings.EMAIL_BACKEND = "tests.wijkportaal.test_mailwerker.Afgebroken"
    bericht = Mailbericht.objects.create(aan="kim@lister.example", onderwerp="Vraag", tekst="Hoi")
    with pytest.raises(KeyboardInterrupt):
        mail_versturen(bericht.pk)
    bericht.refresh_from_db()
    assert bericht.pogingen == 1
    assert bericht.volgende_poging > timezone.now()  # tried again after the backoff


@pytest.mark.django_db
def test_nooit_geprobeerde_mails_gaan_eerst(settings):
    """Rows queued before the worker existed (no next attempt) and new ones are picked up."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    oud = Mailbericht.objects.create(
        aan="oud@example.org",
        onderwerp="a",
        tekst="",
        pogingen=3,
        volgende_poging=timezone.now() - timedelta(minutes=1),
    )
    nieuw = Mailbericht.objects.create(aan="nieuw@example.org", onderwerp="b", tekst="")
    assert mails_versturen() == (2, 0)
    assert [m.to for m in mail.outbox] == [["nieuw@example.org"], ["oud@example.org"]]
    assert not Mailbericht.objects.filter(pk__in=[oud.pk, nieuw.pk], verstuurd_op=None).exists()


# serialized_rollback: the flush afterwards would otherwise delete the groups and wijken.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_werker_blijft_draaien_en_stopt_netjes_op_sigterm(tmp_path: Path):
    map_ = tmp_path / "mails"
    werker = subprocess.Popen(
        [sys.executable, "manage.py", "mail_versturen", "--blijf-draaien", "--interval", "0.2"],
        cwd=django_settings.BASE_DIR,
        env=omgeving(
            EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
            EMAIL_FILE_PATH=str(map_),
        ),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        Mailbericht.objects.create(aan="anna@example.org", onderwerp="Je vraag", tekst="Hoi")
        einde = time.monotonic() + 30
        while not Mailbericht.objects.filter(verstuurd_op__isnull=False).exists():
            assert werker.poll() is None, werker.stdout.read()
            assert time.monotonic() < einde, "de mailwerker verstuurde niets"
            time.sleep(0.1)
        werker.terminate()  # SIGTERM, as systemd sends it
        uitvoer, _ = werker.communicate(timeout=15)
    finally:
        if werker.poll() is None:
            werker.kill()
    assert werker.returncode == 0, uitvoer
    assert "Mailwerker gestopt." in uitvoer
    assert "anna@example.org" in "".join(p.read_text() for p in map_.iterdir())


@pytest.mark.django_db
def test_opnieuw_versturen_door_medewerker_plant_alleen_in(client, django_assert_num_queries):
    """Staff's retry button answers at once, whatever the mail server does: a fixed,
    small number of queries for one mail or all, and no mail sent in the request."""
    from tests.factories import maak_gebruiker, otp_inloggen

    for i in range(5):
        Mailbericht.objects.create(
            aan=f"p{i}@example.org",
            onderwerp="x",
            tekst="",
            pogingen=2,
            volgende_poging=timezone.now() + timedelta(hours=1),
        )
    otp_inloggen(client, maak_gebruiker("medewerker"))
    client.get(
        "/balie/vragen/"
    )  # session and permissions warm (the second step reads the device: one query)
    with django_assert_num_queries(6):
        antwoord = client.post("/balie/mail/opnieuw/")
    assert antwoord.status_code == 302
    assert mail.outbox == []
    assert Mailbericht.objects.filter(volgende_poging__lte=timezone.now()).count() == 5
