"""The search benchmark cannot rot: its generator and its report work on a small catalogue."""

import pytest
from shapely import Point
from shapely.geometry import shape

from aanbod.models import Aanbod, Locatie, Tijdslot
from bench.catalogus import catalogus_genereren, zoektekst_controleren
from bench.zoeken import (
    VERZOEKEN,
    bench_omgeving,
    groottes_meten,
    meten,
    naief,
    naieve_zoek,
    rapport,
)
from tests.factories import maak_aanbod, maak_organisatie

pytestmark = pytest.mark.django_db


def test_generator_maakt_een_catalogus_in_de_echte_wijken():
    gemaakt = catalogus_genereren(200)
    assert Aanbod.objects.count() == 200
    assert (gemaakt["organisaties"], gemaakt["locaties"]) == (10, 66)
    assert Tijdslot.objects.filter(aanbod_locatie__aanbod__isnull=False).exists()
    for locatie in Locatie.objects.select_related("wijk", "buurt"):
        punt = Point(locatie.lon, locatie.lat)
        assert shape(locatie.wijk.grens).covers(punt), locatie.pk
        if locatie.buurt:
            assert locatie.buurt.wijk_id == locatie.wijk_id


def test_generator_maakt_dezelfde_zoektekst_als_zoektekst_bijwerken():
    catalogus_genereren(200)
    controle = zoektekst_controleren(steekproef=200)
    assert controle["gelijk"] == 200, controle["verschillend"]

    anders = Aanbod.objects.order_by("pk").first()
    Aanbod.objects.filter(pk=anders.pk).update(zoektekst="iets anders")
    controle = zoektekst_controleren(steekproef=200)
    assert (controle["gelijk"], controle["verschillend"]) == (199, [anders.pk])


def test_naieve_zoek_wil_elk_woord_in_naam_beschrijving_of_organisatie():
    koffie = maak_aanbod(naam="Koffieochtend", beschrijving="Samen een praatje maken.")
    maak_aanbod(naam="Taalcafé", beschrijving="Koffie en Nederlands oefenen.")
    bij_org = maak_aanbod(
        naam="Inloop", beschrijving="Een praatje.", organisatie=maak_organisatie(naam="Koffiehuis")
    )
    gevonden = naieve_zoek(Aanbod.objects.all(), "koffie praatje")
    assert list(gevonden) == [bij_org, koffie]


def test_rapport_toont_de_tabel_en_de_doelen(client):
    catalogus_genereren(200)
    with bench_omgeving():
        echt = meten(client, herhalingen=1, verzoeken=VERZOEKEN[::5])
        with naief():
            naief_ = meten(client, herhalingen=1, verzoeken=VERZOEKEN[::5])
        groottes = groottes_meten(client, herhalingen=1)
    tekst = rapport(200, echt, naief_, groottes, {"generated": "200 offers"})

    assert len(VERZOEKEN) >= 30
    assert not [m.pad for m in echt + naief_ if m.fouten]
    assert all(len(m.tijden_ms) == 1 and m.queries > 0 for m in echt + naief_)
    assert all(g["status"] == 200 for g in groottes.values())
    assert groottes["/kaart/"]["kaartpunten"] > 0
    for label, _ in VERZOEKEN[::5]:
        assert label[:33] in tekst
    assert "speed-up p95" in tekst and "markers JSON" in tekst
    assert tekst.count("PASS") + tekst.count("FAIL") == 3
