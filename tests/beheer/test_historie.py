"""Changes made by coordinators ('klopt nog', the offer admin) are in the offer's history,
exactly once."""

from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from aanbod.historie import aanbodhistorie_bijhouden
from aanbod.models import Aanbod, AanbodWijziging, Bron, Thema
from beheer.services import aanbod_bevestigen
from tests.factories import maak_aanbod, maak_gebruiker, otp_inloggen


class BevestigenTest(TestCase):
    def test_bevestigen_legt_een_keer_vast(self):
        gebruiker = maak_gebruiker("coordinator")
        aanbod = maak_aanbod(laatst_gecontroleerd=None)
        aanbod_bevestigen(aanbod=aanbod, door=gebruiker)
        aanbod_bevestigen(aanbod=aanbod, door=gebruiker)  # pressed twice
        regels = AanbodWijziging.objects.filter(aanbod=aanbod)
        assert sorted(r.veld for r in regels) == ["gecontroleerd_door", "laatst_gecontroleerd"]
        assert all(r.via == Bron.BEVESTIGING and r.door == gebruiker for r in regels)
        assert regels.get(veld="laatst_gecontroleerd").nieuw == str(timezone.localdate())


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

    def test_themas_wijzigen_in_de_admin(self):
        aanbod = maak_aanbod(naam="Koffie", themas=("ontmoeting",), wijk=None)
        wonen = Thema.objects.get(slug="wonen")
        data = self._formulier(aanbod)
        data["themas"] = [*data["themas"], wonen.pk]
        antwoord = self.client.post(reverse("admin:aanbod_aanbod_change", args=[aanbod.pk]), data)
        assert antwoord.status_code == 302
        regel = AanbodWijziging.objects.get()
        assert (regel.veld, regel.oud, regel.nieuw, regel.door, regel.via) == (
            "themas",
            "Ontmoeting",
            "Ontmoeting, Wonen",
            self.coordinator,
            Bron.ADMIN,
        )

    def test_geschiedenis_staat_alleen_lezen_op_de_adminpagina(self):
        aanbod = maak_aanbod(naam="Koffie")
        with aanbodhistorie_bijhouden(aanbod, door=self.coordinator, via=Bron.ADMIN):
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
