"""Review findings: no Cache-Control on staff pages and CSV exports, no Permissions-Policy,
NUL bytes in the address gave a 500, CSV exports did not neutralise formulas."""

import csv
import io
import json
import zipfile

import pytest
from django.urls import reverse

from tests.factories import maak_aanbod, maak_gebruiker, maak_organisatie, otp_inloggen
from wijkportaal.csvbestand import veilige_cel

pytestmark = pytest.mark.django_db


def _cache_control(antwoord) -> set[str]:
    return {d.strip() for d in antwoord.get("Cache-Control", "").split(",")}


def test_permissions_policy_op_elke_pagina(client):
    for url in ("/", "/aanbod/", "/account/login/", "/bestaat-niet/"):
        beleid = client.get(url)["Permissions-Policy"]
        assert "camera=()" in beleid and "geolocation=(self)" in beleid, url


@pytest.mark.parametrize("rol", ["vrijwilliger", "medewerker", "coordinator"])
def test_ingelogd_nooit_in_een_cache(client, rol):
    otp_inloggen(client, maak_gebruiker(rol))
    for url in ("/balie/", "/aanbod/", "/"):
        antwoord = client.get(url)
        assert {"no-store", "private"} <= _cache_control(antwoord), (rol, url)


def test_csv_export_met_gegevens_nooit_in_een_cache(client):
    otp_inloggen(client, maak_gebruiker("coordinator"))
    for url in (
        reverse("beheer:rapportage_csv", args=["kanaal"]),
        reverse("beheer:signalen_csv"),
    ):
        antwoord = client.get(url)
        assert antwoord.status_code == 200, url
        assert {"no-store", "private"} <= _cache_control(antwoord), url


def test_publieke_pagina_zonder_sessie_blijft_deelbaar(client):
    antwoord = client.get("/aanbod/")
    assert "no-store" not in _cache_control(antwoord)


@pytest.mark.parametrize(
    "url", ["/vraag/%00/", "/aanbod/?q=%00", "/vraag/?referentie=%00", "/aanbod/a%00b/"]
)
def test_nul_teken_in_het_adres_geeft_een_duidelijke_400(client, url):
    antwoord = client.get(url)
    assert antwoord.status_code == 400
    assert "teken dat niet kan" in antwoord.content.decode()


def test_nul_teken_ook_voor_ingelogde_staf(client):
    otp_inloggen(client, maak_gebruiker("coordinator"))
    antwoord = client.get("/balie/inwoner/?referentie=%00")
    assert antwoord.status_code == 400


@pytest.mark.parametrize(
    ("waarde", "veilig"),
    [
        (
            '=HYPERLINK("http://kwaad.example","klik")',
            '\'=HYPERLINK("http://kwaad.example","klik")',
        ),
        ('+HYPERLINK("http://kwaad.example")', '\'+HYPERLINK("http://kwaad.example")'),
        ("-1FR", "-1FR"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@SUM(1)", "'@SUM(1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("+31 30 123 45 67", "+31 30 123 45 67"),
        ("-3", "-3"),
        ("Koffie = gezellig", "Koffie = gezellig"),
        (12, 12),
        (None, None),
    ],
)
def test_csv_cel_wordt_geneutraliseerd(waarde, veilig):
    assert veilige_cel(waarde) == veilig


def test_open_data_export_neutraliseert_formules(client):
    kwaad = '=HYPERLINK("http://kwaad.example","Buurthuis")'
    maak_aanbod(organisatie=maak_organisatie(naam=kwaad, telefoon="+31 30 123 45 67"))
    export = client.get(reverse("opendata:export"))
    with zipfile.ZipFile(io.BytesIO(export.content)) as archief:
        pakket = json.loads(archief.read("datapackage.json"))
        pad = next(r["path"] for r in pakket["resources"] if r["name"] == "organization")
        rijen = list(csv.DictReader(io.StringIO(archief.read(pad).decode("utf-8"))))
    namen = [r["name"] for r in rijen]
    assert "'" + kwaad in namen
    assert kwaad not in namen
