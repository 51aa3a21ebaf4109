"""Bad query strings give a normal page with a clear Dutch message, never a 500."""

import html
import re
from datetime import time
from urllib.parse import urlencode

import pytest

from tests.factories import maak_aanbod

pytestmark = pytest.mark.django_db

NIET_BEGREPEN = "Het filter ‘{}’ begrepen we niet, dus dat laten we weg."

# (parameters, the message a resident sees, or None where the input is simply searched for)
FOUTE_INVOER = [
    ({"wijk": "nergens"}, NIET_BEGREPEN.format("Wijk")),
    ({"wijk": "OOST"}, NIET_BEGREPEN.format("Wijk")),
    ({"buurt": "bestaat-niet"}, NIET_BEGREPEN.format("Buurt")),
    ({"thema": "onbekend"}, NIET_BEGREPEN.format("Thema")),
    ({"doelgroep": "marsmannetjes"}, NIET_BEGREPEN.format("Voor wie")),
    ({"soort": "raket"}, NIET_BEGREPEN.format("Soort")),
    ({"taal": "klingon"}, NIET_BEGREPEN.format("Taal")),
    ({"dag": "2026-13-45"}, NIET_BEGREPEN.format("Op welke dag")),
    ({"dag": "maandag"}, NIET_BEGREPEN.format("Op welke dag")),
    ({"page": "abc"}, "Dat paginanummer begrijpen we niet. Dit is pagina 1."),
    ({"page": "-1"}, "Dat paginanummer bestaat niet. Dit is pagina 1."),
    ({"page": "0"}, "Dat paginanummer bestaat niet. Dit is pagina 1."),
    ({"page": "999999999999999999999"}, "Er zijn maar 1 pagina's. Dit is de laatste."),
    ({"page": "1e3"}, "Dat paginanummer begrijpen we niet. Dit is pagina 1."),
    ({"q": "koffie " * 715}, "Je zoekvraag was erg lang. We zoeken op de eerste woorden."),
    ({"q": "x" * 5000}, "Je zoekvraag was erg lang. We zoeken op de eerste woorden."),
    ({"q": "'; DROP TABLE aanbod_aanbod;--"}, None),
    ({"q": ".*[("}, None),
    ({"q": "%_\\"}, None),
    ({"q": "koffie ☕🙂"}, None),
    ({"q": "🙂"}, None),
    ({"q": "\x01\x02\x1b[31m\x7f"}, None),
    ({"q": "\u202e\u200b"}, None),
    ({"q": "<script>alert(1)</script>"}, None),
    ({"q": "koffie", "gratis": "misschien", "nu_open": "<b>"}, None),
]


@pytest.fixture
def aanbod():
    return maak_aanbod(naam="Buurtkoffie", tijden=((0, time(10), time(12)),))


def pagina(client, url: str, params: dict) -> str:
    response = client.get(f"{url}?{urlencode(params)}")
    assert response.status_code == 200, params
    return html.unescape(response.content.decode())


@pytest.mark.parametrize(("params", "melding"), FOUTE_INVOER)
def test_zoeken_geeft_een_gewone_pagina(client, aanbod, params, melding):
    response = client.get(f"/aanbod/?{urlencode(params)}")
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()  # escaped
    inhoud = html.unescape(response.content.decode())
    assert "<h1>Zoek in het aanbod</h1>" in inhoud
    if melding:
        assert melding in inhoud


@pytest.mark.parametrize(("params", "melding"), FOUTE_INVOER)
def test_zoeken_met_htmx_geeft_dezelfde_melding(client, aanbod, params, melding):
    response = client.get(f"/aanbod/?{urlencode(params)}", headers={"HX-Request": "true"})
    assert response.status_code == 200
    if melding:
        assert melding in html.unescape(response.content.decode())


@pytest.mark.parametrize(
    ("params", "melding"), [(p, m) for p, m in FOUTE_INVOER if "page" not in p]
)
def test_kaart_geeft_een_gewone_pagina(client, aanbod, params, melding):
    inhoud = pagina(client, "/kaart/", params)
    assert "<h1>Aanbod op de kaart</h1>" in inhoud
    if melding:
        assert melding in inhoud


@pytest.mark.parametrize(
    ("params", "melding"),
    [
        ({"wijk": "nergens"}, NIET_BEGREPEN.format("Wijk")),
        ({"thema": "onbekend"}, NIET_BEGREPEN.format("Thema")),
        ({"thema": "'; DROP TABLE--"}, NIET_BEGREPEN.format("Thema")),
        ({"dag": "gisteren", "page": "-1"}, None),  # the agenda has no such filters: ignored
    ],
)
def test_agenda_geeft_een_gewone_pagina(client, aanbod, params, melding):
    inhoud = pagina(client, "/agenda/", params)
    assert "<h1>Agenda: de komende 7 dagen</h1>" in inhoud
    if melding:
        assert melding in inhoud


@pytest.mark.parametrize(
    "params",
    [
        {"q": "koffie\x00"},
        {"wijk": "oost\x00"},
        {"buurt": "\x00"},
        {"thema": "\x00"},
        {"doelgroep": "iedereen\x00"},
        {"taal": "\x00"},
        {"dag": "\x00"},
        {"page": "\x00"},
    ],
    ids=lambda p: next(iter(p)),
)
@pytest.mark.parametrize("url", ["/aanbod/", "/kaart/"])
def test_nul_teken_geeft_een_duidelijke_400_geen_fout(client, aanbod, url, params):
    """Since the security review: a plain 400 before any view (wijkportaal/beveiliging.py)."""
    response = client.get(f"{url}?{urlencode(params)}")
    assert response.status_code == 400
    assert "teken dat niet kan" in response.content.decode()


@pytest.mark.parametrize(
    ("params", "melding"),
    [
        ({"wijk": "nergens"}, "Die wijk kennen we niet. Je ziet nu alles in Utrecht."),
        ({"wijk": "x" * 5000}, "Die wijk kennen we niet. Je ziet nu alles in Utrecht."),
        ({"wijk": ""}, None),
    ],
)
def test_home_met_onbekende_wijk(client, aanbod, params, melding):
    inhoud = pagina(client, "/", params)
    assert "<h1>Wat is er in jouw wijk?</h1>" in inhoud
    if melding:
        assert melding in inhoud
    assert pagina(client, "/", {}).count("kennen we niet") == 0  # not repeated on later visits


# A NUL byte (%00) in the address gets a plain 400 before any view: tests/veiligheid.
@pytest.mark.parametrize(
    "slug", ["bestaat-niet", "x" * 300, "..%2F..%2Fetc%2Fpasswd", "%F0%9F%99%82"]
)
def test_onbekende_detailpagina_is_een_nette_404(client, slug):
    response = client.get(f"/aanbod/{slug}/")
    assert response.status_code == 404
    assert "Deze pagina bestaat niet (meer)" in response.content.decode()


def test_gewone_foutmelding_geeft_geen_dubbele_meldingen(client, aanbod):
    inhoud = pagina(client, "/aanbod/", {"wijk": "nergens", "thema": "onbekend", "page": "abc"})
    meldingen = re.findall(
        r'melding" role="status">.*?<p class="utrecht-alert__message">(.*?)</p>', inhoud
    )
    assert meldingen == [
        NIET_BEGREPEN.format("Wijk"),
        NIET_BEGREPEN.format("Thema"),
        "Dat paginanummer begrijpen we niet. Dit is pagina 1.",
    ]
