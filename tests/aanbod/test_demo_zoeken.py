"""The demo as a newcomer tries it (make run): the search page of the demo catalogue finds the
right offers for a typo, a word without its accent and a misspelt compound, in one search
behaviour everywhere (PostgreSQL, ADR 0011)."""

from unittest import mock

import pytest
from django.db import connection
from django.test import TestCase

from aanbod.demo import catalogus_laden
from aanbod.models import Aanbod
from aanbod.versie import vergeten
from aanbod.zoeken import woordenlijst, zoek


class TestDemoZoeken(TestCase):
    @classmethod
    def setUpTestData(cls):
        catalogus_laden()
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE aanbod_aanbod")

    def eerste_drie(self, q: str) -> list[str]:
        antwoord = self.client.get("/aanbod/", {"q": q})
        assert antwoord.status_code == 200
        return [a.naam for a in antwoord.context["pagina"].object_list[:3]]

    def test_schuldhlup_vindt_schuldhulp(self):
        assert "Geld op orde: hulp bij schulden" in self.eerste_drie("schuldhlup")

    def test_taalcafe_zonder_accent(self):
        assert set(self.eerste_drie("taalcafe")) <= {
            "Taalcafé Neude",
            "Taalcafé Overvecht",
            "Taalcafé Leidsche Rijn",
        }

    def test_buurhuis_vindt_het_buurthuis(self):
        assert any(naam.startswith("Buurthuis") for naam in self.eerste_drie("buurhuis"))

    def test_voorvoegsels_uitgeschreven_geven_dezelfde_volgorde(self):
        """Prefixes written out as the catalogue's words (a quicker index lookup) find the
        same offers in the same order as the prefixes did, sentences included."""
        vragen = [
            "ik heb niemand om mee te praten",
            "respyt zorg",
            "andere ouders met kleine kinderen ontmoeten in oost",
            "taal leidsche rijn",
            "mijn moeder wordt vergeetachtig en ik zorg voor haar",
            "computer les ouderen",
        ]
        uitgeschreven = {q: zoek(Aanbod.objects.all(), q).ids for q in vragen}
        with mock.patch.object(woordenlijst, "MAX_VORMEN", -1):  # every prefix stays
            vergeten()
            als_voorvoegsel = {q: zoek(Aanbod.objects.all(), q).ids for q in vragen}
        vergeten()
        assert uitgeschreven == als_voorvoegsel
        assert all(uitgeschreven.values())


@pytest.mark.parametrize(
    ("q", "verwacht"),
    [("taalles", "Taalcafé"), ("cafe", "Repair Café"), ("les", "Fietsles voor vrouwen")],
)
def test_delen_van_samenstellingen_die_iets_betekenen(db, client, q, verwacht):
    catalogus_laden()
    namen = [a.naam for a in client.get("/aanbod/", {"q": q}).context["pagina"]]
    assert any(naam.startswith(verwacht) for naam in namen), namen
