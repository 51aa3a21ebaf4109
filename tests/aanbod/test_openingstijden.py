"""Opening times: recurrence, Dutch public holidays, closures, and 'open now' in plain Dutch."""

from datetime import UTC, date, datetime, time, timedelta

import pytest
from django.utils import translation

from aanbod.models import Aanbod, AanbodLocatie, Frequentie, Sluiting, Status, Tijdslot
from aanbod.openingstijden import feestdag, open_aanbod_ids, openstatus, slot_open_op_dag
from tests.conftest import amsterdam
from tests.factories import maak_aanbod, maak_sluiting, maak_tijdslot

MA, DI, WO, DO, VR, ZA, ZO = range(7)


def slot(**velden) -> Tijdslot:
    """An unsaved slot: valt_op needs no database."""
    velden.setdefault("weekdag", MA)
    velden.setdefault("opent", time(10))
    velden.setdefault("sluit", time(12))
    return Tijdslot(**velden)


def dagen(begin: date, eind: date, weekdag: int) -> list[date]:
    return [
        begin + timedelta(days=i)
        for i in range((eind - begin).days + 1)
        if (begin + timedelta(days=i)).weekday() == weekdag
    ]


# --- Tijdslot.valt_op: recurrence -------------------------------------------------------------


def test_wekelijks_alleen_op_de_eigen_weekdag():
    maandag = slot(weekdag=MA)
    assert maandag.valt_op(date(2026, 3, 2))
    assert maandag.valt_op(date(2026, 3, 9))
    assert not maandag.valt_op(date(2026, 3, 3))
    assert not maandag.valt_op(date(2026, 3, 8))


def test_om_de_week_telt_vanaf_de_startdatum():
    om_de_week = slot(weekdag=MA, interval=2, startdatum=date(2026, 3, 2))
    raak = [d for d in dagen(date(2026, 2, 16), date(2026, 4, 13), MA) if om_de_week.valt_op(d)]
    assert raak == [
        date(2026, 2, 16),
        date(2026, 3, 2),
        date(2026, 3, 16),
        date(2026, 3, 30),
        date(2026, 4, 13),
    ]


def test_om_de_week_met_startdatum_op_een_andere_dag_van_de_week():
    # The demo anchors every-other-week slots on the Monday of the current week.
    donderdag = slot(weekdag=DO, interval=2, startdatum=date(2026, 3, 2))
    assert donderdag.valt_op(date(2026, 3, 5))
    assert not donderdag.valt_op(date(2026, 3, 12))
    assert donderdag.valt_op(date(2026, 3, 19))


def test_om_de_week_gebruikt_geldig_van_als_er_geen_startdatum_is():
    om_de_week = slot(weekdag=WO, interval=2, geldig_van=date(2026, 3, 11))
    assert om_de_week.valt_op(date(2026, 3, 11))
    assert not om_de_week.valt_op(date(2026, 3, 18))
    assert om_de_week.valt_op(date(2026, 3, 25))


@pytest.mark.parametrize(
    ("week", "verwacht"),
    [
        (1, [date(2026, 3, 3), date(2026, 4, 7), date(2026, 5, 5)]),
        (2, [date(2026, 3, 10), date(2026, 4, 14), date(2026, 5, 12)]),
        (4, [date(2026, 3, 24), date(2026, 4, 28), date(2026, 5, 26)]),
        (-1, [date(2026, 3, 31), date(2026, 4, 28), date(2026, 5, 26)]),
    ],
    ids=["eerste", "tweede", "vierde", "laatste"],
)
def test_maandelijks_op_de_zoveelste_dinsdag(week, verwacht):
    maandelijks = slot(weekdag=DI, frequentie=Frequentie.MAANDELIJKS, week_van_de_maand=week)
    dinsdagen = dagen(date(2026, 3, 1), date(2026, 5, 31), DI)
    assert [d for d in dinsdagen if maandelijks.valt_op(d)] == verwacht


def test_laatste_weekdag_in_een_korte_maand():
    # February 2026 has 28 days: its last Tuesday is the 24th, which is also the fourth.
    laatste = slot(weekdag=DI, frequentie=Frequentie.MAANDELIJKS, week_van_de_maand=-1)
    assert laatste.valt_op(date(2026, 2, 24))
    assert not laatste.valt_op(date(2026, 2, 17))


def test_om_de_maand_vanaf_de_startdatum():
    om_de_maand = slot(
        weekdag=DI,
        frequentie=Frequentie.MAANDELIJKS,
        week_van_de_maand=1,
        interval=2,
        startdatum=date(2026, 3, 3),
    )
    assert om_de_maand.valt_op(date(2026, 3, 3))
    assert not om_de_maand.valt_op(date(2026, 4, 7))
    assert om_de_maand.valt_op(date(2026, 5, 5))


def test_geldig_van_en_tot_en_met_tellen_mee():
    tijdelijk = slot(weekdag=MA, geldig_van=date(2026, 3, 9), geldig_tot=date(2026, 3, 23))
    raak = [d for d in dagen(date(2026, 3, 1), date(2026, 4, 5), MA) if tijdelijk.valt_op(d)]
    assert raak == [date(2026, 3, 9), date(2026, 3, 16), date(2026, 3, 23)]


# --- public holidays and closures -------------------------------------------------------------


@pytest.mark.parametrize(
    ("dag", "weekdag", "naam"),
    [
        (date(2026, 4, 27), MA, "Koningsdag"),
        (date(2026, 4, 6), MA, "Tweede paasdag"),
        (date(2026, 12, 25), VR, "Eerste kerstdag"),
    ],
)
def test_dicht_op_feestdagen_tenzij_open_op_feestdagen(dag, weekdag, naam):
    assert dag.weekday() == weekdag
    assert feestdag(dag).lower() == naam.lower()
    gewoon = slot(weekdag=weekdag)
    altijd = slot(weekdag=weekdag, open_op_feestdagen=True)
    assert gewoon.valt_op(dag)
    assert not slot_open_op_dag(gewoon, [], dag)
    assert slot_open_op_dag(altijd, [], dag)
    assert slot_open_op_dag(gewoon, [], dag - timedelta(days=7))  # a week before: open


def test_sluiting_geldt_van_en_tot_en_met():
    sluiting = Sluiting(van=date(2026, 3, 9), tot=date(2026, 3, 11))
    maandag, woensdag = slot(weekdag=MA), slot(weekdag=WO)
    assert not slot_open_op_dag(maandag, [sluiting], date(2026, 3, 9))
    assert not slot_open_op_dag(woensdag, [sluiting], date(2026, 3, 11))
    assert slot_open_op_dag(maandag, [sluiting], date(2026, 3, 2))
    assert slot_open_op_dag(maandag, [sluiting], date(2026, 3, 16))
    assert slot_open_op_dag(woensdag, [sluiting], date(2026, 3, 4))


def test_sluiting_wint_ook_van_open_op_feestdagen():
    koningsdag = date(2026, 4, 27)
    sluiting = Sluiting(van=koningsdag, tot=koningsdag)
    assert not slot_open_op_dag(slot(weekdag=MA, open_op_feestdagen=True), [sluiting], koningsdag)


# --- openstatus: open now, or when next -------------------------------------------------------


def aanbodlocatie(*sloten: dict) -> AanbodLocatie:
    aanbod = maak_aanbod()
    al = aanbod.aanbodlocaties.get()
    for velden in sloten:
        maak_tijdslot(al, **velden)
    return al


@pytest.mark.django_db
def test_nu_open_met_eindtijd(zet_nu):
    al = aanbodlocatie({"weekdag": MA, "opent": time(10), "sluit": time(12)})
    zet_nu(amsterdam(2026, 3, 2, 10, 30))
    status = openstatus([al])
    assert status.open
    assert status.tot == amsterdam(2026, 3, 2, 12)
    assert status.tekst == "Nu open, tot 12:00"


@pytest.mark.django_db
def test_open_vanaf_de_eerste_minuut_en_dicht_op_de_sluittijd(zet_nu):
    al = aanbodlocatie({"weekdag": MA, "opent": time(10), "sluit": time(12)})
    assert openstatus([al], amsterdam(2026, 3, 2, 10)).open
    assert openstatus([al], amsterdam(2026, 3, 2, 11, 59)).open
    assert not openstatus([al], amsterdam(2026, 3, 2, 12)).open
    assert not openstatus([al], amsterdam(2026, 3, 2, 9, 59)).open


@pytest.mark.django_db
def test_gesloten_opent_later_vandaag(zet_nu):
    al = aanbodlocatie({"weekdag": MA, "opent": time(14), "sluit": time(16)})
    zet_nu(amsterdam(2026, 3, 2, 9))
    status = openstatus([al])
    assert not status.open
    assert status.volgende == amsterdam(2026, 3, 2, 14)
    assert status.tekst == "Gesloten. Opent vandaag om 14:00"


@pytest.mark.django_db
def test_gesloten_opent_morgen(zet_nu):
    al = aanbodlocatie({"weekdag": MA}, {"weekdag": DI, "opent": time(10), "sluit": time(12)})
    zet_nu(amsterdam(2026, 3, 2, 13))
    assert openstatus([al]).tekst == "Gesloten. Opent morgen om 10:00"


@pytest.mark.django_db
def test_gesloten_opent_volgende_week(zet_nu):
    al = aanbodlocatie({"weekdag": MA})
    zet_nu(amsterdam(2026, 3, 2, 12, 30))
    status = openstatus([al])
    assert status.volgende == amsterdam(2026, 3, 9, 10)
    assert status.tekst == "Gesloten. Opent maandag 9 maart om 10:00"


@pytest.mark.django_db
def test_volgende_opening_slaat_een_sluiting_over(zet_nu):
    al = aanbodlocatie({"weekdag": MA})
    maak_sluiting(al, date(2026, 3, 9), date(2026, 3, 13), reden="Schilderwerk")
    zet_nu(amsterdam(2026, 3, 2, 13))
    assert openstatus([al]).volgende == amsterdam(2026, 3, 16, 10)


@pytest.mark.django_db
def test_vandaag_gesloten_door_sluiting_met_reden(zet_nu):
    al = aanbodlocatie({"weekdag": MA})
    maak_sluiting(al, date(2026, 3, 9), reden="Schilderwerk")
    zet_nu(amsterdam(2026, 3, 9, 10, 30))
    status = openstatus([al])
    assert not status.open
    assert status.sluiting.reden == "Schilderwerk"
    assert status.volgende == amsterdam(2026, 3, 16, 10)


@pytest.mark.django_db
def test_volgende_opening_slaat_een_feestdag_over(zet_nu):
    al = aanbodlocatie({"weekdag": MA})
    zet_nu(amsterdam(2026, 4, 20, 13))
    assert openstatus([al]).volgende == amsterdam(2026, 5, 4, 10)  # not Koningsdag 27 April
    zet_nu(amsterdam(2026, 4, 27, 10, 30))
    assert not openstatus([al]).open


@pytest.mark.django_db
def test_open_op_feestdag_als_dat_zo_is_ingesteld(zet_nu):
    al = aanbodlocatie({"weekdag": MA, "open_op_feestdagen": True})
    zet_nu(amsterdam(2026, 4, 27, 10, 30))
    assert openstatus([al]).tekst == "Nu open, tot 12:00"


@pytest.mark.django_db
def test_geen_tijden(zet_nu):
    al = aanbodlocatie()
    status = openstatus([al], amsterdam(2026, 3, 2, 10))
    assert not status.heeft_tijden
    assert status.tekst == "Geen vaste openingstijden"


@pytest.mark.django_db
def test_gesloten_zonder_volgende_opening(zet_nu):
    al = aanbodlocatie({"weekdag": MA, "geldig_tot": date(2026, 2, 23)})
    zet_nu(amsterdam(2026, 3, 2, 10, 30))
    status = openstatus([al])
    assert (status.open, status.volgende) == (False, None)
    assert status.tekst == "Gesloten"


@pytest.mark.django_db
def test_over_meerdere_locaties_telt_de_eerste_opening(zet_nu):
    eerste = aanbodlocatie({"weekdag": WO, "opent": time(9), "sluit": time(11)})
    tweede = aanbodlocatie({"weekdag": DI, "opent": time(19), "sluit": time(21)})
    zet_nu(amsterdam(2026, 3, 2, 13))
    assert openstatus([eerste, tweede]).volgende == amsterdam(2026, 3, 3, 19)
    zet_nu(amsterdam(2026, 3, 3, 20))
    assert openstatus([eerste, tweede]).tekst == "Nu open, tot 21:00"


@pytest.mark.django_db
def test_op_dezelfde_latere_dag_telt_de_vroegste_locatie(zet_nu):
    laat = aanbodlocatie({"weekdag": DO, "opent": time(14), "sluit": time(16)})
    vroeg = aanbodlocatie({"weekdag": DO, "opent": time(9, 30), "sluit": time(11)})
    zet_nu(amsterdam(2026, 3, 2, 13))
    assert openstatus([laat, vroeg]).volgende == amsterdam(2026, 3, 5, 9, 30)


@pytest.mark.django_db
def test_maandelijks_over_drie_weken_en_in_het_engels(zet_nu):
    al = aanbodlocatie(
        {"weekdag": DI, "frequentie": Frequentie.MAANDELIJKS, "week_van_de_maand": 4}
    )
    zet_nu(amsterdam(2026, 3, 2, 13))
    status = openstatus([al])
    assert status.volgende == amsterdam(2026, 3, 24, 10)
    assert status.tekst == "Gesloten. Opent dinsdag 24 maart om 10:00"
    with translation.override("en"):
        assert status.tekst == "Closed. Opens Tuesday 24 March at 10:00"
    assert status.tekst == "Gesloten. Opent dinsdag 24 maart om 10:00"


@pytest.mark.django_db
def test_open_op_de_dag_van_de_zomertijd(zet_nu):
    # 29 March 2026: clocks go forward at 02:00; local opening times stay local.
    al = aanbodlocatie({"weekdag": ZO, "opent": time(10), "sluit": time(12)})
    zet_nu(amsterdam(2026, 3, 29, 11))
    assert openstatus([al]).tekst == "Nu open, tot 12:00"


# --- the database query and openstatus agree ---------------------------------------------------


@pytest.fixture
def gevarieerd_rooster():
    """Offers with every kind of recurrence, a closure, and a holiday-proof slot."""

    def met(*sloten, sluitingen=()):
        aanbod = maak_aanbod()
        al = aanbod.aanbodlocaties.get()
        for velden in sloten:
            maak_tijdslot(al, **velden)
        for van, tot in sluitingen:
            maak_sluiting(al, van, tot)
        return aanbod

    return [
        met({"weekdag": MA}, {"weekdag": DO, "opent": time(14), "sluit": time(17)}),
        met({"weekdag": MA, "interval": 2, "startdatum": date(2026, 3, 30)}),
        met({"weekdag": DI, "frequentie": Frequentie.MAANDELIJKS, "week_van_de_maand": 1}),
        met({"weekdag": DI, "frequentie": Frequentie.MAANDELIJKS, "week_van_de_maand": -1}),
        met({"weekdag": MA, "open_op_feestdagen": True, "opent": time(9), "sluit": time(15)}),
        met(
            {"weekdag": WO, "opent": time(9), "sluit": time(12)},
            sluitingen=[(date(2026, 4, 8), date(2026, 4, 15))],
        ),
        met({"weekdag": VR, "geldig_van": date(2026, 4, 10), "geldig_tot": date(2026, 4, 24)}),
        met(),
    ]


@pytest.mark.django_db
def test_open_op_en_openstatus_zijn_het_eens(gevarieerd_rooster):
    aanbod_lijst = list(Aanbod.objects.filter(pk__in=[a.pk for a in gevarieerd_rooster]))
    locaties = {
        a.pk: list(a.aanbodlocaties.prefetch_related("tijdsloten", "sluitingen"))
        for a in aanbod_lijst
    }
    eerste = date(2026, 3, 30)  # Koningsdag, Tweede Paasdag and a closure fall in these 5 weeks
    ooit_open = set()
    for i in range(35):
        for uur, minuut in [(8, 59), (9, 0), (10, 30), (11, 59), (12, 0), (14, 59), (16, 0)]:
            dag = eerste + timedelta(days=i)
            moment = amsterdam(dag.year, dag.month, dag.day, uur, minuut)
            volgens_status = {pk for pk, als in locaties.items() if openstatus(als, moment).open}
            assert set(open_aanbod_ids(moment)) == volgens_status, moment
            assert set(Aanbod.objects.open_op(moment).values_list("pk", flat=True)) == (
                volgens_status
            ), moment
            ooit_open |= volgens_status
    assert len(ooit_open) == len(gevarieerd_rooster) - 1  # all but the one without times


@pytest.mark.django_db
def test_open_op_laat_gesloten_en_gestopt_aanbod_weg():
    open_moment = amsterdam(2026, 3, 2, 10, 30)
    actief = maak_aanbod(tijden=((MA, time(10), time(12)),))
    maak_aanbod(status=Status.TIJDELIJK_GESLOTEN, tijden=((MA, time(10), time(12)),))
    maak_aanbod(status=Status.GESTOPT, tijden=((MA, time(10), time(12)),))
    assert list(Aanbod.objects.open_op(open_moment)) == [actief]


@pytest.mark.django_db
def test_open_aanbod_ids_rekent_in_lokale_tijd():
    aanbod = maak_aanbod(tijden=((MA, time(10), time(12)),))
    # 09:30 UTC on 2 March is 10:30 in Utrecht (winter time, UTC+1).
    assert open_aanbod_ids(datetime(2026, 3, 2, 9, 30, tzinfo=UTC)) == [aanbod.pk]
    assert open_aanbod_ids(datetime(2026, 3, 2, 11, 30, tzinfo=UTC)) == []


@pytest.mark.django_db
def test_tijdvak_loopt_van_openen_of_sluiten_tot_het_volgende():
    from aanbod.openingstijden import tijdvak

    maak_aanbod(tijden=((1, time(10), time(12)), (3, time(9, 30), time(12))))
    assert tijdvak(amsterdam(2026, 11, 24, 9, 0)) == "20261124-000000"
    assert tijdvak(amsterdam(2026, 11, 24, 9, 30)) == "20261124-093000"
    assert tijdvak(amsterdam(2026, 11, 24, 10, 0)) == tijdvak(amsterdam(2026, 11, 24, 11, 59))
    assert tijdvak(amsterdam(2026, 11, 24, 12, 0)) == "20261124-120000"
    assert tijdvak(amsterdam(2026, 11, 25, 12, 0)) == "20261125-120000"
    # A new opening time is a new boundary at once (the catalogue version changes).
    maak_aanbod(tijden=((1, time(11), time(13)),))
    assert tijdvak(amsterdam(2026, 11, 24, 11, 30)) == "20261124-110000"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("moment", "nl", "en"),
    [
        ((2026, 3, 2, 10), "Nu open, tot 12:00", "Open now, until 12:00"),
        ((2026, 3, 2, 9), "Gesloten. Opent vandaag om 10:00", "Closed. Opens today at 10:00"),
        ((2026, 3, 1, 13), "Gesloten. Opent morgen om 10:00", "Closed. Opens tomorrow at 10:00"),
        (
            (2026, 3, 3, 13),
            "Gesloten. Opent maandag 9 maart om 10:00",
            "Closed. Opens Monday 9 March at 10:00",
        ),
    ],
)
def test_elke_zin_van_de_status_in_beide_talen(zet_nu, moment, nl, en):
    """The sentences are translated once per language: switching back and forth keeps each."""
    al = aanbodlocatie({"weekdag": MA})
    zet_nu(amsterdam(*moment))
    status = openstatus([al])
    for _ in range(2):
        assert status.tekst == nl
        with translation.override("en"):
            assert status.tekst == en
    geen = openstatus([aanbodlocatie()])
    assert geen.tekst == "Geen vaste openingstijden"
    with translation.override("en"):
        assert geen.tekst == "No fixed opening hours"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("geldig_tot", "volgende"),
    [
        (date(2026, 3, 2), None),  # ended today: no opening any more
        (date(2026, 3, 8), None),  # ends before its next Monday
        (date(2026, 3, 9), amsterdam(2026, 3, 9, 10)),  # up to and including that Monday
        (None, amsterdam(2026, 3, 9, 10)),
    ],
)
def test_volgende_opening_telt_tot_en_met_de_einddatum(zet_nu, geldig_tot, volgende):
    al = aanbodlocatie({"weekdag": MA, "geldig_tot": geldig_tot})
    zet_nu(amsterdam(2026, 3, 2, 13))  # Monday, after closing
    status = openstatus([al])
    assert not status.open
    assert status.volgende == volgende
    assert status.tekst == (
        "Gesloten" if volgende is None else "Gesloten. Opent maandag 9 maart om 10:00"
    )
