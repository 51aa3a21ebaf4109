"""The official HSDS 3.0 schemas, offline: a registry for jsonschema and a self-contained OpenAPI.

The official openapi.json refers to the entity schemas by their GitHub address (some under
``compiled/``, some as ``*_list.json``). We resolve all of them to the local copies in
``hsds_schema/``: a ``*_list`` schema is the entity schema (lists carry fewer fields, and
HSDS makes every nested array optional).
"""

import copy
import json
from functools import lru_cache
from pathlib import Path

from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SCHEMA_MAP = Path(__file__).resolve().parent / "hsds_schema"
GITHUB_BASIS = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"
ENTITEITEN = sorted(
    p.stem for p in SCHEMA_MAP.glob("*.json") if p.stem not in {"openapi", "datapackage"}
)
# The official openapi.json points /service_at_locations/{id} at the service schema: an
# erratum (fixed in HSDS 3.1). We serve, test and document the service_at_location schema.
OPENAPI_ERRATA = {("/service_at_locations/{id}", "200"): "service_at_location"}


def laad(naam: str) -> dict:
    return json.loads((SCHEMA_MAP / f"{naam}.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def registry() -> Registry:
    """Every entity schema under its GitHub address and its ``compiled/`` address."""
    resources = []
    for naam in ENTITEITEN:
        resource = Resource.from_contents(laad(naam), default_specification=DRAFT202012)
        for basis in (GITHUB_BASIS, GITHUB_BASIS + "compiled/"):
            resources.append((f"{basis}{naam}.json", resource))
            resources.append((f"{basis}{naam}_list.json", resource))
    return Registry().with_resources(resources)


def schema_uri(naam: str) -> str:
    return f"{GITHUB_BASIS}{naam}.json"


def _naar_componenten(schema, naam_van_ref):
    """Rewrite every relative or GitHub ``$ref`` into ``#/components/schemas/<entity>``."""
    if isinstance(schema, dict):
        uit = {}
        for sleutel, waarde in schema.items():
            if sleutel == "$ref" and isinstance(waarde, str) and not waarde.startswith("#"):
                uit[sleutel] = f"#/components/schemas/{naam_van_ref(waarde)}"
            else:
                uit[sleutel] = _naar_componenten(waarde, naam_van_ref)
        return uit
    if isinstance(schema, list):
        return [_naar_componenten(item, naam_van_ref) for item in schema]
    return schema


def _entiteit(ref: str) -> str:
    naam = ref.rsplit("/", 1)[-1].removesuffix(".json").removesuffix("_list")
    return naam


@lru_cache(maxsize=4)
def _openapi(server_url: str) -> str:
    spec = laad("openapi")
    spec["info"] = {
        "title": "Wijkportaal Utrecht: HSDS 3.0 API",
        "version": "1.0.0",
        "summary": "Het aanbod van de Wijkinformatiepunten in Utrecht als open data.",
        "description": "Read-only HSDS 3.0 API. Data: CC BY 4.0, Wijkinformatiepunten Utrecht. "
        "Schemas: Open Referral HSDS 3.0, CC BY-SA 4.0.",
        "license": {
            "name": "CC BY 4.0",
            "url": "https://creativecommons.org/licenses/by/4.0/",
        },
    }
    spec["servers"] = [{"url": server_url}]
    for (pad, status), naam in OPENAPI_ERRATA.items():
        inhoud = spec["paths"][pad]["get"]["responses"][status]["content"]["application/json"]
        inhoud["schema"] = {"$ref": schema_uri(naam)}
    spec["paths"] = _naar_componenten(spec["paths"], _entiteit)
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    for naam in ENTITEITEN:
        schema = laad(naam)
        for sleutel in ("name", "path", "datapackage_metadata", "tabular_required"):
            schema.pop(sleutel, None)
        schemas[naam] = _naar_componenten(schema, _entiteit)
    return json.dumps(spec, ensure_ascii=False)


def openapi(server_url: str) -> dict:
    """The official HSDS 3.0 OpenAPI with our server and every schema inlined (offline)."""
    return copy.deepcopy(json.loads(_openapi(server_url)))
