"""Every filter of the catalogue on its own and combined; stopped offers never show."""

from datetime import time
from urllib.parse import urlencode

import pytest
from django.http import QueryDict

from aanbod.filters import AanbodFilter
from aanbod.filterweergave import querystring
from aanbod.models import Aanbod, Deelname, Kosten, Soort, Status, Taal, Thema
from tests.conftest import amsterdam
from tests.factories import maak_aanbod, maak_locatie, maak_organisatie

pytestmark = pytest.mark.django_db


def op_volgorde(*paren: tuple[str, str], **params: str) -> list[str]:
    """The names the catalogue lists for a query string, in its order (repeat a key with
    ``paren``)."""
    data = QueryDict(urlencode([*paren, *params.items()]))
    rangorde, _resultaat = AanbodFilter(data, queryset=Aanbod.objects.zichtbaar()).resultaten()
    namen = dict(Aanbod.objects.filter(pk__in=rangorde.ids).values_list("pk", "naam"))
    return [namen[pk] for pk in rangorde.ids]


def gevonden(*paren: tuple[str, str], **params: str) -> list[str]:
    """The names the catalogue lists for a query string, sorted."""
    return sorted(op_volgorde(*paren, **params))


# --- q: free text -----------------------------------------------------------------------------


@pytest.fixture
def teksten():
    # No themes: a theme brings its own search words (see aanbod.zoeken), not tested here.
    maak_aanbod(
        naam="Taalcafé Oost", beschrijving="Nederlands oefenen bij een kop koffie.", themas=()
    )
    maak_aanbod(naam="Repair Café", beschrijving="Samen spullen repareren.", themas=())
    maak_aanbod(
        naam="Wandelgroep",
        beschrijving="Elke week een rondje door het park.",
        organisatie=maak_organisatie(naam="Buurtteam Zuilen"),
        themas=(),
    )


@pytest.mark.parametrize("q", ["taalcafe", "TAALCAFE", "Taalcafé", "taalcafé", "  taalCAFÉ  "])
def test_zoeken_negeert_hoofdletters_en_accenten(teksten, q):
    assert gevonden(q=q) == ["Taalcafé Oost"]


def test_zoeken_wat_op_elk_woord_past_eerst(teksten):
    assert gevonden(q="café") == ["Repair Café", "Taalcafé Oost"]
    assert op_volgorde(q="café repareren")[0] == "Repair Café"
    # Nothing has both: what has one of them, rather than an empty page.
    assert gevonden(q="café wandelen") == ["Repair Café", "Taalcafé Oost", "Wandelgroep"]
    assert gevonden(q="fietsenmaker") == []


def test_zoeken_in_beschrijving_en_organisatie(teksten):
    assert gevonden(q="kop koffie") == ["Taalcafé Oost"]
    assert gevonden(q="zuilen") == ["Wandelgroep"]


def test_zoeken_op_thema_en_wijknaam():
    maak_aanbod(naam="Schuldhulp", themas=("geld-en-schulden",), wijk="overvecht")
    maak_aanbod(naam="Koffieochtend", themas=("ontmoeting",), wijk="oost")
    assert gevonden(q="schulden") == ["Schuldhulp"]
    assert gevonden(q="overvecht") == ["Schuldhulp"]
    assert gevonden(q="money") == ["Schuldhulp"]  # the English theme name counts too


def test_zoeken_vindt_niet_op_een_geheim_adres():
    geheim = maak_locatie("oost", straat="Geheimelaan", vertrouwelijk_adres=True)
    maak_aanbod(naam="Opvang", locatie=geheim)
    maak_aanbod(naam="Buurthuis", locatie=maak_locatie("oost", straat="Openbareweg"))
    assert gevonden(q="geheimelaan") == []
    assert gevonden(q="openbareweg") == ["Buurthuis"]


def test_zoektekst_volgt_wijzigingen_van_de_organisatie(teksten):
    organisatie = Aanbod.objects.get(naam="Repair Café").organisatie
    organisatie.naam = "Stichting Herstelwerk"
    organisatie.save()
    assert gevonden(q="herstelwerk") == ["Repair Café"]


# --- wijk, buurt, thema, doelgroep, soort, taal -----------------------------------------------


@pytest.fixture
def catalogus():
    """Five offers that differ in one way each, plus one that stopped."""
    maak_aanbod(
        naam="Koffie Oost",
        wijk="oost",
        themas=("ontmoeting",),
        doelgroepen=("ouderen",),
        soort=Soort.ONTMOETINGSPLEK,
        tijden=((0, time(10), time(12)),),
    )
    maak_aanbod(
        naam="Schuldhulp West",
        wijk="west",
        themas=("geld-en-schulden",),
        doelgroepen=("iedereen",),
        soort=Soort.HULP_EN_ADVIES,
        kosten=Kosten.GRATIS,
        deelname=Deelname.AANMELDEN,
        tijden=((1, time(9), time(17)),),
    )
    maak_aanbod(
        naam="Kookclub Overvecht",
        wijk="overvecht",
        themas=("activiteiten-en-vrije-tijd", "ontmoeting"),
        doelgroepen=("nieuwkomers",),
        soort=Soort.ACTIVITEIT,
        kosten=Kosten.EIGEN_BIJDRAGE,
        tijden=((2, time(17), time(20)),),
    )
    maak_aanbod(
        naam="Vrijwilligers Binnenstad",
        wijk="binnenstad",
        themas=("vrijwilligerswerk",),
        doelgroepen=("iedereen",),
        soort=Soort.VRIJWILLIGERSWERK,
        deelname=Deelname.VERWIJZING,
        locatie=maak_locatie("binnenstad", rolstoeltoegankelijk=True),
    )
    maak_aanbod(
        naam="Inloop Oost",
        wijk="oost",
        themas=("zorg-en-ondersteuning",),
        doelgroepen=("psychische-kwetsbaarheid",),
        soort=Soort.ZORG_EN_ONDERSTEUNING,
        status=Status.TIJDELIJK_GESLOTEN,
        tijden=((0, time(9), time(17)),),
    )
    maak_aanbod(
        naam="Gestopte Soos",
        wijk="oost",
        themas=("ontmoeting",),
        status=Status.GESTOPT,
        tijden=((0, time(10), time(12)),),
    )
    Aanbod.objects.get(naam="Kookclub Overvecht").talen.set(Taal.objects.filter(code="ar"))
    Aanbod.objects.get(naam="Koffie Oost").talen.set(Taal.objects.filter(code__in=["nl", "en"]))


ZICHTBAAR = [
    "Inloop Oost",
    "Koffie Oost",
    "Kookclub Overvecht",
    "Schuldhulp West",
    "Vrijwilligers Binnenstad",
]


def test_zonder_filters_alles_behalve_gestopt(catalogus):
    assert gevonden() == ZICHTBAAR


def test_gestopt_nooit_in_de_lijst(catalogus):
    for params in [{"q": "soos"}, {"wijk": "oost"}, {"thema": "ontmoeting"}, {"dag": "ma"}]:
        assert "Gestopte Soos" not in gevonden(**params)


def test_wijk(catalogus):
    assert gevonden(wijk="oost") == ["Inloop Oost", "Koffie Oost"]
    assert gevonden(wijk="west") == ["Schuldhulp West"]
    assert gevonden(wijk="zuid") == []


def test_buurt(catalogus):
    assert gevonden(buurt="wilhelminapark-eo") == ["Inloop Oost", "Koffie Oost"]
    assert gevonden(buurt="lombok-west") == ["Schuldhulp West"]


def test_een_thema(catalogus):
    assert gevonden(thema="geld-en-schulden") == ["Schuldhulp West"]


def test_meerdere_themas_is_of_en_geeft_geen_dubbelen(catalogus):
    assert gevonden(("thema", "ontmoeting"), ("thema", "geld-en-schulden")) == [
        "Koffie Oost",
        "Kookclub Overvecht",
        "Schuldhulp West",
    ]
    # Kookclub has both themes: it must appear once.
    assert gevonden(("thema", "ontmoeting"), ("thema", "activiteiten-en-vrije-tijd")) == [
        "Koffie Oost",
        "Kookclub Overvecht",
    ]


def test_doelgroep(catalogus):
    assert gevonden(doelgroep="iedereen") == ["Schuldhulp West", "Vrijwilligers Binnenstad"]
    assert gevonden(("doelgroep", "ouderen"), ("doelgroep", "nieuwkomers")) == [
        "Koffie Oost",
        "Kookclub Overvecht",
    ]


def test_soort(catalogus):
    assert gevonden(soort="activiteit") == ["Kookclub Overvecht"]
    assert gevonden(("soort", "hulp_en_advies"), ("soort", "vrijwilligerswerk")) == [
        "Schuldhulp West",
        "Vrijwilligers Binnenstad",
    ]


def test_taal(catalogus):
    assert gevonden(taal="ar") == ["Kookclub Overvecht"]
    assert gevonden(taal="en") == ["Koffie Oost"]
    assert gevonden(taal="pl") == []


@pytest.mark.parametrize(
    ("dag", "verwacht"),
    [
        ("ma", ["Inloop Oost", "Koffie Oost"]),
        ("di", ["Schuldhulp West"]),
        ("wo", ["Kookclub Overvecht"]),
        ("zo", []),
    ],
)
def test_dag(catalogus, dag, verwacht):
    assert gevonden(dag=dag) == verwacht


def test_gratis(catalogus):
    assert "Kookclub Overvecht" not in gevonden(gratis="on")
    assert len(gevonden(gratis="on")) == len(ZICHTBAAR) - 1


def test_binnenlopen(catalogus):
    assert gevonden(binnenlopen="on") == ["Inloop Oost", "Koffie Oost", "Kookclub Overvecht"]


def test_rolstoel(catalogus):
    assert gevonden(rolstoel="on") == ["Vrijwilligers Binnenstad"]


def test_uitgevinkt_filtert_niet(catalogus):
    assert gevonden(gratis="", rolstoel="", binnenlopen="", nu_open="") == ZICHTBAAR


@pytest.mark.parametrize(
    ("moment", "verwacht"),
    [
        (amsterdam(2026, 3, 2, 11), ["Koffie Oost"]),  # Monday: Inloop Oost is closed for now
        (amsterdam(2026, 3, 3, 16, 59), ["Schuldhulp West"]),
        (amsterdam(2026, 3, 3, 17), []),
        (amsterdam(2026, 4, 6, 11), []),  # Tweede Paasdag
    ],
)
def test_nu_open(catalogus, zet_nu, moment, verwacht):
    zet_nu(moment)
    assert gevonden(nu_open="on") == verwacht


# --- combinations -----------------------------------------------------------------------------


def test_wijk_en_thema(catalogus):
    assert gevonden(wijk="oost", thema="ontmoeting") == ["Koffie Oost"]
    assert gevonden(wijk="west", thema="ontmoeting") == []


def test_zoeken_met_wijk_en_gratis(catalogus):
    assert gevonden(q="oost", wijk="oost", gratis="on") == ["Inloop Oost", "Koffie Oost"]
    assert gevonden(q="kookclub", gratis="on") == []


def test_thema_doelgroep_en_dag(catalogus):
    assert gevonden(
        ("thema", "ontmoeting"), ("thema", "activiteiten-en-vrije-tijd"), doelgroep="nieuwkomers"
    ) == ["Kookclub Overvecht"]
    assert gevonden(thema="ontmoeting", dag="wo", binnenlopen="on") == ["Kookclub Overvecht"]


def test_nu_open_in_een_wijk(catalogus, zet_nu):
    zet_nu(amsterdam(2026, 3, 2, 11))
    assert gevonden(nu_open="on", wijk="oost") == ["Koffie Oost"]
    assert gevonden(nu_open="on", wijk="west") == []


def test_onbekende_waarde_wordt_genegeerd_de_rest_werkt(catalogus):
    assert gevonden(wijk="nergens", thema="ontmoeting") == ["Koffie Oost", "Kookclub Overvecht"]
    assert gevonden(dag="maandag", soort="activiteit") == ["Kookclub Overvecht"]


def test_filterformulier_klasse_eenmaal_gemaakt_formulieren_per_verzoek(db):
    """The form class is made once per filter set (no field depends on the request); each
    request still gets its own form, with its own data and errors, and new themes count."""
    een = AanbodFilter(QueryDict("wijk=oost"), queryset=Aanbod.objects.all())
    twee = AanbodFilter(QueryDict("wijk=nergens&thema=nieuw"), queryset=Aanbod.objects.all())
    assert type(een.form) is type(twee.form)
    assert een.is_valid() and een.form.cleaned_data["wijk"] == "oost"
    assert not twee.is_valid() and set(twee.form.errors) == {"wijk", "thema"}

    Thema.objects.create(naam="Nieuw thema", slug="nieuw")
    drie = AanbodFilter(QueryDict("thema=nieuw"), queryset=Aanbod.objects.all())
    assert drie.is_valid(), drie.form.errors


@pytest.mark.parametrize(
    "ruw",
    [
        "q=koffie&page=2",
        "q=caf%C3%A9+%26+thee&thema=ontmoeting&thema=praktische-hulp&page=",
        "wijk=oost&q=&gratis=on&q=tweede",
        "q=%F0%9F%98%80+50%25+a%2Bb%3Dc&doelgroep=ouderen",
        "",
    ],
)
def test_querystring_zonder_is_als_een_aangepaste_kopie(ruw):
    """filterweergave.querystring gives the text QueryDict.urlencode gives of a changed copy."""
    params = QueryDict(ruw)
    kopie = params.copy()
    kopie.pop("page", None)
    assert querystring(params, "page") == kopie.urlencode()
    for sleutel, waarden in params.lists():
        for waarde in waarden:
            kopie = params.copy()
            kopie.setlist(sleutel, [w for w in kopie.getlist(sleutel) if w != waarde])
            kopie.pop("q", None)
            assert querystring(params, "q", zonder=(sleutel, waarde)) == kopie.urlencode()
