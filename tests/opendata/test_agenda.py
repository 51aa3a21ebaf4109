from datetime import date, time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from icalendar import Calendar

from aanbod.models import Frequentie, Soort, Tijdslot
from tests.conftest import amsterdam
from tests.factories import maak_aanbod, maak_locatie


def _agenda(client, url="/agenda.ics", **params) -> Calendar:
    r = client.get(url, params)
    assert r.status_code == 200
    assert r["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(r.content)


def _events(cal: Calendar) -> dict:
    return {str(e["summary"]): e for e in cal.walk("VEVENT")}


@pytest.mark.django_db
def test_activiteiten_met_herhaling_terug_te_lezen(client, zet_nu):
    zet_nu(amsterdam(2025, 3, 3, 9))  # a Monday
    maak_aanbod(naam="Schilderclub", soort=Soort.ACTIVITEIT, tijden=((1, time(14), time(16)),))
    maandelijks = maak_aanbod(naam="Repaircafé", soort=Soort.ACTIVITEIT)
    Tijdslot.objects.create(
        aanbod_locatie=maandelijks.aanbodlocaties.get(),
        frequentie=Frequentie.MAANDELIJKS,
        week_van_de_maand=-1,
        weekdag=4,
        opent=time(10),
        sluit=time(12),
    )
    maak_aanbod(naam="Spreekuur", soort=Soort.HULP_EN_ADVIES, tijden=((1, time(9), time(10)),))
    cal = _agenda(client)
    events = _events(cal)
    assert set(events) == {"Schilderclub", "Repaircafé"}
    club = events["Schilderclub"]
    assert club["dtstart"].dt == amsterdam(2025, 3, 4, 14)
    assert club["dtend"].dt == amsterdam(2025, 3, 4, 16)
    assert club["rrule"]["FREQ"] == ["WEEKLY"] and club["rrule"]["BYDAY"] == ["TU"]
    repair = events["Repaircafé"]
    assert repair["rrule"]["FREQ"] == ["MONTHLY"] and repair["rrule"]["BYDAY"] == ["-1FR"]
    assert repair["dtstart"].dt.date() == date(2025, 3, 28)
    assert cal.walk("VTIMEZONE"), "calendar apps need the time zone"
    assert all(e["uid"] and e["dtstamp"] for e in cal.walk("VEVENT"))


@pytest.mark.django_db
def test_feestdagen_en_einddatum(client, zet_nu):
    zet_nu(amsterdam(2025, 4, 1, 9))
    aanbod = maak_aanbod(naam="Koor", soort=Soort.ACTIVITEIT, tijden=((0, time(19), time(21)),))
    Tijdslot.objects.filter(aanbod_locatie__aanbod=aanbod).update(geldig_tot=date(2025, 6, 30))
    koor = _events(_agenda(client))["Koor"]
    exdate = koor["exdate"] if isinstance(koor["exdate"], list) else [koor["exdate"]]
    uitzonderingen = {d.dt.date() for regel in exdate for d in regel.dts}
    assert date(2025, 4, 21) in uitzonderingen  # Tweede Paasdag
    assert koor["rrule"]["UNTIL"][0].date() == date(2025, 6, 30)


@pytest.mark.django_db
def test_filter_op_wijk_en_thema(client):
    maak_aanbod(
        naam="Oost",
        soort=Soort.ACTIVITEIT,
        wijk="oost",
        themas=("ontmoeting",),
        tijden=((1, time(10), time(11)),),
    )
    maak_aanbod(
        naam="West",
        soort=Soort.ACTIVITEIT,
        wijk="west",
        themas=("ontmoeting",),
        tijden=((1, time(10), time(11)),),
    )
    assert set(_events(_agenda(client, wijk="oost"))) == {"Oost"}
    assert set(_events(_agenda(client, thema="ontmoeting"))) == {"Oost", "West"}
    assert set(_events(_agenda(client, wijk="nergens"))) == set()


@pytest.mark.django_db
def test_vertrouwelijk_adres_niet_in_de_agenda(client):
    geheim = maak_locatie("oost", vertrouwelijk_adres=True, straat="Geheimstraat")
    maak_aanbod(
        naam="Groep", soort=Soort.ACTIVITEIT, locatie=geheim, tijden=((2, time(10), time(11)),)
    )
    inhoud = client.get("/agenda.ics").content.decode()
    assert "Geheimstraat" not in inhoud and geheim.naam in inhoud


@pytest.mark.django_db
def test_een_activiteit_in_mijn_agenda(client):
    aanbod = maak_aanbod(naam="Wandelen", soort=Soort.ACTIVITEIT, tijden=((3, time(10), time(11)),))
    maak_aanbod(naam="Anders", soort=Soort.ACTIVITEIT, tijden=((3, time(10), time(11)),))
    assert set(_events(_agenda(client, f"/agenda/{aanbod.slug}.ics"))) == {"Wandelen"}
    pagina = client.get(aanbod.get_absolute_url()).content.decode()
    assert f"/agenda/{aanbod.slug}.ics" in pagina
    assert client.get("/agenda/bestaat-niet.ics").status_code == 404
    assert "/agenda.ics" in client.get("/agenda/").content.decode()


@pytest.mark.django_db
def test_aantal_queries_blijft_gelijk(client):
    def tel():
        with CaptureQueriesContext(connection) as ctx:
            client.get("/agenda.ics")
        return len(ctx.captured_queries)

    maak_aanbod(soort=Soort.ACTIVITEIT, tijden=((1, time(10), time(11)),))
    een = tel()
    for i in range(8):
        maak_aanbod(
            soort=Soort.ACTIVITEIT,
            wijk=["oost", "west"][i % 2],
            tijden=((i % 7, time(10), time(11)), ((i + 1) % 7, time(14), time(15))),
        )
    assert tel() == een
