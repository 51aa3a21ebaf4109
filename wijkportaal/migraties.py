"""Helpers for migrations (kept stable: applied migrations import them)."""

from django.db import migrations


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
