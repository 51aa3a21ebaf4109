"""The shared page cache: residents without a session share public pages; nobody's own page
(a session, a login, a message) is ever shown to someone else, and forms keep working."""

import re
from datetime import time

import pytest
from django.conf import settings
from django.test import Client, override_settings

from tests.conftest import amsterdam
from tests.factories import maak_aanbod, maak_gebruiker, otp_inloggen
from vragen.models import Vraag

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def _zonder_token(inhoud: bytes) -> str:
    """The page without its CSRF tokens, which differ per visitor (the language switch)."""
    return TOKEN.sub("", inhoud.decode())


def _bezoeker(**kwargs) -> Client:
    """A new visitor: a browser without cookies."""
    return Client(**kwargs)


@pytest.fixture
def aanbod(db, zet_nu):
    zet_nu(amsterdam(2026, 11, 24, 10, 30))
    return maak_aanbod(naam="Buurtkoffie Oost")


def test_tweede_bezoeker_krijgt_de_bewaarde_pagina_zonder_queries(
    aanbod, django_assert_num_queries
):
    # Enough results that the search is not counted as "found little" (that costs one query).
    maak_aanbod(naam="Koffie-inloop")
    maak_aanbod(naam="Koffie en krant")
    eerste = _bezoeker().get("/aanbod/?q=koffie")
    assert eerste["X-Paginacache"] == "miss"
    with django_assert_num_queries(0):
        tweede = _bezoeker().get("/aanbod/?q=koffie")
    assert tweede["X-Paginacache"] == "hit"
    assert _zonder_token(tweede.content) == _zonder_token(eerste.content)
    assert aanbod.get_absolute_url() in tweede.content.decode()
    # Headers that middleware adds are there on a kept page too.
    assert "Content-Security-Policy" in tweede
    assert tweede["Content-Type"] == eerste["Content-Type"]


def test_een_bewaarde_zoekpagina_die_weinig_vond_telt_ook_de_tweede_bezoeker(
    aanbod, django_assert_num_queries
):
    """The signals page counts every search that found little, also one served from the cache:
    the one query it costs is that count."""
    from aanbod.models import ZoekwoordTelling

    _bezoeker().get("/aanbod/?q=koffie")
    with django_assert_num_queries(1):
        tweede = _bezoeker().get("/aanbod/?q=koffie")
    assert tweede["X-Paginacache"] == "hit"
    assert "X-Weinig-Gevonden" not in tweede
    assert ZoekwoordTelling.objects.get(woord="koffie").weinig_gevonden == 2


def test_een_wijziging_in_de_catalogus_geeft_meteen_een_nieuwe_pagina(aanbod):
    _bezoeker().get(aanbod.get_absolute_url())
    aanbod.naam = "Buurtkoffie Oost (nieuwe tijden)"
    aanbod.save()
    antwoord = _bezoeker().get(aanbod.get_absolute_url())
    assert antwoord["X-Paginacache"] == "miss"
    assert "Buurtkoffie Oost (nieuwe tijden)" in antwoord.content.decode()


def test_nieuwe_pagina_zodra_iets_opent_of_sluit(db, zet_nu):
    # Tuesday 24 November 2026: open 10:00-12:00.
    aanbod = maak_aanbod(naam="Inloop", tijden=((1, time(10), time(12)),))
    zet_nu(amsterdam(2026, 11, 24, 10, 30))
    assert "Nu open, tot 12:00" in _bezoeker().get(aanbod.get_absolute_url()).content.decode()
    zet_nu(amsterdam(2026, 11, 24, 11, 59))
    assert _bezoeker().get(aanbod.get_absolute_url())["X-Paginacache"] == "hit"
    zet_nu(amsterdam(2026, 11, 24, 12, 0))
    dicht = _bezoeker().get(aanbod.get_absolute_url())
    assert dicht["X-Paginacache"] == "miss"
    assert "Nu open" not in dicht.content.decode()
    # The next day is a new stretch too ('morgen' becomes 'vandaag').
    zet_nu(amsterdam(2026, 11, 25, 0, 0))
    assert _bezoeker().get(aanbod.get_absolute_url())["X-Paginacache"] == "miss"


def test_elke_taal_en_htmx_een_eigen_pagina(aanbod):
    nl = _bezoeker().get("/aanbod/", headers={"Accept-Language": "nl"})
    en = _bezoeker().get("/aanbod/", headers={"Accept-Language": "en"})
    assert en["X-Paginacache"] == "miss"
    assert nl["Content-Language"] == "nl" and en["Content-Language"] == "en"
    en_cookie = _bezoeker()
    en_cookie.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert en_cookie.get("/aanbod/")["X-Paginacache"] == "hit"
    assert _zonder_token(en_cookie.get("/aanbod/").content) == _zonder_token(en.content)
    deel = _bezoeker().get("/aanbod/", headers={"HX-Request": "true"})
    assert deel["X-Paginacache"] == "miss"
    assert b"<html" not in deel.content


def test_ingelogde_medewerker_deelt_nooit_een_pagina(aanbod):
    medewerker = _bezoeker()
    otp_inloggen(medewerker, maak_gebruiker("medewerker"))
    eigen = medewerker.get("/aanbod/")
    assert "X-Paginacache" not in eigen
    assert "Uitloggen" in eigen.content.decode()
    # The anonymous page made after it does not show the staff menu, and the staff member
    # does not get the anonymous one.
    anoniem = _bezoeker().get("/aanbod/")
    assert "Uitloggen" not in anoniem.content.decode()
    assert _bezoeker().get("/aanbod/")["X-Paginacache"] == "hit"
    assert "Uitloggen" in medewerker.get("/aanbod/").content.decode()
    assert "X-Paginacache" not in medewerker.get("/aanbod/")


def test_een_gekozen_wijk_blijft_van_de_bezoeker_zelf(aanbod):
    kiezer = _bezoeker()
    met_wijk = kiezer.get("/?wijk=oost")
    assert "X-Paginacache" not in met_wijk
    assert settings.SESSION_COOKIE_NAME in met_wijk.cookies
    # Others do not get the page with that wijk; the chooser keeps getting their own.
    anders = _bezoeker().get("/")
    assert anders.context is not None and anders.context["wijk"] is None
    assert kiezer.get("/").context["wijk"].slug == "oost"


def test_wie_een_melding_moet_zien_krijgt_een_eigen_pagina(aanbod):
    _bezoeker().get("/aanbod/")
    met_melding = _bezoeker()
    met_melding.cookies["messages"] = "iets"
    assert "X-Paginacache" not in met_melding.get("/aanbod/")


def test_formulier_op_een_gedeelde_pagina_krijgt_per_bezoeker_een_eigen_token(db):
    anna = _bezoeker(enforce_csrf_checks=True)
    bert = _bezoeker(enforce_csrf_checks=True)
    pagina_anna = anna.get("/vraag/")
    pagina_bert = bert.get("/vraag/")
    assert pagina_bert["X-Paginacache"] == "hit"
    token_anna = TOKEN.search(pagina_anna.content.decode()).group(1)
    token_bert = TOKEN.search(pagina_bert.content.decode()).group(1)
    assert token_anna != token_bert
    assert settings.CSRF_COOKIE_NAME in pagina_bert.cookies
    assert "__wijkportaal_csrf__" not in pagina_bert.content.decode()
    # Bert's question goes through with the token from the shared page.
    antwoord = bert.post(
        "/vraag/versturen/",
        {"tekst": "Waar kan ik koffie drinken?", "website": "", "csrfmiddlewaretoken": token_bert},
    )
    assert antwoord.status_code == 302
    assert Vraag.objects.filter(tekst="Waar kan ik koffie drinken?").exists()
    # Anna's token does not work with Bert's cookie.
    fout = bert.post(
        "/vraag/versturen/", {"tekst": "Nog een vraag", "csrfmiddlewaretoken": "x" * 64}
    )
    assert fout.status_code == 403


def test_foutpagina_en_niet_gevonden_worden_niet_bewaard(aanbod):
    assert _bezoeker().get("/aanbod/bestaat-niet/").status_code == 404
    assert "X-Paginacache" not in _bezoeker().get("/aanbod/bestaat-niet/")


@override_settings(PAGINACACHE_SECONDEN=0)
def test_uit_te_zetten(aanbod):
    _bezoeker().get("/aanbod/")
    assert "X-Paginacache" not in _bezoeker().get("/aanbod/")
