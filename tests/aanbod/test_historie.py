"""An offer's history is written by whatever changes the offer: who, when, old and new."""

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.test import TestCase

from aanbod.historie import LIJSTVELDEN, aanbodhistorie_bijhouden
from aanbod.models import Aanbod, AanbodWijziging, Bron, Thema
from tests.factories import maak_aanbod, maak_gebruiker, maak_organisatie, maak_rol_met_recht
from tests.migraties import naar_de_laatste_stand, oude_stand


class HistorieTest(TestCase):
    def test_elk_gewijzigd_veld_een_regel(self):
        aanbod = maak_aanbod(naam="Koffie", telefoon="")
        with aanbodhistorie_bijhouden(aanbod, via=Bron.OVERIG):
            aanbod.naam = "Koffie en thee"
            aanbod.telefoon = "030 1"
            aanbod.save()
        regels = {r.veld: (r.oud, r.nieuw, r.via) for r in AanbodWijziging.objects.all()}
        assert regels == {
            "naam": ("Koffie", "Koffie en thee", Bron.OVERIG),
            "telefoon": ("", "030 1", Bron.OVERIG),
        }

    def test_keuzes_en_verwijzingen_zoals_mensen_ze_lezen(self):
        aanbod = maak_aanbod(organisatie=maak_organisatie(naam="Buurtteam Oost"))
        dock = maak_organisatie(naam="DOCK")
        with aanbodhistorie_bijhouden(aanbod, via=Bron.OVERIG):
            aanbod.organisatie = dock
            aanbod.status = "gestopt"
            aanbod.save()
        regels = {r.veld: (r.oud, r.nieuw) for r in AanbodWijziging.objects.all()}
        assert regels == {
            "organisatie": ("Buurtteam Oost", "DOCK"),
            "status": ("Actief", "Gestopt"),
        }

    def test_opslaan_zonder_wijziging_en_gewoon_opslaan_geven_geen_regels(self):
        aanbod = maak_aanbod()
        with aanbodhistorie_bijhouden(aanbod, via=Bron.OVERIG):
            aanbod.save()
        # Without the code that made the change saying so, nothing is recorded (no signals).
        aanbod.naam = "Anders"
        aanbod.save()
        assert not AanbodWijziging.objects.exists()

    def test_wie_en_via(self):
        gebruiker = maak_gebruiker("coordinator")
        aanbod = maak_aanbod(naam="Oud")
        with aanbodhistorie_bijhouden(aanbod, via=Bron.ADMIN, door=gebruiker):
            aanbod.naam = "Nieuw"
            aanbod.save()
        regel = AanbodWijziging.objects.get()
        assert (regel.door, regel.via, regel.wie) == (gebruiker, Bron.ADMIN, gebruiker.username)
        assert regel.tijdstip is not None

    def test_themas_wijzigen(self):
        aanbod = Aanbod.objects.get(pk=maak_aanbod(themas=("ontmoeting",)).pk)
        with aanbodhistorie_bijhouden(aanbod, via=Bron.OVERIG, velden=LIJSTVELDEN):
            aanbod.themas.add(Thema.objects.get(slug="wonen"))
        regel = AanbodWijziging.objects.get(veld="themas")
        assert (regel.oud, regel.nieuw) == ("Ontmoeting", "Ontmoeting, Wonen")

    def test_mislukte_wijziging_komt_niet_in_de_geschiedenis(self):
        aanbod = maak_aanbod(naam="Koffie")
        with pytest.raises(ValueError), aanbodhistorie_bijhouden(aanbod, via=Bron.OVERIG):
            Aanbod.objects.filter(pk=aanbod.pk).update(naam="Thee")
            raise ValueError("de rest van de wijziging lukte niet")
        assert not AanbodWijziging.objects.exists()

    def test_geschiedenis_wordt_nooit_gewijzigd(self):
        aanbod = maak_aanbod(naam="A")
        with aanbodhistorie_bijhouden(aanbod, via=Bron.OVERIG):
            aanbod.naam = "B"
            aanbod.save()
        regel = AanbodWijziging.objects.get()
        regel.nieuw = "C"
        with pytest.raises(ValueError):
            regel.save()


# serialized_rollback: the flush afterwards would otherwise delete the groups and wijken.
@pytest.mark.migraties
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_verhuizing_uit_beheer_houdt_de_geschiedenis_en_het_recht_om_te_lezen():
    voor = [("beheer", "0002_rechten_coordinator_partner"), ("aanbod", "0010_zoekfilter")]
    aanbod = maak_aanbod(naam="Taalcafé")  # made with today's tables; it survives going back
    with oude_stand(voor) as apps:
        apps.get_model("beheer", "AanbodWijziging").objects.create(
            aanbod_id=aanbod.pk, veld="naam", oud="Taalcafe", nieuw="Taalcafé", via="admin"
        )
        rol = maak_rol_met_recht(apps, "beheer", "aanbodwijziging", "view_aanbodwijziging")

        naar_de_laatste_stand()

        ContentType.objects.clear_cache()
        regel = AanbodWijziging.objects.get()
        assert (regel.aanbod, regel.oud, regel.nieuw, regel.via) == (
            aanbod,
            "Taalcafe",
            "Taalcafé",
            Bron.ADMIN,
        )
        rechten = Group.objects.get(pk=rol.pk).permissions
        assert list(rechten.values_list("content_type__app_label", "codename")) == [
            ("aanbod", "view_aanbodwijziging")
        ]
