"""The resident's status page: what happens now, who helps (an organisation, never a person),
what to expect and by when, and the outcome in words."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.formats import date_format

from tests.factories import maak_aanbod, maak_organisatie, maak_vraag
from vragen.models import Routeringsregel, Uitkomst, VraagStatus
from vragen.services import vraag_status_wijzigen

pytestmark = pytest.mark.django_db


def _regel(org):
    return Routeringsregel.objects.create(
        volgorde=1,
        organisatie=org,
        contactpersoon="Sanne de Vries",
        email="sanne@buurtteam.example",
    )


def _html(client, vraag) -> str:
    antwoord = client.get(vraag.statuslink())
    assert antwoord.status_code == 200
    return antwoord.content.decode()


def test_doorverwezen_noemt_de_organisatie_en_de_datum_niet_de_medewerker(client):
    _regel(maak_organisatie(naam="Buurtteam Oost"))
    vraag = maak_vraag(
        toestemming_contact=True, contact_email="anna@example.nl", contact_naam="Anna"
    )
    assert vraag.status == VraagStatus.DOORVERWEZEN
    html = _html(client, vraag)
    assert "We hebben je vraag doorgegeven aan Buurtteam Oost." in html
    datum = date_format(vraag.deadline, "l j F")
    assert f"Buurtteam Oost neemt uiterlijk {datum} contact met je op." in html
    for geheim in ("Sanne", "sanne@buurtteam.example", "anna@example.nl"):
        assert geheim not in html


def test_zonder_contactgegevens_zegt_de_pagina_dat_je_zelf_belt(client):
    _regel(maak_organisatie(naam="Buurtteam Oost"))
    html = _html(client, maak_vraag())
    assert "Je hebt geen telefoonnummer of e-mail gegeven." in html


def test_afgehandeld_met_ander_aanbod_noemt_waar_je_heen_bent_verwezen(client):
    aanbod = maak_aanbod(naam="Schuldhulp", organisatie=maak_organisatie(naam="Buurtteam Oost"))
    vraag = maak_vraag(aanbod=[aanbod])
    vraag = vraag_status_wijzigen(
        vraag=vraag,
        nieuwe_status=VraagStatus.AFGEHANDELD,
        uitkomst=Uitkomst.ANDER_AANBOD,
        door=None,
    )
    html = _html(client, vraag)
    assert "Je vraag is afgehandeld. Je bent doorverwezen naar Buurtteam Oost." in html
    assert "Schuldhulp" in html


@pytest.mark.parametrize(
    ("uitkomst", "tekst"),
    [
        (Uitkomst.GEHOLPEN, "heeft je geholpen."),
        (Uitkomst.GEEN_PASSEND_AANBOD, "We hebben (nog) niets gevonden dat past."),
        (Uitkomst.NIET_BEREIKT, "We konden je niet bereiken."),
    ],
)
def test_elke_uitkomst_heeft_eigen_woorden(client, uitkomst, tekst):
    vraag = vraag_status_wijzigen(
        vraag=maak_vraag(), nieuwe_status=VraagStatus.AFGEHANDELD, uitkomst=uitkomst, door=None
    )
    assert tekst in _html(client, vraag)


def test_engelse_tekst(client):
    vraag = maak_vraag()
    html = client.get(vraag.statuslink(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "We have received your question." in html


def test_statuspagina_kost_evenveel_queries_met_veel_aanbod(client):
    org = maak_organisatie(naam="Buurtteam Oost")
    weinig = maak_vraag(aanbod=[maak_aanbod(organisatie=org)])
    veel = maak_vraag(aanbod=[maak_aanbod() for _ in range(6)])
    aantallen = []
    for vraag in (weinig, veel):
        with CaptureQueriesContext(connection) as queries:
            _html(client, vraag)
        aantallen.append(len(queries))
    assert aantallen[0] == aantallen[1]


def test_engelse_tekst_doorverwezen_met_datum(client):
    _regel(maak_organisatie(naam="Buurtteam Oost"))
    vraag = maak_vraag(toestemming_contact=True, contact_email="anna@example.nl")
    html = client.get(vraag.statuslink(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "We have passed your question on to Buurtteam Oost." in html
    assert "Buurtteam Oost will contact you by" in html
    assert "Who helps you" in html
