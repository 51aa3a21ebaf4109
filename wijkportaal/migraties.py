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


def inhoudstype_verhuizen(model: str, van: str, naar: str) -> migrations.RunPython:
    """A step for a model that moves from app ``van`` to app ``naar``: its content type
    moves along, so the permissions on it (and the groups that have them) stay."""

    def verhuizen(heen: str, terug: str):
        def uitvoeren(apps, schema_editor):
            ContentType = apps.get_model("contenttypes", "ContentType")
            if not ContentType.objects.filter(app_label=terug, model=model).exists():
                ContentType.objects.filter(app_label=heen, model=model).update(app_label=terug)

        return uitvoeren

    return migrations.RunPython(verhuizen(van, naar), verhuizen(naar, van))
