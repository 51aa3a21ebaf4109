from django.core.management.base import BaseCommand, CommandError

from aanbod.models import Gegevensbron
from opendata.bronnen import bron_bijwerken, bronnen_aan_de_beurt


class Command(BaseCommand):
    help = (
        "Ververs de gegevensbronnen die aan de beurt zijn (voor cron, bijvoorbeeld elk uur). "
        "Elke run komt met zijn samenvatting in het logboek van de bron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--bron", default="", help="Alleen deze bron (naam), ook als die niet aan de beurt is."
        )

    def handle(self, *args, bron: str, **options):
        if bron:
            bronnen = list(Gegevensbron.objects.filter(naam=bron))
            if not bronnen:
                raise CommandError(f"Er is geen gegevensbron met de naam '{bron}'.")
        else:
            bronnen = bronnen_aan_de_beurt()
        mislukt = []
        for gegevensbron in bronnen:
            run = bron_bijwerken(bron=gegevensbron)
            eerste = run.samenvatting.splitlines()[0] if run.samenvatting else ""
            self.stdout.write(
                f"{gegevensbron.naam}: "
                + (
                    f"nieuw {run.nieuw}, bijgewerkt {run.bijgewerkt}, ongewijzigd "
                    f"{run.ongewijzigd}, afgewezen {run.afgewezen}, niet meer in de bron "
                    f"{run.verdwenen}"
                    if run.gelukt
                    else eerste
                )
            )
            if not run.gelukt:
                mislukt.append(gegevensbron.naam)
        if not bronnen:
            self.stdout.write("Geen bronnen aan de beurt.")
        if mislukt:
            raise CommandError(f"Niet gelukt voor: {', '.join(mislukt)}.")
