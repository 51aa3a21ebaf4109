"""Stable HSDS ids for what has no ``hsds_id`` of its own, and our taxonomies.

Themes and target groups are the terms of the taxonomies "Thema's" and "Doelgroepen"; the
wijken are a taxonomy too (used for service areas and location attributes). "Kenmerken"
holds our fixed choices (soort, kosten, deelname, accessibility, holiday opening, closure)
so that an export can be imported again without losing them. Every id is a uuid5 of a
stable key: the same on every machine and in every export.
"""

import uuid
from dataclasses import dataclass

from aanbod.models import Deelname, Doelgroep, Kosten, Soort, Thema, Wijk

NAMESPACE = uuid.UUID("0b6c2f0e-8d1c-5b0e-9a47-77696a6b706f")


def afgeleid_id(*delen: object) -> str:
    """A stable uuid5 from the parts, e.g. the phone of a service: ``(service_id, "telefoon")``."""
    return str(uuid.uuid5(NAMESPACE, ":".join(str(deel) for deel in delen)))


@dataclass(frozen=True)
class Taxonomie:
    sleutel: str
    naam: str
    beschrijving: str

    @property
    def id(self) -> str:
        return afgeleid_id("taxonomie", self.sleutel)


TAXONOMIEEN = {
    t.sleutel: t
    for t in (
        Taxonomie("thema", "Thema's", "Waar het aanbod over gaat (Wijkportaal Utrecht)."),
        Taxonomie("doelgroep", "Doelgroepen", "Voor wie het aanbod is (Wijkportaal Utrecht)."),
        Taxonomie("wijk", "Wijken", "De tien wijken van de gemeente Utrecht."),
        Taxonomie(
            "kenmerk",
            "Kenmerken",
            "Vaste kenmerken van Wijkportaal: soort, kosten, deelname, toegankelijkheid en tijden.",
        ),
    )
}


@dataclass(frozen=True)
class Term:
    taxonomie: str
    code: str
    naam: str
    beschrijving: str = ""

    @property
    def id(self) -> str:
        return afgeleid_id("term", self.taxonomie, self.code)


LOCATIE_KENMERKEN = ("rolstoeltoegankelijk", "toegankelijk_toilet", "ringleiding")
KENMERKEN = (
    [Term("kenmerk", f"soort.{w}", str(n)) for w, n in Soort.choices]
    + [Term("kenmerk", f"kosten.{w}", str(n)) for w, n in Kosten.choices]
    + [Term("kenmerk", f"deelname.{w}", str(n)) for w, n in Deelname.choices]
    + [
        Term("kenmerk", "locatie.rolstoeltoegankelijk", "Rolstoeltoegankelijk"),
        Term("kenmerk", "locatie.toegankelijk_toilet", "Toegankelijk toilet"),
        Term("kenmerk", "locatie.ringleiding", "Ringleiding"),
        Term(
            "kenmerk",
            "locatie.vertrouwelijk_adres",
            "Vertrouwelijk adres",
            "Het adres wordt niet gedeeld.",
        ),
        Term("kenmerk", "tijd.open_op_feestdagen", "Ook open op feestdagen"),
        Term("kenmerk", "tijd.sluiting", "Gesloten in deze periode"),
    ]
)
KENMERK = {t.code: t for t in KENMERKEN}


def thema_term(thema: Thema) -> Term:
    return Term("thema", thema.slug, thema.naam, thema.beschrijving)


def doelgroep_term(doelgroep: Doelgroep) -> Term:
    return Term("doelgroep", doelgroep.slug, doelgroep.naam)


def wijk_term(wijk: Wijk) -> Term:
    return Term("wijk", wijk.slug, wijk.naam, f"Wijk {wijk.naam} ({wijk.code}) in Utrecht")


def alle_termen() -> list[Term]:
    """Every term of our four taxonomies (three queries)."""
    return (
        [thema_term(t) for t in Thema.objects.all()]
        + [doelgroep_term(d) for d in Doelgroep.objects.all()]
        + [wijk_term(w) for w in Wijk.objects.only("naam", "slug", "code")]
        + list(KENMERKEN)
    )


def term_dict(term: Term) -> dict:
    taxonomie = TAXONOMIEEN[term.taxonomie]
    uit = {
        "id": term.id,
        "code": term.code,
        "name": term.naam,
        "description": term.beschrijving or term.naam,
        "taxonomy": taxonomie.naam,
        "taxonomy_id": taxonomie.id,
        "language": "nl",
    }
    return uit


def taxonomie_dict(taxonomie: Taxonomie) -> dict:
    return {
        "id": taxonomie.id,
        "name": taxonomie.naam,
        "description": taxonomie.beschrijving,
        "version": "1",
    }
