"""'Klopt er iets niet?': a short public form, spam-protected, landing on the dashboard."""

from django.core.cache import cache
from django.test import TestCase, override_settings
from django.urls import reverse

from beheer.models import Correctie, CorrectieStatus
from tests.beheer.hulp import als_coordinator
from tests.factories import maak_aanbod


class CorrectieTest(TestCase):
    def setUp(self):
        cache.clear()
        self.aanbod = maak_aanbod(naam="Koffie-uur")
        self.url = reverse("beheer_publiek:correctie", args=[self.aanbod.slug])

    def test_staat_op_elke_detailpagina(self):
        tekst = self.client.get(self.aanbod.get_absolute_url()).text
        assert "Klopt er iets niet?" in tekst
        assert f'action="{self.url}"' in tekst
        assert 'for="correctie-tekst"' in tekst and 'for="correctie-email"' in tekst

    def test_melding_komt_op_het_dashboard(self):
        antwoord = self.client.post(self.url, {"tekst": "De tijden kloppen niet.", "email": ""})
        assert antwoord.status_code == 302
        assert antwoord.url == self.aanbod.get_absolute_url()
        correctie = Correctie.objects.get()
        assert (correctie.aanbod, correctie.tekst, correctie.email) == (
            self.aanbod,
            "De tijden kloppen niet.",
            "",
        )
        als_coordinator(self.client)
        dashboard = self.client.get(reverse("beheer:dashboard")).text
        assert "De tijden kloppen niet." in dashboard

    def test_lege_tekst_of_fout_adres_geeft_een_duidelijke_melding(self):
        antwoord = self.client.post(self.url, {"tekst": "", "email": "geen adres"})
        assert antwoord.status_code == 400
        assert "Schrijf kort op wat er niet klopt." in antwoord.text
        assert "Dit e-mailadres klopt niet" in antwoord.text
        assert not Correctie.objects.exists()

    def test_honingpot_slaat_niets_op(self):
        antwoord = self.client.post(self.url, {"tekst": "Koop pillen", "website": "spam.example"})
        assert antwoord.status_code == 302
        assert not Correctie.objects.exists()

    def test_te_veel_meldingen_van_een_adres(self):
        with override_settings(CORRECTIES_PER_UUR=2):
            for _ in range(2):
                self.client.post(self.url, {"tekst": "Klopt niet"})
            antwoord = self.client.post(self.url, {"tekst": "Nog een keer"})
        assert antwoord.status_code == 400
        assert "veel meldingen" in antwoord.text
        assert Correctie.objects.count() == 2
        assert "Nog een keer" in antwoord.text  # nothing the visitor wrote is lost

    def test_onbekend_aanbod_geeft_404(self):
        assert (
            self.client.post(
                reverse("beheer_publiek:correctie", args=["bestaat-niet"]), {"tekst": "x"}
            ).status_code
            == 404
        )

    def test_afhandelen_vergeet_het_mailadres(self):
        correctie = Correctie.objects.create(
            aanbod=self.aanbod, tekst="Fout nummer", email="a@example.org"
        )
        coordinator = als_coordinator(self.client)
        antwoord = self.client.post(
            reverse("beheer:correctie_afhandelen", args=[correctie.pk]),
            {"notitie": "Nummer aangepast"},
        )
        assert antwoord.status_code == 302
        correctie.refresh_from_db()
        assert correctie.status == CorrectieStatus.AFGEHANDELD
        assert correctie.email == ""
        assert correctie.afgehandeld_door == coordinator
        assert "Fout nummer" not in self.client.get(reverse("beheer:dashboard")).text
