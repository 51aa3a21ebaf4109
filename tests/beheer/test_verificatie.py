"""The daily verification mail and its link: one organisation, expires, reusable until then."""

import io
import time
from datetime import timedelta
from unittest import mock

from django.core import mail
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import timezone

from aanbod.models import Aanbod, AanbodWijziging, Bron
from beheer.models import Verificatieverzoek, Wijzigingsvoorstel
from beheer.services import verificatieverzoeken_versturen
from tests.factories import maak_aanbod, maak_organisatie
from wijkportaal.mail import mails_versturen


def _verzoek(token: str) -> Verificatieverzoek | None:
    return Verificatieverzoek.objects.met_token(token).first()


def _oud():
    return timezone.localdate() - timedelta(days=400)


class VerificatieverzoekenTest(TestCase):
    def setUp(self):
        self.org = maak_organisatie(naam="Buurtkamer", email="info@buurtkamer.example")
        self.oud = maak_aanbod(organisatie=self.org, laatst_gecontroleerd=_oud())

    def test_mailt_organisaties_met_verouderd_aanbod_en_een_adres(self):
        zonder_adres = maak_organisatie(email="")
        maak_aanbod(organisatie=zonder_adres, laatst_gecontroleerd=_oud())
        alles_vers = maak_organisatie(email="vers@example.org")
        maak_aanbod(organisatie=alles_vers, laatst_gecontroleerd=timezone.localdate())
        with self.captureOnCommitCallbacks(execute=True):
            call_command("verificatieverzoeken", stdout=io.StringIO())
        mails_versturen()
        assert [m.to for m in mail.outbox] == [["info@buurtkamer.example"]]
        verzoek = Verificatieverzoek.objects.get()
        assert verzoek.organisatie == self.org and verzoek.aantal_verouderd == 1
        assert verzoek.verificatielink().split("/controle/")[0] == ""
        assert "/controle/" in mail.outbox[0].body

    def test_hooguit_een_keer_per_interval(self):
        with self.captureOnCommitCallbacks(execute=True):
            assert len(verificatieverzoeken_versturen()) == 1
            assert verificatieverzoeken_versturen() == []
        mails_versturen()
        assert len(mail.outbox) == 1
        Verificatieverzoek.objects.update(verstuurd_op=timezone.now() - timedelta(days=31))
        with self.captureOnCommitCallbacks(execute=True):
            assert len(verificatieverzoeken_versturen()) == 1
        mails_versturen()
        assert len(mail.outbox) == 2


class LinkTest(TestCase):
    def setUp(self):
        self.org = maak_organisatie(naam="Buurtkamer", email="info@buurtkamer.example")
        self.eigen = maak_aanbod(
            organisatie=self.org, naam="Eigen koffie", laatst_gecontroleerd=_oud()
        )
        self.tweede = maak_aanbod(organisatie=self.org, naam="Tweede", laatst_gecontroleerd=_oud())
        self.ander = maak_aanbod(naam="Van een ander", laatst_gecontroleerd=_oud())
        self.verzoek = Verificatieverzoek.objects.create(organisatie=self.org, aan=self.org.email)
        self.token = self.verzoek.verificatietoken()

    def test_pagina_toont_alleen_het_aanbod_van_de_eigen_organisatie(self):
        antwoord = self.client.get(reverse("beheer_publiek:controle", args=[self.token]))
        assert antwoord.status_code == 200
        assert "Eigen koffie" in antwoord.text and "Tweede" in antwoord.text
        assert "Van een ander" not in antwoord.text

    def test_klopt_nog_telt_meteen_en_staat_in_de_geschiedenis(self):
        url = reverse("beheer_publiek:controle_klopt", args=[self.token, self.eigen.pk])
        assert self.client.post(url).status_code == 302
        self.eigen.refresh_from_db()
        assert self.eigen.laatst_gecontroleerd == timezone.localdate()
        regel = AanbodWijziging.objects.get(aanbod=self.eigen, veld="laatst_gecontroleerd")
        assert regel.via == Bron.BEVESTIGING and "Buurtkamer" in regel.wie

    def test_link_werkt_vaker_zolang_hij_geldig_is(self):
        for aanbod in (self.eigen, self.tweede):
            url = reverse("beheer_publiek:controle_klopt", args=[self.token, aanbod.pk])
            assert self.client.post(url).status_code == 302
        assert Aanbod.objects.filter(laatst_gecontroleerd=timezone.localdate()).count() == 2
        # Pressing twice on the same day adds nothing to the history.
        self.client.post(reverse("beheer_publiek:controle_klopt", args=[self.token, self.eigen.pk]))
        assert (
            AanbodWijziging.objects.filter(aanbod=self.eigen, veld="laatst_gecontroleerd").count()
            == 1
        )

    def test_aanbod_van_een_andere_organisatie_kan_niet(self):
        klopt = reverse("beheer_publiek:controle_klopt", args=[self.token, self.ander.pk])
        wijzig = reverse("beheer_publiek:controle_wijzigen", args=[self.token, self.ander.pk])
        assert self.client.post(klopt).status_code == 404
        assert self.client.get(wijzig).status_code == 404
        assert self.client.post(wijzig, {"naam": "Gekaapt"}).status_code == 404
        self.ander.refresh_from_db()
        assert self.ander.laatst_gecontroleerd == _oud()
        assert not Wijzigingsvoorstel.objects.exists()

    def test_link_verloopt_na_30_dagen(self):
        nu = time.time()
        with mock.patch("django.core.signing.time.time", return_value=nu + 29 * 86400):
            assert _verzoek(self.token) == self.verzoek
        with mock.patch("django.core.signing.time.time", return_value=nu + 31 * 86400):
            assert _verzoek(self.token) is None
            antwoord = self.client.get(reverse("beheer_publiek:controle", args=[self.token]))
            klopt = reverse("beheer_publiek:controle_klopt", args=[self.token, self.eigen.pk])
            assert self.client.post(klopt).status_code == 404
        assert antwoord.status_code == 404
        assert "werkt niet" in antwoord.text
        self.eigen.refresh_from_db()
        assert self.eigen.laatst_gecontroleerd == _oud()

    @override_settings(AANBOD_VERIFICATIELINK_DAGEN=7)
    def test_geldigheid_is_instelbaar(self):
        with mock.patch("django.core.signing.time.time", return_value=time.time() + 8 * 86400):
            assert _verzoek(self.token) is None

    def test_vervalste_of_ingetrokken_link_werkt_niet(self):
        assert _verzoek(self.token[:-2] + "xx") is None
        assert _verzoek("onzin") is None
        assert (
            self.client.get(reverse("beheer_publiek:controle", args=["a:b:c"])).status_code == 404
        )
        self.verzoek.delete()
        assert _verzoek(self.token) is None

    def test_wijzigen_maakt_een_voorstel_en_laat_het_aanbod_staan(self):
        url = reverse("beheer_publiek:controle_wijzigen", args=[self.token, self.eigen.pk])
        assert self.client.get(url).status_code == 200
        data = {
            "naam": "Eigen koffie",
            "beschrijving": "Nu ook op vrijdag.",
            "kosten": "gratis",
            "deelname": "binnenlopen",
            "status": "actief",
            "telefoon": "030 111 22 33",
        }
        antwoord = self.client.post(url, data)
        assert antwoord.status_code == 302
        voorstel = Wijzigingsvoorstel.objects.get()
        assert voorstel.via_link and voorstel.voorgesteld_door is None
        assert voorstel.waarden == {
            "beschrijving": "Nu ook op vrijdag.",
            "telefoon": "030 111 22 33",
        }
        self.eigen.refresh_from_db()
        assert self.eigen.beschrijving == "Een plek om samen koffie te drinken."
        assert self.eigen.telefoon == ""

    def test_foute_invoer_geeft_een_duidelijke_melding(self):
        url = reverse("beheer_publiek:controle_wijzigen", args=[self.token, self.eigen.pk])
        antwoord = self.client.post(url, {"naam": "", "email": "geen-adres"})
        assert antwoord.status_code == 400
        assert "Er is iets niet goed ingevuld" in antwoord.text
        assert not Wijzigingsvoorstel.objects.exists()
