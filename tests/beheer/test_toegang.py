"""Only coordinators (and superusers) see /beheer/; partners only their own page."""

import pytest
from django.test import TestCase
from django.urls import reverse

from tests.beheer.hulp import als_coordinator
from tests.factories import maak_gebruiker, otp_inloggen

COORDINATORPAGINAS = [
    ("beheer:dashboard", []),
    ("beheer:signalen", []),
    ("beheer:signalen_rapport", []),
    ("beheer:signalen_csv", []),
    ("beheer:hiaten_csv", []),
    ("beheer:rapportage", []),
    ("beheer:rapportage_csv", ["kanaal"]),
]


class ToegangTest(TestCase):
    def test_anoniem_gaat_naar_inloggen(self):
        for naam, args in COORDINATORPAGINAS + [("beheer:partner", [])]:
            antwoord = self.client.get(reverse(naam, args=args))
            assert antwoord.status_code == 302, naam
            assert antwoord.url.startswith(reverse("login")), naam

    def test_andere_rollen_krijgen_403(self):
        for rol in ("vrijwilliger", "medewerker", "partner"):
            gebruiker = maak_gebruiker(rol)
            otp_inloggen(self.client, gebruiker)
            for naam, args in COORDINATORPAGINAS:
                assert self.client.get(reverse(naam, args=args)).status_code == 403, (rol, naam)

    def test_coordinator_en_superuser_mogen_erin(self):
        als_coordinator(self.client)
        for naam, args in COORDINATORPAGINAS:
            assert self.client.get(reverse(naam, args=args)).status_code == 200, naam
        baas = maak_gebruiker(is_superuser=True, is_staff=True)
        otp_inloggen(self.client, baas)
        assert self.client.get(reverse("beheer:dashboard")).status_code == 200

    def test_coordinator_zonder_tweede_stap_moet_eerst_de_code_geven(self):
        self.client.force_login(maak_gebruiker("coordinator"))
        antwoord = self.client.get(reverse("beheer:dashboard"))
        assert antwoord.status_code == 302
        assert "tweestaps" in antwoord.url

    def test_beoordelen_alleen_door_coordinatoren(self):
        otp_inloggen(self.client, maak_gebruiker("partner"))
        antwoord = self.client.post(
            reverse("beheer:voorstel", args=["00000000-0000-0000-0000-000000000000"]),
            {"actie": "goedkeuren"},
        )
        assert antwoord.status_code == 403

    def test_menu_toont_beheer_alleen_aan_coordinatoren(self):
        als_coordinator(self.client)
        assert reverse("beheer:dashboard") in self.client.get(reverse("aanbod:home")).text
        self.client.logout()
        otp_inloggen(self.client, maak_gebruiker("vrijwilliger"))
        assert reverse("beheer:dashboard") not in self.client.get(reverse("aanbod:home")).text


@pytest.mark.parametrize("rol", ["partner"])
def test_partner_heeft_alleen_voorstelrecht(rol, db):
    gebruiker = maak_gebruiker(rol)
    assert gebruiker.has_perm("beheer.add_wijzigingsvoorstel")
    assert not gebruiker.has_perm("beheer.view_dashboard")
