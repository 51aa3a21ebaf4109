"""Coded statuses and outcomes (FHIR Task status + own outcome codes) and residents' feedback
in the report and its CSV, on the known questions of tests/beheer/gegevens.py."""

import csv
import io
from datetime import date

from django.test import TestCase
from django.urls import reverse

from beheer.cijfers import rapportage
from tests.beheer.gegevens import bekende_vragen
from tests.beheer.hulp import als_coordinator
from vragen.models import Antwoord, Terugkoppeling, VraagStatus
from vragen.services import heropenen
from vragen.uitkomstcodes import (
    STATUS_TAAK,
    TERUGKOPPELING_CODE,
    UITKOMST_CODE,
    Taakstatus,
    codelijst,
    overgang_taakstatus,
)

VAN, TOT = date(2026, 1, 1), date(2026, 2, 28)
PERIODE = {"van": "2026-01-01", "tot": "2026-02-28"}


def _csv(antwoord) -> list[list[str]]:
    return list(csv.reader(io.StringIO(antwoord.content.decode("utf-8-sig"))))


class CodelijstTest(TestCase):
    def test_elke_status_en_uitkomst_heeft_een_code_en_de_docs_noemen_ze(self):
        assert set(STATUS_TAAK) == set(VraagStatus.values)
        assert set(STATUS_TAAK.values()) <= set(Taakstatus.values)
        from vragen.models import Uitkomst

        assert set(UITKOMST_CODE) == set(Uitkomst.values)
        assert set(TERUGKOPPELING_CODE) == set(Antwoord.values)
        with open("docs/uitkomstcodes.md", encoding="utf-8") as f:
            docs = f.read()
        for code, _betekenis, _systeem in codelijst():
            assert f"`{code}`" in docs, code

    def test_antwoord_van_het_aanspreekpunt_in_de_historie(self):
        assert overgang_taakstatus("doorverwezen", "in_behandeling") == "accepted"
        assert overgang_taakstatus("doorverwezen", "nieuw") == "rejected"
        assert overgang_taakstatus("nieuw", "doorverwezen") == "received"


class RapportageCodesTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.g = bekende_vragen()
        v = cls.g["vragen"]
        for vraag, antwoord in ((v["v1"], Antwoord.JA), (v["v6"], Antwoord.GEDEELTELIJK)):
            Terugkoppeling.objects.create(
                vraag=vraag, antwoord=antwoord, afgesloten_op=vraag.afgesloten_op
            )
        heropenen(v["v6"], reden="Inwoner: gedeeltelijk geholpen.")

    def test_codes_per_vraag(self):
        r = rapportage(VAN, TOT, vandaag=date(2026, 3, 10))
        assert [(c["taakstatus"], c["uitkomstcode"], c["aantal"]) for c in r["uitkomstcodes"]] == [
            ("requested", "", 1),
            ("requested", "U05-heropend", 1),
            ("in-progress", "", 2),
            ("completed", "U01-geholpen", 1),
            ("completed", "U03-geen-passend-aanbod", 1),
            ("cancelled", "", 1),
        ]
        t = r["terugkoppeling"]
        assert [(a["label"], a["aantal"], a["procent"]) for a in t["antwoorden"]] == [
            ("Ja", 1, 50.0),
            ("Gedeeltelijk", 1, 50.0),
            ("Nee", 0, 0.0),
        ]
        assert (t["totaal"], t["heropend"]) == (2, 1)

    def test_pagina_en_csv(self):
        als_coordinator(self.client)
        html = self.client.get(reverse("beheer:rapportage"), PERIODE).content.decode()
        assert "U03-geen-passend-aanbod" in html and "T02-deels-geholpen-volgens-inwoner" in html
        codes = _csv(
            self.client.get(reverse("beheer:rapportage_csv", args=["uitkomstcodes"]), PERIODE)
        )
        assert codes[0] == ["taakstatus (FHIR)", "betekenis", "uitkomstcode", "uitkomst", "vragen"]
        assert ["completed", "afgerond", "U01-geholpen", "Geholpen", "1"] in codes
        terug = _csv(
            self.client.get(reverse("beheer:rapportage_csv", args=["terugkoppeling"]), PERIODE)
        )
        assert terug[1:] == [
            ["T01-geholpen-volgens-inwoner", "Ja", "1", "50.0"],
            ["T02-deels-geholpen-volgens-inwoner", "Gedeeltelijk", "1", "50.0"],
            ["T03-niet-geholpen-volgens-inwoner", "Nee", "0", "0.0"],
            ["U05-heropend", "vragen heropend", "1", ""],
        ]
