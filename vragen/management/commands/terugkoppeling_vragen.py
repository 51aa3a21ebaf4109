from django.conf import settings
from django.core.management.base import BaseCommand

from vragen.terugkoppeling import terugkoppeling_vragen


class Command(BaseCommand):
    help = (
        "Stuurt 'Heeft dit je geholpen?' naar inwoners van wie de vraag "
        "VRAGEN_TERUGKOPPELING_NA_DAGEN dagen geleden is afgesloten (voor cron, dagelijks)."
    )

    def handle(self, *args, **options) -> None:
        aantal = terugkoppeling_vragen()
        self.stdout.write(
            f"{aantal} vraag/vragen om terugkoppeling ingepland "
            f"(afgesloten {settings.VRAGEN_TERUGKOPPELING_NA_DAGEN}+ dagen geleden)."
        )
