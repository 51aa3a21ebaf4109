import io
import logging

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from tests.factories import maak_gebruiker, maak_organisatie, maak_regel, maak_vraag, otp_inloggen
from vragen.models import Uitkomst, VraagStatus
from vragen.services import vraag_status_wijzigen
from wijkportaal.mail import mails_versturen
from wijkportaal.models import Mailbericht


class KapotteMail:
    """A mail backend whose SMTP server is down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, berichten):
        raise ConnectionRefusedError("SMTP-server niet bereikbaar")


@pytest.fixture
def kapotte_smtp(settings):
    settings.EMAIL_BACKEND = "tests.vragen.test_mail.KapotteMail"


@pytest.mark.django_db
def test_aanspreekpunt_krijgt_mail_na_commit_zonder_persoonsgegevens(
    django_capture_on_commit_callbacks,
):
    dock = maak_organisatie(naam="DOCK")
    maak_regel(organisatie=dock, wijk="overvecht", contactpersoon="Joyce", email="joyce@dock.nl")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        vraag = maak_vraag(
            wijk="overvecht",
            themas=("wonen",),
            tekst="Ik heb schulden en slaap slecht",
            toestemming_contact=True,
            contact_naam="Mevrouw Jansen",
            contact_telefoon="06 11112222",
        )
        assert mail.outbox == []  # nothing is sent before the commit
    for callback in callbacks:
        callback()
    assert mail.outbox == []  # nor by the request: the mail worker sends it
    assert mails_versturen() == (1, 0)
    assert len(mail.outbox) == 1
    bericht = mail.outbox[0]
    assert bericht.to == ["joyce@dock.nl"]
    assert vraag.referentie in bericht.subject
    assert "Beste Joyce" in bericht.body
    assert "Wonen" in bericht.body and "Overvecht" in bericht.body
    assert "http://127.0.0.1:8000/partner/" in bericht.body
    assert "14 dagen" in bericht.body
    for geheim in ("schulden", "Jansen", "06 11112222"):
        assert geheim not in bericht.body
    assert Mailbericht.objects.get().verstuurd_op is not None


@pytest.mark.django_db
def test_vrijwilliger_hoort_de_uitkomst(django_capture_on_commit_callbacks):
    vrijwilliger = maak_gebruiker("vrijwilliger", email="vera@wip.example")
    medewerker = maak_gebruiker("medewerker")
    vraag = maak_vraag(door=vrijwilliger)
    with django_capture_on_commit_callbacks(execute=True):
        vraag_status_wijzigen(
            vraag=vraag,
            nieuwe_status=VraagStatus.AFGEHANDELD,
            door=medewerker,
            uitkomst=Uitkomst.GEHOLPEN,
        )
    mails_versturen()
    assert [m.to for m in mail.outbox] == [["vera@wip.example"]]
    assert "geholpen" in mail.outbox[0].body
    assert vraag.get_absolute_url() in mail.outbox[0].body


@pytest.mark.django_db
def test_mislukte_mail_verliest_de_vraag_niet_en_wordt_opnieuw_verstuurd(
    kapotte_smtp, settings, django_capture_on_commit_callbacks, caplog, client, zet_nu
):
    maak_regel(email="partner@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        vraag = maak_vraag()
    assert vraag.status == VraagStatus.DOORVERWEZEN  # saved regardless
    bericht = Mailbericht.objects.get()
    assert (bericht.verstuurd_op, bericht.pogingen) == (None, 0)  # queued, never tried yet

    with caplog.at_level(logging.ERROR):
        assert mails_versturen() == (0, 1)
    bericht.refresh_from_db()
    assert bericht.verstuurd_op is None
    assert bericht.pogingen == 1
    assert "SMTP-server niet bereikbaar" in bericht.laatste_fout
    assert "kon niet worden verstuurd" in caplog.text
    # Backoff: not again at once, but after a minute.
    assert mails_versturen() == (0, 0)
    assert bericht.volgende_poging > timezone.now()

    # Staff see it in the queue with a retry button; it only queues the mail again.
    otp_inloggen(client, maak_gebruiker("medewerker"))
    pagina = client.get("/balie/vragen/")
    assert "partner@example.org" in pagina.content.decode()
    assert f"/balie/mail/{bericht.uuid}/opnieuw/" in pagina.content.decode()
    client.post(f"/balie/mail/{bericht.uuid}/opnieuw/")
    bericht.refresh_from_db()
    assert (bericht.verstuurd_op, bericht.pogingen) == (None, 1)
    assert bericht.volgende_poging <= timezone.now()

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    uitvoer = io.StringIO()
    call_command("mail_versturen", stdout=uitvoer)
    assert "1 e-mail(s) verstuurd" in uitvoer.getvalue()
    bericht.refresh_from_db()
    assert bericht.verstuurd_op is not None and bericht.pogingen == 2
    assert [m.to for m in mail.outbox] == [["partner@example.org"]]
    assert "partner@example.org" not in client.get("/balie/vragen/").content.decode()


@pytest.mark.django_db
def test_mail_opnieuw_commando_voor_cron(kapotte_smtp, settings):
    maak_regel(email="partner@example.org")
    maak_vraag()
    mails_versturen()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    uitvoer = io.StringIO()
    call_command("mail_opnieuw", stdout=uitvoer)
    assert "1 e-mail(s) verstuurd" in uitvoer.getvalue()


@pytest.mark.django_db
def test_alleen_medewerkers_versturen_mail_opnieuw(client):
    otp_inloggen(client, maak_gebruiker("vrijwilliger"))
    assert client.post("/balie/mail/opnieuw/").status_code == 403
