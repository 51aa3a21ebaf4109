"""The search benchmark cannot rot: its generator and its report work on a small catalogue."""

import pytest
from shapely import Point
from shapely.geometry import shape

import bench.zoeken
from aanbod.models import Aanbod, Locatie, Tijdslot
from bench.catalogus import catalogus_genereren, zoektekst_controleren
from bench.zoeken import (
    VERZOEKEN,
    bench_omgeving,
    groottes_meten,
    meten,
    naieve_zoek,
    rapport,
    referentie_ms,
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
    assert gevonden.ids == [bij_org.pk, koffie.pk]


def test_rapport_toont_de_tabel_en_de_doelen(client):
    catalogus_genereren(200)
    with bench_omgeving():
        echt, naief_ = meten(client, herhalingen=1, verzoeken=VERZOEKEN[::5])
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


def test_echt_en_naief_om_de_beurt_zodat_een_drukke_machine_beide_raakt(client, monkeypatch):
    import aanbod.filters

    catalogus_genereren(200)
    beurten = []
    meet = bench.zoeken._meet

    def meet_en_noteer(client, meting):
        beurten.append("naief" if aanbod.filters.zoek is naieve_zoek else "echt")
        meet(client, meting)

    monkeypatch.setattr(bench.zoeken, "_meet", meet_en_noteer)
    with bench_omgeving():
        echt, naief_ = meten(client, herhalingen=3, verzoeken=[("theme word", "q=eenzaam")])

    assert beurten == ["echt", "naief"] * 3
    assert len(echt[0].tijden_ms) == len(naief_[0].tijden_ms) == 3
    # Each side counted its own results: only the real search knows the theme word.
    assert echt[0].resultaten > 0 and naief_[0].resultaten == 0


def test_referentie_meet_de_snelheid_van_de_machine():
    assert 0 < referentie_ms(rondes=1) < 60_000
