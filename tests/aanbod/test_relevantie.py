"""Does search find what residents mean? Realistic queries on the demo catalogue, each with the
offers that count as right in the top 3 (tests/aanbod/relevantieset.py). Full set on
PostgreSQL (hit rate >= 90 %); on SQLite the exact, accent and case cases."""

import pytest
from django.db import connection
from django.test import TestCase

from aanbod.demo import catalogus_laden
from aanbod.models import Aanbod
from tests.aanbod.relevantieset import CATALOGUSWOORDEN

# Exact names, other case, with and without accents: these must work on every database.
OVERAL = [
    ("Taalcafé Neude", "Taalcafé Neude"),
    ("taalcafe neude", "Taalcafé Neude"),
    ("TAALCAFE NEUDE", "Taalcafé Neude"),
    ("Onafhankelijke clientondersteuning", "Onafhankelijke cliëntondersteuning"),
    ("ONAFHANKELIJKE CLIËNTONDERSTEUNING", "Onafhankelijke cliëntondersteuning"),
    ("Meidenclub", "Meidenclub"),
    ("Repair Café Lunetten", "Repair Café Lunetten"),
    ("repair cafe lunetten", "Repair Café Lunetten"),
    ("Moestuin Rijnsweerd", "Moestuin Rijnsweerd"),
    ("Hersenletselcafé", "Hersenletselcafé Leidsche Rijn"),
]


def top3(zoekvraag: str) -> list[str]:
    return [a.naam for a in Aanbod.objects.zichtbaar().zoek(zoekvraag)[:3]]


class TestRelevantie(TestCase):
    @classmethod
    def setUpTestData(cls):
        catalogus_laden()

    @pytest.mark.skipif(
        connection.vendor != "postgresql", reason="de volledige set vraagt PostgreSQL"
    )
    def test_top3_trefkans_minstens_90_procent(self):
        gevonden = {vraag: top3(vraag) for vraag, _ in CATALOGUSWOORDEN}
        missers = [
            (vraag, gevonden[vraag])
            for vraag, goed in CATALOGUSWOORDEN
            if not set(goed) & set(gevonden[vraag])
        ]
        trefkans = 1 - len(missers) / len(CATALOGUSWOORDEN)
        raak = len(CATALOGUSWOORDEN) - len(missers)
        print(f"\nTop-3 trefkans: {trefkans:.0%} ({raak}/{len(CATALOGUSWOORDEN)})")
        for vraag, top in missers:
            print(f"  mis: {vraag!r} -> {top}")
        assert trefkans >= 0.9, missers

    def test_exact_hoofdletters_en_accenten_op_elke_database(self):
        for vraag, verwacht in OVERAL:
            with self.subTest(vraag=vraag):
                assert verwacht in top3(vraag)
