"""Contract test: schemathesis generates requests from the official HSDS 3.0 OpenAPI (served by
us with our server URL and the entity schemas inlined) and checks every answer against it,
in-process against the WSGI app."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

from opendata.schema import ENTITEITEN, laad


@pytest.fixture
def hsds_api(demo):
    from wijkportaal.wsgi import application

    # As Django's own test client does: a request must not close the test's database
    # connection (it holds the transaction with the demo data).
    signalen = (request_started, request_finished)
    for signaal in signalen:
        signaal.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/hsds/openapi.json", application)
    finally:
        for signaal in signalen:
            signaal.connect(close_old_connections)


schema = schemathesis.pytest.from_fixture("hsds_api")


@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_volgt_de_officiele_openapi(case):
    case.call_and_validate(
        checks=[not_a_server_error, content_type_conformance, response_schema_conformance]
    )


def test_de_geserveerde_openapi_is_de_officiele(client, db):
    officieel = laad("openapi")
    ons = client.get("/api/hsds/openapi.json").json()
    assert ons["servers"] == [{"url": "http://testserver/api/hsds"}]
    assert set(ons["paths"]) == set(officieel["paths"])
    assert ons["components"]["parameters"] == officieel["components"]["parameters"]
    assert set(ENTITEITEN) <= set(ons["components"]["schemas"])
