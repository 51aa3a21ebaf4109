"""Refreshing registered sources (aanbod.Gegevensbron): fetch, import, log the run.

Every run, good or bad, is one ``BronRun`` row with its summary; the source's offers that
are no longer in it are marked by the import (``Aanbod.verdwenen_uit_bron``), never deleted.
"""

import tempfile
import urllib.request
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.utils import timezone

from aanbod.models import BronRun, Gegevensbron
from opendata.lezen import ImportFout
from opendata.services import hsds_importeren
from opendata.uitvoer import samenvatting_regels, waarom_niets


class DownloadFout(Exception):
    """The source's file could not be fetched."""


def _downloaden(url: str, doel_map: Path) -> Path:
    maximum = settings.HSDS_DOWNLOAD_MAX_MB * 1024 * 1024
    verzoek = urllib.request.Request(url, headers={"User-Agent": "Wijkportaal HSDS-import"})
    try:
        with urllib.request.urlopen(verzoek, timeout=settings.HSDS_DOWNLOAD_TIMEOUT) as antwoord:
            inhoud = antwoord.read(maximum + 1)
    except (OSError, ValueError) as fout:
        raise DownloadFout(f"{url} kon niet worden opgehaald ({fout}).") from fout
    if len(inhoud) > maximum:
        raise DownloadFout(f"{url} is groter dan {settings.HSDS_DOWNLOAD_MAX_MB} MB.")
    pad = doel_map / ("bron.zip" if inhoud[:2] == b"PK" else "bron.json")
    pad.write_bytes(inhoud)
    return pad


def bron_bijwerken(
    *, bron: Gegevensbron, door: AbstractBaseUser | None = None, voortgang=None
) -> BronRun:
    """Import the source now (its URL, else its uploaded file) and log the run."""
    begonnen = timezone.now()
    run = BronRun(bron=bron, begonnen=begonnen)
    with tempfile.TemporaryDirectory() as map_:
        try:
            if bron.url:
                pad = _downloaden(bron.url, Path(map_))
            elif bron.bestand:
                pad = Path(bron.bestand.path)
            else:
                raise DownloadFout("Deze bron heeft geen webadres en geen bestand.")
            s = hsds_importeren(pad=pad, naam=bron.naam, door=door, bron=bron, voortgang=voortgang)
        except (DownloadFout, ImportFout) as fout:
            run.samenvatting = f"Niets ingelezen. {fout}"
        else:
            aanbod = s.tellingen["aanbod"]
            run.nieuw, run.bijgewerkt = aanbod.aangemaakt, aanbod.bijgewerkt
            run.ongewijzigd, run.afgewezen = aanbod.ongewijzigd, aanbod.afgewezen
            run.verdwenen = s.verdwenen
            run.gelukt = s.iets_ingelezen
            regels = samenvatting_regels(s, max_meldingen=10)
            if not run.gelukt:
                regels.insert(0, waarom_niets(s))
            run.samenvatting = "\n".join(regels)
    run.save()
    Gegevensbron.objects.filter(pk=bron.pk).update(laatst_bijgewerkt=begonnen)
    bron.laatst_bijgewerkt = begonnen
    return run


def bronnen_aan_de_beurt(nu=None) -> list[Gegevensbron]:
    return [b for b in Gegevensbron.objects.all() if b.is_aan_de_beurt(nu)]
