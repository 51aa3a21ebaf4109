import io

from django.core.management import call_command
from django.test import TestCase

from beheer.demo import beheer_demo_laden
from beheer.models import Correctie, VoorstelStatus, Wijzigingsvoorstel


class DemoTest(TestCase):
    def test_demo_maakt_voorstellen_van_dock_en_correcties_en_kan_opnieuw(self):
        call_command("demo_opzetten", stdout=io.StringIO())
        voorstellen = Wijzigingsvoorstel.objects.select_related("organisatie", "voorgesteld_door")
        assert voorstellen.count() == 3
        assert {v.organisatie.naam for v in voorstellen} == {"DOCK"}
        assert {v.voorgesteld_door.username for v in voorstellen} == {"partner"}
        assert all(v.status == VoorstelStatus.NIEUW for v in voorstellen)
        assert Correctie.objects.count() == 3
        assert beheer_demo_laden() == {"voorstellen": 0, "correcties": 0}
        assert Wijzigingsvoorstel.objects.count() == 3 and Correctie.objects.count() == 3
