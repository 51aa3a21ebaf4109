"""Issue 20, part 2: registered sources, their refresh and log, and the coordinator's review."""

from html import escape

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from aanbod.models import Aanbod, AanbodWijziging, BronRun, Gegevensbron, Status
from bench import hsds_echt
from tests.factories import maak_gebruiker, maak_locatie, maak_organisatie, otp_inloggen

pytestmark = pytest.mark.django_db


@pytest.fixture
def bronmap(tmp_path, settings):
    settings.HSDS_BRONNEN_MAP = tmp_path
    (tmp_path / "geupload").mkdir()
    return tmp_path


def _bron(bronmap, aantal=18, **velden) -> Gegevensbron:
    hsds_echt.schrijf(bronmap / "geupload" / "buurt.zip", aantal, als_zip=True)
    velden.setdefault("naam", "Buurtdata Utrecht")
    velden.setdefault("licentie", "CC0")
    return Gegevensbron.objects.create(bestand="geupload/buurt.zip", **velden)


@pytest.fixture
def coordinator(client):
    gebruiker = maak_gebruiker("coordinator")
    otp_inloggen(client, gebruiker)
    return gebruiker


def test_bronnen_bijwerken_ververst_wat_aan_de_beurt_is_en_logt_elke_run(bronmap, capsys):
    bron = _bron(bronmap)
    call_command("bronnen_bijwerken")
    assert "Buurtdata Utrecht: nieuw 18" in capsys.readouterr().out
    run = BronRun.objects.get()
    assert run.gelukt and run.nieuw == 18 and "Aanbod" in run.samenvatting
    aanbod = Aanbod.objects.get(oorspronkelijk_id="5000")
    assert aanbod.gegevensbron == bron and aanbod.bevestigd_door_bron
    # refreshed today, every 7 days: not due
    call_command("bronnen_bijwerken")
    assert "Geen bronnen aan de beurt" in capsys.readouterr().out
    # forced: the second run changes nothing and is logged too
    call_command("bronnen_bijwerken", bron="Buurtdata Utrecht")
    tweede = BronRun.objects.first()
    assert (tweede.nieuw, tweede.bijgewerkt, tweede.ongewijzigd) == (0, 0, 18)
    assert BronRun.objects.count() == 2
    with pytest.raises(ValueError):
        tweede.save()  # the log is append-only


def test_onbereikbare_bron_wordt_gelogd_en_geeft_een_foutcode(bronmap):
    Gegevensbron.objects.create(naam="Kapot", url="http://127.0.0.1:9/hsds.zip")
    with pytest.raises(CommandError, match="Kapot"):
        call_command("bronnen_bijwerken")
    run = BronRun.objects.get()
    assert not run.gelukt and run.samenvatting.startswith("Niets ingelezen.")


def test_aanbod_dat_uit_de_bron_verdwijnt_wordt_gemarkeerd_niet_verwijderd(bronmap):
    bron = _bron(bronmap)
    call_command("bronnen_bijwerken")
    hsds_echt.schrijf(bronmap / "geupload" / "buurt.zip", 12, als_zip=True)
    call_command("bronnen_bijwerken", bron=bron.naam)
    assert BronRun.objects.first().verdwenen == 6
    assert Aanbod.objects.filter(gegevensbron=bron).count() == 18
    weg = Aanbod.objects.filter(verdwenen_uit_bron__isnull=False)
    assert set(weg.values_list("oorspronkelijk_id", flat=True)) == {
        str(5000 + i) for i in range(12, 18)
    }


def test_aanbod_toont_zijn_bron_en_wanneer_die_het_bevestigde(bronmap, client):
    _bron(bronmap)
    call_command("bronnen_bijwerken")
    aanbod = Aanbod.objects.get(oorspronkelijk_id="5000")
    inhoud = client.get(aanbod.get_absolute_url()).content.decode()
    assert "Bron: Buurtdata Utrecht (CC0)" in inhoud
    assert "Laatst bevestigd door de bron op" in inhoud


def test_coordinator_beslist_over_verdwenen_aanbod(bronmap, client, coordinator):
    bron = _bron(bronmap)
    call_command("bronnen_bijwerken")
    hsds_echt.schrijf(bronmap / "geupload" / "buurt.zip", 16, als_zip=True)
    call_command("bronnen_bijwerken", bron=bron.naam)
    stoppen = Aanbod.objects.get(oorspronkelijk_id="5016")
    houden = Aanbod.objects.get(oorspronkelijk_id="5017")
    pagina = client.get(reverse("beheer:bronnen")).content.decode()
    assert escape(stoppen.naam) in pagina and escape(houden.naam) in pagina
    url = "beheer:verdwenen_afhandelen"
    client.post(reverse(url, args=[stoppen.pk]), {"besluit": "stoppen"})
    client.post(reverse(url, args=[houden.pk]), {"besluit": "houden"})
    stoppen.refresh_from_db()
    houden.refresh_from_db()
    assert stoppen.status == Status.GESTOPT and stoppen.verdwenen_uit_bron is None
    assert houden.gegevensbron is None and houden.status == Status.ACTIEF
    wijziging = AanbodWijziging.objects.get(aanbod=stoppen)
    assert wijziging.veld == "status" and wijziging.door == coordinator
    # a made-up decision is a clear message, never a 500
    antwoord = client.post(reverse(url, args=[houden.pk]), {"besluit": "weggooien"}, follow=True)
    assert antwoord.status_code == 200


def test_bron_toevoegen_vraagt_webadres_of_bestand(client, coordinator, bronmap):
    antwoord = client.post(reverse("beheer:bronnen"), {"naam": "Leeg", "verversen_dagen": 7})
    assert antwoord.status_code == 400
    assert "Vul een webadres in of kies een bestand" in antwoord.content.decode()
    antwoord = client.post(
        reverse("beheer:bronnen"),
        {"naam": "Open Referral", "url": "https://example.org/hsds.zip", "verversen_dagen": 1},
    )
    bron = Gegevensbron.objects.get(naam="Open Referral")
    assert antwoord.status_code == 302 and antwoord.url == reverse("beheer:bron", args=[bron.pk])


def test_alleen_coordinatoren(client, bronmap):
    bron = _bron(bronmap)
    assert client.get(reverse("beheer:bronnen")).status_code == 302
    otp_inloggen(client, maak_gebruiker("partner", organisatie=maak_organisatie()))
    assert client.get(reverse("beheer:bronnen")).status_code == 403
    assert client.post(reverse("beheer:bron_verversen", args=[bron.pk])).status_code == 403
    assert not BronRun.objects.exists()


def test_dubbele_organisaties_en_tijdelijke_organisaties_staan_op_de_lijst(
    client, coordinator, bronmap
):
    for naam in ("Stichting Buurthuis De Boog", "buurthuis de boog"):
        maak_locatie(organisatie=maak_organisatie(naam=naam), straat="Oudegracht", huisnummer="12")
    maak_locatie(organisatie=maak_organisatie(naam="Buurthuis De Boog"), straat="Biltstraat")
    maak_organisatie(naam="Bron: organisatie 77 (ontbreekt in de bron)", te_controleren=True)
    pagina = client.get(reverse("beheer:bronnen")).content.decode()
    assert "Oudegracht 12, 3581 AA: " in pagina
    assert "Stichting Buurthuis De Boog" in pagina and "buurthuis de boog" in pagina
    assert "Bron: organisatie 77" in pagina


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_queryaantallen_van_de_bronpaginas(client, coordinator, bronmap):
    bron = _bron(bronmap, aantal=9)
    call_command("bronnen_bijwerken")
    hsds_echt.schrijf(bronmap / "geupload" / "buurt.zip", 7, als_zip=True)
    call_command("bronnen_bijwerken", bron=bron.naam)
    weinig = (
        _queries(client, reverse("beheer:bronnen")),
        _queries(client, reverse("beheer:bron", args=[bron.pk])),
    )
    _bron(bronmap, aantal=30, naam="Tweede bron")
    call_command("bronnen_bijwerken")
    hsds_echt.schrijf(bronmap / "geupload" / "buurt.zip", 10, als_zip=True)
    call_command("bronnen_bijwerken", bron="Tweede bron")
    call_command("bronnen_bijwerken", bron=bron.naam)
    for i in range(5):
        maak_organisatie(naam=f"Tijdelijk {i}", te_controleren=True)
        for _ in range(2):
            maak_locatie(organisatie=maak_organisatie(naam=f"Dubbel {i}"), huisnummer=str(i))
    assert Aanbod.objects.filter(verdwenen_uit_bron__isnull=False).count() > 2
    veel = (
        _queries(client, reverse("beheer:bronnen")),
        _queries(client, reverse("beheer:bron", args=[bron.pk])),
    )
    assert weinig == veel
