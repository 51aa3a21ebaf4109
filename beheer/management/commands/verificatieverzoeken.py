from django.core.management.base import BaseCommand

from beheer.services import verificatieverzoeken_versturen


class Command(BaseCommand):
    help = (
        "Mailt elke organisatie met verouderd aanbod een link om het te controleren "
        "(hooguit één keer per AANBOD_VERIFICATIEVERZOEK_INTERVAL_DAGEN). Dagelijks via cron."
    )

    def handle(self, *args, **options) -> None:
        verzoeken = verificatieverzoeken_versturen()
        for verzoek in verzoeken:
            self.stdout.write(
                f"{verzoek.organisatie}: {verzoek.aantal_verouderd} verouderd, "
                f"mail naar {verzoek.aan}"
            )
        self.stdout.write(f"Verificatieverzoeken verstuurd: {len(verzoeken)}.")
