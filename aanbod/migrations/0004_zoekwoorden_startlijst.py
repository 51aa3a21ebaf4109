"""The starting list of everyday search words per theme, from fixtures/zoekwoorden.json."""

import json
from pathlib import Path

from django.db import migrations

BESTAND = Path(__file__).resolve().parent.parent.parent / "fixtures" / "zoekwoorden.json"


def laden(apps, schema_editor):
    Thema = apps.get_model("aanbod", "Thema")
    Zoekwoord = apps.get_model("aanbod", "Zoekwoord")
    for slug, woorden in json.loads(BESTAND.read_text(encoding="utf-8")).items():
        thema = Thema.objects.filter(slug=slug).first()
        if thema is None:
            continue  # the _toelichting key, or a theme a coordinator removed
        for woord in woorden:
            Zoekwoord.objects.get_or_create(woord=woord, thema=thema)


def leegmaken(apps, schema_editor):
    apps.get_model("aanbod", "Zoekwoord").objects.filter(aanbod__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("aanbod", "0003_zoeken")]

    operations = [migrations.RunPython(laden, leegmaken)]
