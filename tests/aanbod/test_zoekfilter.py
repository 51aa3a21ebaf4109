"""The filter vector (migration 0010, ADR 0009): the walks that find a search's candidates, and
the first offers of a list by name, read an index instead of the table. An offer whose vector
is too big for that index must still be found exactly like any other."""

import pytest
from django.db import connection, transaction
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from aanbod.filters import AanbodFilter
from aanbod.models import Aanbod
from aanbod.zoeken import zoek
from tests.factories import maak_aanbod

pytestmark = pytest.mark.django_db

# 2,500 different words, the last one only once: a vector far too big for a B-tree entry.
LANGE_BESCHRIJVING = " ".join(f"woord{i}x" for i in range(2500)) + " zeepkistrace"


def _zoekfilter(aanbod: Aanbod) -> tuple[str, str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT zoekfilter::text, strip(zoekvector)::text FROM aanbod_aanbod WHERE id = %s",
            [aanbod.pk],
        )
        return cursor.fetchone()


def _gevonden(querystring: str) -> list[str]:
    filterset = AanbodFilter(QueryDict(querystring), queryset=Aanbod.objects.zichtbaar())
    rangorde, _resultaat = filterset.resultaten()
    namen = dict(Aanbod.objects.filter(pk__in=rangorde.ids).values_list("pk", "naam"))
    return [namen[pk] for pk in rangorde.ids]


def _plan(sql: str) -> str:
    """The plan PostgreSQL makes for ``sql`` after a vacuum, as autovacuum leaves a table, when
    it may not read the whole table or use a bitmap (with the few rows of a test those are
    cheapest, at 100,000 offers they are not). Needs a test with ``transaction=True`` (and
    ``serialized_rollback``, or the flush after it deletes what the migrations loaded)."""
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE aanbod_aanbod")
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute(f"EXPLAIN {sql}")
        return "\n".join(regel for (regel,) in cursor.fetchall())


def test_het_filter_is_de_vector_zonder_posities():
    aanbod = maak_aanbod(naam="Koffieochtend", beschrijving="Samen koffie drinken.")
    filter_, kaal = _zoekfilter(aanbod)
    assert filter_ == kaal
    assert "'koffieocht'" in filter_ and "'zzwijk" in filter_  # search and filter words


def test_een_heel_lange_beschrijving_blijft_vindbaar():
    """Its stripped vector would not fit the index (saving it would fail): it keeps only its
    filter words there and is checked against its full vector for search words and themes;
    found by search words, filters and both together."""
    lang = maak_aanbod(naam="Buurtfeest", beschrijving=LANGE_BESCHRIJVING, wijk="oost")
    maak_aanbod(naam="Zeepkistrace in West", beschrijving="Race mee.", wijk="west")
    maak_aanbod(naam="Koffie in Oost", wijk="oost")

    filter_ = _zoekfilter(lang)[0]
    assert "'zzgroot'" in filter_ and "'zzwijk" in filter_  # its filter words stay
    assert "woord" not in filter_ and "'zzthema" not in filter_
    # The name counts most: the other offer first.
    assert _gevonden("q=zeepkistrace") == ["Zeepkistrace in West", "Buurtfeest"]
    assert _gevonden("q=zeepkistrace&wijk=oost") == ["Buurtfeest"]
    assert _gevonden("q=woord2499x&wijk=oost&thema=ontmoeting") == ["Buurtfeest"]
    assert _gevonden("q=zeepkistrace&wijk=zuid") == []
    assert _gevonden("q=fietsenmaker") == []
    assert set(_gevonden("wijk=oost")) == {"Buurtfeest", "Koffie in Oost"}
    assert _gevonden("wijk=west") == ["Zeepkistrace in West"]
    assert lang.pk in zoek(Aanbod.objects.zichtbaar(), "zeepkistrace", kandidaten=10).ids


def test_een_beschrijving_die_korter_wordt_krijgt_weer_een_gewoon_filter():
    aanbod = maak_aanbod(naam="Buurtfeest", beschrijving=LANGE_BESCHRIJVING)
    aanbod.beschrijving = "Een feest in de straat."
    aanbod.save()
    filter_, kaal = _zoekfilter(aanbod)
    assert filter_ == kaal
    assert _gevonden("q=feest") == ["Buurtfeest"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_de_kandidaten_van_een_zoekvraag_komen_uit_de_index_alleen(client):
    """The walk that finds the candidates needs nothing the index does not hold."""
    maak_aanbod(naam="Koffie in Oost", wijk="oost")
    with CaptureQueriesContext(connection) as vastgelegd:
        client.get("/aanbod/", {"q": "koffie", "wijk": "oost", "gratis": "on"})
    [zoekvraag] = [q["sql"] for q in vastgelegd.captured_queries if "LIMIT 201" in q["sql"]]
    assert "Index Only Scan using aanbod_controle_dekkend_idx" in _plan(zoekvraag)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_een_lijst_zonder_zoekwoorden_neemt_de_eersten_op_naam_uit_de_index(client, monkeypatch):
    """Filters only: the first MAX_TELLEN + 1 by name come from one walk over an index; the
    count needs no query of its own and the page reads only its offers, in name order."""
    monkeypatch.setattr("aanbod.views.MAX_TELLEN", 3)
    monkeypatch.setattr("aanbod.views.settings.AANBOD_PER_PAGINA", 2)
    for naam in ["Dans", "Breien", "Eten", "Appels", "Cello"]:
        maak_aanbod(naam=naam, wijk="oost")
    maak_aanbod(naam="Aardappels", wijk="west")

    with CaptureQueriesContext(connection) as vastgelegd:
        response = client.get("/aanbod/", {"wijk": "oost"})
    inhoud = response.content.decode()
    assert "Meer dan 3 resultaten" in inhoud
    assert [a.naam for a in response.context["pagina"]] == ["Appels", "Breien"]
    assert not [q for q in vastgelegd.captured_queries if "COUNT(" in q["sql"]]
    [walk] = [q["sql"] for q in vastgelegd.captured_queries if "LIMIT 4" in q["sql"]]
    assert "Index Only Scan using aanbod_naam_dekkend_idx" in _plan(walk)
    pagina_2 = client.get("/aanbod/", {"wijk": "oost", "page": "2"})
    assert [a.naam for a in pagina_2.context["pagina"]] == ["Cello", "Dans"]
