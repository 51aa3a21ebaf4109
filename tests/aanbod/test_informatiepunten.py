"""Wijkinformatiepunten: open now and next opening, the nearest one for every wijk, questions
tagged with their informatiepunt, and filtering per informatiepunt in the queue."""

from datetime import time

import pytest
from django.urls import reverse

from aanbod.demo import accounts_maken, catalogus_laden, informatiepunten_laden
from aanbod.informatiepunten import dichtstbijzijnd, informatiepunt_voor_wijk
from aanbod.models import Informatiepunt, Wijk
from aanbod.openingstijden import openstatus
from tests.conftest import amsterdam
from tests.factories import maak_aanbod, maak_gebruiker, maak_locatie, maak_vraag, otp_inloggen


def maak_informatiepunt(naam: str, wijk: str, wijken: tuple[str, ...] = (), **kwargs):
    aanbod = maak_aanbod(
        naam=naam, locatie=maak_locatie(wijk), tijden=((0, time(10), time(12)),), **kwargs
    )
    punt = Informatiepunt.objects.create(naam=naam, aanbod=aanbod)
    punt.wijken.set(Wijk.objects.filter(slug__in=wijken))
    return punt


@pytest.fixture
def demo(db):
    catalogus_laden()
    accounts_maken()
    informatiepunten_laden()


def test_demo_heeft_drie_informatiepunten_met_medewerkers(demo):
    assert Informatiepunt.objects.count() >= 3
    oost = Informatiepunt.objects.get(naam="Wijkinformatiepunt Oost")
    assert oost.locatie.wijk.slug == "oost"
    assert oost.medewerkers.filter(username="vrijwilliger").exists()


def test_elke_wijk_krijgt_een_informatiepunt(demo):
    punten = list(Informatiepunt.objects.met_gegevens())
    for wijk in Wijk.objects.all():
        assert dichtstbijzijnd(wijk, punten) is not None, wijk
    assert informatiepunt_voor_wijk(Wijk.objects.get(slug="oost")).naam == "Wijkinformatiepunt Oost"
    assert (
        informatiepunt_voor_wijk(Wijk.objects.get(slug="zuidwest")).naam
        == "Wijkinformatiepunt Kanaleneiland"
    )


def test_zonder_eigen_informatiepunt_wint_het_dichtstbijzijnde(db):
    oost = maak_informatiepunt("IP Oost", "oost", wijken=("oost",))
    west = maak_informatiepunt("IP West", "west", wijken=("west",))
    punten = list(Informatiepunt.objects.met_gegevens())
    assert dichtstbijzijnd(Wijk.objects.get(slug="zuidwest"), punten) == west
    assert dichtstbijzijnd(Wijk.objects.get(slug="oost"), punten) == oost
    assert dichtstbijzijnd(Wijk.objects.get(slug="noordoost"), punten) == oost


def test_open_nu_en_volgende_opening(db, zet_nu):
    punt = maak_informatiepunt("IP Oost", "oost", wijken=("oost",))
    locaties = list(
        Informatiepunt.objects.met_gegevens().get(pk=punt.pk).aanbod.aanbodlocaties.all()
    )
    # Monday 23 November 2026, 10:30: open until 12:00
    zet_nu(amsterdam(2026, 11, 23, 10, 30))
    assert openstatus(locaties).tekst == "Nu open, tot 12:00"
    # Monday 12:30: closed, next Monday 10:00
    zet_nu(amsterdam(2026, 11, 23, 12, 30))
    status = openstatus(locaties)
    assert not status.open
    assert status.volgende == amsterdam(2026, 11, 30, 10, 0)


def test_home_toont_kom_langs_voor_de_gekozen_wijk(client, demo):
    inhoud = client.get("/", {"wijk": "zuidwest"}).content.decode()
    assert "Kom langs in Zuidwest" in inhoud
    assert "Wijkinformatiepunt Kanaleneiland" in inhoud
    assert "Wijkinformatiepunt Overvecht" not in inhoud


def test_pagina_informatiepunten(client, demo):
    response = client.get(reverse("aanbod:informatiepunten"))
    assert response.status_code == 200
    inhoud = response.content.decode()
    for naam in (
        "Wijkinformatiepunt Oost",
        "Wijkinformatiepunt Overvecht",
        "Wijkinformatiepunt Kanaleneiland",
    ):
        assert naam in inhoud
    assert 'id="kaartpunten"' in inhoud


def test_pagina_informatiepunten_vast_aantal_queries(client, db, zonder_paginacache):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    maak_informatiepunt("IP 1", "oost")
    with CaptureQueriesContext(connection) as een:
        client.get(reverse("aanbod:informatiepunten"))
    for i in range(5):
        maak_informatiepunt(f"IP {i + 2}", "west")
    with CaptureQueriesContext(connection) as zes:
        client.get(reverse("aanbod:informatiepunten"))
    assert len(een.captured_queries) == len(zes.captured_queries)


def test_vraag_onthoudt_het_informatiepunt(db):
    punt = maak_informatiepunt("IP Oost", "oost", wijken=("oost",))
    vraag = maak_vraag(informatiepunt=punt)
    assert vraag.informatiepunt == punt


def test_online_vraag_krijgt_het_informatiepunt_van_de_wijk(client, db):
    punt = maak_informatiepunt("IP Oost", "oost", wijken=("oost",))
    maak_informatiepunt("IP West", "west", wijken=("west",))
    response = client.post(
        reverse("vragen:online_versturen"), {"tekst": "Waar kan ik koffie drinken?", "wijk": "oost"}
    )
    assert response.status_code in (200, 302)
    from vragen.models import Vraag

    assert Vraag.objects.get().informatiepunt == punt


def test_wachtrij_filtert_per_informatiepunt(client, db):
    oost = maak_informatiepunt("IP Oost", "oost")
    west = maak_informatiepunt("IP West", "west")
    maak_vraag(tekst="Vraag in Oost", informatiepunt=oost)
    maak_vraag(tekst="Vraag in West", informatiepunt=west)
    otp_inloggen(client, maak_gebruiker("medewerker"))
    inhoud = client.get(reverse("vragen:wachtrij"), {"informatiepunt": oost.slug}).content.decode()
    assert "Vraag in Oost" in inhoud or oost.vragen.get().referentie in inhoud
    assert west.vragen.get().referentie not in inhoud
