"""A resident's request: coordinators find, export and wipe their data; everything is logged."""

import json

from django.test import TestCase
from django.urls import reverse

from tests.factories import maak_gebruiker, maak_vraag, otp_inloggen
from vragen.bewaartermijn import VERWIJDERD_OP_VERZOEK
from vragen.models import AuditActie, AuditRegel, Vraag
from vragen.services import vraag_notitie_toevoegen
from wijkportaal.models import Mailbericht

URL = reverse("vragen:inwoner")


def _contact(naam: str, telefoon: str = "", email: str = "") -> dict:
    return {
        "toestemming_contact": True,
        "contact_naam": naam,
        "contact_telefoon": telefoon,
        "contact_email": email,
    }


class InwonerTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.coordinator = maak_gebruiker("coordinator")
        cls.eerste = maak_vraag(
            tekst="Ik kan mijn huur niet betalen",
            notitie="Brief van de verhuurder gezien",
            **_contact("Anna Bos", "06-11112222", "anna@voorbeeld.example"),
        )
        vraag_notitie_toevoegen(vraag=cls.eerste, notitie="Anna teruggebeld", door=None)
        Mailbericht.objects.create(
            betreft=cls.eerste,
            aan="anna@voorbeeld.example",
            onderwerp="Je vraag",
            tekst="Beste Anna",
        )
        cls.tweede = maak_vraag(**_contact("Anna", "0611112222"))
        cls.ander = maak_vraag(**_contact("Bert", "0633334444", "bert@voorbeeld.example"))

    def setUp(self):
        otp_inloggen(self.client, self.coordinator)

    def _zoek(self, **data):
        return self.client.post(URL, {"email": "", "telefoon": "", **data})

    def test_alleen_coordinatoren(self):
        self.client.logout()
        assert self.client.get(URL).url.startswith(reverse("login"))
        for rol in ("vrijwilliger", "medewerker", "partner"):
            otp_inloggen(self.client, maak_gebruiker(rol))
            assert self.client.get(URL).status_code == 403, rol
            assert self._zoek(email="anna@voorbeeld.example").status_code == 403, rol
            antwoord = self.client.post(
                reverse("vragen:inwoner_export"), {"vragen": [self.eerste.uuid]}
            )
            assert antwoord.status_code == 403, rol
        assert not AuditRegel.objects.filter(actie=AuditActie.GEEXPORTEERD).exists()

    def test_zoeken_op_email_of_telefoon_precies(self):
        antwoord = self._zoek(email="ANNA@voorbeeld.example")
        assert antwoord.status_code == 200
        assert self.eerste.referentie in antwoord.text
        assert self.ander.referentie not in antwoord.text
        # The phone number matches without spaces or dashes; a part of it does not.
        antwoord = self._zoek(telefoon="06 1111 2222")
        assert self.eerste.referentie in antwoord.text and self.tweede.referentie in antwoord.text
        assert self.ander.referentie not in antwoord.text
        assert self.tweede.referentie not in self._zoek(telefoon="1111").text
        # The results show contact details: a 'bekeken' line per question.
        bekeken = AuditRegel.objects.filter(actie=AuditActie.BEKEKEN, door=self.coordinator)
        assert sorted(bekeken.values_list("referentie", flat=True)) == sorted(
            [self.eerste.referentie, self.eerste.referentie, self.tweede.referentie]
        )

    def test_leeg_of_fout_zoeken_geeft_een_duidelijke_melding(self):
        antwoord = self._zoek()
        assert antwoord.status_code == 400
        assert "Vul een e-mailadres of een telefoonnummer in." in antwoord.text
        antwoord = self._zoek(email="geen-adres")
        assert antwoord.status_code == 400
        assert "foutoverzicht" in antwoord.text

    def test_pagina_is_toegankelijk(self):
        antwoord = self.client.get(URL)
        assert antwoord.text.count("<h1") == 1
        assert 'for="id_email"' in antwoord.text and 'for="id_telefoon"' in antwoord.text
        antwoord = self._zoek(email="anna@voorbeeld.example")
        assert 'for="id_reden"' in antwoord.text and 'for="id_bevestigen"' in antwoord.text

    def test_export_bevat_gegevens_en_geschiedenis_en_wordt_vastgelegd(self):
        antwoord = self.client.post(
            reverse("vragen:inwoner_export"), {"vragen": [self.eerste.uuid, self.tweede.uuid]}
        )
        assert antwoord.status_code == 200
        assert antwoord["Content-Disposition"].startswith("attachment;")
        assert {"no-store", "private"} <= {d.strip() for d in antwoord["Cache-Control"].split(",")}
        gegevens = json.loads(antwoord.content)
        eerste = next(v for v in gegevens["vragen"] if v["referentie"] == self.eerste.referentie)
        assert eerste["naam"] == "Anna Bos"
        assert eerste["telefoon"] == "06-11112222"
        assert eerste["vraag"] == "Ik kan mijn huur niet betalen"
        assert eerste["wat_is_er_al_gedaan"] == "Brief van de verhuurder gezien"
        assert [r["notitie"] for r in eerste["geschiedenis"]] == ["", "Anna teruggebeld"]
        assert [m["tekst"] for m in eerste["e_mails_aan_inwoner"]] == ["Beste Anna"]
        assert len(gegevens["vragen"]) == 2
        regels = AuditRegel.objects.filter(actie=AuditActie.GEEXPORTEERD)
        assert sorted(regels.values_list("vraag_id", flat=True)) == sorted(
            [self.eerste.pk, self.tweede.pk]
        )
        assert all(r.door == self.coordinator for r in regels)

    def test_export_zonder_of_met_onbekende_vragen(self):
        for data in ({}, {"vragen": ["geen-uuid"]}, {"vragen": ["00000000-0000-0000-0000-0"]}):
            antwoord = self.client.post(reverse("vragen:inwoner_export"), data)
            assert antwoord.status_code == 302, data
        assert not AuditRegel.objects.filter(actie=AuditActie.GEEXPORTEERD).exists()

    def test_verwijderen_met_reden_wist_direct(self):
        antwoord = self.client.post(
            reverse("vragen:inwoner_verwijderen"),
            {
                "vragen": [self.eerste.uuid],
                "reden": "Verzoek aan de balie, 3 maart",
                "bevestigen": "on",
            },
        )
        assert antwoord.status_code == 302
        vraag = Vraag.objects.get(pk=self.eerste.pk)
        assert (vraag.contact_naam, vraag.contact_telefoon, vraag.contact_email) == ("", "", "")
        assert vraag.tekst == VERWIJDERD_OP_VERZOEK
        assert vraag.notitie == ""
        assert set(vraag.historie.values_list("notitie", flat=True)) == {""}
        assert self.client.get(vraag.statuslink()).status_code == 410
        regel = AuditRegel.objects.get(actie=AuditActie.VERWIJDERD)
        assert (regel.vraag, regel.door, regel.reden) == (
            vraag,
            self.coordinator,
            "Verzoek aan de balie, 3 maart",
        )
        # The other question of the same resident was not chosen: untouched.
        assert Vraag.objects.get(pk=self.tweede.pk).contact_naam == "Anna"
        # Wiped questions are not found again.
        assert self.eerste.referentie not in self._zoek(email="anna@voorbeeld.example").text

    def test_verwijderen_zonder_reden_of_bevestiging_slaat_niets_op(self):
        for data in (
            {"vragen": [self.eerste.uuid], "reden": "", "bevestigen": "on"},
            {"vragen": [self.eerste.uuid], "reden": "Verzoek"},
            {"vragen": ["kapot"], "reden": "Verzoek", "bevestigen": "on"},
        ):
            antwoord = self.client.post(reverse("vragen:inwoner_verwijderen"), data)
            assert antwoord.status_code == 400, data
            assert "foutoverzicht" in antwoord.text
        vraag = Vraag.objects.get(pk=self.eerste.pk)
        assert vraag.contact_naam == "Anna Bos" and vraag.geanonimiseerd_op is None
        assert not AuditRegel.objects.filter(actie=AuditActie.VERWIJDERD).exists()

    def test_vast_aantal_queries(self):
        self._zoek(email="anna@voorbeeld.example")
        with self.assertNumQueries(8) as weinig:
            self._zoek(email="anna@voorbeeld.example")
        for _ in range(10):
            maak_vraag(**_contact("Anna", "", "anna@voorbeeld.example"))
        # The audit lines of all questions shown go in one insert.
        with self.assertNumQueries(len(weinig.captured_queries)):
            self._zoek(email="anna@voorbeeld.example")
        assert AuditRegel.objects.filter(actie=AuditActie.BEKEKEN).count() == 1 + 1 + 11
