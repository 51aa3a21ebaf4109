"""Search as residents use it: hostile input, search words, suggestions, highlighting."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from aanbod.blokken import markeer
from aanbod.models import Aanbod, Thema, Zoekwoord
from aanbod.versie import vergeten
from aanbod.zoeken import zoek
from aanbod.zoeken.tekst import zoekwoorden
from aanbod.zoeken.vraag import lezen
from tests.factories import maak_aanbod, maak_organisatie

VIJANDIG = [
    "'; DROP TABLE aanbod_aanbod; --",
    ".*[(",
    "%_\\",
    "a:* & !b | (c",
    "<script>alert(1)</script>",
    "🙂 koffie ☕",
    "\x00koffie",
    "\u202e\u200bkoffie",
    "k" * 1000,
    " ".join(["koffie"] * 300),
    "!!!???",
    "",
]


@pytest.fixture
def koffie(db):
    return maak_aanbod(naam="Buurtkoffie Oost", beschrijving="Samen koffie drinken met buren.")


@pytest.mark.parametrize("invoer", VIJANDIG)
def test_vijandige_invoer_geeft_nooit_een_fout(client, koffie, invoer):
    assert isinstance(zoek(Aanbod.objects.all(), invoer).ids, list)
    response = client.get("/aanbod/", {"q": invoer})
    # A NUL byte in the address gets a plain 400 before the view (wijkportaal/beveiliging.py).
    assert response.status_code == (400 if "\x00" in invoer else 200)
    assert b"<script>alert(1)</script>" not in response.content


def test_zoekwoorden_zijn_begrensd_en_zonder_stopwoorden():
    assert zoekwoorden("Iets met KOKEN in Overvecht!") == ["koken", "overvecht"]
    assert len(zoekwoorden(" ".join(f"woord{i}" for i in range(100)))) == 12
    assert all(len(w) <= 40 for w in zoekwoorden("x" * 1000))


def test_wat_op_alle_woorden_past_staat_boven_wat_op_een_deel_past(koffie):
    wandelen = maak_aanbod(
        naam="Wandelgroep", beschrijving="Samen wandelen.", themas=("gezondheid-en-leefstijl",)
    )
    beide = maak_aanbod(
        naam="Wandelen en koffie",
        beschrijving="Een rondje, dan koffie.",
        themas=("gezondheid-en-leefstijl",),
    )
    assert list(Aanbod.objects.zoek("koffie buren")) == [koffie, beide]
    assert list(Aanbod.objects.zoek("koffie wandelen"))[0] == beide
    assert set(Aanbod.objects.zoek("koffie wandelen")) == {beide, koffie, wandelen}
    assert not Aanbod.objects.zoek("fietsenmaker").exists()


def test_een_woord_vindt_hele_woorden_en_betekenisvolle_delen_niet_letters_erin(db):
    """'eten' is no part of 'ontmoeten', 'cafe' is of 'taalcafe', 'les' of 'taalles'."""
    ontmoeten = maak_aanbod(naam="Ontmoeten in de wijk", beschrijving="Kom langs.", themas=())
    eten = maak_aanbod(naam="Samen eten", beschrijving="Elke vrijdag.", themas=())
    taalcafe = maak_aanbod(naam="Taalcafé", beschrijving="Nederlands oefenen.", themas=())
    taalles = maak_aanbod(naam="Taalles voor vrouwen", beschrijving="Elke week.", themas=())
    maak_aanbod(naam="Repair Café", beschrijving="Spullen maken.", themas=())
    maak_aanbod(naam="Lessen in fietsen", beschrijving="Op het plein.", themas=())
    assert list(Aanbod.objects.zoek("eten")) == [eten]
    assert ontmoeten not in Aanbod.objects.zoek("eten")
    assert taalcafe in Aanbod.objects.zoek("cafe")
    assert taalles in Aanbod.objects.zoek("les")
    assert taalcafe in Aanbod.objects.zoek("taalles")  # not in the catalogue: its parts are


WOORDEN_MET_OUDER = [
    ("Ouderkamer", "Koffie voor moeders en vaders."),
    ("Ouderschap na een scheiding", "Een cursus."),
    ("Praten met andere ouders", "Elke dinsdag."),
    ("Ouderenadviseur", "Hulp bij formulieren."),
    ("Oudejaarsfeest", "Met oliebollen."),  # 'oudejaars' does not start with 'ouder'
    ("Vaders en moeders", "Over opvoeden."),
]


def _ids(vraag: str) -> list[int]:
    return zoek(Aanbod.objects.all(), vraag).ids


def test_een_woord_vindt_wat_erop_volgt_ook_uitgeschreven_als_woorden(db, monkeypatch):
    """'ouders' searches the catalogue's words that start with its stem (ouderkamer,
    ouderschap, ...) as whole words, which the index finds faster than a prefix: the same
    offers in the same order as the prefix found, also where the list is too long and the
    prefix stays."""
    from aanbod.zoeken import woordenlijst

    aanbod = {
        naam: maak_aanbod(naam=naam, beschrijving=b, themas=()) for naam, b in WOORDEN_MET_OUDER
    }
    vragen = ["ouders", "ouder praten", "waar kan ik met andere ouders praten", "vaders"]
    uitgeschreven = {vraag: _ids(vraag) for vraag in vragen}
    gevonden = {naam for naam, a in aanbod.items() if a.pk in uitgeschreven["ouders"]}
    assert gevonden == {
        "Ouderkamer",
        "Ouderschap na een scheiding",
        "Praten met andere ouders",
        "Ouderenadviseur",
    }
    assert ":*" not in " ".join(lezen("ouders").groepen[0].sterk)
    monkeypatch.setattr(woordenlijst, "MAX_VORMEN", 1)
    vergeten()  # what this process keeps of each word
    assert {vraag: _ids(vraag) for vraag in vragen} == uitgeschreven


def test_een_nieuw_woord_in_de_catalogus_is_meteen_vindbaar(db):
    """The words a prefix stands for are kept per catalogue version: an offer with a new word
    is found by the next search, in this process too."""
    maak_aanbod(naam="Ouderkamer", beschrijving="Koffie.", themas=())
    assert len(_ids("ouders")) == 1
    nieuw = maak_aanbod(naam="Ouderavond op school", beschrijving="Elke maand.", themas=())
    assert nieuw.pk in _ids("ouders")


def test_een_lange_zin_vindt_hetzelfde_langs_welke_index_ook(db, monkeypatch):
    """A query of three groups or more takes the candidates that fit them all from the GIN
    index, not the walk in check order: the same offers in the same order."""
    from aanbod.zoeken import rangschikken

    for i in range(30):
        maak_aanbod(
            naam=f"Computerles {i}" if i % 3 else f"Les voor ouderen {i}",
            beschrijving="Voor ouderen die met de computer willen leren." if i % 2 else "Les.",
            themas=(),
        )
    vraag = "computer les ouderen"
    via_gin = zoek(Aanbod.objects.all(), vraag).ids
    monkeypatch.setattr(rangschikken, "GIN_VANAF", 99)
    assert zoek(Aanbod.objects.all(), vraag).ids == via_gin
    monkeypatch.setattr(rangschikken, "GIN_VANAF", 1)
    assert zoek(Aanbod.objects.all(), vraag).ids == via_gin
    assert len(via_gin) == 30


def test_hoofdletters_en_accenten_maken_niet_uit(db):
    cafe = maak_aanbod(naam="Taalcafé Neude")
    for vraag in ["taalcafe", "TAALCAFÉ", "Taalcafe neude", "taal"]:
        assert cafe in Aanbod.objects.zoek(vraag), vraag


def test_zoekwoord_bij_een_thema_maakt_aanbod_vindbaar(db):
    ontmoeting = maak_aanbod(naam="Inloop", beschrijving="Kom binnen.", themas=("ontmoeting",))
    thema = Thema.objects.get(slug="ontmoeting")
    assert ontmoeting not in Aanbod.objects.zoek("snertclubje")
    woord = Zoekwoord.objects.create(woord="snertclubje", thema=thema)
    assert ontmoeting in Aanbod.objects.zoek("snertclubje")
    woord.delete()
    assert ontmoeting not in Aanbod.objects.zoek("snertclubje")


def test_zoekwoord_bij_een_aanbod(db):
    aanbod = maak_aanbod(naam="Inloop", beschrijving="Kom binnen.")
    Zoekwoord.objects.create(woord="bakkie doen", aanbod=aanbod)
    assert list(Aanbod.objects.zoek("bakkie")) == [aanbod]


def test_startlijst_van_zoekwoorden_is_geladen(db):
    assert Zoekwoord.objects.filter(woord="eenzaam", thema__slug="ontmoeting").exists()
    assert Zoekwoord.objects.filter(woord="geldzorgen", thema__slug="geld-en-schulden").exists()


def test_naam_treffer_staat_boven_beschrijving_treffer(db):
    in_beschrijving = maak_aanbod(naam="Inloop", beschrijving="Met een repair hoek.")
    in_naam = maak_aanbod(naam="Repair Café", beschrijving="Spullen maken.")
    assert list(Aanbod.objects.zoek("repair"))[:2] == [in_naam, in_beschrijving]


def test_een_typfout_wordt_verbeterd(koffie):
    resultaat = zoek(Aanbod.objects.all(), "buurtkofie")
    assert resultaat.verbeterd == "buurtkoffie"
    assert resultaat.ids == [koffie.pk]
    assert zoek(Aanbod.objects.all(), "koffie").verbeterd == ""


def test_letterlijk_zoeken_verbetert_niet_maar_stelt_voor(koffie):
    resultaat = zoek(Aanbod.objects.all(), "buurtkofie", letterlijk=True)
    assert resultaat.ids == [] and resultaat.verbeterd == ""
    assert resultaat.bedoelde_je() == "buurtkoffie"


def test_verwante_themas_bij_geen_resultaat(db):
    namen = [t.slug for t in zoek(Aanbod.objects.all(), "geldzorgen").verwante_themas()]
    assert "geld-en-schulden" in namen
    assert zoek(Aanbod.objects.all(), "xyzzy").verwante_themas()  # always something to go on


def test_verwante_themas_lezen_alleen_de_themas_die_ze_tonen(db, django_assert_num_queries):
    schuldn = zoek(Aanbod.objects.all(), "schuldn")
    with django_assert_num_queries(1):
        assert "geld-en-schulden" in [t.slug for t in schuldn.verwante_themas()]
    xyzzy = zoek(Aanbod.objects.all(), "xyzzy")
    with django_assert_num_queries(1):
        assert {t.slug for t in xyzzy.verwante_themas()} <= {
            "informatie-en-advies",
            "praktische-hulp",
            "ontmoeting",
            "zorg-en-ondersteuning",
        }


def test_geen_resultaat_zegt_het_vriendelijk_en_wijst_de_weg(client, koffie):
    inhoud = client.get("/aanbod/", {"q": "xyzzy qwrtp"}).content.decode()
    assert "We vonden niets dat hierbij past." in inhoud
    assert "Stel je vraag aan het Wijkinformatiepunt" in inhoud
    assert 'href="/vraag/"' in inhoud
    assert "Kijk ook eens bij:" in inhoud


def test_een_verbeterde_typfout_toont_resultaten_en_een_weg_terug(client, koffie):
    inhoud = client.get("/aanbod/", {"q": "buurtkofie", "gratis": "on"}).content.decode()
    assert "Resultaten voor <strong>buurtkoffie</strong>." in inhoud
    assert "Je zocht op" in inhoud
    assert "?q=buurtkofie&amp;gratis=on&amp;letterlijk=1" in inhoud
    assert "<mark>Buurtkoffie</mark> Oost" in inhoud


def test_letterlijk_zoeken_geeft_bedoelde_je_met_een_link(client, koffie):
    inhoud = client.get(
        "/aanbod/", {"q": "buurtkofie", "gratis": "on", "letterlijk": "1"}
    ).content.decode()
    assert "We vonden niets dat hierbij past." in inhoud
    assert "Bedoelde je" in inhoud
    assert "?q=buurtkoffie&amp;gratis=on" in inhoud


def test_gevonden_woorden_zijn_gemarkeerd(client, koffie):
    inhoud = client.get("/aanbod/", {"q": "koffie"}).content.decode()
    assert "<mark>Buurtkoffie</mark>" in inhoud
    assert "<mark>koffie</mark> drinken" in inhoud


def test_markeren_ontsnapt_html(client, db):
    maak_aanbod(naam="Koffie <b>vet</b>", beschrijving="koffie & <i>thee</i>")
    inhoud = client.get("/aanbod/", {"q": "koffie"}).content.decode()
    assert "<b>vet</b>" not in inhoud
    assert "&lt;b&gt;vet&lt;/b&gt;" in inhoud


def test_kaartje_ontsnapt_elke_tekst(client, db):
    """A card is built in Python (aanbod.kaartjes): every text in it is escaped."""
    organisatie = maak_organisatie(naam='Stichting <b>"Samen"</b> & Co')
    aanbod = maak_aanbod(naam="Koffie & <i>taart</i>", organisatie=organisatie)
    inhoud = client.get("/aanbod/", {"q": "koffie"}).content.decode()
    assert "<b>" not in inhoud and "<i>taart" not in inhoud
    assert "Stichting &lt;b&gt;&quot;Samen&quot;&lt;/b&gt; &amp; Co · Oost" in inhoud
    assert "<mark>Koffie</mark> &amp; &lt;i&gt;taart&lt;/i&gt;" in inhoud
    assert f'<article class="kaartje" data-hsds-id="{aanbod.hsds_id}">' in inhoud
    assert f'<a href="{aanbod.get_absolute_url()}">' in inhoud


def _aantal_queries(client, url):
    client.get(url)  # warm caches (filter choices)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize(
    "url",
    [
        "/aanbod/?q=koffie",
        "/aanbod/?q=koffie&wijk=oost&thema=ontmoeting&gratis=on",
        "/aanbod/?nu_open=on",
    ],
)
def test_zoekpagina_hoogstens_8_queries_hoeveel_resultaten_ook(client, db, zonder_paginacache, url):
    for i in range(3):
        maak_aanbod(naam=f"Koffie {i}", beschrijving="koffie")
    weinig = _aantal_queries(client, url)
    for i in range(30):
        maak_aanbod(naam=f"Meer koffie {i}", beschrijving="koffie")
    assert _aantal_queries(client, url) == weinig
    assert weinig <= 8


def test_brede_zoekvraag_telt_niet_verder_dan_het_maximum(client, db, monkeypatch):
    monkeypatch.setattr("aanbod.views.MAX_TELLEN", 5)
    for i in range(7):
        maak_aanbod(naam=f"Koffie {i}", beschrijving="koffie")
    inhoud = client.get("/aanbod/", {"q": "koffie"}).content.decode()
    assert "Meer dan 5 resultaten" in inhoud
    inhoud = client.get("/aanbod/", {"q": "koffie", "page": "2"}).content.decode()
    assert "Koffie" in inhoud  # the pages beyond the count still work


@pytest.mark.parametrize(
    ("tekst", "woorden", "verwacht"),
    [
        ("Taalcafé Oost", ["cafe"], "<mark>Taalcafé</mark> Oost"),  # accent, inside a compound
        ("Koffieochtend & thee", ["koffie"], "<mark>Koffieochtend</mark> &amp; thee"),
        (
            "Samen koffie, thee.",
            ["koffie", "thee"],
            "Samen <mark>koffie</mark>, <mark>thee</mark>.",
        ),
        ("de koe en de kokoe", ["koe"], "de <mark>koe</mark> en de kokoe"),  # inside: 4 letters
        ("Koffie <b>vet</b>", ["vet"], "Koffie &lt;b&gt;<mark>vet</mark>&lt;/b&gt;"),
        ("<i>niets</i>", ["koffie"], "&lt;i&gt;niets&lt;/i&gt;"),
        ("<i>kort</i>", ["ab"], "&lt;i&gt;kort&lt;/i&gt;"),  # too short to mark
        ("moe_stuin", ["stuin"], "moe_<mark>stuin</mark>"),  # an underscore is no letter
    ],
)
def test_markeer_zet_mark_om_hele_woorden_en_ontsnapt_de_rest(tekst, woorden, verwacht):
    assert markeer(tekst, woorden) == verwacht
