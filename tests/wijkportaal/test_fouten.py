"""Faults: the database connection dies mid-request, the mail server refuses."""

import pytest
from django.db import OperationalError, connection
from django.test import Client

from tests.factories import maak_aanbod
from vragen.models import StatusWijziging, Vraag
from wijkportaal.mail import mails_versturen
from wijkportaal.models import Mailbericht


def _verbinding_valt_weg(na: int = 0, bij: str | None = None):
    """An execute wrapper that lets ``na`` queries through (or waits for SQL containing
    ``bij``) and then fails as PostgreSQL does when the server is gone."""
    teller = {"n": 0}

    def wrapper(execute, sql, params, many, context):
        teller["n"] += 1
        if (bij is None and teller["n"] > na) or (bij is not None and bij in sql):
            raise OperationalError("server closed the connection unexpectedly")
        return execute(sql, params, many, context)

    return wrapper


def _vriendelijke_500(antwoord) -> None:
    assert antwoord.status_code == 500
    html = antwoord.content.decode()
    assert "Er ging iets mis" in html
    assert "Het ligt niet aan jou" in html
    for lek in ("Traceback", "OperationalError", "server closed", "SELECT"):
        assert lek not in html
    assert "Content-Security-Policy" in antwoord


@pytest.mark.django_db
def test_database_weg_midden_in_de_zoekpagina():
    for _ in range(3):
        maak_aanbod()
    client = Client(raise_request_exception=False)
    assert client.get("/aanbod/").status_code == 200
    # Another page than the one just served: that one now comes from the shared page cache.
    # The first query finds the offers; the connection is gone when the page reads them.
    with connection.execute_wrapper(_verbinding_valt_weg(na=1)):
        _vriendelijke_500(client.get("/aanbod/?page=1"))


@pytest.mark.django_db
def test_database_weg_midden_in_de_detailpagina():
    aanbod = maak_aanbod()
    client = Client(raise_request_exception=False)
    with connection.execute_wrapper(_verbinding_valt_weg(na=1)):
        _vriendelijke_500(client.get(aanbod.get_absolute_url()))


@pytest.mark.django_db
def test_database_weg_tijdens_opslaan_vraag_laat_geen_halve_vraag_achter():
    client = Client(raise_request_exception=False)
    gegevens = {
        "tekst": "Ik zoek hulp bij mijn post",
        "wijk": "oost",
        "website": "",
        "toestemming_contact": "on",
        "contact_email": "anna@example.org",
    }
    # The question row is written; the connection dies at its first status entry.
    wrapper = _verbinding_valt_weg(bij='INSERT INTO "vragen_statuswijziging"')
    with connection.execute_wrapper(wrapper):
        _vriendelijke_500(client.post("/vraag/versturen/", gegevens))
    assert not Vraag.objects.exists()
    assert not StatusWijziging.objects.exists()
    assert not Mailbericht.objects.exists()

    # Once the database is back, the same form saves the whole question.
    antwoord = client.post("/vraag/versturen/", gegevens)
    assert antwoord.status_code == 302
    vraag = Vraag.objects.get()
    assert vraag.historie.count() == 1


@pytest.mark.django_db
def test_mailserver_weigert_maar_de_vraag_is_bewaard(settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = "tests.vragen.test_mail.KapotteMail"
    client = Client(raise_request_exception=False)
    with django_capture_on_commit_callbacks(execute=True):
        antwoord = client.post(
            "/vraag/versturen/",
            {
                "tekst": "Waar kan ik Nederlands oefenen?",
                "wijk": "oost",
                "website": "",
                "toestemming_contact": "on",
                "contact_email": "anna@example.org",
            },
            follow=True,
        )
    assert antwoord.status_code == 200
    vraag = Vraag.objects.get()
    assert vraag.tekst == "Waar kan ik Nederlands oefenen?"
    assert vraag.referentie in antwoord.content.decode()
    bericht = Mailbericht.objects.get(vraag=vraag)
    assert (bericht.verstuurd_op, bericht.pogingen) == (None, 0)  # queued for the mail worker
    mails_versturen()
    bericht.refresh_from_db()
    assert bericht.verstuurd_op is None
    assert "SMTP-server niet bereikbaar" in bericht.laatste_fout  # kept for a retry
