"""Every list page of the coordinators' app costs the same number of queries, however many rows."""

from datetime import date, timedelta

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from beheer.models import Correctie, Verificatieverzoek
from beheer.services import voorstel_indienen
from tests.beheer.hulp import vraag_met_verleden
from tests.conftest import amsterdam
from tests.factories import maak_aanbod, maak_gebruiker, maak_organisatie, otp_inloggen
from vragen.models import VraagStatus

PERIODE = {"van": "2026-01-01", "tot": "2026-03-31"}


class QueryaantallenTest(TestCase):
    def setUp(self):
        self.org = maak_organisatie(email="org@example.org")
        self.partner = maak_gebruiker("partner", organisatie=self.org)
        self.verzoek = Verificatieverzoek.objects.create(organisatie=self.org, aan=self.org.email)
        self.coordinator = maak_gebruiker("coordinator")
        self.n = 0

    def _meer_rijen(self, aantal: int) -> None:
        """``aantal`` more of everything the pages list."""
        for _ in range(aantal):
            self.n += 1
            aanbod = maak_aanbod(
                organisatie=self.org, themas=("wonen", "ontmoeting"), laatst_gecontroleerd=None
            )
            voorstel_indienen(
                aanbod=aanbod, nieuwe_waarden={"telefoon": f"030 {self.n}"}, door=self.partner
            )
            Correctie.objects.create(aanbod=aanbod, tekst="Klopt niet")
            dag = 1 + self.n % 27
            vraag_met_verleden(
                aangemaakt=amsterdam(2026, 1 + self.n % 3, dag, 10),
                deadline=date(2026, 1 + self.n % 3, dag) + timedelta(days=3),
                themas=("wonen",),
                wijk="oost",
                aanbod=[aanbod],
                stappen=(
                    (VraagStatus.IN_BEHANDELING, amsterdam(2026, 1 + self.n % 3, dag, 15), ""),
                ),
            )
            vraag_met_verleden(
                aangemaakt=amsterdam(2026, 1 + self.n % 3, dag, 11),
                deadline=date(2026, 1 + self.n % 3, dag) + timedelta(days=3),
                themas=("geld-en-schulden",),
                wijk="west",
                organisatie=self.org,
            )

    def _aantal(self, url: str, gebruiker=None, data=None) -> int:
        if gebruiker is not None:
            otp_inloggen(self.client, gebruiker)
        with CaptureQueriesContext(connection) as queries:
            antwoord = self.client.get(url, data)
        assert antwoord.status_code == 200, url
        return len(queries)

    def _gelijk(self, url: str, gebruiker=None, data=None) -> None:
        self._meer_rijen(2)
        weinig = self._aantal(url, gebruiker, data)
        self._meer_rijen(6)
        veel = self._aantal(url, gebruiker, data)
        assert weinig == veel, f"{url}: {weinig} queries met weinig rijen, {veel} met veel"
        with self.assertNumQueries(veel):
            self.client.get(url, data)

    def test_dashboard(self):
        self._gelijk(reverse("beheer:dashboard"), self.coordinator)

    def test_signalen(self):
        self._gelijk(reverse("beheer:signalen"), self.coordinator, PERIODE)

    def test_signalen_rapport_en_csv(self):
        self._gelijk(reverse("beheer:signalen_rapport"), self.coordinator, PERIODE)
        self._gelijk(reverse("beheer:signalen_csv"), self.coordinator, PERIODE)

    def test_rapportage(self):
        self._gelijk(reverse("beheer:rapportage"), self.coordinator, PERIODE)

    def test_partnerlijst(self):
        self._gelijk(reverse("beheer:partner"), self.partner)

    def test_controlelink(self):
        self._gelijk(reverse("beheer_publiek:controle", args=[self.verzoek.verificatietoken()]))
