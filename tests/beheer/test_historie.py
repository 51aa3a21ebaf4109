"""Every change to an offer is in its history (who, when, old and new), exactly once."""

from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from aanbod.models import Aanbod, Thema
from beheer.historie import wijzigingsbron
from beheer.models import AanbodWijziging, Bron
from beheer.services import aanbod_bevestigen
from tests.factories import maak_aanbod, maak_gebruiker, otp_inloggen


class HistorieTest(TestCase):
    def test_opslaan_legt_elk_gewijzigd_veld_vast(self):
        aanbod = maak_aanbod(naam="Koffie", telefoon="")
        aanbod.naam = "Koffie en thee"
        aanbod.telefoon = "030 1"
        aanbod.save()
        regels = {r.veld: (r.oud, r.nieuw, r.via) for r in AanbodWijziging.objects.all()}
        assert regels == {
            "naam": ("Koffie", "Koffie en thee", Bron.OVERIG),
            "telefoon": ("", "030 1", Bron.OVERIG),
        }

    def test_nieuw_aanbod_en_opslaan_zonder_wijziging_geven_geen_regels(self):
        aanbod = maak_aanbod()
        aanbod.save()
        assert not AanbodWijziging.objects.exists()

    def test_wie_en_via_uit_de_bron(self):
        gebruiker = maak_gebruiker("coordinator")
        aanbod = maak_aanbod(naam="Oud")
        with wijzigingsbron(door=gebruiker, via=Bron.ADMIN):
            aanbod.naam = "Nieuw"
            aanbod.save()
        regel = AanbodWijziging.objects.get()
        assert (regel.door, regel.via, regel.wie) == (gebruiker, Bron.ADMIN, gebruiker.username)
        assert regel.tijdstip is not None

    def test_bevestigen_legt_een_keer_vast(self):
        gebruiker = maak_gebruiker("coordinator")
        aanbod = maak_aanbod(laatst_gecontroleerd=None)
        aanbod_bevestigen(aanbod=aanbod, door=gebruiker)
        regels = AanbodWijziging.objects.filter(aanbod=aanbod)
        assert sorted(r.veld for r in regels) == ["gecontroleerd_door", "laatst_gecontroleerd"]
        assert all(r.via == Bron.BEVESTIGING and r.door == gebruiker for r in regels)
        assert regels.get(veld="laatst_gecontroleerd").nieuw == str(timezone.localdate())

    def test_themas_wijzigen_staat_in_de_geschiedenis(self):
        aanbod = Aanbod.objects.get(pk=maak_aanbod(themas=("ontmoeting",)).pk)
        aanbod.themas.add(Thema.objects.get(slug="wonen"))
        regel = AanbodWijziging.objects.get(veld="themas")
        assert (regel.oud, regel.nieuw) == ("Ontmoeting", "Ontmoeting, Wonen")

    def test_geschiedenis_wordt_nooit_gewijzigd(self):
        aanbod = maak_aanbod(naam="A")
        aanbod.naam = "B"
        aanbod.save()
        regel = AanbodWijziging.objects.get()
        regel.nieuw = "C"
        try:
            regel.save()
        except ValueError:
            pass
        else:
            raise AssertionError("een regel uit de geschiedenis mocht worden gewijzigd")


class AdminTest(TestCase):
    def setUp(self):
        self.coordinator = maak_gebruiker("coordinator", is_staff=True)
        otp_inloggen(self.client, self.coordinator)

    def _formulier(self, aanbod: Aanbod, **wijzigingen) -> dict:
        antwoord = self.client.get(reverse("admin:aanbod_aanbod_change", args=[aanbod.pk]))
        form = antwoord.context["adminform"].form
        data = {}
        for naam, veld in form.fields.items():
            waarde = form.initial.get(naam, veld.initial)
            if isinstance(waarde, list):
                data[naam] = [getattr(w, "pk", w) for w in waarde]
            elif waarde is not None:
                data[naam] = getattr(waarde, "pk", waarde)
        for formset in antwoord.context["inline_admin_formsets"]:
            fs = formset.formset
            data.update({f"{fs.prefix}-{k}": v for k, v in fs.management_form.initial.items()})
            for i, f in enumerate(fs.initial_forms):
                for naam in f.fields:
                    waarde = f.initial.get(naam)
                    if waarde is not None:
                        data[f"{fs.prefix}-{i}-{naam}"] = getattr(waarde, "pk", waarde)
                data[f"{fs.prefix}-{i}-id"] = f.instance.pk
        data.update(wijzigingen)
        return data

    def test_wijziging_in_de_admin_komt_met_gebruiker_in_de_geschiedenis(self):
        aanbod = maak_aanbod(naam="Koffie", telefoon="", wijk=None)
        data = self._formulier(aanbod, telefoon="030 999")
        antwoord = self.client.post(reverse("admin:aanbod_aanbod_change", args=[aanbod.pk]), data)
        assert antwoord.status_code == 302, (
            antwoord.context["adminform"].form.errors if antwoord.context else ""
        )
        regel = AanbodWijziging.objects.get(veld="telefoon")
        assert (regel.oud, regel.nieuw, regel.door, regel.via) == (
            "",
            "030 999",
            self.coordinator,
            Bron.ADMIN,
        )
        assert AanbodWijziging.objects.count() == 1  # nothing recorded twice

    def test_geschiedenis_staat_alleen_lezen_op_de_adminpagina(self):
        aanbod = maak_aanbod(naam="Koffie")
        with wijzigingsbron(door=self.coordinator, via=Bron.ADMIN):
            aanbod.naam = "Koffie-uur"
            aanbod.save()
        antwoord = self.client.get(reverse("admin:aanbod_aanbod_change", args=[aanbod.pk]))
        assert "Koffie-uur" in antwoord.text
        assert "Geschiedenis" in antwoord.text
        inline = next(
            f
            for f in antwoord.context["inline_admin_formsets"]
            if f.formset.model is AanbodWijziging
        )
        assert not inline.has_add_permission and not inline.has_change_permission

    def test_actie_vandaag_gecontroleerd_komt_in_de_geschiedenis(self):
        aanbod = maak_aanbod(laatst_gecontroleerd=None)
        self.client.post(
            reverse("admin:aanbod_aanbod_changelist"),
            {"action": "gecontroleerd_vandaag", "_selected_action": [aanbod.pk]},
        )
        aanbod.refresh_from_db()
        assert aanbod.laatst_gecontroleerd == timezone.localdate()
        assert AanbodWijziging.objects.filter(
            aanbod=aanbod, veld="laatst_gecontroleerd", door=self.coordinator
        ).exists()
