"""Report figures against values worked out by hand on known data; CSV parses back the same."""

import csv
import io
from datetime import date

from django.test import TestCase
from django.urls import reverse

from beheer.cijfers import rapportage
from tests.beheer.gegevens import bekende_vragen
from tests.beheer.hulp import als_coordinator

VAN, TOT = date(2026, 1, 1), date(2026, 2, 28)
VANDAAG = date(2026, 3, 10)
PERIODE = {"van": "2026-01-01", "tot": "2026-02-28"}


def _csv(antwoord) -> list[list[str]]:
    assert antwoord["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(antwoord.content.decode("utf-8-sig"))))


class CijfersTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.g = bekende_vragen()

    def setUp(self):
        self.r = rapportage(VAN, TOT, vandaag=VANDAAG)

    def test_vragen_per_maand_en_kanaal(self):
        kanaal = self.r["kanaal"]
        assert kanaal.kolommen == ["Balie", "Telefoon", "E-mail", "Online", "Huisbezoek"]
        assert kanaal.rijen == [
            (date(2026, 1, 1), [2, 1, 0, 1, 0]),
            (date(2026, 2, 1), [1, 1, 1, 0, 0]),
        ]
        assert self.r["totaal"]["vragen"] == 7

    def test_vragen_per_thema_en_wijk(self):
        thema = self.r["thema"]
        per_thema = dict(
            zip(thema.kolommen, zip(*(rij for _m, rij in thema.rijen), strict=True), strict=True)
        )
        assert per_thema["Geld en schulden"] == (3, 2)
        assert per_thema["Wonen"] == (2, 0)
        assert per_thema["Geen thema"] == (0, 1)
        wijk = self.r["wijk"]
        per_wijk = dict(
            zip(wijk.kolommen, zip(*(rij for _m, rij in wijk.rijen), strict=True), strict=True)
        )
        assert per_wijk["Oost"] == (3, 2)
        assert per_wijk["West"] == (1, 0)
        assert per_wijk["Onbekende wijk"] == (0, 1)

    def test_ter_plekke_beantwoord(self):
        jan, feb = self.r["per_maand"]
        assert (jan["vragen"], jan["ter_plekke"], jan["ter_plekke_procent"]) == (4, 1, 25.0)
        assert (feb["vragen"], feb["ter_plekke"], feb["ter_plekke_procent"]) == (3, 1, 33.3)
        assert self.r["totaal"]["ter_plekke_procent"] == 28.6

    def test_mediaan_tijd_tot_eerste_contact(self):
        jan, feb = self.r["per_maand"]
        # January: 5 minutes, 24 hours, 120 hours; v4 had no contact yet.
        assert (jan["met_contact"], jan["mediaan_uren"]) == (3, 24.0)
        # February: 6.5 hours and half an hour; the cancelled v7 had no contact.
        assert (feb["met_contact"], feb["mediaan_uren"]) == (2, 3.5)
        assert self.r["totaal"]["mediaan_uren"] == 6.5

    def test_binnen_de_norm_per_organisatie(self):
        norm = {
            r["organisatie"]: (r["vragen"], r["binnen_norm"], r["procent"]) for r in self.r["norm"]
        }
        assert norm == {
            "Aanspreekpunt A": (2, 1, 50.0),
            "Aanspreekpunt B": (1, 0, 0.0),
            "Coördinatoren (geen aanspreekpunt)": (3, 3, 100.0),
        }

    def test_meest_doorverwezen_aanbod(self):
        assert [(r["aanbod__naam"], r["n"]) for r in self.r["verwezen"]] == [
            ("Geldhulp X", 3),
            ("Woonhulp Y", 1),
        ]

    def test_filter_per_informatiepunt(self):
        alleen_punt = rapportage(VAN, TOT, str(self.g["punt"].pk), vandaag=VANDAAG)
        online = rapportage(VAN, TOT, "online", vandaag=VANDAAG)
        assert alleen_punt["totaal"]["vragen"] == 2
        assert online["totaal"]["vragen"] == 5


class RapportagePaginaTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.g = bekende_vragen()

    def setUp(self):
        als_coordinator(self.client)

    def test_pagina_toont_diagrammen_en_tabellen(self):
        antwoord = self.client.get(reverse("beheer:rapportage"), PERIODE)
        assert antwoord.status_code == 200
        tekst = antwoord.text
        assert tekst.count("<h1>") == 1
        assert "<svg" in tekst and "<table" in tekst
        assert "<script" not in tekst.split("<main", 1)[1]
        assert ' style="' not in tekst
        assert "Geldhulp X" in tekst

    def test_csv_per_tabel_geeft_dezelfde_getallen(self):
        kanaal = _csv(self.client.get(reverse("beheer:rapportage_csv", args=["kanaal"]), PERIODE))
        assert kanaal == [
            ["maand", "Balie", "Telefoon", "E-mail", "Online", "Huisbezoek", "totaal"],
            ["2026-01", "2", "1", "0", "1", "0", "4"],
            ["2026-02", "1", "1", "1", "0", "0", "3"],
        ]
        direct = _csv(
            self.client.get(reverse("beheer:rapportage_csv", args=["ter-plekke"]), PERIODE)
        )
        assert direct[1:] == [["2026-01", "4", "1", "25.0"], ["2026-02", "3", "1", "33.3"]]
        contact = _csv(
            self.client.get(reverse("beheer:rapportage_csv", args=["eerste-contact"]), PERIODE)
        )
        assert contact[1:] == [["2026-01", "3", "24.0"], ["2026-02", "2", "3.5"]]
        norm = _csv(self.client.get(reverse("beheer:rapportage_csv", args=["norm"]), PERIODE))
        assert ["Aanspreekpunt A", "2", "1", "50.0"] in norm
        verwezen = _csv(
            self.client.get(reverse("beheer:rapportage_csv", args=["verwijzingen"]), PERIODE)
        )
        assert verwezen[1:] == [["Geldhulp X", "3"], ["Woonhulp Y", "1"]]
        for tabel in ("thema", "wijk"):
            rijen = _csv(self.client.get(reverse("beheer:rapportage_csv", args=[tabel]), PERIODE))
            assert [r[-1] for r in rijen[1:]] == (["5", "3"] if tabel == "thema" else ["4", "3"])

    def test_onbekende_tabel_en_foute_periode(self):
        assert self.client.get(reverse("beheer:rapportage_csv", args=["geheim"])).status_code == 404
        antwoord = self.client.get(
            reverse("beheer:rapportage"), {"van": "gisteren", "tot": "2026-13-45"}
        )
        assert antwoord.status_code == 200
        assert "Die periode begrijpen we niet" in antwoord.text
        for slecht in (
            {"van": "2026-03-01", "tot": "2026-01-01"},
            {"van": "1900-01-01"},
            {"van": "2000-01-01", "tot": "9999-12-31"},
            {"informatiepunt": "abc"},
        ):
            antwoord = self.client.get(reverse("beheer:rapportage"), slecht)
            assert antwoord.status_code == 200, slecht
            assert "Die periode begrijpen we niet" in antwoord.text, slecht
            assert self.client.get(reverse("beheer:signalen"), slecht).status_code == 200
            csv_url = reverse("beheer:rapportage_csv", args=["norm"])
            assert self.client.get(csv_url, slecht).status_code == 200
        # A NUL byte in the address: a plain 400 before any view (wijkportaal/beveiliging.py).
        nul = {"van": "2026-01-01\x00"}
        for url in (reverse("beheer:rapportage"), reverse("beheer:signalen")):
            antwoord = self.client.get(url, nul)
            assert antwoord.status_code == 400
            assert "teken dat niet kan" in antwoord.content.decode()

    def test_alleen_van_ingevuld_loopt_tot_vandaag(self):
        from django.utils import timezone

        antwoord = self.client.get(reverse("beheer:rapportage"), {"van": "2026-01-01"})
        assert antwoord.context["van"] == date(2026, 1, 1)
        assert antwoord.context["tot"] == timezone.localdate()
