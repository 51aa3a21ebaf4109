"""Helpers for tests of data migrations: go back to an older state, make rows the way they
were, and come forward again."""

from collections.abc import Iterator
from contextlib import contextmanager

from django.apps import apps as huidige_apps
from django.core.management.color import no_style
from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def naar_de_laatste_stand() -> None:
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


@contextmanager
def oude_stand(doel: list[tuple[str, str]]) -> Iterator:
    """The database migrated back to ``doel``; yields that state's apps. Afterwards, also when
    the test fails, every migration is applied again, so later tests find the schema they
    expect. Needs ``django_db(transaction=True, serialized_rollback=True)``."""
    # Restored reference data (serialized_rollback) keeps its ids but not the sequences:
    # without this, the next insert can take an id that is in use.
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), huidige_apps.get_models()):
            cursor.execute(sql)
    executor = MigrationExecutor(connection)
    executor.migrate(doel)
    try:
        yield executor.loader.project_state(doel).apps
    finally:
        naar_de_laatste_stand()
