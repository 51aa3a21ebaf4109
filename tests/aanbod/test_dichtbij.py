"""Nearest desk: desks sorted by distance from the resident's location or a chosen wijk or
buurt, with open now / opens at, route and phone; wrong input gives a message, never a 500."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from aanbod.dichtbij import dichtstbijzijnde, vertrekpunt
from aanbod.models import Buurt, Informatiepunt
from tests.aanbod.test_informatiepunten import maak_informatiepunt
from tests.conftest import amsterdam
from tests.factories import PUNTEN

URL = "/informatiepunten/"


@pytest.fixture
def drie(db):
    return {
        "oost": maak_informatiepunt("IP Oost", "oost", wijken=("oost",), telefoon="030 111 22 33"),
        "west": maak_informatiepunt("IP West", "west", wijken=("west",)),
        "overvecht": maak_informatiepunt("IP Overvecht", "overvecht", wijken=("overvecht",)),
    }


def _volgorde(html: str) -> list[str]:
    return re.findall(r'<h2 id="kop-[^"]+">([^<]+)</h2>', html)


def test_op_volgorde_van_afstand_vanaf_een_punt(client, drie):
    # Standing at the Overvecht desk, then a little west of the city centre.
    lat, lon = PUNTEN["overvecht"]
    html = client.get(URL, {"lat": f"{lat}", "lon": f"{lon}"}).content.decode()
    assert _volgorde(html) == ["IP Overvecht", "IP West", "IP Oost"]
    assert "0,0 km" in html or "0.0 km" in html
    html = client.get(URL, {"lat": "52,0925", "lon": "5,1000"}).content.decode()  # a comma
    assert _volgorde(html)[0] == "IP West"
    assert "op volgorde van afstand tot je locatie" in html


def test_op_volgorde_vanaf_een_gekozen_wijk_of_buurt(client, drie):
    assert _volgorde(client.get(URL, {"gebied": "wijk:west"}).content.decode())[0] == "IP West"
    html = client.get(URL, {"gebied": "wijk:noordoost"}).content.decode()
    assert "afstand tot Noordoost" in html
    buurt = Buurt.objects.filter(wijk__slug="overvecht").first()
    html = client.get(URL, {"gebied": f"buurt:{buurt.slug}"}).content.decode()
    assert _volgorde(html)[0] == "IP Overvecht"
    assert f'value="buurt:{buurt.slug}" selected' in html
    # Without a choice: all desks by name, as before.
    assert _volgorde(client.get(URL).content.decode()) == ["IP Oost", "IP Overvecht", "IP West"]


def test_open_nu_en_opent_om_met_een_vaste_klok(drie, zet_nu):
    punten = list(Informatiepunt.objects.met_gegevens())
    van, _ = vertrekpunt({"lat": "52.0875", "lon": "5.14"})
    zet_nu(amsterdam(2026, 11, 23, 10, 30))  # a Monday: the desks open 10:00-12:00
    eerste = dichtstbijzijnde(punten, van)[0]
    assert eerste.punt.naam == "IP Oost" and eerste.status.tekst == "Nu open, tot 12:00"
    zet_nu(amsterdam(2026, 11, 23, 12, 30))
    assert dichtstbijzijnde(punten, van)[0].status.tekst == (
        "Gesloten. Opent maandag 30 november om 10:00"
    )


def test_route_en_telefoon(client, drie):
    html = client.get(URL, {"lat": "52.09", "lon": "5.14"}).content.decode()
    assert 'href="tel:+31301112233"' in html
    assert (
        "https://www.openstreetmap.org/directions?engine=fossgis_osrm_foot&amp;route=52.09000%2C5.14000%3B52.08750%2C5.14000"
        in html
    )
    zonder = client.get(URL).content.decode()
    assert "route=%3B52.08750%2C5.14000" in zonder  # no start known: the resident fills it in


@pytest.mark.parametrize(
    "params",
    [
        {"lat": "abc", "lon": "5.1"},
        {"lat": "nan", "lon": "5.1"},
        {"lat": "inf", "lon": "5.1"},
        {"lat": "1e999", "lon": "5.1"},
        {"lat": "91", "lon": "5.1"},
        {"lat": "52.1", "lon": "-181"},
        {"lat": "52.1"},
        {"lat": "5" * 5000, "lon": "5"},
    ],
)
def test_foute_locatie_geeft_een_melding(client, drie, params):
    antwoord = client.get(URL, params)
    assert antwoord.status_code == 400
    html = antwoord.content.decode()
    assert "We konden je locatie niet lezen" in html
    assert _volgorde(html) == ["IP Oost", "IP Overvecht", "IP West"]  # still every desk


@pytest.mark.parametrize("gebied", ["wijk:mars", "buurt:", "stad:utrecht", "x" * 500])
def test_onbekend_gebied_geeft_een_melding(client, drie, gebied):
    antwoord = client.get(URL, {"gebied": gebied})
    assert antwoord.status_code == 400
    assert "Die wijk of buurt kennen we niet" in antwoord.content.decode()


@pytest.mark.parametrize("params", [{"lat": "\x00", "lon": "\x00"}, {"gebied": "wijk:\x00"}])
def test_een_nul_teken_krijgt_de_korte_foutmelding_van_de_site(client, drie, params):
    """A NUL byte never reaches the page: the site answers every such address with a 400 in
    Dutch and English (wijkportaal/beveiliging.py)."""
    antwoord = client.get(URL, params)
    assert antwoord.status_code == 400
    assert "teken dat niet kan" in antwoord.content.decode()


def test_ver_buiten_utrecht_zegt_dat(client, drie):
    html = client.get(URL, {"lat": "40.4", "lon": "-3.7"}).content.decode()  # Madrid
    assert "ver buiten Utrecht" in html


def test_een_locatie_komt_nooit_in_een_cache(client, drie, settings):
    settings.PAGINACACHE_SECONDEN = 120
    cache.clear()
    antwoord = client.get(URL, {"lat": "52.0875", "lon": "5.14"})
    assert "no-store" in antwoord["Cache-Control"] and "private" in antwoord["Cache-Control"]
    assert not [k for k in cache._cache if "pagina:" in str(k)]  # locmem: nothing kept
    cache.clear()


def test_home_kom_langs_heeft_locatieknop_en_route(client, drie):
    html = client.get("/").content.decode()
    assert 'id="gebruik-locatie"' in html and "js/dichtbij.js" in html
    assert 'id="locatieformulier" hidden' in html  # shown by the script only
    assert "openstreetmap.org/directions" in html


def test_queryaantallen_dichtbij(client, drie, zonder_paginacache):
    urls = [f"{URL}?lat=52.09&lon=5.12", f"{URL}?gebied=wijk:west", URL]

    def tel(url):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    voor = [tel(url) for url in urls]
    for i, wijk in enumerate(("binnenstad", "zuidwest", "oost")):
        maak_informatiepunt(f"IP extra {i}", wijk, wijken=(wijk,))
    assert [tel(url) for url in urls] == voor
