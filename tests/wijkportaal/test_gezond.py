import json

import pytest
from django.db import OperationalError, connection


@pytest.mark.django_db
def test_gezond_als_de_database_antwoordt(client):
    antwoord = client.get("/gezond/")
    assert antwoord.status_code == 200
    assert json.loads(antwoord.content) == {"status": "ok", "database": "ok"}
    assert "Set-Cookie" not in antwoord.headers  # no session for a probe
    assert "no-cache" in antwoord["Cache-Control"]


@pytest.mark.django_db
def test_503_als_de_database_weg_is(client):
    def kapot(execute, sql, params, many, context):
        raise OperationalError("server closed the connection unexpectedly")

    with connection.execute_wrapper(kapot):
        antwoord = client.get("/gezond/")
    assert antwoord.status_code == 503
    assert json.loads(antwoord.content)["status"] == "fout"


@pytest.mark.django_db
def test_load_balancer_mag_over_http_met_eigen_host(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.ALLOWED_HOSTS = ["wijkportaal.example"]
    # An ordinary page over plain HTTP is sent to HTTPS...
    assert client.get("/", HTTP_HOST="wijkportaal.example").status_code == 301
    # ...the probe, from an internal address that is not a site name, is answered.
    antwoord = client.get("/gezond/", HTTP_HOST="10.0.0.5:8000")
    assert antwoord.status_code == 200
    assert client.head("/gezond/", HTTP_HOST="10.0.0.5:8000").status_code == 200


@pytest.mark.django_db
def test_alleen_lezen(client):
    assert client.post("/gezond/").status_code == 405
