"""What residents looked for and did not find: searches with no or few results, counted per
normalised word and month, for the signals page (beheer). Nothing about the person is kept:
no address, no session, no other words of the query than the counted ones."""

from __future__ import annotations

from datetime import date

from django.db import connection
from django.utils import timezone

from aanbod.zoeken.resultaat import Zoekresultaat

WEINIG = 3  # fewer results than this is "little found"
BEWAREN_MAANDEN = 13


def zoekresultaat_tellen(resultaat: Zoekresultaat) -> None:
    """Count the words of a search that found nothing or little (one statement)."""
    if resultaat.aantal >= WEINIG or resultaat.vraag.leeg:
        return
    woorden = sorted({w[:40] for w in resultaat.vraag.inhoudswoorden if len(w) >= 3})
    if not woorden:
        return
    niets = 1 if resultaat.aantal == 0 else 0
    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO aanbod_zoekwoordtelling (woord, maand, niets_gevonden, weinig_gevonden)
            SELECT w, %s, %s, %s FROM unnest(%s::text[]) AS w
            ON CONFLICT (woord, maand) DO UPDATE SET
                niets_gevonden = aanbod_zoekwoordtelling.niets_gevonden + EXCLUDED.niets_gevonden,
                weinig_gevonden = aanbod_zoekwoordtelling.weinig_gevonden
                    + EXCLUDED.weinig_gevonden
            """,
            [_deze_maand(), niets, 1 - niets, woorden],
        )


def _deze_maand() -> date:
    return timezone.localdate().replace(day=1)


def oude_tellingen_verwijderen() -> int:
    """Delete the counts of months longer ago than BEWAREN_MAANDEN; how many rows went."""
    from aanbod.models import ZoekwoordTelling

    nu = _deze_maand()
    maanden = nu.year * 12 + nu.month - 1 - (BEWAREN_MAANDEN - 1)
    grens = date(maanden // 12, maanden % 12 + 1, 1)
    aantal, _ = ZoekwoordTelling.objects.filter(maand__lt=grens).delete()
    return aantal
