"""Review finding: cache keys included arbitrary query strings; 400 random ``?x=`` requests
to the export grew worker memory by 200 MB. Keys are built from known parameters only."""

import secrets

import pytest
from django.core.cache import caches
from django.test import Client

from tests.factories import maak_aanbod
from wijkportaal.paginacache import CACHE

pytestmark = pytest.mark.django_db


def _aantal_in_cache() -> int:
    """Entries in both caches (local memory: its dict; Redis or database: keys counted)."""
    totaal = 0
    for alias in ("default", CACHE):
        cache = caches[alias]
        if hasattr(cache, "_cache"):
            totaal += len(cache._cache)
        else:  # pragma: no cover - shared backends (branch 'schaal')
            totaal += len(list(cache._cache.get_client().scan_iter("*")))
    return totaal


@pytest.mark.parametrize(
    ("url", "aantal"),
    # 400 as in the review for the export; fewer for the pages that render each time.
    [("/api/hsds/export.zip", 400), ("/aanbod/", 40), ("/", 40), ("/kaart/wijken.geojson", 40)],
)
def test_willekeurige_parameters_maken_geen_nieuwe_cache_regels(url, aantal):
    maak_aanbod(naam="Koffie-inloop")
    client = Client()
    assert client.get(url).status_code == 200
    assert client.get(url).status_code == 200  # warm: the page and what it needs are kept
    voor = _aantal_in_cache()
    for _ in range(aantal):
        antwoord = client.get(url, {"x": secrets.token_hex(8)})
        assert antwoord.status_code == 200
    assert _aantal_in_cache() == voor


def test_bekende_parameters_in_elke_volgorde_delen_een_pagina():
    maak_aanbod(naam="Koffie-inloop", wijk="oost")
    client = Client()
    assert client.get("/aanbod/?q=koffie&wijk=oost")["X-Paginacache"] == "miss"
    assert client.get("/aanbod/?wijk=oost&q=koffie")["X-Paginacache"] == "hit"
    assert "X-Paginacache" not in client.get("/aanbod/?wijk=oost&q=koffie&utm_source=x")


def test_export_blijft_een_download_uit_de_cache():
    maak_aanbod(naam="Koffie-inloop")
    client = Client()
    eerste = client.get("/api/hsds/export.zip")
    tweede = client.get("/api/hsds/export.zip")
    assert tweede["X-Paginacache"] == "hit"
    assert tweede.content == eerste.content
    assert tweede["Content-Disposition"].startswith("attachment;")
    assert tweede["Access-Control-Allow-Origin"] == "*"
