"""What a result card ("blok") reads of an offer (AanbodQuerySet.blokken): its locations with
their wijk, slots and closures, the same as through the relations, in the offers' own query
(as JSON)."""

from datetime import date, time

import pytest

from aanbod.models import Aanbod, AanbodLocatie, Locatie
from aanbod.models.rooster import Frequentie
from tests.factories import maak_aanbod, maak_locatie, maak_sluiting, maak_tijdslot

pytestmark = pytest.mark.django_db

VELDEN_SLOT = [
    "id",
    "aanbod_locatie_id",
    "frequentie",
    "interval",
    "weekdag",
    "week_van_de_maand",
    "opent",
    "sluit",
    "geldig_van",
    "geldig_tot",
    "startdatum",
    "open_op_feestdagen",
    "toelichting",
]


def _waarden(obj, velden: list[str]) -> list:
    """The fields' values with their types: a time must stay a time, not text."""
    return [(getattr(obj, v), type(getattr(obj, v))) for v in velden]


@pytest.fixture
def rijk_aanbod() -> Aanbod:
    """Two places: one in Oost with three slots (out of order) and two closures, one without a
    wijk and without times; and an offer with no place at all next to it."""
    aanbod = maak_aanbod(naam="Taalcafé", wijk="oost")
    al = aanbod.aanbodlocaties.get()
    maak_tijdslot(al, weekdag=3, opent=time(19, 30), sluit=time(21))
    maak_tijdslot(
        al,
        weekdag=1,
        opent=time(9, 15),
        sluit=time(11, 45),
        frequentie=Frequentie.MAANDELIJKS,
        week_van_de_maand=-1,
        geldig_van=date(2026, 1, 1),
        geldig_tot=date(2026, 12, 31),
        open_op_feestdagen=True,
        toelichting="Laatste dinsdag: met tolk",
    )
    maak_tijdslot(
        al, weekdag=1, opent=time(8), sluit=time(9), interval=2, startdatum=date(2026, 3, 3)
    )
    maak_sluiting(al, date(2026, 12, 24), date(2027, 1, 2), reden="Kerstvakantie")
    maak_sluiting(al, date(2026, 5, 5))
    zonder_wijk = maak_locatie("west")
    Locatie.objects.filter(pk=zonder_wijk.pk).update(wijk=None)
    AanbodLocatie.objects.create(aanbod=aanbod, locatie=zonder_wijk)
    maak_aanbod(naam="Alleen telefonisch", wijk=None)
    return aanbod


def test_blokgegevens_zijn_dezelfde_als_via_de_relaties(rijk_aanbod):
    gelezen = {a.naam: a for a in Aanbod.objects.blokken()}

    assert gelezen["Alleen telefonisch"].blok_locaties == []
    blok = gelezen["Taalcafé"]
    assert blok.organisatie_naam == rijk_aanbod.organisatie.naam
    echt = list(rijk_aanbod.aanbodlocaties.order_by("pk").select_related("locatie__wijk"))
    assert [al.pk for al in blok.blok_locaties] == [al.pk for al in echt]
    assert [al.wijknaam for al in blok.blok_locaties] == ["Oost", None]
    for geladen, al in zip(blok.blok_locaties, echt, strict=True):
        assert geladen.aanbod_id == rijk_aanbod.pk
        assert [_waarden(s, VELDEN_SLOT) for s in geladen.blok_tijdsloten] == [
            _waarden(s, VELDEN_SLOT)
            for s in al.tijdsloten.all()  # by day, then opening time
        ]
        assert [_waarden(s, ["id", "van", "tot", "reden"]) for s in geladen.blok_sluitingen] == [
            _waarden(s, ["id", "van", "tot", "reden"]) for s in al.sluitingen.all()
        ]
    assert [str(s) for s in blok.blok_locaties[0].blok_tijdsloten] == [
        "dinsdag 08:00-09:00",
        "dinsdag 09:15-11:45",
        "donderdag 19:30-21:00",
    ]
    assert blok.blok_locaties[0].blok_tijdsloten[0]._state.adding is False


def test_blokgegevens_in_een_query(rijk_aanbod, django_assert_num_queries):
    for i in range(10):
        aanbod = maak_aanbod(naam=f"Koffie {i}")
        maak_tijdslot(aanbod.aanbodlocaties.get())
    # The offers with their places, slots and closures (JSON) in one query.
    with django_assert_num_queries(1):
        aanbiedingen = Aanbod.objects.all()[:20].blokken()
    with django_assert_num_queries(0):
        tijden = [s for a in aanbiedingen for al in a.blok_locaties for s in al.blok_tijdsloten]
    assert len(tijden) == 13


def test_alleen_kolommen_lezen_geen_locaties(rijk_aanbod, django_assert_num_queries):
    with django_assert_num_queries(1):
        namen = list(Aanbod.objects.met_blokgegevens().values_list("naam", flat=True))
    assert sorted(namen) == ["Alleen telefonisch", "Taalcafé"]


def test_een_lege_pagina_leest_geen_locaties(rijk_aanbod, django_assert_num_queries):
    with django_assert_num_queries(1):
        assert Aanbod.objects.filter(naam="Bestaat niet").blokken() == []
