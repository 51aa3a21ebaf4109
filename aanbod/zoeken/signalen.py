"""What residents looked for and did not find: searches with no or few results, counted per
normalised word and month, for the signals page (beheer). Nothing about the person is kept:
no address, no session, no other words of the query than the counted ones.

Every search counts, also one whose page came from the shared page cache (ADR 0010): the
search page says in a header of its own what it found little of (``markeren``), the header
is kept with the page, and ``weinig_gevonden_tellen`` around the view counts it and takes it
off before the page leaves."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import wraps

from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from aanbod.zoeken.resultaat import Zoekresultaat

WEINIG = 3  # fewer results than this is "little found"
BEWAREN_MAANDEN = 13
KOP = "X-Weinig-Gevonden"  # "niets woord woord" or "weinig woord"; never sent out


def markeren(response: HttpResponse, resultaat: Zoekresultaat | None) -> None:
    """Note on the page what its search found nothing or little of."""
    if resultaat is None or resultaat.aantal >= WEINIG or resultaat.vraag.leeg:
        return
    woorden = sorted({w[:40] for w in resultaat.vraag.inhoudswoorden if len(w) >= 3})
    if woorden:
        soort = "niets" if resultaat.aantal == 0 else "weinig"
        response[KOP] = " ".join([soort, *woorden])


def weinig_gevonden_tellen(view: Callable) -> Callable:
    """Count what the page noted (``markeren``), for every visitor, and take the note off."""

    @wraps(view)
    def verpakt(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        response = view(request, *args, **kwargs)
        notitie = response.get(KOP, "")
        if notitie:
            del response[KOP]
            soort, *woorden = notitie.split()
            tellen(woorden, niets=soort == "niets")
        return response

    return verpakt


def tellen(woorden: list[str], *, niets: bool) -> None:
    """Count these words as searched once this month and found nothing (or little)."""
    if not woorden:
        return
    niets = 1 if niets else 0
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
            [_deze_maand(), niets, 1 - niets, sorted(set(woorden))],
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
