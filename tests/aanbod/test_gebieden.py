"""Wijken and buurten: loaded by the migration, derived from coordinates, served as GeoJSON."""

import gzip
import json

import pytest

from aanbod.gebieden import gebied_bij_punt
from aanbod.models import Buurt, Locatie, Wijk
from tests.factories import PUNTEN, maak_locatie

WIJKEN = {
    "Binnenstad",
    "Leidsche Rijn",
    "Noordoost",
    "Noordwest",
    "Oost",
    "Overvecht",
    "Vleuten-De Meern",
    "West",
    "Zuid",
    "Zuidwest",
}


@pytest.mark.django_db
def test_de_migratie_laadt_tien_wijken_met_nette_namen():
    assert set(Wijk.objects.values_list("naam", flat=True)) == WIJKEN
    assert Wijk.objects.get(naam="Vleuten-De Meern").slug == "vleuten-de-meern"
    assert Wijk.objects.get(naam="Leidsche Rijn").slug == "leidsche-rijn"
    assert not Wijk.objects.filter(grensvorm__isnull=True).exists()


@pytest.mark.django_db
def test_de_migratie_laadt_111_buurten_elk_in_een_wijk():
    assert Buurt.objects.count() == 111
    assert Buurt.objects.values("slug").distinct().count() == 111
    assert not Buurt.objects.filter(grensvorm__isnull=True).exists()
    per_wijk = {w.naam: w.buurten.count() for w in Wijk.objects.all()}
    assert all(aantal > 0 for aantal in per_wijk.values()), per_wijk


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lat", "lon", "wijk", "buurt"),
    [
        (*PUNTEN["oost"], "Oost", "Wilhelminapark e.o."),
        (*PUNTEN["west"], "West", "Lombok-west"),
        (*PUNTEN["overvecht"], "Overvecht", "Zamenhofdreef e.o."),
        (*PUNTEN["binnenstad"], "Binnenstad", "Domplein, Neude, Janskerkhof"),
        (*PUNTEN["zuidwest"], "Zuidwest", "Kanaleneiland-noord"),
        (52.063057, 5.136108, "Zuid", None),  # Lunetten
        (52.098785, 5.120107, "Noordoost", None),  # Vogelenbuurt
        (52.116859, 5.082645, "Noordwest", None),  # Zuilen
        (52.085011, 5.062288, "Leidsche Rijn", None),  # Langerak
        (52.087176, 5.034191, "Vleuten-De Meern", None),  # De Meern
    ],
)
def test_wijk_en_buurt_volgen_uit_de_coordinaten(lat, lon, wijk, buurt):
    locatie = maak_locatie(lat=lat, lon=lon)
    locatie.refresh_from_db()
    assert locatie.wijk.naam == wijk
    assert locatie.buurt is not None
    assert locatie.buurt.wijk == locatie.wijk
    if buurt:
        assert locatie.buurt.naam == buurt


@pytest.mark.django_db
def in_oost(**velden) -> Locatie:
    """A location whose coordinates lie in Oost (Wilhelminapark e.o.)."""
    lat, lon = PUNTEN["oost"]
    return Locatie.objects.create(naam="Buurthuis", lat=lat, lon=lon, **velden)


@pytest.mark.django_db
def test_hand_gekozen_wijk_en_buurt_blijven_staan():
    zuid = Wijk.objects.get(slug="zuid")
    buurt_in_zuid = zuid.buurten.first()
    locatie = in_oost(wijk=zuid, buurt=buurt_in_zuid)
    locatie.refresh_from_db()
    assert (locatie.wijk, locatie.buurt) == (zuid, buurt_in_zuid)
    locatie.naam = "Nieuwe naam"
    locatie.save()
    locatie.refresh_from_db()
    assert (locatie.wijk, locatie.buurt) == (zuid, buurt_in_zuid)


@pytest.mark.django_db
def test_alleen_de_wijk_gekozen_dan_volgt_de_buurt_als_die_in_die_wijk_ligt():
    locatie = in_oost(wijk=Wijk.objects.get(slug="oost"))
    locatie.refresh_from_db()
    assert locatie.buurt.naam == "Wilhelminapark e.o."


@pytest.mark.django_db
def test_hand_gekozen_wijk_krijgt_geen_buurt_uit_een_andere_wijk():
    # A coordinator moved the location to Zuid by hand; a buurt in Oost would contradict that
    # and make the offer show up under two different wijken in the filters.
    zuid = Wijk.objects.get(slug="zuid")
    locatie = in_oost(wijk=zuid)
    locatie.refresh_from_db()
    assert locatie.wijk == zuid
    assert locatie.buurt is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lat", "lon"),
    [(52.3676, 4.9041), (52.0116, 4.3571), (0.0, 0.0)],
    ids=["amsterdam", "delft", "nul-eiland"],
)
def test_buiten_utrecht_geen_wijk_en_geen_buurt(lat, lon):
    assert gebied_bij_punt(lat, lon) == (None, None)
    locatie = maak_locatie(lat=lat, lon=lon)
    locatie.refresh_from_db()
    assert (locatie.wijk, locatie.buurt) == (None, None)


@pytest.mark.django_db
def test_zonder_coordinaten_geen_wijk():
    locatie = Locatie.objects.create(naam="Ergens")
    assert (locatie.wijk, locatie.buurt) == (None, None)


@pytest.mark.django_db
def test_wijkgrenzen_zijn_geldige_geojson_met_tien_wijken(client):
    response = client.get("/kaart/wijken.geojson")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    data = json.loads(response.content)
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) == 10
    assert {f["properties"]["naam"] for f in data["features"]} == WIJKEN
    for feature in data["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] in {"Polygon", "MultiPolygon"}
        ring = feature["geometry"]["coordinates"]
        while isinstance(ring[0][0], list):
            ring = ring[0]
        assert ring[0] == ring[-1]  # closed ring
        for lon, lat in ring:
            assert 4.9 < lon < 5.3 and 52.0 < lat < 52.2  # WGS84, lon first, around Utrecht


@pytest.mark.django_db
def test_wijkgrenzen_gaan_gezipt_naar_een_browser_die_dat_kan(client):
    gewoon = client.get("/kaart/wijken.geojson")
    gezipt = client.get("/kaart/wijken.geojson", headers={"Accept-Encoding": "gzip"})
    assert gezipt["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in gezipt["Vary"]
    assert gzip.decompress(gezipt.content) == gewoon.content
    assert len(gezipt.content) < len(gewoon.content) / 2
