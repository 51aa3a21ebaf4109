import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from aanbod.models import Gegevensbron
from opendata.lezen import ImportFout
from opendata.services import hsds_importeren
from opendata.uitvoer import samenvatting_regels, waarom_niets


class Command(BaseCommand):
    help = (
        "Lees een HSDS-bestand in (HSDS 1.1, 2.0 of 3.0): een pakket (map of .zip met "
        "datapackage.json en CSV-bestanden, ook in submappen) of JSON. Bestaande records "
        "worden bijgewerkt op id; een tweede import van dezelfde bron maakt geen dubbelen. "
        "Stopt met een foutcode als er niets ingelezen kon worden."
    )

    def add_arguments(self, parser):
        parser.add_argument("pad", type=Path)
        parser.add_argument(
            "--dry-run", action="store_true", help="Laat zien wat er zou gebeuren; bewaar niets."
        )
        parser.add_argument(
            "--bron",
            default="",
            help="Naam van een geregistreerde gegevensbron (beheer); de import telt dan als "
            "verversing van die bron.",
        )

    def handle(self, *args, pad: Path, dry_run: bool, bron: str, **options):
        toon = options["verbosity"] > 0

        def voortgang(items, omschrijving):
            # One plain bar per table on stderr, so stdout stays a clean summary.
            return tqdm(
                items,
                desc=f"{omschrijving:>14}",
                unit=" rij",
                file=sys.stderr,
                disable=not toon,
                ascii=True,
                mininterval=0.5,
            )

        gegevensbron = None
        if bron:
            gegevensbron = Gegevensbron.objects.filter(naam=bron).first()
            if gegevensbron is None:
                raise CommandError(f"Er is geen gegevensbron met de naam '{bron}'.")
        try:
            samenvatting = hsds_importeren(
                pad=pad, proef=dry_run, voortgang=voortgang, bron=gegevensbron
            )
        except ImportFout as fout:
            raise CommandError(f"Niets ingelezen. {fout}") from fout
        for regel in samenvatting_regels(samenvatting, max_meldingen=20):
            self.stdout.write(regel)
        if not samenvatting.iets_ingelezen:
            raise CommandError(waarom_niets(samenvatting))
