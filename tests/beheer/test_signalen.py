"""Signals of unmet needs: theme x wijk x month, counts below 5 shown as '< 5', CSV, gaps."""

import csv
import io
from datetime import date, timedelta

from django.test import TestCase
from django.urls import reverse

from beheer.cijfers import hiatentabel, signalen, vraagcijfers, weergave
from beheer.models import Signaalsamenvatting
from tests.beheer.gegevens import bekende_vragen
from tests.beheer.hulp import als_coordinator, vraag_met_verleden
from tests.conftest import amsterdam
from tests.factories import maak_aanbod

VAN, TOT = date(2026, 1, 1), date(2026, 2, 28)
VANDAAG = date(2026, 3, 10)
PERIODE = {"van": "2026-01-01", "tot": "2026-02-28"}


def _tabel(lijst) -> dict:
    return {
        (s.thema.slug if s.thema else None, s.wijk.slug if s.wijk else None, s.maand): s.aantal
        for s in lijst
    }


class KleinAantalTest(TestCase):
    def test_een_tot_vier_worden_kleiner_dan_vijf(self):
        assert [weergave(n) for n in (0, 1, 4, 5, 12)] == ["0", "< 5", "< 5", "5", "12"]


class SignalenTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.g = bekende_vragen()
        # Five more questions on money in Oost in January, never picked up: 7 signals there.
        for dag in range(12, 17):
            vraag_met_verleden(
                aangemaakt=amsterdam(2026, 1, dag, 11),
                deadline=date(2026, 1, dag) + timedelta(days=3),
                themas=("geld-en-schulden",),
                wijk="oost",
            )

    def test_telt_per_thema_wijk_en_maand(self):
        lijst = signalen(vraagcijfers(VAN, TOT), vandaag=VANDAAG)
        assert _tabel(lijst) == {
            # v2 (no suitable offer), v3 (late) and the five never picked up
            ("geld-en-schulden", "oost", date(2026, 1, 1)): 7,
            ("wonen", "oost", date(2026, 1, 1)): 1,  # v2 has two themes
            ("wonen", "west", date(2026, 1, 1)): 1,  # v4: no contact, deadline passed
            ("geld-en-schulden", "oost", date(2026, 2, 1)): 1,  # v6: no suitable offer
        }
        assert [s.weergave for s in lijst] == ["< 5", "7", "< 5", "< 5"]

    def test_vraag_binnen_de_norm_of_geannuleerd_is_geen_signaal(self):
        lijst = signalen(vraagcijfers(date(2026, 2, 1), date(2026, 2, 28)), vandaag=VANDAAG)
        # v5 (in time) and v7 (cancelled) are no signals; only v6.
        assert _tabel(lijst) == {("geld-en-schulden", "oost", date(2026, 2, 1)): 1}

    def test_nog_niet_verlopen_deadline_is_nog_geen_signaal(self):
        lijst = signalen(vraagcijfers(VAN, TOT), vandaag=date(2026, 1, 21))
        assert ("wonen", "west", date(2026, 1, 1)) not in _tabel(lijst)

    def test_pagina_laat_kleine_aantallen_niet_zien(self):
        als_coordinator(self.client)
        antwoord = self.client.get(reverse("beheer:signalen"), PERIODE)
        assert antwoord.status_code == 200
        cellen = [s.weergave for s in antwoord.context["signalen"]]
        assert cellen == ["< 5", "7", "< 5", "< 5"]
        assert "&lt; 5" in antwoord.text
        signaaltabel = antwoord.text.split('id="hiaten-kop"')[0]
        assert '<td class="getal">1</td>' not in signaaltabel

    def test_csv_geeft_dezelfde_getallen(self):
        als_coordinator(self.client)
        antwoord = self.client.get(reverse("beheer:signalen_csv"), PERIODE)
        rijen = list(csv.reader(io.StringIO(antwoord.content.decode("utf-8-sig"))))
        assert rijen[0] == ["maand", "thema", "wijk", "aantal vragen", "samenvatting"]
        assert rijen[1:] == [
            ["2026-02", "Geld en schulden", "Oost", "< 5", ""],
            ["2026-01", "Geld en schulden", "Oost", "7", ""],
            ["2026-01", "Wonen", "Oost", "< 5", ""],
            ["2026-01", "Wonen", "West", "< 5", ""],
        ]

    def test_samenvatting_opslaan_en_tonen(self):
        als_coordinator(self.client)
        geld = self.g["vragen"]["v3"].themas.get()
        oost = self.g["vragen"]["v3"].wijk
        data = {
            "thema": geld.pk,
            "wijk": oost.pk,
            "maand": "2026-01",
            "tekst": "Wachtlijst schuldhulp.",
            "terug": "van=2026-01-01&tot=2026-02-28",
        }
        antwoord = self.client.post(reverse("beheer:samenvatting"), data)
        assert antwoord.status_code == 302
        assert antwoord.url == reverse("beheer:signalen") + "?van=2026-01-01&tot=2026-02-28"
        self.client.post(
            reverse("beheer:samenvatting"), {**data, "tekst": "Wachtlijst schuldhulp, gemeld."}
        )
        assert Signaalsamenvatting.objects.get().tekst == "Wachtlijst schuldhulp, gemeld."
        rapport = self.client.get(reverse("beheer:signalen_rapport"), PERIODE)
        assert "Wachtlijst schuldhulp, gemeld." in rapport.text
        assert "<form" not in rapport.text.split("<main", 1)[1].replace('<form action="/taal/"', "")
        rijen = list(
            csv.reader(
                io.StringIO(
                    self.client.get(reverse("beheer:signalen_csv"), PERIODE).content.decode(
                        "utf-8-sig"
                    )
                )
            )
        )
        assert [
            "2026-01",
            "Geld en schulden",
            "Oost",
            "7",
            "Wachtlijst schuldhulp, gemeld.",
        ] in rijen

    def test_foute_samenvatting_geeft_een_melding(self):
        als_coordinator(self.client)
        antwoord = self.client.post(
            reverse("beheer:samenvatting"), {"maand": "januari", "tekst": "x"}, follow=True
        )
        assert "niet opgeslagen" in antwoord.text
        assert not Signaalsamenvatting.objects.exists()

    def test_filter_per_informatiepunt(self):
        lijst = signalen(vraagcijfers(VAN, TOT, str(self.g["punt"].pk)), vandaag=VANDAAG)
        assert _tabel(lijst) == {
            ("geld-en-schulden", "oost", date(2026, 1, 1)): 1,
            ("wonen", "oost", date(2026, 1, 1)): 1,
        }


class HiatenTest(TestCase):
    def test_thema_zonder_actief_aanbod_in_een_wijk_is_een_hiaat(self):
        maak_aanbod(themas=("wonen",), wijk="oost")
        maak_aanbod(themas=("wonen",), wijk="oost")
        maak_aanbod(themas=("wonen",), wijk="west", status="gestopt")
        tabel = hiatentabel()
        kolom = {w.slug: i for i, w in enumerate(tabel.wijken)}
        rij = {t.slug: cellen for t, cellen in tabel.rijen}
        assert rij["wonen"][kolom["oost"]] == 2
        assert rij["wonen"][kolom["west"]] == 0
        assert tabel.aantal_hiaten == len(tabel.themas) * len(tabel.wijken) - 1

    def test_csv_van_de_hiaten(self):
        maak_aanbod(themas=("wonen",), wijk="oost")
        als_coordinator(self.client)
        antwoord = self.client.get(reverse("beheer:hiaten_csv"))
        rijen = list(csv.reader(io.StringIO(antwoord.content.decode("utf-8-sig"))))
        kolom = rijen[0].index("Oost")
        wonen = next(r for r in rijen if r[0] == "Wonen")
        assert wonen[kolom] == "1"
        assert sum(int(c) for r in rijen[1:] for c in r[1:]) == 1
