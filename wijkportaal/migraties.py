"""Helpers for migrations (kept stable: applied migrations import them)."""

from django.db import migrations


def alleen_postgresql(sql: str, terug: str = "") -> migrations.RunPython:
    """A step that runs ``sql`` on PostgreSQL only, and ``terug`` when the migration is undone.
    SQLite skips both: text search configurations, vectors and their indexes are PostgreSQL's
    (aanbod/zoeken.py searches another way there)."""

    def op_postgresql(tekst: str):
        def uitvoeren(apps, schema_editor):
            if tekst and schema_editor.connection.vendor == "postgresql":
                schema_editor.execute(tekst)

        return uitvoeren

    return migrations.RunPython(op_postgresql(sql), op_postgresql(terug))
