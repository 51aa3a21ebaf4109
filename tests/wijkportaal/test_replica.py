"""With a read replica: residents' catalogue reads go there, staff and every write stay on the
primary. The replica here is a mirror: a second alias, with its own connection, on the same
test database; the tests commit (transaction=True), as a replica only sees committed rows.
serialized_rollback: the flush afterwards would otherwise delete the groups and wijken."""

import pytest
from django.db import connections
from django.test.utils import CaptureQueriesContext

from tests.factories import maak_aanbod, maak_gebruiker, otp_inloggen
from vragen.models import Vraag
from wijkportaal.databaserouter import ROUTER

BEIDE = ["default", "replica"]


@pytest.fixture
def met_replica(settings, zonder_paginacache):
    settings.DATABASE_ROUTERS = [ROUTER]
    settings.REPLICA_ACHTERSTAND_SECONDEN = 5


class Vragen:
    """Counts the queries on the primary and on the replica during a block."""

    def __enter__(self):
        self.primair = CaptureQueriesContext(connections["default"]).__enter__()
        self.replica = CaptureQueriesContext(connections["replica"]).__enter__()
        return self

    def __exit__(self, *exc):
        self.replica.__exit__(*exc)
        self.primair.__exit__(*exc)

    @staticmethod
    def _tabellen(vangst) -> str:
        return " ".join(q["sql"] for q in vangst.captured_queries)

    @property
    def op_primair(self) -> str:
        return self._tabellen(self.primair)

    @property
    def op_replica(self) -> str:
        return self._tabellen(self.replica)


@pytest.mark.django_db(databases=BEIDE, transaction=True, serialized_rollback=True)
def test_inwoner_leest_van_de_replica_medewerker_van_de_primaire(client, met_replica):
    aanbod = maak_aanbod(naam="Taalcafé Oost")
    with Vragen() as vragen:
        antwoord = client.get(aanbod.get_absolute_url())
    assert antwoord.status_code == 200
    assert "Taalcafé Oost" in antwoord.content.decode()
    assert "aanbod_aanbod" in vragen.op_replica
    assert "aanbod_aanbod" not in vragen.op_primair

    # A volunteer logged in reads the same page from the primary.
    otp_inloggen(client, maak_gebruiker("vrijwilliger"))
    with Vragen() as vragen:
        assert client.get(aanbod.get_absolute_url()).status_code == 200
    assert "aanbod_aanbod" in vragen.op_primair
    assert "aanbod_aanbod" not in vragen.op_replica


@pytest.mark.django_db(databases=BEIDE, transaction=True, serialized_rollback=True)
def test_schrijven_en_vragen_altijd_op_de_primaire(client, met_replica):
    """A resident sends a question and opens its status page at once: it is there."""
    with Vragen() as vragen:
        antwoord = client.post(
            "/vraag/versturen/",
            {"tekst": "Waar kan ik Nederlands oefenen?", "wijk": "oost", "website": ""},
        )
        assert antwoord.status_code == 302
        assert client.get(antwoord.url).status_code == 200
    assert 'INSERT INTO "vragen_vraag"' in vragen.op_primair
    assert "vragen_vraag" not in vragen.op_replica
    assert Vraag.objects.count() == 1


@pytest.mark.django_db(databases=BEIDE, transaction=True, serialized_rollback=True)
def test_na_een_wijziging_even_alles_van_de_primaire(client, met_replica, settings):
    """Just after a write, public pages are not rendered from a replica that may lag."""
    from django.db import router

    from aanbod.models import Aanbod

    aanbod = maak_aanbod(naam="Taalcafé Oost")
    client.post("/vraag/versturen/", {"tekst": "", "wijk": "oost", "website": ""})
    with Vragen() as vragen:
        assert client.get(aanbod.get_absolute_url()).status_code == 200
    assert "aanbod_aanbod" not in vragen.op_replica
    settings.REPLICA_ACHTERSTAND_SECONDEN = 0
    client.post("/vraag/versturen/", {"tekst": "", "wijk": "oost", "website": ""})
    with Vragen() as vragen:
        assert client.get(aanbod.get_absolute_url()).status_code == 200
    assert "aanbod_aanbod" in vragen.op_replica
    # Outside a request (commands, cron) everything is the primary.
    assert router.db_for_read(Aanbod) == "default"
    assert router.db_for_write(Aanbod) == "default"


def test_zonder_replica_geen_router():
    from django.conf import settings

    assert ROUTER not in settings.DATABASE_ROUTERS
