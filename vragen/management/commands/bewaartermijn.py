from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import timezone
from django.utils.module_loading import import_string

from aanbod.zoeken.signalen import BEWAREN_MAANDEN, oude_tellingen_verwijderen
from vragen.bewaartermijn import bewaartermijn_toepassen


class Command(BaseCommand):
    help = (
        "Wist de persoonsgegevens van vragen die langer dan VRAGEN_BEWAARTERMIJN_MAANDEN "
        "afgesloten zijn (of open maar ouder dan de termijn); de anonieme cijfers blijven. "
        "Ook: contactgegevens van oude aanmeldingen en correcties, verlopen sessies "
        "(dagelijks via cron, docs/adr/0008)."
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
        # Other apps' personal data, each named in its AppConfig (``bewaartermijn = ...``),
        # so this command in vragen imports no app above it.
        for config in apps.get_app_configs():
            if opschonen := getattr(config, "bewaartermijn", None):
                for regel in import_string(opschonen)(grens=resultaat.grens, droog=dry_run):
                    self.stdout.write(regel)
        if not dry_run:
            call_command("clearsessions")
            self.stdout.write("Verlopen sessies verwijderd.")
            weg = oude_tellingen_verwijderen()
            self.stdout.write(
                f"Zoekwoorden zonder resultaat ouder dan {BEWAREN_MAANDEN} maanden: "
                f"{weg} telling(en) verwijderd."
            )
