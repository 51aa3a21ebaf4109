"""Upsert HSDS tables into the catalogue by HSDS id, in bulk (thousands of rows per second).

A row we cannot use is rejected with file, line and reason; a row we can use with a small
problem (an invalid e-mail address, coordinates outside the world) is imported without the
bad value and reported as a warning. Each table is read, compared with what is stored, and
written with bulk_create / bulk_update; signals do not run for bulk writes, so the search text
of every changed offer is rebuilt at the end.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.text import slugify

from aanbod.models import (
    Status,
)
from opendata import velden as v
from opendata.lezen import Tabellen
from opendata.taxonomie import KENMERKEN

STATUS = {
    "active": Status.ACTIEF,
    "temporarily closed": Status.TIJDELIJK_GESLOTEN,
    "inactive": Status.GESTOPT,
    "defunct": Status.GESTOPT,
    # What publishers write besides the HSDS values.
    "open": Status.ACTIEF,
    "live": Status.ACTIEF,
    "published": Status.ACTIEF,
    "temporarily_closed": Status.TIJDELIJK_GESLOTEN,
    "temporarily-closed": Status.TIJDELIJK_GESLOTEN,
    "suspended": Status.TIJDELIJK_GESLOTEN,
    "closed": Status.GESTOPT,
    "discontinued": Status.GESTOPT,
}
SOORTEN = ("organisaties", "locaties", "aanbod", "aanbodlocaties", "tijden", "kenmerken")


@dataclass
class Melding:
    bestand: str
    regel: object
    reden: str

    def __str__(self) -> str:
        return f"{self.bestand}, regel {self.regel}: {self.reden}"


@dataclass
class Telling:
    aangemaakt: int = 0
    bijgewerkt: int = 0
    ongewijzigd: int = 0
    afgewezen: int = 0
    verwijderd: int = 0

    @property
    def ingelezen(self) -> int:
        return self.aangemaakt + self.bijgewerkt + self.ongewijzigd


@dataclass
class Samenvatting:
    formaat: str = ""
    proef: bool = False
    tellingen: dict[str, Telling] = field(default_factory=lambda: {s: Telling() for s in SOORTEN})
    afgewezen: list[Melding] = field(default_factory=list)
    waarschuwingen: list[Melding] = field(default_factory=list)
    verdwenen: int = 0  # offers of the source that are no longer in it (marked, not deleted)
    tijdelijke_organisaties: int = 0

    @property
    def iets_ingelezen(self) -> bool:
        return any(t.ingelezen for soort, t in self.tellingen.items() if soort != "kenmerken")


def _plek(rij: dict) -> tuple[str, object]:
    return rij.get("_bestand", "?"), rij.get("_regel", "?")


class Importeur:
    def __init__(
        self,
        tabellen: Tabellen,
        voortgang=None,
        *,
        door=None,
        omschrijving: str = "",
        bron=None,
        bronnaam: str = "",
    ):
        self.t = tabellen
        # The registered source (aanbod.Gegevensbron) this import refreshes, if any.
        self.bron = bron
        self.bronnaam = bron.naam if bron else (tabellen.sleutel or bronnaam or "import")
        # Who and what imports, for the history of every offer the import changes.
        self.door = door
        self.omschrijving = omschrijving
        self.s = Samenvatting(formaat=tabellen.formaat)
        self.voortgang = voortgang or (lambda items, _omschrijving: items)
        self.per_link = defaultdict(list)
        for rij in self.t["attributes"]:
            self.per_link[v.tekst(rij, "link_id").lower()].append(rij)
        self.termnamen = {
            v.tekst(r, "id").lower(): v.tekst(r, "name") for r in self.t["taxonomy_terms"]
        }
        self.kenmerk_ids = {t.id: t.code for t in KENMERKEN}
        self.gewijzigd_aanbod: set[int] = set()

    # -- bookkeeping -------------------------------------------------------------------
    def afwijzen(self, soort: str, rij: dict, reden: str) -> None:
        self.s.tellingen[soort].afgewezen += 1
        self.s.afgewezen.append(Melding(*_plek(rij), reden))

    def waarschuw(self, rij: dict, reden: str | None) -> None:
        if reden:
            self.s.waarschuwingen.append(Melding(*_plek(rij), reden))

    def uniek(self, soort: str, rijen: list[dict]):
        """Rows with a usable, not yet seen id (nested JSON repeats organisations)."""
        gezien = set()
        for rij in self.voortgang(rijen, soort):
            if rij.get("_fout"):
                self.afwijzen(soort, rij, rij["_fout"])
                continue
            try:
                hsds_id = v.hsds_uuid(rij)
            except v.Afwijzing as fout:
                self.afwijzen(soort, rij, str(fout))
                continue
            if hsds_id in gezien:
                continue
            gezien.add(hsds_id)
            yield hsds_id, rij

    def kenmerken(self, link_id) -> set[str]:
        """Our own feature codes and other term ids attached to a record."""
        uit = set()
        for attr in self.per_link.get(str(link_id).lower(), []):
            term_id = v.tekst(attr, "taxonomy_term_id").lower()
            uit.add(self.kenmerk_ids.get(term_id, term_id))
        return uit

    def opslaan(self, soort, model, bestaand, nieuw: dict, velden: list[str], klaar=None):
        """Compare ``nieuw`` ({hsds_id: field values}) with ``bestaand`` and write the changes."""
        maken, bijwerken, telling = [], [], self.s.tellingen[soort]
        for hsds_id, waarden in nieuw.items():
            obj = bestaand.get(hsds_id)
            if obj is None:
                obj = model(hsds_id=hsds_id, **waarden)
                maken.append(obj)
            elif any(getattr(obj, k) != w for k, w in waarden.items()):
                for k, w in waarden.items():
                    setattr(obj, k, w)
                bijwerken.append(obj)
            else:
                telling.ongewijzigd += 1
            bestaand[hsds_id] = obj
        if klaar:
            klaar(maken, bijwerken)
        model.objects.bulk_create(maken, batch_size=500)
        if bijwerken:
            if any(f.name == "gewijzigd" for f in model._meta.fields):
                nu = timezone.now()
                for obj in bijwerken:
                    obj.gewijzigd = nu
                velden = [*velden, "gewijzigd"]
            model.objects.bulk_update(bijwerken, velden, batch_size=500)
        telling.aangemaakt += len(maken)
        telling.bijgewerkt += len(bijwerken)
        return maken, bijwerken

    def slugs(self, model, objecten) -> None:
        """Unique slugs for new rows (bulk_create does not call save())."""
        bezet = set(model.objects.values_list("slug", flat=True))
        for obj in objecten:
            basis = (slugify(obj.naam) or "item")[:80].strip("-")
            slug, teller = basis, 2
            while slug in bezet:
                slug = f"{basis[: 80 - len(str(teller)) - 1]}-{teller}"
                teller += 1
            bezet.add(slug)
            obj.slug = slug
