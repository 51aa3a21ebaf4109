"""The demo set-up command: a full catalogue in every wijk, and the four demo accounts."""

import base64
import json
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from aanbod.demo import DEMO_BESTAND, DEMO_OTP_SLEUTEL, DEMO_WACHTWOORD
from aanbod.models import (
    Aanbod,
    AanbodLocatie,
    Doelgroep,
    Locatie,
    Organisatie,
    Sluiting,
    Soort,
    Thema,
    Tijdslot,
    Wijk,
)

pytestmark = pytest.mark.django_db

ACCOUNTS = {"vrijwilliger", "medewerker", "coordinator", "partner"}


@pytest.fixture
def demo():
    uitvoer = StringIO()
    call_command("demo_opzetten", stdout=uitvoer)
    return uitvoer.getvalue()


def tellingen() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (
            Organisatie,
            Locatie,
            Aanbod,
            AanbodLocatie,
            Tijdslot,
            Sluiting,
            get_user_model(),
        )
    }


def test_demo_laadt_genoeg_aanbod_op_genoeg_plekken(demo):
    assert Aanbod.objects.count() >= 80
    assert Locatie.objects.count() >= 40
    assert Aanbod.objects.zichtbaar().count() >= 80
    assert "Demo-catalogus geladen" in demo
    assert "wijkportaal-demo" in demo


def test_demo_in_alle_tien_wijken(demo):
    assert Wijk.objects.count() == 10
    zonder_aanbod = [w.naam for w in Wijk.objects.all() if not Aanbod.objects.in_wijk(w).exists()]
    assert zonder_aanbod == []
    assert not Locatie.objects.filter(wijk=None).exists()


def test_demo_wijk_uit_coordinaten_klopt_met_het_bestand(demo):
    bestand = json.loads(DEMO_BESTAND.read_text(encoding="utf-8"))
    verwacht = {loc["naam"]: loc["wijk"] for loc in bestand["locaties"]}
    afgeleid = dict(Locatie.objects.values_list("naam", "wijk__naam"))
    assert afgeleid == verwacht


def test_demo_heeft_precies_een_geheim_adres(demo):
    geheim = Locatie.objects.filter(vertrouwelijk_adres=True)
    assert geheim.count() == 1
    assert geheim.get().adres == ""
    assert geheim.get().aanbodlocaties.exists()  # it is used, so the pages must hide it


def test_demo_gebruikt_elk_thema_elke_doelgroep_en_elke_soort(demo):
    assert not Thema.objects.filter(aanbod=None).exists()
    assert not Doelgroep.objects.filter(aanbod=None).exists()
    gebruikt = set(Aanbod.objects.values_list("soort", flat=True))
    assert gebruikt == set(Soort.values)


def test_demo_heeft_tijden_sluitingen_en_bijzondere_roosters(demo):
    assert Tijdslot.objects.filter(frequentie="MONTHLY").exists()
    assert Tijdslot.objects.filter(interval__gt=1, startdatum__isnull=False).exists()
    assert Sluiting.objects.exists()
    assert Aanbod.objects.exclude(aanbodlocaties__tijdsloten=None).count() >= 60


def test_demo_accounts_met_wachtwoord_en_groep(demo):
    assert DEMO_WACHTWOORD == "wijkportaal-demo"
    for gebruikersnaam in ACCOUNTS:
        gebruiker = get_user_model().objects.get(username=gebruikersnaam)
        assert gebruiker.is_active
        assert gebruiker.check_password(DEMO_WACHTWOORD), gebruikersnaam
        assert list(gebruiker.groups.values_list("name", flat=True)) == [gebruikersnaam]
        assert gebruiker.is_staff == (gebruikersnaam in {"medewerker", "coordinator"})
        assert not gebruiker.is_superuser
        # The second step is required for every account: each demo account has the
        # documented demo key, so the demo works with any authenticator app.
        apparaat = gebruiker.totpdevice_set.get(confirmed=True)
        assert base64.b32encode(apparaat.bin_key).decode() == DEMO_OTP_SLEUTEL


def test_demo_partner_hoort_bij_dock(demo):
    partner = get_user_model().objects.get(username="partner")
    assert [o.naam for o in partner.organisaties.all()] == ["DOCK"]
    for andere in ACCOUNTS - {"partner"}:
        assert not get_user_model().objects.get(username=andere).organisaties.exists()


def test_demo_twee_keer_draaien_maakt_geen_dubbelen(demo):
    eerste = tellingen()
    hsds = set(Aanbod.objects.values_list("hsds_id", flat=True))
    slugs = set(Aanbod.objects.values_list("slug", flat=True))
    call_command("demo_opzetten", stdout=StringIO())
    assert tellingen() == eerste
    assert set(Aanbod.objects.values_list("hsds_id", flat=True)) == hsds  # stable ids
    assert set(Aanbod.objects.values_list("slug", flat=True)) == slugs  # links keep working
    partner = get_user_model().objects.get(username="partner")
    assert partner.organisaties.count() == 1


def test_demo_paginas_werken(demo, client):
    geheim = Locatie.objects.get(vertrouwelijk_adres=True)
    aanbod = geheim.aanbodlocaties.first().aanbod
    for url in ["/", "/aanbod/", "/kaart/", "/agenda/", aanbod.get_absolute_url()]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert geheim.straat not in response.content.decode(), url
