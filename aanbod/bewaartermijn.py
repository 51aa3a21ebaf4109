"""Retention of residents' proposals of initiatives (called by ``manage.py bewaartermijn``
through ``AanbodConfig.bewaartermijn``): the proposer's name, e-mail and phone are wiped
once the proposal was handled longer ago than the term, or waits longer than the term."""

from datetime import datetime

from django.db import transaction
from django.db.models import Q

from aanbod.models import Aanmelding, AanmeldingStatus

VERWIJDERD = "[verwijderd na bewaartermijn]"


def aanmeldingen_opschonen(*, grens: datetime, droog: bool = False) -> list[str]:
    """Wipe the contact details of proposals past ``grens``; returns the lines to print."""
    qs = Aanmelding.objects.exclude(contact_email="", contact_telefoon="").filter(
        Q(behandeld_op__lt=grens) | Q(status=AanmeldingStatus.NIEUW, aangemaakt__lt=grens)
    )
    with transaction.atomic():
        aantal = (
            qs.count()
            if droog
            else qs.update(contact_naam=VERWIJDERD, contact_email="", contact_telefoon="")
        )
    werkwoord = "zou wissen" if droog else "gewist"
    return [f"Aanmeldingen van initiatieven: contactgegevens van {aantal} {werkwoord}."]
