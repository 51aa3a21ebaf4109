"""'Mogelijk verouderd': not checked for longer than AANBOD_VEROUDERD_NA_DAGEN (default 183)."""

from datetime import date, timedelta

from django.test import TestCase, override_settings
from django.urls import reverse

from beheer.versheid import is_verouderd, verouderd_aanbod, verouderd_grens
from tests.beheer.hulp import als_coordinator
from tests.factories import maak_aanbod

VANDAAG = date(2026, 6, 15)
VERSTOPT = "Deze informatie is misschien niet meer helemaal juist"


class GrensTest(TestCase):
    def test_standaard_zes_maanden(self):
        assert verouderd_grens(VANDAAG) == VANDAAG - timedelta(days=183)

    def test_precies_op_de_grens_is_nog_vers_een_dag_eerder_niet(self):
        op_grens = maak_aanbod(laatst_gecontroleerd=VANDAAG - timedelta(days=183))
        dag_te_oud = maak_aanbod(laatst_gecontroleerd=VANDAAG - timedelta(days=184))
        nooit = maak_aanbod(laatst_gecontroleerd=None)
        assert not is_verouderd(op_grens, VANDAAG)
        assert is_verouderd(dag_te_oud, VANDAAG)
        assert is_verouderd(nooit, VANDAAG)
        assert set(verouderd_aanbod(vandaag=VANDAAG)) == {dag_te_oud, nooit}

    def test_gestopt_aanbod_telt_niet(self):
        maak_aanbod(laatst_gecontroleerd=None, status="gestopt")
        assert not verouderd_aanbod(vandaag=VANDAAG).exists()

    @override_settings(AANBOD_VEROUDERD_NA_DAGEN=30)
    def test_periode_is_instelbaar(self):
        aanbod = maak_aanbod(laatst_gecontroleerd=VANDAAG - timedelta(days=31))
        assert is_verouderd(aanbod, VANDAAG)
        assert not is_verouderd(
            maak_aanbod(laatst_gecontroleerd=VANDAAG - timedelta(days=30)), VANDAAG
        )


class DetailpaginaTest(TestCase):
    def test_zegt_het_zacht_op_de_openbare_pagina(self):
        from django.utils import timezone

        vandaag = timezone.localdate()
        oud = maak_aanbod(laatst_gecontroleerd=vandaag - timedelta(days=184))
        vers = maak_aanbod(laatst_gecontroleerd=vandaag - timedelta(days=183))
        assert VERSTOPT in self.client.get(oud.get_absolute_url()).text
        assert VERSTOPT not in self.client.get(vers.get_absolute_url()).text

    @override_settings(AANBOD_VEROUDERD_NA_DAGEN=10)
    def test_detailpagina_volgt_de_instelling(self):
        from django.utils import timezone

        aanbod = maak_aanbod(laatst_gecontroleerd=timezone.localdate() - timedelta(days=11))
        assert VERSTOPT in self.client.get(aanbod.get_absolute_url()).text

    def test_dashboard_telt_en_toont_verouderd_aanbod(self):
        from django.utils import timezone

        oud = maak_aanbod(
            naam="Oud koffieuurtje", laatst_gecontroleerd=timezone.localdate() - timedelta(days=400)
        )
        maak_aanbod(naam="Vers koffieuurtje", laatst_gecontroleerd=timezone.localdate())
        als_coordinator(self.client)
        antwoord = self.client.get(reverse("beheer:dashboard"))
        assert oud.naam in antwoord.text
        assert "Vers koffieuurtje" not in antwoord.text
        assert antwoord.context["verouderd"]["aantal"] == 1
