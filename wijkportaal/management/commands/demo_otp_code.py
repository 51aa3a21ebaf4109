"""Prints the current two-step code of a demo account (development only)."""

import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = (
        "Toont de huidige inlogcode (TOTP) van een account, zodat je de demo zonder "
        "telefoon kunt gebruiken. Alleen met DEBUG=1."
    )

    def add_arguments(self, parser):
        parser.add_argument("gebruikersnaam")

    def handle(self, *args, gebruikersnaam: str, **options):
        if not settings.DEBUG:
            raise CommandError("Alleen voor de demo: zet DEBUG=1.")
        gebruiker = get_user_model().objects.filter(username=gebruikersnaam).first()
        if gebruiker is None:
            raise CommandError(f"Er is geen account '{gebruikersnaam}'.")
        apparaat = TOTPDevice.objects.filter(user=gebruiker).order_by("-confirmed", "-pk").first()
        if apparaat is None:
            raise CommandError(
                f"'{gebruikersnaam}' heeft nog geen app gekoppeld. Log eerst in op /balie/ of "
                "/admin/: dan maakt de site een sleutel aan."
            )
        code = totp(apparaat.bin_key, apparaat.step, apparaat.t0, apparaat.digits, apparaat.drift)
        over = apparaat.step - int(time.time() - apparaat.t0) % apparaat.step
        self.stdout.write(f"{code:0{apparaat.digits}d}")
        self.stderr.write(f"(nog {over} seconden geldig)")
