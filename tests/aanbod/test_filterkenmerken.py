"""The filters stay right after every kind of change. Each filter value is a word of the
offer's search vector (aanbod.zoeken.index.kenmerkwoorden), kept up to date by signals;
these tests change an offer in every way a filter can see and ask the filters again."""

import importlib
from datetime import time
from urllib.parse import urlencode

import pytest
from django.db import connection
from django.http import QueryDict

from aanbod.filters import AanbodFilter
from aanbod.models import Aanbod, AanbodLocatie, Doelgroep, Kosten, Soort, Taal, Tijdslot
from aanbod.zoeken.index import kenmerk, kenmerken, met_zoekgegevens
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


def test_migraties_geven_dezelfde_filterwoorden_als_de_code(inloop):
    """Migration 0009 added the filter words to existing vectors in SQL, and 0011 made the
    choice fields' words their values: together the same words as the code makes."""
    al = inloop.aanbodlocaties.get()
    Tijdslot.objects.create(aanbod_locatie=al, weekdag=4, opent=time(9), sluit=time(11))
    AanbodLocatie.objects.create(aanbod=inloop, locatie=maak_locatie("oost"))
    inloop.talen.add(*Taal.objects.filter(code__in=["ar", "en"]))
    inloop.kosten = Kosten.EIGEN_BIJDRAGE
    inloop.save()
    with connection.cursor() as cursor:
        cursor.execute("UPDATE aanbod_aanbod SET zoekvector = NULL")
        cursor.execute(importlib.import_module("aanbod.migrations.0009_filters_in_zoekvector").SQL)
        cursor.execute(
            importlib.import_module(
                "aanbod.migrations.0012_behoeften_en_zoeksignalen"
            ).FILTERWOORDEN_SQL
        )
        cursor.execute("SELECT id, tsvector_to_array(zoekvector) FROM aanbod_aanbod")
        uit_sql = {pk: sorted(woorden) for pk, woorden in cursor.fetchall()}
    for aanbod in met_zoekgegevens(Aanbod.objects.all()):
        assert uit_sql[aanbod.pk] == sorted(kenmerken(aanbod).split())


def test_filterwoorden_hangen_niet_af_van_de_volgorde_van_de_keuzes(inloop, monkeypatch):
    """A choice's filter word is its value, not its place: reordering Kosten changes nothing."""
    veld = Aanbod._meta.get_field("kosten")
    assert kenmerk("kosten", Kosten.GRATIS) == "zzkostengratis0"
    monkeypatch.setattr(veld, "choices", list(reversed(veld.choices)))
    assert kenmerk("kosten", Kosten.GRATIS) == "zzkostengratis0"
    assert gevonden(gratis="on") == {"Inloop"}


def test_tijden_uit_de_admin_tellen_in_een_keer(inloop, client):
    """Three slots saved in one admin form: the day filter finds them, and the offer's search
    text is computed once for the whole form, not once per slot."""
    from unittest import mock

    from aanbod.zoeken import index as zoektekst
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
    assert bijwerken.call_count == 1
