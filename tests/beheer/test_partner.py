"""Partner users keep their own organisation's offers right, and see nothing of others."""

from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from aanbod.models import AanbodWijziging, Bron
from beheer.models import Wijzigingsvoorstel
from tests.factories import maak_aanbod, maak_gebruiker, maak_organisatie, otp_inloggen


class PartnerTest(TestCase):
    def setUp(self):
        self.org = maak_organisatie(naam="DOCK")
        self.eigen = maak_aanbod(organisatie=self.org, naam="Eigen inloop")
        self.ander = maak_aanbod(naam="Andermans inloop")
        self.partner = maak_gebruiker("partner", organisatie=self.org)
        otp_inloggen(self.client, self.partner)

    def test_lijst_toont_alleen_eigen_aanbod(self):
        antwoord = self.client.get(reverse("beheer:partner"))
        assert antwoord.status_code == 200
        assert "Eigen inloop" in antwoord.text
        assert "Andermans inloop" not in antwoord.text

    def test_ander_aanbod_kan_niet_bevestigd_of_gewijzigd_worden(self):
        assert (
            self.client.post(reverse("beheer:partner_klopt", args=[self.ander.pk])).status_code
            == 404
        )
        wijzig = reverse("beheer:partner_wijzigen", args=[self.ander.pk])
        assert self.client.get(wijzig).status_code == 404
        assert self.client.post(wijzig, {"naam": "Van mij"}).status_code == 404
        assert not Wijzigingsvoorstel.objects.exists()
        assert not AanbodWijziging.objects.filter(aanbod=self.ander).exists()

    def test_klopt_nog(self):
        self.client.post(reverse("beheer:partner_klopt", args=[self.eigen.pk]))
        self.eigen.refresh_from_db()
        assert self.eigen.laatst_gecontroleerd == timezone.localdate()
        assert self.eigen.gecontroleerd_door == self.partner
        assert AanbodWijziging.objects.filter(
            aanbod=self.eigen, door=self.partner, via=Bron.BEVESTIGING
        ).exists()

    def test_wijzigen_gaat_via_een_voorstel(self):
        url = reverse("beheer:partner_wijzigen", args=[self.eigen.pk])
        antwoord = self.client.get(url)
        assert antwoord.status_code == 200
        assert 'value="Eigen inloop"' in antwoord.text
        data = {
            "naam": "Eigen inloop op dinsdag",
            "beschrijving": self.eigen.beschrijving,
            "kosten": "gratis",
            "deelname": "binnenlopen",
            "status": "actief",
        }
        assert self.client.post(url, data).status_code == 302
        voorstel = Wijzigingsvoorstel.objects.get()
        assert voorstel.voorgesteld_door == self.partner and voorstel.organisatie == self.org
        assert voorstel.waarden == {"naam": "Eigen inloop op dinsdag"}
        self.eigen.refresh_from_db()
        assert self.eigen.naam == "Eigen inloop"
        lijst = self.client.get(reverse("beheer:partner")).text
        assert "Wijziging wacht op beoordeling" in lijst

    def test_niets_veranderd_geeft_een_melding(self):
        url = reverse("beheer:partner_wijzigen", args=[self.eigen.pk])
        data = {
            "naam": "Eigen inloop",
            "beschrijving": self.eigen.beschrijving,
            "kosten": "gratis",
            "deelname": "binnenlopen",
            "status": "actief",
        }
        antwoord = self.client.post(url, data)
        assert antwoord.status_code == 400
        assert "Je hebt niets veranderd" in antwoord.text

    def test_vrijwilliger_mag_niet(self):
        otp_inloggen(self.client, maak_gebruiker("vrijwilliger"))
        assert self.client.get(reverse("beheer:partner")).status_code == 403
