"""The audit log: who viewed or changed a question's personal data; append-only."""

import json

import pytest
from django.forms.models import model_to_dict
from django.test import TestCase
from django.urls import reverse

from tests.factories import maak_gebruiker, maak_organisatie, maak_regel, maak_vraag, otp_inloggen
from vragen.audit import audit_vastleggen
from vragen.models import AuditActie, AuditRegel, Kanaal

CONTACT = {
    "toestemming_contact": True,
    "contact_naam": "Piet Jansen",
    "contact_telefoon": "030 123 45 67",
    "contact_email": "piet@voorbeeld.example",
}


def _zonder_persoonsgegevens(regel: AuditRegel) -> None:
    tekst = json.dumps(model_to_dict(regel), default=str)
    for waarde in ("Piet", "123 45", "piet@"):
        assert waarde not in tekst


class InzageTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.dock = maak_organisatie(naam="DOCK")
        maak_regel(organisatie=cls.dock, thema="geld-en-schulden")
        cls.vrijwilliger = maak_gebruiker("vrijwilliger")
        cls.vraag = maak_vraag(themas=("geld-en-schulden",), door=cls.vrijwilliger, **CONTACT)
        cls.zonder = maak_vraag(themas=("geld-en-schulden",), door=cls.vrijwilliger)

    def test_registreren_met_contactgegevens_is_een_wijziging(self):
        regel = AuditRegel.objects.get(vraag=self.vraag)
        assert regel.actie == AuditActie.GEWIJZIGD
        assert regel.door == self.vrijwilliger
        assert regel.velden == ["contact_email", "contact_naam", "contact_telefoon"]
        _zonder_persoonsgegevens(regel)
        assert not AuditRegel.objects.filter(vraag=self.zonder).exists()

    def test_online_vraag_met_contact_komt_van_de_inwoner(self):
        self.client.post(
            reverse("vragen:online_versturen"),
            {
                "tekst": "Hulp met formulieren",
                "website": "",
                **CONTACT,
                "toestemming_contact": "on",
            },
        )
        regel = AuditRegel.objects.exclude(vraag=self.vraag).get()
        assert (regel.actie, regel.door, regel.wie) == (
            AuditActie.GEWIJZIGD,
            None,
            "inwoner (online)",
        )
        assert regel.vraag.kanaal == Kanaal.ONLINE

    def test_medewerker_opent_detail_met_contactgegevens(self):
        medewerker = maak_gebruiker("medewerker")
        otp_inloggen(self.client, medewerker)
        antwoord = self.client.get(self.vraag.get_absolute_url())
        assert "piet@voorbeeld.example" in antwoord.text
        regel = AuditRegel.objects.filter(actie=AuditActie.BEKEKEN).get()
        assert (regel.vraag, regel.door, regel.referentie) == (
            self.vraag,
            medewerker,
            self.vraag.referentie,
        )
        assert regel.velden == ["contact_email", "contact_naam", "contact_telefoon"]
        _zonder_persoonsgegevens(regel)
        # Every view counts, also the second.
        self.client.get(self.vraag.get_absolute_url())
        assert AuditRegel.objects.filter(actie=AuditActie.BEKEKEN).count() == 2

    def test_geen_regel_zonder_contactgegevens_of_zonder_inzage(self):
        otp_inloggen(self.client, maak_gebruiker("medewerker"))
        assert self.client.get(self.zonder.get_absolute_url()).status_code == 200
        # A partner of another organisation does not see the question at all.
        otp_inloggen(self.client, maak_gebruiker("partner", organisatie=maak_organisatie()))
        assert self.client.get(self.vraag.get_absolute_url()).status_code == 404
        assert not AuditRegel.objects.filter(actie=AuditActie.BEKEKEN).exists()

    def test_partnerlink_met_contactgegevens_wordt_vastgelegd(self):
        antwoord = self.client.get(self.vraag.partnerlink())
        assert "030 123 45 67" in antwoord.text
        regel = AuditRegel.objects.get(actie=AuditActie.BEKEKEN)
        assert regel.door is None
        assert "via e-maillink" in regel.wie and "DOCK" in regel.wie

    def test_afgekeurde_statuswijziging_toont_detail_opnieuw_en_telt_ook(self):
        otp_inloggen(self.client, maak_gebruiker("medewerker"))
        antwoord = self.client.post(
            reverse("vragen:status_wijzigen", args=[self.vraag.uuid]), {"status": "afgehandeld"}
        )
        assert antwoord.status_code == 400
        assert AuditRegel.objects.filter(actie=AuditActie.BEKEKEN).count() == 1


@pytest.mark.django_db
def test_auditregel_is_niet_te_wijzigen_of_te_verwijderen():
    vraag = maak_vraag()
    regel = audit_vastleggen(vraag=vraag, actie=AuditActie.BEKEKEN, velden=["x"], door=None)
    regel.actie = AuditActie.VERWIJDERD
    with pytest.raises(ValueError):
        regel.save()
    with pytest.raises(ValueError):
        regel.delete()
    assert AuditRegel.objects.get().actie == AuditActie.BEKEKEN


class AuditlogPaginaTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.coordinator = maak_gebruiker("coordinator", is_staff=True)
        cls.vraag = maak_vraag(**CONTACT)

    def _regels(self, aantal: int) -> None:
        for _ in range(aantal):
            audit_vastleggen(
                vraag=self.vraag,
                actie=AuditActie.BEKEKEN,
                velden=["contact_naam"],
                door=maak_gebruiker("medewerker"),
            )

    def test_alleen_coordinatoren(self):
        url = reverse("vragen:auditlog")
        assert self.client.get(url).url.startswith(reverse("login"))
        for rol in ("vrijwilliger", "medewerker", "partner"):
            otp_inloggen(self.client, maak_gebruiker(rol))
            assert self.client.get(url).status_code == 403, rol
        otp_inloggen(self.client, self.coordinator)
        antwoord = self.client.get(url)
        assert antwoord.status_code == 200
        assert antwoord.text.count("<h1") == 1
        assert self.vraag.referentie in antwoord.text
        assert "Piet" not in antwoord.text

    def test_filter_op_referentie(self):
        ander = maak_vraag(**CONTACT)
        otp_inloggen(self.client, self.coordinator)
        antwoord = self.client.get(
            reverse("vragen:auditlog"), {"referentie": ander.referentie.lower()}
        )
        assert ander.referentie in antwoord.text
        assert self.vraag.referentie not in antwoord.text

    def test_vast_aantal_queries(self):
        otp_inloggen(self.client, self.coordinator)
        url = reverse("vragen:auditlog")
        self._regels(2)
        self.client.get(url)  # warm the session and permission caches
        with self.assertNumQueries(7) as weinig:
            self.client.get(url)
        self._regels(30)
        with self.assertNumQueries(len(weinig.captured_queries)):
            self.client.get(url)

    def test_admin_alleen_lezen(self):
        self._regels(1)
        regel = AuditRegel.objects.first()
        otp_inloggen(self.client, self.coordinator)
        assert self.client.get(reverse("admin:vragen_auditregel_changelist")).status_code == 200
        assert self.client.get(reverse("admin:vragen_auditregel_add")).status_code == 403
        wijzigen = reverse("admin:vragen_auditregel_change", args=[regel.pk])
        antwoord = self.client.get(wijzigen)
        assert antwoord.status_code == 200  # view-only page
        assert 'name="_save"' not in antwoord.text
        self.client.post(wijzigen, {"actie": "verwijderd", "reden": "x"})
        assert AuditRegel.objects.get(pk=regel.pk).actie == AuditActie.BEKEKEN
        verwijderen = reverse("admin:vragen_auditregel_delete", args=[regel.pk])
        assert self.client.post(verwijderen, {"post": "yes"}).status_code == 403
        assert AuditRegel.objects.filter(pk=regel.pk).exists()
