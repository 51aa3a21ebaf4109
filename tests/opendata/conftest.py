"""Fixtures for the open-data tests: the demo catalogue and the official HSDS schemas."""

from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from aanbod.demo import catalogus_laden
from opendata.schema import registry, schema_uri

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def demo(db):
    catalogus_laden()


def valideer(entiteit: str, document: dict) -> None:
    """Fail with every error when ``document`` is not a valid HSDS 3.0 ``entiteit``."""
    validator = Draft202012Validator(
        {"$ref": schema_uri(entiteit)}, registry=registry(), format_checker=FormatChecker()
    )
    fouten = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    assert not fouten, [f"{list(f.absolute_path)}: {f.message}" for f in fouten[:10]]


def valideer_pagina(entiteit: str, pagina: dict) -> None:
    for sleutel in ("total_items", "total_pages", "page_number", "size"):
        assert isinstance(pagina[sleutel], int), sleutel
    for sleutel in ("first_page", "last_page", "empty"):
        assert isinstance(pagina[sleutel], bool), sleutel
    assert pagina["size"] == len(pagina["contents"])
    for item in pagina["contents"]:
        valideer(entiteit, item)
