import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from aanbod.models import Aanbod


@pytest.mark.django_db
def test_uitlegpagina(client, demo):
    def tel():
        with CaptureQueriesContext(connection) as ctx:
            r = client.get("/api/")
        assert r.status_code == 200
        return len(ctx.captured_queries), r.content.decode()

    aantal, tekst = tel()
    assert tekst.count("<h1") == 1
    for stukje in ("/api/hsds/services", "/api/hsds/openapi.json", "/agenda.ics", "format=ndjson"):
        assert stukje in tekst
    Aanbod.objects.all().delete()
    assert tel()[0] == aantal
