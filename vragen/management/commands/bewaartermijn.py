from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from aanbod.zoeken.signalen import BEWAREN_MAANDEN, oude_tellingen_verwijderen
from vragen.bewaartermijn import bewaartermijn_toepassen


class Command(BaseCommand):
    help = (
        "Wist de persoonsgegevens van vragen die langer dan VRAGEN_BEWAARTERMIJN_MAANDEN "
        "afgesloten zijn; de anonieme cijfers blijven (dagelijks via cron, docs/adr/0008)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="Alleen tellen, niets wissen.")

    def handle(self, *args, dry_run: bool = False, **options) -> None:
        resultaat = bewaartermijn_toepassen(droog=dry_run)
        grens = timezone.localtime(resultaat.grens).strftime("%Y-%m-%d %H:%M")
        werkwoord = "zou wissen" if dry_run else "gewist"
        self.stdout.write(
            f"Bewaartermijn {settings.VRAGEN_BEWAARTERMIJN_MAANDEN} maanden "
            f"(afgesloten voor {grens}): {resultaat.aantal} vraag/vragen {werkwoord}, "
            f"waarvan {resultaat.met_contactgegevens} met contactgegevens."
        )
        if not dry_run:
            weg = oude_tellingen_verwijderen()
            self.stdout.write(
                f"Zoekwoorden zonder resultaat ouder dan {BEWAREN_MAANDEN} maanden: "
                f"{weg} telling(en) verwijderd."
            )
