"""Retention of visitors' corrections ("Klopt er iets niet?"; called by ``manage.py
bewaartermijn`` through ``BeheerConfig.bewaartermijn``): the e-mail address is wiped once
the correction is older than the term, handled or not."""

from datetime import datetime

from django.db import transaction

from beheer.models import Correctie


def correcties_opschonen(*, grens: datetime, droog: bool = False) -> list[str]:
    """Wipe the e-mail of corrections made before ``grens``; returns the lines to print."""
    qs = Correctie.objects.exclude(email="").filter(aangemaakt__lt=grens)
    with transaction.atomic():
        aantal = qs.count() if droog else qs.update(email="")
    werkwoord = "zou wissen" if droog else "gewist"
    return [f"Correcties: e-mailadres van {aantal} {werkwoord}."]
