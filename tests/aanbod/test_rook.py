from datetime import time

import pytest

from tests.factories import maak_aanbod


@pytest.mark.django_db
def test_pagina_s_laden(client):
    aanbod = maak_aanbod(naam="Buurtkoffie", tijden=((1, time(10), time(12)),))
    for url in [
        "/",
        "/aanbod/",
        "/kaart/",
        "/agenda/",
        aanbod.get_absolute_url(),
        f"/aanbod/{aanbod.slug}/print/",
        aanbod.organisatie.get_absolute_url(),
        "/kaart/wijken.geojson",
        "/aanbod/?q=koffie",
        "/aanbod/?wijk=nergens&page=999",
    ]:
        r = client.get(url)
        assert r.status_code == 200, url
