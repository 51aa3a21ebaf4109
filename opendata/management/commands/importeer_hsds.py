import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from opendata.lezen import ImportFout
from opendata.services import hsds_importeren
from opendata.uitvoer import samenvatting_regels


class Command(BaseCommand):
    help = (
        "Lees een HSDS-bestand in: een HSDS 3.0-pakket (map of .zip met datapackage.json), "
        "HSDS 3.0 JSON, of een HSDS 1.1-pakket. Bestaande records worden bijgewerkt op HSDS-id."
    )

    def add_arguments(self, parser):
        parser.add_argument("pad", type=Path)
        parser.add_argument(
            "--dry-run", action="store_true", help="Laat zien wat er zou gebeuren; bewaar niets."
        )

    def handle(self, *args, pad: Path, dry_run: bool, **options):
        toon = options["verbosity"] > 0

        def voortgang(items, omschrijving):
            return tqdm(
                items,
                desc=omschrijving,
                unit=" rij",
                file=sys.stderr,
                disable=not toon,
                leave=False,
            )

        try:
            samenvatting = hsds_importeren(pad=pad, proef=dry_run, voortgang=voortgang)
        except ImportFout as fout:
            raise CommandError(f"Niets ingelezen. {fout}") from fout
        for regel in samenvatting_regels(samenvatting):
            self.stdout.write(regel)
