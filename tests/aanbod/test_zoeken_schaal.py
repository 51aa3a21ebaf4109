"""Search at national scale (ADR 0009): bounded ranking, search after the filters, themes as
words of the vector, and caches that follow every change of the catalogue."""

import gc
from datetime import date, time, timedelta
from unittest import mock

from django.conf import settings
from django.db import connection
from django.http import QueryDict
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from aanbod.filters import AanbodFilter
from aanbod.models import Aanbod, AanbodLocatie, Wijk
from aanbod.openingstijden import open_aanbod_ids
from aanbod.versie import catalogusversie
from aanbod.zoeken import zoek
from tests.conftest import amsterdam
from tests.factories import maak_aanbod, maak_tijdslot

VANDAAG = date(2026, 11, 22)


def _koffie(naam: str, dagen_geleden: int, **velden) -> Aanbod:
    return maak_aanbod(
        naam=naam,
        beschrijving="Samen koffie drinken.",
        laatst_gecontroleerd=VANDAAG - timedelta(days=dagen_geleden),
        **velden,
    )


def _ids(tekst: str, **opties) -> list[int]:
    return zoek(Aanbod.objects.zichtbaar(), tekst, **opties).ids


def _blokken(ids: list[int]) -> list[Aanbod]:
    return Aanbod.objects.filter(pk__in=ids).blokken()


def test_met_kandidaten_worden_de_meest_recent_gecontroleerde_gerangschikt(db):
    oud = _koffie("Koffie bij de bieb", 400)
    nieuw = _koffie("Inloop met koffie", 1)
    middel = _koffie("Buurtkoffie", 30)

    assert set(_ids("koffie", kandidaten=2)) == {nieuw.pk, middel.pk}  # 400 days: left out
    # With fewer matches than candidates: the same ranking as with room for all.
    assert _ids("koffie", kandidaten=10) == _ids("koffie", kandidaten=1000)
    assert oud.pk in _ids("koffie")


def test_gerangschikte_kandidaten_tellen_en_bladeren_zonder_de_rest_te_lezen(
    db, django_assert_num_queries
):
    """The query that finds the candidates ranks them: the count needs no query and a page
    reads only its own offers, in the ranked order."""
    for i in range(5):
        _koffie(f"Koffie {i}", i)
    volgorde = _ids("koffie")
    with django_assert_num_queries(1):  # finding and ranking the candidates
        rangorde = zoek(Aanbod.objects.zichtbaar(), "koffie", kandidaten=10).rangorde
    rangorde = rangorde.met_lezer(_blokken)
    with django_assert_num_queries(0):
        assert rangorde.count() == len(rangorde) == 5
    with CaptureQueriesContext(connection) as pagina:
        assert [a.pk for a in rangorde[1:3]] == volgorde[1:3]
    [sql] = [q["sql"] for q in pagina.captured_queries]
    assert sql.count("= ANY(") == 1 or " IN (" in sql  # only the page's ids
    assert [a.pk for a in rangorde[0:20]] == volgorde


def test_een_zoekopdracht_zonder_resultaten_leest_geen_aanbod(db, django_assert_num_queries):
    _koffie("Koffie in de bieb", 1)
    niets = zoek(Aanbod.objects.zichtbaar(), "xylofoonbouw", kandidaten=10).rangorde
    with django_assert_num_queries(0):
        assert niets.met_lezer(_blokken)[0:20] == []


def test_zoeken_gebeurt_na_de_andere_filters(db):
    """The candidates come from the chosen wijk, not from all of Utrecht."""
    in_west = _koffie("Koffie in West", 300, wijk="west")
    _koffie("Koffie in Oost", 1, wijk="oost")
    _koffie("Koffie in Overvecht", 2, wijk="overvecht")

    rangorde, _ = AanbodFilter(
        QueryDict("q=koffie&wijk=west"), queryset=Aanbod.objects.zichtbaar(), request=None
    ).resultaten(maximum=0)  # one candidate only

    assert rangorde.ids == [in_west.pk]


def test_zoekpagina_telt_met_kandidaten(client, db):
    for i in range(3):
        _koffie(f"Koffie {i}", i)

    with mock.patch("aanbod.views.MAX_TELLEN", 2):
        response = client.get("/aanbod/", {"q": "koffie"})

    assert response.status_code == 200
    assert response.context["pagina"].paginator.count == 3  # 2 + 1: "meer dan 2"
    assert "Meer dan 2 resultaten" in response.content.decode()


def test_kaart_toont_een_maximum_zonder_alles_te_tellen(client, db, django_assert_max_num_queries):
    for i in range(3):
        _koffie(f"Koffie {i}", i)

    with mock.patch("aanbod.views.KAART_MAXIMUM", 2), CaptureQueriesContext(connection) as q:
        response = client.get("/kaart/")

    assert len(response.context["resultaten"]) == 2
    assert len(response.context["kaartpunten"]) == 2
    html = response.content.decode()
    assert "Meer dan 2 resultaten." in html
    assert "De kaart toont er 2. Kies een wijk of een filter om minder te zien." in html
    assert not [x for x in q.captured_queries if "COUNT(" in x["sql"]]


def test_themawoord_vindt_aanbod_van_dat_thema(db):
    """'eenzaam' is a search word of ontmoeting (fixtures/zoekwoorden.json); the offer does
    not contain the word, its theme does."""
    plek = maak_aanbod(naam="Huiskamer", beschrijving="Elke week open.", themas=("ontmoeting",))
    maak_aanbod(naam="Belastinghulp", beschrijving="Elke week open.", themas=("geld-en-schulden",))

    assert _ids("eenzaam") == [plek.pk]


def test_catalogusversie_verandert_bij_elke_wijziging(db):
    aanbod = maak_aanbod()
    voor = catalogusversie()
    aanbod.naam = "Nieuwe naam"
    aanbod.save()
    assert catalogusversie() != voor


def test_nu_open_volgt_een_nieuw_tijdslot_in_dezelfde_minuut(db, zet_nu):
    moment = zet_nu(amsterdam(2026, 11, 24, 10, 30))  # a Tuesday
    aanbod = maak_aanbod()
    assert aanbod.pk not in open_aanbod_ids(moment)  # and now cached for this minute

    maak_tijdslot(
        AanbodLocatie.objects.get(aanbod=aanbod), weekdag=1, opent=time(10), sluit=time(12)
    )

    assert aanbod.pk in open_aanbod_ids(moment)


def test_filtervelden_volgen_een_nieuw_thema(client, db):
    from aanbod.models import Thema

    client.get("/aanbod/")  # the filter fields are cached now
    Thema.objects.create(naam="Muziek maken", slug="muziek-maken")

    assert "Muziek maken" in client.get("/aanbod/").content.decode()


def test_opstart_is_bevroren_voor_de_garbage_collector():
    import wijkportaal.wsgi  # (as gunicorn loads the app)

    assert gc.get_freeze_count() > 0
    assert gc.get_threshold()[2] == wijkportaal.wsgi.VOLLEDIG_NA  # full collections are rare


def test_na_de_eerste_verzoeken_wordt_wat_blijft_bevroren(db, monkeypatch):
    """What the first requests made to last (templates, caches) is frozen for the gc once."""
    from django.test import Client

    from wijkportaal.middleware import OpgewarmdBevriezen

    monkeypatch.setattr(OpgewarmdBevriezen, "NA_VERZOEKEN", 3)
    client = Client()
    client.get("/aanbod/")
    client.get("/aanbod/")
    voor = gc.get_freeze_count()
    client.get("/aanbod/?q=koffie")
    assert gc.get_freeze_count() > voor
    bevroren = gc.get_freeze_count()
    client.get("/aanbod/?q=thee")
    assert gc.get_freeze_count() <= bevroren  # once per process, not at every request


DATABASECACHE = {
    **settings.CACHES,
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "wijkportaal_cache",
    },
    "paginas": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "wijkportaal_paginacache",
    },
}


def test_zonder_redis_leest_een_zoekpagina_de_cache_een_keer(client, db, zonder_paginacache):
    """Without Redis the shared cache is a table: every read is a query. A search page reads
    the catalogue version there once; the lists derived from it (choices, open offers, the
    vocabulary, what it says of each word) are kept in the process under that version."""
    maak_aanbod(naam="Koffie-ochtend", wijk="oost", beschrijving="Koffie en een praatje.")
    parameters = {"q": "ik wil koffie drinken", "wijk": "oost", "open": "on"}
    with override_settings(CACHES=DATABASECACHE):
        client.get("/aanbod/", parameters)  # the first search of this process makes its lists
        with CaptureQueriesContext(connection) as vastgelegd:
            response = client.get("/aanbod/", parameters)
    cachelezingen = [q["sql"] for q in vastgelegd.captured_queries if "_cache" in q["sql"]]
    assert response.status_code == 200
    assert len(cachelezingen) == 1, cachelezingen


def test_een_nieuwe_wijk_telt_in_elk_proces_zonder_herstart(client, db):
    """A process that kept the filter choices sees a new wijk at its next search: the version
    changed (also when the change was made by another process)."""
    client.get("/aanbod/", {"wijk": "oost"})
    assert client.get("/aanbod/", {"wijk": "nieuwe-wijk"}).status_code == 200
    Wijk.objects.create(naam="Nieuwe Wijk", slug="nieuwe-wijk")
    response = client.get("/aanbod/", {"wijk": "nieuwe-wijk"})
    assert '<option value="nieuwe-wijk" selected>Nieuwe Wijk</option>' in response.content.decode()
