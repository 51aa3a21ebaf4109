"""Reviewing proposals: approve applies exactly the reviewed change; reject changes nothing."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.test import TestCase
from django.urls import reverse

from aanbod.models import Aanbod, AanbodWijziging, Bron
from beheer.models import VoorstelStatus, Wijzigingsvoorstel
from beheer.services import (
    voorstel_afwijzen,
    voorstel_goedkeuren,
    voorstel_indienen,
)
from tests.beheer.hulp import als_coordinator
from tests.factories import maak_aanbod, maak_gebruiker, maak_organisatie
from wijkportaal.modellen import AlBeoordeeld


def _velden(aanbod: Aanbod) -> dict:
    aanbod.refresh_from_db()
    return {
        f.attname: getattr(aanbod, f.attname)
        for f in Aanbod._meta.concrete_fields
        if f.name not in ("gewijzigd", "zoektekst", "zoekvector")
    }


class VoorstelTest(TestCase):
    def setUp(self):
        self.org = maak_organisatie(naam="Buurtkamer")
        self.partner = maak_gebruiker("partner", organisatie=self.org)
        self.aanbod = maak_aanbod(organisatie=self.org, naam="Koffie-uur", telefoon="030 000 00 00")
        self.voorstel = voorstel_indienen(
            aanbod=self.aanbod,
            nieuwe_waarden={
                "naam": "Koffie-uur",  # unchanged: not part of the proposal
                "telefoon": "030 123 45 67",
                "kosten": "eigen_bijdrage",
                "kosten_bedrag": Decimal("2.50"),
            },
            door=self.partner,
        )

    def test_voorstel_bevat_alleen_wat_verandert(self):
        assert self.voorstel.waarden == {
            "telefoon": "030 123 45 67",
            "kosten": "eigen_bijdrage",
            "kosten_bedrag": "2.50",
        }
        assert self.voorstel.oude_waarden == {
            "telefoon": "030 000 00 00",
            "kosten": "gratis",
            "kosten_bedrag": None,
        }
        self.aanbod.refresh_from_db()
        assert self.aanbod.telefoon == "030 000 00 00"

    def test_niets_veranderd_is_geen_voorstel(self):
        with pytest.raises(ValidationError):
            voorstel_indienen(
                aanbod=self.aanbod, nieuwe_waarden={"naam": "Koffie-uur"}, door=self.partner
            )

    def test_goedkeuren_past_precies_de_beoordeelde_velden_toe(self):
        coordinator = maak_gebruiker("coordinator")
        # Someone changes another field in between: approval must not undo that.
        Aanbod.objects.filter(pk=self.aanbod.pk).update(beschrijving="Intussen aangepast.")
        voor = _velden(self.aanbod)
        voorstel_goedkeuren(voorstel=self.voorstel, door=coordinator)
        na = _velden(self.aanbod)
        veranderd = {k for k in na if na[k] != voor[k]}
        assert veranderd == {"telefoon", "kosten", "kosten_bedrag"}
        assert na["telefoon"] == "030 123 45 67"
        assert na["kosten_bedrag"] == Decimal("2.50")
        assert na["beschrijving"] == "Intussen aangepast."
        self.voorstel.refresh_from_db()
        assert self.voorstel.status == VoorstelStatus.GOEDGEKEURD
        assert self.voorstel.behandeld_door == coordinator

    def test_goedkeuren_komt_in_de_geschiedenis_een_keer_per_veld(self):
        coordinator = maak_gebruiker("coordinator")
        voorstel_goedkeuren(voorstel=self.voorstel, door=coordinator)
        regels = AanbodWijziging.objects.filter(aanbod=self.aanbod).order_by("veld")
        assert [(r.veld, r.oud, r.nieuw) for r in regels] == [
            ("kosten", "Gratis", "Eigen bijdrage"),
            ("kosten_bedrag", "", "2.50"),
            ("telefoon", "030 000 00 00", "030 123 45 67"),
        ]
        assert {(r.door, r.via) for r in regels} == {(coordinator, Bron.VOORSTEL)}

    def test_afwijzen_vraagt_een_reden_en_verandert_niets(self):
        coordinator = maak_gebruiker("coordinator")
        voor = _velden(self.aanbod)
        with pytest.raises(ValidationError):
            voorstel_afwijzen(voorstel=self.voorstel, door=coordinator, reden="  ")
        voorstel_afwijzen(voorstel=self.voorstel, door=coordinator, reden="Nummer klopt niet.")
        assert _velden(self.aanbod) == voor
        assert not AanbodWijziging.objects.filter(aanbod=self.aanbod).exists()
        self.voorstel.refresh_from_db()
        assert self.voorstel.status == VoorstelStatus.AFGEWEZEN
        assert self.voorstel.reden == "Nummer klopt niet."

    def test_een_voorstel_wordt_maar_een_keer_beoordeeld(self):
        coordinator = maak_gebruiker("coordinator")
        voorstel_afwijzen(voorstel=self.voorstel, door=coordinator, reden="Nee.")
        with pytest.raises(AlBeoordeeld):
            voorstel_goedkeuren(voorstel=self.voorstel, door=coordinator)
        self.aanbod.refresh_from_db()
        assert self.aanbod.telefoon == "030 000 00 00"


class BeoordelingspaginaTest(TestCase):
    def setUp(self):
        org = maak_organisatie(naam="Buurtkamer")
        self.aanbod = maak_aanbod(organisatie=org, naam="Koffie-uur", telefoon="030 000 00 00")
        self.voorstel = voorstel_indienen(
            aanbod=self.aanbod,
            nieuwe_waarden={"telefoon": "030 123 45 67"},
            door=maak_gebruiker("partner", organisatie=org),
        )
        self.coordinator = als_coordinator(self.client)
        self.url = reverse("beheer:voorstel", args=[self.voorstel.uuid])

    def test_toont_oud_en_nieuw_naast_elkaar_in_een_tabel(self):
        antwoord = self.client.get(self.url)
        assert antwoord.status_code == 200
        tekst = antwoord.text
        assert "<caption>" in tekst
        assert tekst.index("030 000 00 00") < tekst.index("030 123 45 67")
        assert "Telefoon" in tekst

    def test_staat_op_het_dashboard(self):
        antwoord = self.client.get(reverse("beheer:dashboard"))
        assert self.url in antwoord.text

    def test_goedkeuren_via_de_pagina(self):
        assert self.client.post(self.url, {"actie": "goedkeuren"}).status_code == 302
        self.aanbod.refresh_from_db()
        assert self.aanbod.telefoon == "030 123 45 67"

    def test_afwijzen_zonder_reden_geeft_een_melding_en_verandert_niets(self):
        antwoord = self.client.post(self.url, {"actie": "afwijzen", "reden": ""})
        assert antwoord.status_code == 400
        assert "Schrijf op waarom" in antwoord.text
        self.voorstel.refresh_from_db()
        assert self.voorstel.status == VoorstelStatus.NIEUW

    def test_afwijzen_met_reden(self):
        self.client.post(self.url, {"actie": "afwijzen", "reden": "Dubbel."})
        self.voorstel.refresh_from_db()
        self.aanbod.refresh_from_db()
        assert self.voorstel.status == VoorstelStatus.AFGEWEZEN
        assert self.aanbod.telefoon == "030 000 00 00"

    def test_nogmaals_beoordelen_geeft_een_melding(self):
        self.client.post(self.url, {"actie": "goedkeuren"})
        antwoord = self.client.post(
            self.url, {"actie": "afwijzen", "reden": "Toch niet"}, follow=True
        )
        assert "al beoordeeld" in antwoord.text
        self.voorstel.refresh_from_db()
        assert self.voorstel.status == VoorstelStatus.GOEDGEKEURD

    def test_onbekende_actie_en_onbekend_voorstel(self):
        assert self.client.post(self.url, {"actie": "weg"}).status_code == 400
        onbekend = reverse("beheer:voorstel", args=["11111111-1111-1111-1111-111111111111"])
        assert self.client.get(onbekend).status_code == 404
        assert Wijzigingsvoorstel.objects.get().status == VoorstelStatus.NIEUW
