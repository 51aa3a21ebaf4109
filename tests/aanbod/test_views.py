"""The public pages: home, search (with and without htmx), detail, print, map, agenda,
organisation, 404 and the language switch."""

import html
import json
import re
from datetime import date, time, timedelta
from decimal import Decimal
from html.parser import HTMLParser

import pytest
from django.utils import timezone

from aanbod.models import Aanbod, Deelname, Kosten, Soort, Status, Taal
from tests.conftest import amsterdam
from tests.factories import (
    maak_aanbod,
    maak_locatie,
    maak_organisatie,
    maak_sluiting,
    maak_tijdslot,
)

pytestmark = pytest.mark.django_db

MAANDAG_HALF_ELF = amsterdam(2026, 3, 2, 10, 30)


def tekst(response) -> str:
    """The page as a person reads it: no tags, entities decoded, whitespace collapsed."""
    zonder_tags = re.sub(r"<[^>]+>", " ", response.content.decode())
    return re.sub(r"\s+", " ", html.unescape(zonder_tags)).replace(" .", ".").replace(" ,", ",")


def kaartpunten(response) -> list[dict]:
    gevonden = re.search(
        r'<script id="kaartpunten" type="application/json">(.*?)</script>',
        response.content.decode(),
        re.S,
    )
    assert gevonden, "no map data on the page"
    return json.loads(gevonden.group(1))


def hsds_ids(response) -> list[str]:
    return re.findall(r'data-hsds-id="([0-9a-f-]{36})"', response.content.decode())


# --- home -------------------------------------------------------------------------------------


def test_home_toont_zoekvak_themas_wijken_en_wat_nu_open_is(client, zet_nu):
    zet_nu(MAANDAG_HALF_ELF)
    maak_aanbod(naam="Koffieochtend", tijden=((0, time(10), time(12)),))
    maak_aanbod(naam="Avondsoos", tijden=((0, time(19), time(22)),))
    r = client.get("/")
    assert r.status_code == 200
    assert 'name="q"' in r.content.decode()
    pagina = tekst(r)
    assert "Ontmoeting" in pagina and "Geld en schulden" in pagina
    assert "Vleuten-De Meern" in pagina
    nu_open = pagina.split("Nu open")[1].split("Deze week")[0]
    assert "Koffieochtend" in nu_open
    assert "Avondsoos" not in nu_open


def test_home_onthoudt_de_gekozen_wijk(client, zet_nu):
    zet_nu(MAANDAG_HALF_ELF)
    maak_aanbod(naam="Koffie Oost", wijk="oost", tijden=((0, time(10), time(12)),))
    maak_aanbod(naam="Koffie West", wijk="west", tijden=((0, time(10), time(12)),))
    r = client.get("/?wijk=west")
    assert "Nu open in West" in tekst(r)
    assert "Koffie West" in tekst(r) and "Koffie Oost" not in tekst(r)
    r = client.get("/")  # later visit: still West
    assert "Nu open in West" in tekst(r)
    r = client.get("/?wijk=")
    assert "Koffie Oost" in tekst(r) and "Koffie West" in tekst(r)


def test_home_deze_week_toont_activiteiten(client, zet_nu):
    zet_nu(MAANDAG_HALF_ELF)
    maak_aanbod(naam="Kookclub", soort=Soort.ACTIVITEIT, tijden=((2, time(17), time(20)),))
    pagina = tekst(client.get("/"))
    assert "Deze week" in pagina
    assert "woensdag 4 maart" in pagina
    assert "17:00–20:00 Kookclub" in pagina


# --- /aanbod/ ---------------------------------------------------------------------------------


def test_zoeken_hele_pagina_met_hsds_id_per_resultaat(client):
    eerste = maak_aanbod(naam="Buurtkoffie")
    tweede = maak_aanbod(naam="Computerhulp")
    maak_aanbod(naam="Gestopt", status=Status.GESTOPT)
    r = client.get("/aanbod/")
    assert r.status_code == 200
    assert r.content.decode().lstrip().startswith("<!doctype html>")
    assert sorted(hsds_ids(r)) == sorted([str(eerste.hsds_id), str(tweede.hsds_id)])
    assert "2 resultaten" in tekst(r)


def test_zoeken_met_htmx_geeft_alleen_de_resultaten(client):
    aanbod = maak_aanbod(naam="Buurtkoffie")
    r = client.get("/aanbod/?q=buurtkoffie", headers={"HX-Request": "true"})
    assert r.status_code == 200
    inhoud = r.content.decode()
    assert "<html" not in inhoud
    assert "<form" not in inhoud  # the filters stay as they are
    assert inhoud.lstrip().startswith('<section id="resultaten"')
    assert hsds_ids(r) == [str(aanbod.hsds_id)]
    assert "1 resultaat gevonden" in tekst(r)  # announced to screen readers
    assert "HX-Request" in r["Vary"]


def test_zoeken_zonder_htmx_en_met_htmx_tonen_dezelfde_resultaten(client):
    for i in range(3):
        maak_aanbod(naam=f"Koffie {i}", themas=())
    maak_aanbod(naam="Iets anders", themas=(), beschrijving="Hulp bij formulieren.")
    heel = client.get("/aanbod/?q=koffie")
    deel = client.get("/aanbod/?q=koffie", headers={"HX-Request": "true"})
    assert hsds_ids(heel) == hsds_ids(deel)
    assert len(hsds_ids(heel)) == 3


def test_gekozen_filters_staan_erbij_met_werkende_weghaallinks(client):
    maak_aanbod(naam="Koffie Oost", wijk="oost", themas=("ontmoeting",))
    maak_aanbod(naam="Koffie West", wijk="west", themas=("ontmoeting",))
    maak_aanbod(naam="Schuldhulp Oost", wijk="oost", themas=("geld-en-schulden",))
    r = client.get("/aanbod/?wijk=oost&thema=ontmoeting&gratis=on")
    pagina = r.content.decode()
    chips = dict(
        re.findall(r'<a href="([^"]*)" class="filterchip">\s*([^<]*?)\s*<span', pagina)[::1]
    )
    labels = {html.unescape(label): html.unescape(url) for url, label in chips.items()}
    assert set(labels) == {"Wijk: Oost", "Thema: Ontmoeting", "Gratis: ja"}
    assert "Koffie Oost" in tekst(r) and "Koffie West" not in tekst(r)

    zonder_wijk = client.get("/aanbod/" + labels["Wijk: Oost"])
    assert "Koffie West" in tekst(zonder_wijk)
    assert "Schuldhulp Oost" not in tekst(zonder_wijk)
    zonder_thema = client.get("/aanbod/" + labels["Thema: Ontmoeting"])
    assert "Schuldhulp Oost" in tekst(zonder_thema)
    assert "Koffie West" not in tekst(zonder_thema)
    assert 'href="?" class="filterchip filterchip--alles"' in pagina


def test_weghaallink_laat_het_paginanummer_weg(client):
    for i in range(25):
        maak_aanbod(naam=f"Aanbod {i:02}", wijk="oost")
    pagina = client.get("/aanbod/?wijk=oost&page=2").content.decode()
    weghalen = re.search(r'<a href="([^"]*)" class="filterchip">', pagina).group(1)
    assert "page" not in weghalen


def test_paginering(client):
    for i in range(25):
        maak_aanbod(naam=f"Aanbod {i:02}")
    eerste = client.get("/aanbod/")
    assert len(hsds_ids(eerste)) == 20
    assert "Pagina 1 van 2" in tekst(eerste)
    assert 'href="?page=2" rel="next"' in eerste.content.decode()
    tweede = client.get("/aanbod/?page=2")
    assert len(hsds_ids(tweede)) == 5
    assert "Pagina 2 van 2" in tekst(tweede)
    assert not set(hsds_ids(eerste)) & set(hsds_ids(tweede))


def test_paginering_houdt_de_filters_vast(client):
    for i in range(25):
        maak_aanbod(naam=f"Aanbod {i:02}", wijk="oost")
    pagina = client.get("/aanbod/?wijk=oost").content.decode()
    assert 'href="?wijk=oost&amp;page=2" rel="next"' in pagina


def test_niets_gevonden_verwijst_naar_het_wijkinformatiepunt(client):
    maak_aanbod(naam="Buurtkoffie")
    pagina = tekst(client.get("/aanbod/?q=paardrijden"))
    assert "0 resultaten" in pagina
    assert "We vonden niets dat hierbij past." in pagina


# --- detail -----------------------------------------------------------------------------------


@pytest.fixture
def taalcafe():
    locatie = maak_locatie(
        "oost",
        naam="Buurthuis De Leeuw",
        straat="Leeuwstraat",
        huisnummer="12",
        postcode="3581 AB",
        rolstoeltoegankelijk=True,
        ringleiding=True,
    )
    aanbod = maak_aanbod(
        naam="Taalcafé De Leeuw",
        locatie=locatie,
        organisatie=maak_organisatie(naam="Stichting Taalmaatjes"),
        soort=Soort.ACTIVITEIT,
        themas=("ontmoeting", "informatie-en-advies"),
        doelgroepen=("nieuwkomers",),
        beschrijving="Samen Nederlands oefenen bij een kop thee.",
        voor_wie="Voor iedereen die Nederlands wil leren.",
        kosten=Kosten.EIGEN_BIJDRAGE,
        kosten_bedrag=Decimal("2.50"),
        kosten_toelichting="Thee is gratis",
        deelname=Deelname.AANMELDEN,
        contactpersoon="Fatima",
        telefoon="030 200 10 10",
        email="info@taalmaatjes.example",
        website="https://taalmaatjes.example/",
        laatst_gecontroleerd=timezone.localdate() - timedelta(days=30),
        tijden=((0, time(10), time(12)),),
    )
    aanbod.talen.set(Taal.objects.filter(code__in=["nl", "ar"]))
    return aanbod


def test_detail_toont_alle_feiten(client, taalcafe):
    r = client.get(taalcafe.get_absolute_url())
    assert r.status_code == 200
    pagina = tekst(r)
    for feit in [
        "Taalcafé De Leeuw",
        "Stichting Taalmaatjes",
        "Activiteit",
        "Samen Nederlands oefenen bij een kop thee.",
        "Voor iedereen die Nederlands wil leren.",
        "Nieuwkomers",
        "Eigen bijdrage: € 2,50. Thee is gratis",
        "Eerst aanmelden",
        "Arabisch",
        "Ontmoeting",
        "Informatie en advies",
        "Fatima",
        "Leeuwstraat 12, 3581 AB Utrecht",
        "wijk Oost",
        "✓ Rolstoeltoegankelijk",
        "✓ Ringleiding",
        "Vaste tijden: elke maandag 10:00–12:00",
        "De komende 7 dagen",
    ]:
        assert feit in pagina, feit
    assert 'href="mailto:info@taalmaatjes.example"' in r.content.decode()
    assert 'href="https://taalmaatjes.example/"' in r.content.decode()
    assert f'href="{taalcafe.organisatie.get_absolute_url()}"' in r.content.decode()


def test_detail_bellen_met_een_tik(client, taalcafe):
    pagina = client.get(taalcafe.get_absolute_url()).content.decode()
    assert 'href="tel:+31302001010"' in pagina
    assert "Bel 030 200 10 10" in tekst(client.get(taalcafe.get_absolute_url()))


def test_detail_open_nu(client, taalcafe, zet_nu):
    zet_nu(MAANDAG_HALF_ELF)
    assert "Nu open, tot 12:00" in tekst(client.get(taalcafe.get_absolute_url()))
    zet_nu(amsterdam(2026, 3, 2, 13))
    assert "Gesloten. Opent maandag 9 maart om 10:00" in tekst(
        client.get(taalcafe.get_absolute_url())
    )


def test_detail_week_toont_sluiting_en_feestdag(client, taalcafe, zet_nu):
    zet_nu(amsterdam(2026, 4, 21, 9))  # the week with Koningsdag (Monday 27 April)
    pagina = tekst(client.get(taalcafe.get_absolute_url()))
    assert "Gesloten (Koningsdag)" in pagina
    zet_nu(amsterdam(2026, 3, 3, 9))
    maak_sluiting(taalcafe.aanbodlocaties.get(), date(2026, 3, 9), reden="Verbouwing")
    pagina = tekst(client.get(taalcafe.get_absolute_url()))
    assert "Gesloten: Verbouwing" in pagina


def test_detail_laatst_gecontroleerd(client, taalcafe):
    pagina = tekst(client.get(taalcafe.get_absolute_url()))
    datum = taalcafe.laatst_gecontroleerd
    assert "Laatst gecontroleerd op" in pagina
    assert f"{datum.day} " in pagina.split("Laatst gecontroleerd op")[1][:4]
    assert "misschien niet meer helemaal juist" not in pagina


def test_detail_mogelijk_verouderd(client, taalcafe):
    taalcafe.laatst_gecontroleerd = timezone.localdate() - timedelta(days=200)
    taalcafe.save()
    pagina = tekst(client.get(taalcafe.get_absolute_url()))
    assert "Laatst gecontroleerd op" in pagina
    assert "Deze informatie is misschien niet meer helemaal juist. Bel even voor je gaat." in (
        pagina
    )


def test_detail_nooit_gecontroleerd(client, taalcafe):
    taalcafe.laatst_gecontroleerd = None
    taalcafe.save()
    assert "Nog niet gecontroleerd." in tekst(client.get(taalcafe.get_absolute_url()))


@pytest.mark.parametrize(
    ("status", "melding"),
    [
        (Status.TIJDELIJK_GESLOTEN, "Dit aanbod is tijdelijk gesloten."),
        (Status.GESTOPT, "Dit aanbod is gestopt."),
    ],
)
def test_detail_van_gesloten_of_gestopt_aanbod(client, taalcafe, zet_nu, status, melding):
    zet_nu(MAANDAG_HALF_ELF)
    taalcafe.status = status
    taalcafe.save()
    pagina = tekst(client.get(taalcafe.get_absolute_url()))
    assert melding in pagina
    assert "Nu open" not in pagina


def test_printversie(client, taalcafe):
    r = client.get(f"/aanbod/{taalcafe.slug}/print/")
    assert r.status_code == 200
    pagina = tekst(r)
    for feit in [
        "Taalcafé De Leeuw",
        "Stichting Taalmaatjes",
        "Eigen bijdrage: € 2,50",
        "030 200 10 10",
        "Leeuwstraat 12, 3581 AB Utrecht",
        "Elke maandag 10:00–12:00",
        f"http://testserver{taalcafe.get_absolute_url()}",
    ]:
        assert feit in pagina, feit
    assert r.content.decode().count("<h1") == 1


# --- a confidential address is never shown ----------------------------------------------------


@pytest.fixture
def opvang(zet_nu):
    zet_nu(MAANDAG_HALF_ELF)
    geheim = maak_locatie(
        "zuidwest",
        naam="Opvanghuis",
        straat="Geheimelaan",
        huisnummer="99",
        postcode="3521 ZZ",
        lat=52.07512,
        lon=5.09487,
        vertrouwelijk_adres=True,
    )
    aanbod = maak_aanbod(
        naam="Nachtopvang",
        locatie=geheim,
        soort=Soort.ACTIVITEIT,
        telefoon="030 123 45 67",
        tijden=((0, time(10), time(12)), (2, time(18), time(20))),
    )
    openbaar = maak_locatie("oost", naam="Inloophuis", straat="Openbareweg", huisnummer="1")
    extra_plek(aanbod, openbaar)
    return aanbod


def extra_plek(aanbod: Aanbod, locatie) -> None:
    al = aanbod.aanbodlocaties.create(locatie=locatie)
    maak_tijdslot(al, weekdag=0)


def test_geheim_adres_nooit_in_de_html(client, opvang):
    urls = [
        "/",
        "/?wijk=zuidwest",
        "/aanbod/",
        "/aanbod/?q=nachtopvang",
        opvang.get_absolute_url(),
        f"/aanbod/{opvang.slug}/print/",
        "/kaart/",
        "/kaart/?wijk=zuidwest",
        "/agenda/",
        opvang.organisatie.get_absolute_url(),
    ]
    for url in urls:
        r = client.get(url)
        assert r.status_code == 200, url
        pagina = r.content.decode()
        for geheim in ["Geheimelaan", "3521 ZZ", "3521ZZ", "52.07512", "5.09487"]:
            assert geheim not in pagina, (url, geheim)


def test_detail_zegt_hoe_je_aan_het_geheime_adres_komt(client, opvang):
    pagina = tekst(client.get(opvang.get_absolute_url()))
    assert "Het adres is geheim. Bel of mail voor het adres. (Zuidwest)" in pagina
    assert "Openbareweg 1" in pagina  # the public location still shows its address


def test_kaartdata_alleen_openbare_plekken(client, opvang):
    for url in ["/kaart/", opvang.get_absolute_url()]:
        punten = kaartpunten(client.get(url))
        assert [p["naam"] for p in punten] == ["Inloophuis"]
        assert "Geheimelaan" not in json.dumps(punten)


# --- /kaart/ ----------------------------------------------------------------------------------


def test_kaart_met_dezelfde_filters_en_markers(client):
    oost = maak_locatie("oost", naam="Buurthuis Oost", straat="Oostweg", huisnummer="3")
    maak_aanbod(naam="Koffie Oost", locatie=oost, themas=("ontmoeting",))
    maak_aanbod(naam="Taalles Oost", locatie=oost, themas=("informatie-en-advies",))
    maak_aanbod(naam="Koffie West", wijk="west", themas=("ontmoeting",))
    r = client.get("/kaart/?wijk=oost")
    assert r.status_code == 200
    punten = kaartpunten(r)
    assert len(punten) == 1
    punt = punten[0]
    assert punt["naam"] == "Buurthuis Oost"
    assert punt["adres"] == "Oostweg 3, 3581 AA Utrecht"
    assert (punt["lat"], punt["lon"]) == (oost.lat, oost.lon)
    assert sorted(a["naam"] for a in punt["aanbod"]) == ["Koffie Oost", "Taalles Oost"]
    assert all(a["url"].startswith("/aanbod/") for a in punt["aanbod"])
    pagina = tekst(r)
    assert "2 resultaten." in pagina
    assert "Koffie West" not in pagina
    assert len(hsds_ids(r)) == 2  # the list next to the map

    r = client.get("/kaart/?thema=ontmoeting")
    assert sorted(p["naam"] for p in kaartpunten(r)) == sorted(
        ["Buurthuis Oost", Aanbod.objects.get(naam="Koffie West").aanbodlocaties.get().locatie.naam]
    )
    assert "Wijk: Oost" in tekst(client.get("/kaart/?wijk=oost"))


def test_kaart_link_naar_lijst_houdt_filters_vast(client):
    pagina = client.get("/kaart/?wijk=oost&gratis=on").content.decode()
    assert 'href="/aanbod/?wijk=oost&amp;gratis=on"' in pagina


# --- /agenda/ ---------------------------------------------------------------------------------


@pytest.fixture
def activiteiten(zet_nu):
    zet_nu(amsterdam(2026, 3, 2, 9))  # Monday morning
    maak_aanbod(
        naam="Kookclub Oost",
        wijk="oost",
        soort=Soort.ACTIVITEIT,
        themas=("activiteiten-en-vrije-tijd",),
        tijden=((0, time(17), time(20)), (3, time(17), time(20))),
    )
    maak_aanbod(
        naam="Wandelen West",
        wijk="west",
        soort=Soort.ACTIVITEIT,
        themas=("gezondheid-en-leefstijl",),
        tijden=((6, time(10), time(11)),),
    )
    maak_aanbod(
        naam="Maandagmarkt",  # next week only: not in the coming 7 days after Sunday
        wijk="oost",
        soort=Soort.ACTIVITEIT,
        tijden=((0, time(8), time(8, 30)),),
    )
    maak_aanbod(naam="Inloop", wijk="oost", tijden=((1, time(10), time(12)),))  # not an activity


def test_agenda_zeven_dagen(client, activiteiten):
    r = client.get("/agenda/")
    assert r.status_code == 200
    pagina = tekst(r)
    koppen = re.findall(r'<h2 id="dag-(\d{8})"', r.content.decode())
    assert koppen == [f"202603{dag:02}" for dag in range(2, 9)]
    assert "Vandaag, maandag 2 maart" in pagina
    assert pagina.count("Kookclub Oost") == 2
    assert "10:00–11:00 Wandelen West" in pagina
    assert "Maandagmarkt" not in pagina  # today's 08:00 is over and next Monday is day 8
    assert "Inloop" not in pagina


@pytest.mark.parametrize(
    ("query", "wel", "niet"),
    [
        ("wijk=oost", "Kookclub Oost", "Wandelen West"),
        ("wijk=west", "Wandelen West", "Kookclub Oost"),
        ("thema=gezondheid-en-leefstijl", "Wandelen West", "Kookclub Oost"),
    ],
)
def test_agenda_filter_op_wijk_en_thema(client, activiteiten, query, wel, niet):
    pagina = tekst(client.get(f"/agenda/?{query}"))
    assert wel in pagina
    assert niet not in pagina


# --- organisation -----------------------------------------------------------------------------


def test_organisatiepagina(client):
    org = maak_organisatie(
        naam="Buurtteam Oost", beschrijving="Wij helpen in Oost.", telefoon="030-1234567"
    )
    maak_aanbod(naam="Spreekuur", organisatie=org)
    maak_aanbod(naam="Koffie", organisatie=org)
    maak_aanbod(naam="Oud spreekuur", organisatie=org, status=Status.GESTOPT)
    maak_aanbod(naam="Van een ander")
    r = client.get(org.get_absolute_url())
    assert r.status_code == 200
    pagina = tekst(r)
    assert "Wij helpen in Oost." in pagina
    assert "Aanbod van deze organisatie (2)" in pagina
    assert "Spreekuur" in pagina and "Koffie" in pagina
    assert "Oud spreekuur" not in pagina and "Van een ander" not in pagina
    assert 'href="tel:+31301234567"' in r.content.decode()
    assert len(hsds_ids(r)) == 2


# --- 404, one h1, language --------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["/aanbod/bestaat-niet/", "/organisaties/bestaat-niet/", "/bestaat-niet/"]
)
def test_404_in_de_huisstijl(client, url):
    r = client.get(url)
    assert r.status_code == 404
    pagina = tekst(r)
    assert "Deze pagina bestaat niet (meer)" in pagina
    # The site header: it extends base.html.
    assert 'class="utrecht-page-header kop"' in r.content.decode()
    assert "Naar de startpagina" in pagina
    assert "Traceback" not in pagina and "Page not found" not in pagina


def test_elke_pagina_heeft_precies_een_h1(client, taalcafe):
    for url in [
        "/",
        "/aanbod/",
        "/aanbod/?q=niets-te-vinden",
        taalcafe.get_absolute_url(),
        f"/aanbod/{taalcafe.slug}/print/",
        "/kaart/",
        "/agenda/",
        taalcafe.organisatie.get_absolute_url(),
        "/aanbod/bestaat-niet/",
    ]:
        pagina = client.get(url).content.decode()
        assert len(re.findall(r"<h1[\s>]", pagina)) == 1, url


def test_taalkeuze_naar_engels_en_terug(client):
    r = client.get("/")
    assert '<html lang="nl">' in r.content.decode()
    assert "Ontmoeting" in tekst(r)
    r = client.post("/taal/", {"language": "en", "next": "/aanbod/"})
    assert r.status_code == 302
    assert r["Location"] == "/aanbod/"
    r = client.get("/")
    pagina = r.content.decode()
    assert '<html lang="en">' in pagina
    assert "Meeting people" in pagina  # themes have English names
    assert 'name="language" value="nl"' in pagina  # the switch now offers Dutch
    client.post("/taal/", {"language": "nl", "next": "/"})
    assert '<html lang="nl">' in client.get("/").content.decode()


def test_kaartjes_tonen_hun_labels_in_de_gekozen_taal(client):
    maak_aanbod(naam="Inloop", kosten=Kosten.GRATIS, deelname=Deelname.BINNENLOPEN)
    maak_aanbod(
        naam="Cursus",
        kosten=Kosten.EIGEN_BIJDRAGE,
        deelname=Deelname.AANMELDEN,
        status=Status.TIJDELIJK_GESLOTEN,
    )
    nl = tekst(client.get("/aanbod/"))
    assert all(w in nl for w in ["Gratis", "Kost geld", "Gewoon binnenlopen", "Tijdelijk gesloten"])
    client.post("/taal/", {"language": "en", "next": "/aanbod/"})
    en = tekst(client.get("/aanbod/"))
    assert all(w in en for w in ["Free", "Costs money", "Just walk in", "Closed for now"])
    assert "Kost geld" not in en
    client.post("/taal/", {"language": "nl", "next": "/aanbod/"})
    assert "Kost geld" in tekst(client.get("/aanbod/"))  # each language keeps its own labels


class Velden(HTMLParser):
    """Collects form fields and which ids a <label for> names or a <label> wraps."""

    def __init__(self):
        super().__init__()
        self.velden: list[dict] = []
        self.label_voor: set[str] = set()
        self.in_label = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "label":
            self.in_label += 1
            if attrs.get("for"):
                self.label_voor.add(attrs["for"])
        elif tag in {"input", "select", "textarea"} and attrs.get("type") not in {
            "hidden",
            "submit",
            "button",
        }:
            self.velden.append({**attrs, "_in_label": self.in_label > 0})

    def handle_endtag(self, tag):
        if tag == "label":
            self.in_label -= 1


@pytest.mark.parametrize("url", ["/", "/aanbod/", "/kaart/", "/agenda/"])
def test_elk_formulierveld_heeft_een_label(client, url):
    maak_aanbod()
    parser = Velden()
    parser.feed(client.get(url).content.decode())
    assert parser.velden, "no form fields found"
    zonder = [
        v
        for v in parser.velden
        if not v["_in_label"] and v.get("id") not in parser.label_voor and not v.get("aria-label")
    ]
    assert zonder == []
