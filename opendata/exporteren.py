"""The catalogue as an HSDS 3.0 tabular datapackage (a zip with datapackage.json and CSVs).

The rows are the same documents the API serves (so the same privacy rules apply: no address
or coordinates of a confidential location), flattened into the official tables.
"""

import io
import json
import zipfile

from django.utils import timezone

from aanbod.models import Organisatie
from opendata.schema import laad
from opendata.serialiseren import aanbod_dict, aanbod_queryset, organisatie_dict
from opendata.taxonomie import TAXONOMIEEN, alle_termen, taxonomie_dict, term_dict
from wijkportaal.csvbestand import VeiligeSchrijver

GENESTE = {
    "phones": "phone",
    "contacts": "contact",
    "languages": "language",
    "cost_options": "cost_option",
    "service_areas": "service_area",
    "schedules": "schedule",
    "addresses": "address",
    "accessibility": "accessibility",
    "attributes": "attribute",
}


def _tabellen() -> dict[str, dict[str, dict]]:
    """{resource name: {id: row}}: every record once."""
    t: dict[str, dict[str, dict]] = {}

    def bewaar(resource: str, rij: dict) -> None:
        t.setdefault(resource, {})[rij["id"]] = rij

    def plat(resource: str, doc: dict) -> None:
        rij = {}
        for sleutel, waarde in doc.items():
            if sleutel in GENESTE and isinstance(waarde, list):
                for kind in waarde:
                    plat(GENESTE[sleutel], kind)
            elif not isinstance(waarde, dict | list):
                rij[sleutel] = waarde
        bewaar(resource, rij)

    for org in Organisatie.objects.order_by("pk"):
        plat("organization", organisatie_dict(org))
    for aanbod in aanbod_queryset(volledig=True).iterator(chunk_size=500):
        doc = aanbod_dict(aanbod, volledig=True)
        doc.pop("organization")
        for al in doc.pop("service_at_locations", []):
            plat("location", al.pop("location"))
            plat("service_at_location", al)
        plat("service", doc)
    for taxonomie in TAXONOMIEEN.values():
        bewaar("taxonomy", taxonomie_dict(taxonomie))
    for term in alle_termen():
        bewaar("taxonomy_term", term_dict(term))
    return t


def _waarde(waarde) -> str:
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    return "" if waarde is None else str(waarde)


def datapackage_zip(doel) -> dict[str, int]:
    """Write the datapackage to ``doel`` (a path or a binary file); returns rows per table."""
    pakket = laad("datapackage")
    pakket.update(
        name="wijkportaal-utrecht",
        title="Wijkportaal Utrecht: aanbod in de wijk (HSDS 3.0)",
        description="Het aanbod van de Wijkinformatiepunten in Utrecht. "
        "Vertrouwelijke adressen zijn weggelaten.",
        created=timezone.now().isoformat(),
        licenses=[
            {
                "name": "CC-BY-4.0",
                "path": "https://creativecommons.org/licenses/by/4.0/",
                "title": "Creative Commons Attribution 4.0",
            }
        ],
    )
    pakket.pop("license", None)
    tabellen = _tabellen()
    aantallen = {}
    with zipfile.ZipFile(doel, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("datapackage.json", json.dumps(pakket, ensure_ascii=False, indent=2))
        for resource in pakket["resources"]:
            kolommen = [veld["name"] for veld in resource["schema"]["fields"]]
            buffer = io.StringIO(newline="")
            schrijver = VeiligeSchrijver(buffer, lineterminator="\r\n")
            schrijver.writerow(kolommen)
            rijen = tabellen.get(resource["name"], {}).values()
            for rij in rijen:
                schrijver.writerow([_waarde(rij.get(k)) for k in kolommen])
            zf.writestr(resource["path"], buffer.getvalue())
            aantallen[resource["path"]] = len(rijen)
    return aantallen
