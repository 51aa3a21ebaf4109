from django.core.management.base import BaseCommand

from aanbod.models import Aanbod
from aanbod.zoeken.index import zoektekst_bijwerken


class Command(BaseCommand):
    help = "Berekent de zoektekst van al het aanbod opnieuw (na een grote import of wijziging)."

    def handle(self, *args, **options) -> None:
        ids = list(Aanbod.objects.values_list("pk", flat=True))
        for start in range(0, len(ids), 500):
            zoektekst_bijwerken(ids[start : start + 500])
        self.stdout.write(f"Zoektekst bijgewerkt voor {len(ids)} keer aanbod.")
