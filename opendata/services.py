"""Writes of the open-data app: the HSDS import (all or nothing, in one transaction)."""

from pathlib import Path

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils.translation import gettext as _

from aanbod.models import Gegevensbron
from opendata.importeren import Samenvatting
from opendata.importstappen import HsdsImport
from opendata.lezen import lees


def hsds_importeren(
    *,
    pad: Path,
    proef: bool = False,
    naam: str | None = None,
    voortgang=None,
    door: AbstractBaseUser | None = None,
    bron: Gegevensbron | None = None,
) -> Samenvatting:
    """Upsert an HSDS file by HSDS id; ``proef`` (dry run) reports the same but keeps nothing.

    A file that cannot be read raises ``ImportFout`` before anything is written; rows that
    cannot be used are skipped and listed in the summary. Every offer it changes gets a line
    in its history naming the import, the file and ``door`` (who started it, if anyone).
    """
    tabellen = lees(pad, naam, bron=bron.sleutel if bron else None)
    omschrijving = _("HSDS-import van %(bestand)s") % {"bestand": naam or pad.name}
    with transaction.atomic():
        samenvatting = HsdsImport(
            tabellen,
            voortgang,
            door=door,
            omschrijving=omschrijving,
            bron=bron,
            bronnaam=Path(naam or pad.name).stem,
        ).uitvoeren()
        samenvatting.proef = proef
        if proef:
            transaction.set_rollback(True)
    return samenvatting
