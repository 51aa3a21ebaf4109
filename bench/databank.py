"""A database of its own for a benchmark, on the server the settings name (DATABASE_URL, or
the embedded PostgreSQL without it), so a bench never touches the development data."""

import psycopg
from django.conf import settings


def beheerverbinding(db: dict) -> psycopg.Connection:
    """A connection to the 'postgres' database of the server in ``db`` (Django's settings of
    one database), in autocommit: to drop and create a bench's own database."""
    return psycopg.connect(
        host=db["HOST"] or None,
        port=db["PORT"] or None,
        user=db["USER"] or None,
        password=db["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )


def bench_database(naam: str, *, opnieuw: bool = True) -> None:
    """Point Django's default database at ``naam`` on the same server; with ``opnieuw``, drop
    and create it first (without it, create it only when it is not there yet). Call before
    ``django.setup()`` opens a connection."""
    if "bench" not in naam:
        raise SystemExit(f"Refusing to use database {naam!r}: its name must contain 'bench'.")
    db = settings.DATABASES["default"]
    with beheerverbinding(db) as verbinding:
        bestaat = verbinding.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [naam]
        ).fetchone()
        if opnieuw and bestaat:
            verbinding.execute(f'DROP DATABASE "{naam}" WITH (FORCE)')
        if opnieuw or not bestaat:
            verbinding.execute(f'CREATE DATABASE "{naam}"')
    db["NAME"] = naam
