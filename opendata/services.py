"""Writes of the open-data app: the HSDS import (all or nothing, in one transaction)."""

from pathlib import Path

from django.db import transaction

from opendata.importeren import Samenvatting
from opendata.importstappen import HsdsImport
from opendata.lezen import lees


def hsds_importeren(
    *, pad: Path, proef: bool = False, naam: str | None = None, voortgang=None
) -> Samenvatting:
    """Upsert an HSDS file by HSDS id; ``proef`` (dry run) reports the same but keeps nothing.

    A file that cannot be read raises ``ImportFout`` before anything is written; rows that
    cannot be used are skipped and listed in the summary.
    """
    tabellen = lees(pad, naam)
    with transaction.atomic():
        samenvatting = HsdsImport(tabellen, voortgang).uitvoeren()
        samenvatting.proef = proef
        if proef:
            transaction.set_rollback(True)
    return samenvatting
