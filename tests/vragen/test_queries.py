"""Every page of the question desk keeps the same number of queries as rows grow."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import maak_aanbod, maak_gebruiker, maak_regel, maak_vraag, otp_inloggen
from vragen.services import vraag_notitie_toevoegen

pytestmark = pytest.mark.usefixtures("zonder_paginacache")


def _aantal(client, url: str, **kwargs) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, **kwargs).status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_publieke_en_partnerpagina_s(client):
    maak_regel()
    eerste = maak_aanbod(naam="Koffie 1", soort="hulp_en_advies", wijk="oost")
    vraag = maak_vraag(aanbod=[eerste])
    urls = [vraag.statuslink(), vraag.partnerlink(), "/meterkastkaart/oost/", "/vraag/"]
    voor = [_aantal(client, url) for url in urls]
    extra = [maak_aanbod(naam=f"Koffie {i}", soort="hulp_en_advies", wijk="oost") for i in range(4)]
    vraag.aanbod.add(*extra)
    for i in range(3):
        vraag_notitie_toevoegen(vraag=vraag, notitie=f"n{i}", door=None)
    assert [_aantal(client, url) for url in urls] == voor


@pytest.mark.django_db
def test_balie_en_live_zoeken(client):
    otp_inloggen(client, maak_gebruiker("vrijwilliger"))
    eerste = maak_aanbod(naam="Koffie A")
    urls = ["/balie/", f"/balie/aanbod-kiezen/?zoek=koffie&aanbod={eerste.hsds_id}"]

    # The search reads its word lists once per catalogue version (aanbod.zoeken.woordenlijst):
    # warm them, then count; after the catalogue changes, warm again and count the same.
    def tellen():
        for url in urls:
            _aantal(client, url, headers={"HX-Request": "true"})
        return [_aantal(client, url, headers={"HX-Request": "true"}) for url in urls]

    voor = tellen()
    for i in range(4):
        maak_aanbod(naam=f"Koffie {i}")
    assert tellen() == voor
