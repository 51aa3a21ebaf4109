"""The demo shows follow-up calls due today, a proposed call and an acute question."""

from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse

from aanbod import demo
from tests.factories import otp_inloggen
from vragen.demo import terugbellen_laden, vragen_laden
from vragen.models import Terugbelafspraak, Vraag


class DemoTerugbellenTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        demo.catalogus_laden()
        demo.accounts_maken()
        demo.informatiepunten_laden()
        vragen_laden()
        cls.uitkomst = terugbellen_laden()

    def test_telefoontjes_voor_vandaag_bij_de_vrijwilliger_en_opnieuw_laden(self):
        assert self.uitkomst == {"gepland": 2, "acuut": 1}
        vrijwilliger = get_user_model().objects.get(username="vrijwilliger")
        otp_inloggen(self.client, vrijwilliger)
        pagina = self.client.get(reverse("vragen:terugbellen"))
        assert pagina.status_code == 200
        assert pagina.text.count("Bel over vraag") == 2
        assert "Voorgesteld (kwetsbare inwoner)" in pagina.text  # the proposal, later
        assert terugbellen_laden() == {"gepland": 2, "acuut": 1}
        assert Terugbelafspraak.objects.te_bellen_op().count() == 2
        assert Vraag.objects.filter(acuut=True).count() == 1
