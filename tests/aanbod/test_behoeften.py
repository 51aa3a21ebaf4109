"""Search in residents' own words: sentences, the needs vocabulary a coordinator keeps, and what
residents looked for and did not find (issue 19)."""

from datetime import date

import pytest
from django.core.management import call_command

from aanbod.models import Aanbod, Behoefte, Thema, ZoekwoordTelling
from aanbod.zoeken import zoek
from aanbod.zoeken.signalen import oude_tellingen_verwijderen
from aanbod.zoeken.vraag import lezen
from tests.factories import maak_aanbod, maak_gebruiker, otp_inloggen

pytestmark = pytest.mark.django_db


@pytest.fixture
def bemiddeling():
    return maak_aanbod(
        naam="Buurtbemiddeling",
        beschrijving="Vrijwilligers helpen buren die het niet eens zijn.",
        themas=("wonen",),
    )


def _ids(tekst: str) -> list[int]:
    return zoek(Aanbod.objects.zichtbaar(), tekst).ids


def test_de_startlijst_van_behoeften_is_geladen():
    assert Behoefte.objects.count() >= 300
    assert Behoefte.objects.filter(uitdrukking="durf deur niet uit").exists()


def test_een_zin_vindt_het_aanbod_via_een_behoefte(bemiddeling):
    maak_aanbod(naam="Koffie-inloop", beschrijving="Koffie met de buren.", themas=("ontmoeting",))
    vraag = lezen("ik heb al maanden ruzie met de buren")
    assert any("ruzie" in b for b in vraag.behoeften)
    assert _ids("ik heb al maanden ruzie met de buren")[0] == bemiddeling.pk


def test_ontkenning_telt_binnen_een_uitdrukking():
    """'geen vervoer' is a need; 'geen' and 'niet' alone are no search words."""
    assert "geen vervoer" in lezen("ik heb geen vervoer naar het ziekenhuis").behoeften
    assert lezen("niet geen nooit").leeg


def test_alleen_vulwoorden_geeft_een_gewone_pagina_met_uitleg(client):
    maak_aanbod(naam="Koffie")
    antwoord = client.get("/aanbod/", {"q": "ik weet het niet"})
    assert antwoord.status_code == 200
    assert "We vonden in je zoekvraag geen woord om op te zoeken." in antwoord.content.decode()
    assert antwoord.context["pagina"].paginator.count == 1  # the whole catalogue


def test_als_niet_alles_past_komt_wat_het_meest_dekt_eerst(db):
    """No offer has every word: those that cover most of the question, rare words counting
    more, rather than an empty page."""
    beide = maak_aanbod(naam="Schuldhulp voor ouderen", beschrijving="Samen je post doorlopen.")
    een = maak_aanbod(naam="Koffie voor ouderen", beschrijving="Gezellig.")
    gevonden = _ids("ik ben oud en heb schulden en een kapotte wasmachine en mijn kat is ziek")
    assert gevonden and gevonden[0] == beide.pk
    assert een.pk not in gevonden[:1]


def test_een_behoefte_uit_het_beheer_werkt_meteen_zonder_deploy(client, db):
    """A coordinator adds a need in the admin; the next search knows it."""
    rouw = maak_aanbod(naam="Rouwgroep", beschrijving="Samen verder na verlies.", themas=())
    assert rouw.pk not in _ids("mijn parkiet is weggevlogen")
    coordinator = maak_gebruiker("coordinator", is_staff=True, is_superuser=True)
    otp_inloggen(client, coordinator)
    antwoord = client.post(
        "/admin/aanbod/behoefte/add/",
        {
            "uitdrukking": "Parkiet weggevlogen",
            "zoekwoorden": "rouw, verlies",
            "themas": [Thema.objects.get(slug="lotgenoten-en-ervaringsdeskundigen").pk],
            "groep": "ouderen",
            "actief": "on",
        },
    )
    assert antwoord.status_code == 302, antwoord.content.decode()[:2000]
    assert Behoefte.objects.filter(uitdrukking="parkiet weggevlogen").exists()
    assert _ids("mijn parkiet is weggevlogen")[0] == rouw.pk
    Behoefte.objects.filter(uitdrukking="parkiet weggevlogen").update(actief=False)
    # as the admin's list toggle does
    Behoefte.objects.get(uitdrukking="parkiet weggevlogen").save()
    assert rouw.pk not in _ids("mijn parkiet is weggevlogen")


def test_zoekwoorden_zonder_resultaat_worden_geteld_zonder_persoon(client, db, zet_nu):
    from tests.conftest import amsterdam

    zet_nu(amsterdam(2026, 12, 3, 10))
    for naam in ("Koffie", "Koffie-inloop", "Koffieochtend"):
        maak_aanbod(naam=naam)
    maak_aanbod(naam="Breiclub")
    for _ in range(5):  # the same page each time: from the shared page cache after the first
        client.get("/aanbod/", {"q": "zeepkistrace"}, REMOTE_ADDR="10.1.2.3")
    client.get("/aanbod/", {"q": "breiclub"})  # one result: little
    antwoord = client.get("/aanbod/", {"q": "koffie"})  # three: not counted
    assert "X-Weinig-Gevonden" not in antwoord
    telling = ZoekwoordTelling.objects.get(woord="zeepkistrace")
    assert (telling.maand, telling.niets_gevonden, telling.weinig_gevonden) == (
        date(2026, 12, 1),
        5,
        0,
    )
    assert ZoekwoordTelling.objects.get(woord="breiclub").weinig_gevonden == 1
    assert not ZoekwoordTelling.objects.filter(woord="koffie").exists()
    velden = {f.name for f in ZoekwoordTelling._meta.get_fields()}
    assert velden == {"id", "woord", "maand", "niets_gevonden", "weinig_gevonden"}


def test_signalenpagina_toont_woorden_die_vaak_niets_vonden(client, db, zet_nu):
    from tests.conftest import amsterdam

    zet_nu(amsterdam(2026, 12, 3, 10))
    ZoekwoordTelling.objects.create(woord="zeepkistrace", maand=date(2026, 11, 1), niets_gevonden=7)
    ZoekwoordTelling.objects.create(woord="zelden", maand=date(2026, 11, 1), niets_gevonden=2)
    otp_inloggen(client, maak_gebruiker("coordinator", is_staff=True, is_superuser=True))
    inhoud = client.get("/beheer/signalen/").content.decode()
    assert "Gezocht en niet gevonden" in inhoud
    assert "zeepkistrace" in inhoud
    assert "zelden" not in inhoud


def test_tellingen_ouder_dan_13_maanden_gaan_weg(db, zet_nu):
    from tests.conftest import amsterdam

    zet_nu(amsterdam(2026, 12, 3, 10))
    ZoekwoordTelling.objects.create(woord="oud", maand=date(2025, 11, 1), niets_gevonden=9)
    ZoekwoordTelling.objects.create(woord="jong", maand=date(2025, 12, 1), niets_gevonden=9)
    assert oude_tellingen_verwijderen() == 1
    assert list(ZoekwoordTelling.objects.values_list("woord", flat=True)) == ["jong"]
    call_command("bewaartermijn")  # the daily job does it too
    assert ZoekwoordTelling.objects.filter(woord="jong").exists()


def test_zinnen_die_naar_dezelfde_hulp_wijzen_zijn_een_ding_maar_wegen_zwaarder(db):
    """In "de buren roken wiet en het stinkt", "buren roken", "buren stinkt" and "buren wiet" are
    one thing asked (one group, so an offer need not fit it three times), and together they
    outweigh "wiet roken" (a smoking course): the neighbour mediation comes first."""
    bemiddeling = maak_aanbod(
        naam="Buurtbemiddeling bij problemen met de buren",
        beschrijving="Vrijwilligers helpen als je overlast hebt van de buren.",
        themas=("wonen",),
    )
    maak_aanbod(
        naam="Stoppen met blowen",
        beschrijving="Hulp als je wilt stoppen met wiet roken.",
        themas=("gezondheid",),
    )
    vraag = lezen("de buren roken wiet en het stinkt in ons hele huis")
    [burengroep] = [g for g in vraag.groepen if "buren" in g.naam]
    assert burengroep.naam.count("/") >= 1  # several phrases, one group
    assert burengroep.gewicht > max(g.gewicht for g in vraag.groepen if g is not burengroep)
    assert _ids("de buren roken wiet en het stinkt in ons hele huis")[0] == bemiddeling.pk
