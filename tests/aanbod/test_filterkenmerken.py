"""The filters stay right after every kind of change. On PostgreSQL each filter value is a word
of the offer's search vector (aanbod.zoektekst.kenmerkwoorden), kept up to date by signals;
these tests change an offer in every way a filter can see and ask the filters again."""

import importlib
from datetime import time
from urllib.parse import urlencode

import pytest
from django.db import connection
from django.http import QueryDict

from aanbod.filters import AanbodFilter
from aanbod.models import Aanbod, AanbodLocatie, Doelgroep, Kosten, Soort, Taal, Tijdslot
from aanbod.zoektekst import kenmerken, met_zoekgegevens
from tests.factories import maak_aanbod, maak_locatie, wijk

pytestmark = pytest.mark.django_db


def gevonden(**params) -> set[str]:
    data = QueryDict(urlencode(params, doseq=True))
    return set(
        AanbodFilter(data, queryset=Aanbod.objects.zichtbaar()).qs.values_list("naam", flat=True)
    )


@pytest.fixture
def inloop():
    return maak_aanbod(naam="Inloop", wijk="oost", doelgroepen=("ouderen",))


def test_een_nieuw_tijdslot_en_een_weggehaald_tijdslot(inloop):
    assert gevonden(dag="wo") == set()
    al = inloop.aanbodlocaties.get()
    slot = Tijdslot.objects.create(aanbod_locatie=al, weekdag=2, opent=time(10), sluit=time(12))
    assert gevonden(dag="wo") == {"Inloop"}
    slot.weekdag = 3
    slot.save()
    assert gevonden(dag="wo") == set() and gevonden(dag="do") == {"Inloop"}
    slot.delete()
    assert gevonden(dag="do") == set()


def test_een_locatie_die_verhuist_of_toegankelijk_wordt(inloop):
    locatie = inloop.aanbodlocaties.get().locatie
    assert gevonden(wijk="oost") == {"Inloop"} and gevonden(rolstoel="on") == set()
    locatie.wijk = wijk("west")
    locatie.buurt = None
    locatie.rolstoeltoegankelijk = True
    locatie.save()
    assert gevonden(wijk="oost") == set()
    assert gevonden(wijk="west", rolstoel="on") == {"Inloop"}


def test_een_tweede_locatie_erbij_en_weer_weg(inloop):
    extra = AanbodLocatie.objects.create(aanbod=inloop, locatie=maak_locatie("overvecht"))
    assert gevonden(wijk="overvecht") == {"Inloop"} and gevonden(wijk="oost") == {"Inloop"}
    extra.delete()
    assert gevonden(wijk="overvecht") == set()


def test_talen_doelgroepen_kosten_en_soort(inloop):
    assert gevonden(taal="ar") == set()
    inloop.talen.add(Taal.objects.get(code="ar"))
    assert gevonden(taal="ar") == {"Inloop"}
    inloop.doelgroepen.set(Doelgroep.objects.filter(slug="jongeren"))
    assert gevonden(doelgroep="ouderen") == set() and gevonden(doelgroep="jongeren") == {"Inloop"}
    inloop.kosten = Kosten.EIGEN_BIJDRAGE
    inloop.soort = Soort.ACTIVITEIT
    inloop.save()
    assert gevonden(gratis="on") == set()
    assert gevonden(soort=["activiteit", "informatie"], taal="ar") == {"Inloop"}


def test_combinaties_met_zoekwoorden(inloop):
    maak_aanbod(naam="Koffie West", wijk="west", doelgroepen=("ouderen",))
    maak_aanbod(naam="Koffie Oost", wijk="oost", doelgroepen=("jongeren",))
    assert gevonden(q="koffie", wijk="west", doelgroep=["ouderen", "jongeren"]) == {"Koffie West"}
    assert gevonden(wijk="oost", doelgroep="ouderen", thema="ontmoeting") == {"Inloop"}


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the vector is PostgreSQL's")
def test_migratie_geeft_dezelfde_filterwoorden_als_de_code(inloop):
    """Migration 0009 adds the filter words to existing vectors in SQL: the same words."""
    al = inloop.aanbodlocaties.get()
    Tijdslot.objects.create(aanbod_locatie=al, weekdag=4, opent=time(9), sluit=time(11))
    AanbodLocatie.objects.create(aanbod=inloop, locatie=maak_locatie("oost"))
    inloop.talen.add(*Taal.objects.filter(code__in=["ar", "en"]))
    migratie = importlib.import_module("aanbod.migrations.0009_filters_in_zoekvector")
    selectie = migratie.SQL.split("FROM (", 1)[1].rsplit(") AS k", 1)[0]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, woorden FROM ({selectie}) AS x")
        uit_sql = {pk: sorted(woorden.split()) for pk, woorden in cursor.fetchall()}
    for aanbod in met_zoekgegevens(Aanbod.objects.all()):
        assert uit_sql[aanbod.pk] == sorted(kenmerken(aanbod).split())


def test_tijden_uit_de_admin_tellen_in_een_keer(inloop, client):
    """Three slots saved in one admin form: the day filter finds them, and the offer's search
    text is computed once for the whole form, not once per slot."""
    from unittest import mock

    from aanbod import zoektekst
    from tests.factories import maak_gebruiker, otp_inloggen

    otp_inloggen(client, maak_gebruiker("coordinator", is_staff=True, is_superuser=True))
    al = inloop.aanbodlocaties.get()
    gegevens = {
        "aanbod": inloop.pk,
        "locatie": al.locatie_id,
        "toelichting": "",
        "tijdsloten-TOTAL_FORMS": "3",
        "tijdsloten-INITIAL_FORMS": "0",
        "sluitingen-TOTAL_FORMS": "0",
        "sluitingen-INITIAL_FORMS": "0",
    }
    for i, weekdag in enumerate((0, 2, 4)):
        gegevens |= {
            f"tijdsloten-{i}-weekdag": weekdag,
            f"tijdsloten-{i}-opent": "10:00",
            f"tijdsloten-{i}-sluit": "12:00",
            f"tijdsloten-{i}-frequentie": "WEEKLY",
            f"tijdsloten-{i}-interval": "1",
        }
    with mock.patch.object(
        zoektekst, "_vectoren_bijwerken", wraps=zoektekst._vectoren_bijwerken
    ) as bijwerken:
        antwoord = client.post(f"/admin/aanbod/aanbodlocatie/{al.pk}/change/", gegevens)

    assert antwoord.status_code == 302
    assert antwoord["Location"].startswith("/admin/aanbod/aanbodlocatie/")
    assert al.tijdsloten.count() == 3
    assert gevonden(dag="ma") == gevonden(dag="wo") == gevonden(dag="vr") == {"Inloop"}
    if connection.vendor == "postgresql":
        assert bijwerken.call_count == 1
