from django.core.management.base import BaseCommand

from wijkportaal.mail import mails_opnieuw_versturen


class Command(BaseCommand):
    help = "Verstuurt e-mails opnieuw die eerder niet verstuurd konden worden (voor cron)."

    def handle(self, *args, **options) -> None:
        gelukt, mislukt = mails_opnieuw_versturen()
        self.stdout.write(f"{gelukt} e-mail(s) verstuurd, {mislukt} nog niet gelukt.")
