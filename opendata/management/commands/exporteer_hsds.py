from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from opendata.exporteren import datapackage_zip


class Command(BaseCommand):
    help = "Schrijf het gepubliceerde aanbod als HSDS 3.0-pakket (zip met datapackage.json)."

    def add_arguments(self, parser):
        parser.add_argument("pad", type=Path, help="Bijvoorbeeld wijkportaal-hsds.zip")

    def handle(self, *args, pad: Path, **options):
        if pad.is_dir():
            pad = pad / "wijkportaal-hsds.zip"
        try:
            aantallen = datapackage_zip(pad)
        except OSError as fout:
            raise CommandError(f"Kan {pad} niet schrijven: {fout.strerror}.") from fout
        self.stdout.write(f"Geschreven: {pad}")
        for bestand, aantal in aantallen.items():
            if aantal:
                self.stdout.write(f"  {bestand}: {aantal}")
