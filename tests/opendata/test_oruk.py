"""Open Referral UK conformance: the checks of the ORUK validator's test profile, level 1
(``/``, ``/services`` paginated, ``/services/{id}`` fully nested) and level 2 (taxonomies,
taxonomy terms, service at locations), every answer validated against the official HSDS 3.0
schemas (offline copies in opendata/hsds_schema/, with their licence), the filters alone and
combined, bad values as a 400 and the number of queries."""

import json
from datetime import date, time, timedelta
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Resource
from referencing.jsonschema import DRAFT202012

from aanbod.filters import AanbodFilter
from aanbod.models import Aanbod, AanbodLocatie, Thema
from opendata.schema import ENTITEITEN, OPENAPI_ERRATA, SCHEMA_MAP, laad, registry, schema_uri
from opendata.taxonomie import KENMERK, TAXONOMIEEN, thema_term
from tests.factories import maak_aanbod, maak_locatie, maak_organisatie, maak_tijdslot
from tests.opendata.conftest import valideer

API = "/api/hsds"
OPENAPI_URI = "urn:wijkportaal:hsds-openapi"
PAGINA_VELDEN = {
    "total_items": int,
    "total_pages": int,
    "page_number": int,
    "size": int,
    "first_page": bool,
    "last_page": bool,
    "empty": bool,
    "contents": list,
}
# (list endpoint, entity) as the ORUK test profile checks them: level 1, then level 2.
LIJSTEN = [
    ("/services", "service"),
    ("/taxonomies", "taxonomy"),
    ("/taxonomy_terms", "taxonomy_term"),
    ("/service_at_locations", "service_at_location"),
]


def _validator(pad: str) -> Draft202012Validator:
    """The official OpenAPI's 200 response schema of ``pad`` (with the Page envelope)."""
    spec = laad("openapi")
    for (erratum_pad, status), naam in OPENAPI_ERRATA.items():
        inhoud = spec["paths"][erratum_pad]["get"]["responses"][status]["content"]
        inhoud["application/json"]["schema"] = {"$ref": schema_uri(naam)}
    bron = Resource.from_contents(spec, default_specification=DRAFT202012)
    wijzer = "/".join(
        d.replace("~", "~0").replace("/", "~1")
        for d in ("paths", pad, "get", "responses", "200", "content", "application/json", "schema")
    )
    return Draft202012Validator(
        {"$ref": f"{OPENAPI_URI}#/{wijzer}"},
        registry=registry().with_resource(OPENAPI_URI, bron),
        format_checker=FormatChecker(),
    )


def volgens_openapi(pad: str, document: dict) -> None:
    fouten = sorted(_validator(pad).iter_errors(document), key=lambda e: list(e.absolute_path))
    assert not fouten, [f"{pad} {list(f.absolute_path)}: {f.message}" for f in fouten[:10]]


def pagina(client, pad: str, **params) -> dict:
    r = client.get(API + pad, params)
    assert r.status_code == 200, r.content[:300]
    assert r["Content-Type"] == "application/json"
    assert r["Access-Control-Allow-Origin"] == "*"
    inhoud = r.json()
    for veld, soort in PAGINA_VELDEN.items():
        assert type(inhoud[veld]) is soort, (pad, veld)
    assert inhoud["size"] == len(inhoud["contents"])
    assert inhoud["empty"] == (inhoud["total_items"] == 0)
    assert inhoud["first_page"] == (inhoud["page_number"] == 1)
    assert inhoud["last_page"] == (inhoud["page_number"] == inhoud["total_pages"])
    volgens_openapi(pad, inhoud)
    return inhoud


def ids(client, pad: str, **params) -> list[str]:
    return [i["id"] for i in pagina(client, pad, per_page=500, **params)["contents"]]


# Level 1 -----------------------------------------------------------------------------------


def test_niveau_1_basis_met_versie_en_openapi(client, db):
    r = client.get(API + "/")
    assert r.status_code == 200 and r["Access-Control-Allow-Origin"] == "*"
    info = r.json()
    volgens_openapi("/", info)
    # The validator reads the version as a number to pick its HSDS 3.0 profile, so "3.0"
    # as in the official example (examples/base.json), never "3.0.0".
    assert info["version"] == "3.0" and float(info["version"]) == 3.0
    assert info["openapi_url"] == "http://testserver/api/hsds/openapi.json"
    zonder_slash = client.get(API)
    assert zonder_slash.status_code == 200 and zonder_slash.json() == info
    openapi = client.get(info["openapi_url"])
    assert openapi.status_code == 200 and openapi["Content-Type"] == "application/json"
    document = openapi.json()
    assert document["openapi"].startswith("3.")
    assert {"/", "/services", "/services/{id}", "/taxonomies", "/taxonomy_terms"} <= set(
        document["paths"]
    )
    assert {"service", "Page"} <= set(document["components"]["schemas"])


def test_elke_lijst_en_elk_item_volgt_het_schema(client, demo):
    for pad, entiteit in LIJSTEN:
        for full in ("false", "true"):
            inhoud = pagina(client, pad, full=full)
            assert inhoud["total_items"] > 0 and inhoud["page_number"] == 1
            for item in inhoud["contents"]:
                valideer(entiteit, item)
        # As the validator does ("useIdFrom"): the first id of the list, then its detail.
        eerste = inhoud["contents"][0]["id"]
        r = client.get(f"{API}{pad}/{eerste}")
        assert r.status_code == 200, r.content[:300]
        volgens_openapi(f"{pad}/{{id}}", r.json())
        valideer(entiteit, r.json())
        assert r.json()["id"] == eerste


def test_dienst_volledig_genest(client, db):
    """/services/{id}: organisation, places through service_at_locations with their
    location, address and schedules, phones, contacts, languages, service areas, costs and
    the taxonomy terms (as attributes), everything in the one document."""
    org = maak_organisatie(naam="Buurtteam Oost", telefoon="030 123 45 67", email="oost@bt.nl")
    aanbod = maak_aanbod(
        naam="Spreekuur formulieren",
        organisatie=org,
        themas=("geld-en-schulden", "praktische-hulp"),
        telefoon="06 12345678",
        contactpersoon="Fatima",
        kosten_bedrag=2.5,
        laatst_gecontroleerd=date(2026, 11, 2),
    )
    al = aanbod.aanbodlocaties.get()
    maak_tijdslot(al, weekdag=2, opent=time(9), sluit=time(12))
    tweede = AanbodLocatie.objects.create(aanbod=aanbod, locatie=maak_locatie("overvecht"))
    maak_tijdslot(tweede, weekdag=4, opent=time(13, 30), sluit=time(16))

    doc = client.get(f"{API}/services/{aanbod.hsds_id}").json()
    volgens_openapi("/services/{id}", doc)
    assert doc["organization"]["id"] == doc["organization_id"] == str(org.hsds_id)
    assert doc["organization"]["phones"][0]["number"] == "030 123 45 67"
    assert doc["phones"][0]["number"] == "06 12345678"
    assert doc["contacts"][0]["name"] == "Fatima"
    assert doc["cost_options"][0]["amount"] == 2.5
    assert doc["assured_date"] == "2026-11-02"
    plekken = {s["location_id"]: s for s in doc["service_at_locations"]}
    assert set(plekken) == {str(al.locatie.hsds_id), str(tweede.locatie.hsds_id)}
    for sal in plekken.values():
        assert sal["location"]["id"] == sal["location_id"]
        assert sal["location"]["addresses"][0]["postal_code"]
        assert [s["byday"] for s in sal["schedules"]] in (["WE"], ["FR"])
    assert {w["name"] for w in doc["service_areas"]} == {"Oost", "Overvecht"}
    termen = {a["taxonomy_term"]["id"] for a in doc["attributes"]}
    assert {thema_term(t).id for t in aanbod.themas.all()} <= termen
    assert KENMERK["kosten.gratis"].id in termen


def test_dienst_draagt_assured_date_van_laatst_gecontroleerd(client, db):
    gecontroleerd = maak_aanbod(naam="Gecontroleerd", laatst_gecontroleerd=date(2026, 9, 14))
    nooit = maak_aanbod(naam="Nooit gecontroleerd")
    lijst = {i["id"]: i for i in pagina(client, "/services")["contents"]}
    assert lijst[str(gecontroleerd.hsds_id)]["assured_date"] == "2026-09-14"
    assert "assured_date" not in lijst[str(nooit.hsds_id)]
    detail = client.get(f"{API}/services/{gecontroleerd.hsds_id}").json()
    assert detail["assured_date"] == "2026-09-14"
    # A coordinator checks it again today: the API says so at once.
    Aanbod.objects.filter(pk=nooit.pk).update(laatst_gecontroleerd=timezone.localdate())
    detail = client.get(f"{API}/services/{nooit.hsds_id}").json()
    assert detail["assured_date"] == timezone.localdate().isoformat()


# Level 2 and paging --------------------------------------------------------------------------


@pytest.mark.parametrize(("pad", "entiteit"), LIJSTEN)
def test_paginering_loopt_elke_lijst_door(client, db, pad, entiteit):
    for i in range(7):
        maak_aanbod(naam=f"Taalcafé {i}")
    totaal = pagina(client, pad, per_page=500)["total_items"]
    assert totaal >= 4
    per = 3
    gezien = []
    for nummer in range(1, -(-totaal // per) + 1):
        inhoud = pagina(client, pad, per_page=per, page=nummer)
        assert inhoud["page_number"] == nummer
        assert inhoud["total_pages"] == -(-totaal // per)
        assert inhoud["size"] == min(per, totaal - per * (nummer - 1))
        gezien += [i["id"] for i in inhoud["contents"]]
    assert len(gezien) == len(set(gezien)) == totaal
    assert inhoud["last_page"] and not inhoud["first_page"]
    # A page after the last is the last page, and says which it is.
    voorbij = pagina(client, pad, per_page=per, page=nummer + 5)
    assert voorbij["page_number"] == nummer and voorbij["last_page"]


def test_lege_lijst(client, db):
    inhoud = pagina(client, "/services")
    assert inhoud["empty"] and inhoud["total_items"] == 0 and inhoud["contents"] == []
    assert inhoud["first_page"] and inhoud["last_page"] and inhoud["page_number"] == 1


def test_taxonomie_term_met_zijn_taxonomie(client, db):
    thema = Thema.objects.get(slug="geld-en-schulden")
    doc = client.get(f"{API}/taxonomy_terms/{thema_term(thema).id}").json()
    volgens_openapi("/taxonomy_terms/{id}", doc)
    assert doc["taxonomy_id"] == doc["taxonomy_detail"]["id"] == TAXONOMIEEN["thema"].id
    termen = ids(client, "/taxonomy_terms", taxonomy_id=TAXONOMIEEN["thema"].id)
    assert len(termen) == Thema.objects.count() and thema_term(thema).id in termen
    assert ids(
        client, "/taxonomy_terms", taxonomy_id=TAXONOMIEEN["thema"].id, search="schulden"
    ) == [thema_term(thema).id]
    assert ids(client, "/taxonomies", search="wijken") == [TAXONOMIEEN["wijk"].id]


# Filters ---------------------------------------------------------------------------------------


@pytest.fixture
def catalogus(db):
    """Offers that differ in one thing at a time: organisation, theme, last change, words."""
    oud = timezone.now() - timedelta(days=40)
    buurtteam, dock = maak_organisatie(naam="Buurtteam"), maak_organisatie(naam="DOCK")
    rijen = {
        "bt_geld_nieuw": maak_aanbod(
            naam="Hulp bij schulden", organisatie=buurtteam, themas=("geld-en-schulden",)
        ),
        "bt_geld_oud": maak_aanbod(
            naam="Formulierenhulp bij schulden en toeslagen",
            organisatie=buurtteam,
            themas=("geld-en-schulden",),
        ),
        "bt_ontmoeting": maak_aanbod(naam="Koffie-ochtend", organisatie=buurtteam),
        "dock_geld": maak_aanbod(
            naam="Schuldhulp maatje", organisatie=dock, themas=("geld-en-schulden",)
        ),
        "dock_ontmoeting": maak_aanbod(naam="Samen eten", organisatie=dock),
    }
    Aanbod.objects.filter(pk=rijen["bt_geld_oud"].pk).update(gewijzigd=oud)
    Aanbod.objects.filter(pk=rijen["dock_ontmoeting"].pk).update(gewijzigd=oud)
    return {
        "aanbod": {k: str(a.hsds_id) for k, a in rijen.items()},
        "buurtteam": str(buurtteam.hsds_id),
        "geld": thema_term(Thema.objects.get(slug="geld-en-schulden")).id,
        "sinds": (timezone.now() - timedelta(days=2)).date().isoformat(),
    }


def _namen(catalogus, gevonden) -> set[str]:
    terug = {v: k for k, v in catalogus["aanbod"].items()}
    return {terug[i] for i in gevonden}


def test_elk_filter_alleen(client, catalogus):
    c = catalogus
    assert _namen(c, ids(client, "/services", organization_id=c["buurtteam"])) == {
        "bt_geld_nieuw",
        "bt_geld_oud",
        "bt_ontmoeting",
    }
    assert _namen(c, ids(client, "/services", taxonomy_term_id=c["geld"])) == {
        "bt_geld_nieuw",
        "bt_geld_oud",
        "dock_geld",
    }
    assert _namen(c, ids(client, "/services", modified_after=c["sinds"])) == {
        "bt_geld_nieuw",
        "bt_ontmoeting",
        "dock_geld",
    }
    assert "bt_geld_oud" in _namen(c, ids(client, "/services", search="schulden"))
    # A well-formed id we do not know matches nothing (it is no error).
    onbekend = "6f1d4a52-2a7e-4d7a-9a55-0c1f5e0b7d10"
    assert ids(client, "/services", organization_id=onbekend) == []
    assert ids(client, "/services", taxonomy_term_id=onbekend) == []


def test_filters_samen_zijn_en(client, catalogus):
    c = catalogus
    filters = {
        "organization_id": c["buurtteam"],
        "taxonomy_term_id": c["geld"],
        "modified_after": c["sinds"],
        "search": "schulden",
    }
    los = {k: set(ids(client, "/services", **{k: v})) for k, v in filters.items()}
    for aantal in range(2, len(filters) + 1):
        gekozen = dict(list(filters.items())[:aantal])
        samen = set(ids(client, "/services", **gekozen))
        assert samen == set.intersection(*(los[k] for k in gekozen)), gekozen
    assert _namen(c, ids(client, "/services", **filters)) == {"bt_geld_nieuw"}
    # The same filters on the places of those offers.
    plekken = pagina(client, "/service_at_locations", per_page=500, **filters)["contents"]
    assert {p["service_id"] for p in plekken} == {c["aanbod"]["bt_geld_nieuw"]}
    # ... and one page of them at a time.
    eerste = pagina(
        client, "/services", per_page=1, page=1, organization_id=c["buurtteam"], search="schulden"
    )
    assert eerste["total_items"] == 2 and eerste["total_pages"] == 2 and eerste["size"] == 1


def test_api_vindt_wat_de_site_vindt(client, demo):
    """search goes through aanbod.zoeken like the search page: the same offers, same order
    (residents' words, a typo the site corrects, filler only)."""
    for zoekterm in ZOEKTERMEN:
        _zelfde_als_de_site(client, zoekterm)


def _zelfde_als_de_site(client, zoekterm: str) -> None:
    filterset = AanbodFilter(
        QueryDict(urlencode({"q": zoekterm})), queryset=Aanbod.objects.zichtbaar()
    )
    rangorde, _resultaat = filterset.resultaten()
    site = [str(a.hsds_id) for a in Aanbod.objects.in_volgorde(rangorde.ids[:200])]
    api = ids(client, "/services", search=zoekterm)
    assert api == site, zoekterm
    assert api or zoekterm == "xyzzy", zoekterm
    if zoekterm == "ik weet het niet":  # filler only: the site lists everything, so do we
        assert len(api) == Aanbod.objects.zichtbaar().count()


ZOEKTERMEN = [
    "schulden",
    "koffie",
    "ik heb geldzorgen",
    "schuldhlup",
    "eenzaam",
    "Nederlands leren",
    "ik weet het niet",
    "xyzzy",
]


# Bad input: a 400 in plain Dutch, never a 500 ------------------------------------------------

NIET_UUID = ["geen-id", "12", "6f1d4a52-2a7e-4d7a-9a55", "' OR 1=1 --"]
SLECHT = (
    [("organization_id", w) for w in NIET_UUID]
    + [("taxonomy_term_id", w) for w in NIET_UUID]
    + [("taxonomy_id", w) for w in NIET_UUID]
    + [
        ("modified_after", w)
        for w in (
            "gisteren",
            "31-01-2025",
            "2025-02-30",
            "2025-13-01T00:00:00Z",
            "2025-01-31T25:00:00",
        )
    ]
    + [("page", w) for w in ("0", "-1", "abc", "1.5", "1e3", "9" * 5000)]
    + [("per_page", w) for w in ("0", "-5", str(10**9), "veel", "501")]
    + [("search", "koffie\x00"), ("search\x00", "koffie"), ("organization_id", "\x00")]
)


@pytest.mark.parametrize(("parameter", "waarde"), SLECHT)
def test_slechte_waarde_geeft_400_met_uitleg(client, db, parameter, waarde):
    r = client.get(f"{API}/services", {parameter: waarde})
    assert r.status_code == 400, (parameter, waarde, r.content[:200])
    assert r["Content-Type"] == "application/json"
    assert r["Access-Control-Allow-Origin"] == "*"
    fout = r.json()
    assert fout["status"] == 400 and len(fout["detail"]) > 20
    naam = parameter.replace("\x00", "")
    assert naam in fout["detail"] or "NUL" in fout["detail"]


@pytest.mark.parametrize("pad", [p for p, _e in LIJSTEN])
def test_slechte_waarden_op_elke_lijst(client, db, pad):
    for params in ({"page": "0"}, {"per_page": str(10**9)}, {"search": "a\x00b"}):
        r = client.get(API + pad, params)
        assert r.status_code == 400 and r.json()["detail"], (pad, params)


@pytest.mark.parametrize("pad", [p for p, _e in LIJSTEN])
def test_id_dat_geen_uuid_is(client, db, pad):
    for waarde in ("niet-een-uuid", "123", "a%00b"):
        r = client.get(f"{API}{pad}/{waarde}")
        assert r.status_code == 400, (pad, waarde)
        assert r.json()["detail"]
    r = client.get(f"{API}{pad}/6f1d4a52-2a7e-4d7a-9a55-0c1f5e0b7d10")
    assert r.status_code == 404 and r.json()["detail"]


def test_wat_mensen_echt_intypen_geeft_nooit_een_fout(client, db):
    """Search words as residents and other sites send them: punctuation, search operators,
    quotes, emoji, a pasted paragraph, spaces only, bytes that are no UTF-8."""
    maak_aanbod(naam="Koffie & kletsen", beschrijving="Koffie, thee en een praatje.")
    for zoekterm in [
        "!!!",
        "koffie & thee | !c :*",
        "'; DROP TABLE aanbod; --",
        '"koffie"',
        "koffie ☕️ 🙂",
        "koffie " * 2000,
        "   ",
        "ik zoek iets voor mijn moeder van 84 die alleen is",
    ]:
        for pad in ("/services", "/service_at_locations", "/taxonomy_terms", "/taxonomies"):
            pagina(client, pad, search=zoekterm)
    r = client.get(f"{API}/services?search=koffie%FF%FE&per_page=5")
    assert r.status_code == 200 and r.json()["total_items"] == 1


def test_modified_after_aan_de_randen_van_de_tijd(client, db):
    aanbod = str(maak_aanbod(naam="Repaircafé").hsds_id)
    for waarde, verwacht in [
        ("0001-01-01", [aanbod]),
        ("0001-01-01T00:00:00+05:00", [aanbod]),
        ("9999-12-31T23:59:59-05:00", []),
        ("9999-12-31", []),
        ("2020-01-01 10:00:00+01:00", [aanbod]),  # '+' sent unencoded arrives as a space
    ]:
        assert ids(client, "/services", modified_after=waarde) == verwacht, waarde


def test_foutmelding_in_het_engels_voor_wie_dat_vraagt(client, db):
    r = client.get(f"{API}/services", {"page": "0"}, headers={"Accept-Language": "en"})
    assert r.status_code == 400
    assert "page must be a whole number" in r.json()["detail"]


# Queries: the same for 1 and for 50 offers ----------------------------------------------------


def _queries(client, url: str, **params) -> int:
    # Warm up first: every save changes the catalogue version, which empties the caches that
    # search keeps per version (its vocabulary); those fill once, not per offer.
    client.get(url, params)
    with CaptureQueriesContext(connection) as vastgelegd:
        r = client.get(url, params)
    assert r.status_code == 200, (url, r.content[:200])
    return len(vastgelegd.captured_queries)


def _rijk_aanbod(i: int, organisatie=None) -> Aanbod:
    aanbod = maak_aanbod(
        naam=f"Buurtmaaltijd {i}",
        organisatie=organisatie or maak_organisatie(telefoon="030 1234567"),
        themas=("ontmoeting", "geld-en-schulden"),
        doelgroepen=("ouderen", "iedereen"),
        telefoon="030 7654321",
        contactpersoon="Anouk",
        laatst_gecontroleerd=date(2026, 10, 1),
        tijden=((0, time(9), time(11)), (3, time(14), time(16))),
    )
    tweede = AanbodLocatie.objects.create(aanbod=aanbod, locatie=maak_locatie("west"))
    maak_tijdslot(tweede)
    return aanbod


LIJST_VRAGEN = [
    ("/services", {}),
    ("/services", {"full": "true"}),
    ("/services", {"search": "buurtmaaltijd", "full": "true"}),
    (
        "/services",
        {"taxonomy_term_id": KENMERK["kosten.gratis"].id, "modified_after": "2020-01-01"},
    ),
    ("/service_at_locations", {"full": "true"}),
    ("/taxonomy_terms", {}),
    ("/taxonomies", {}),
]


def test_lijst_queries_gelijk_voor_1_en_50_diensten(client, db):
    _rijk_aanbod(0)
    een = [_queries(client, API + pad, per_page=500, **params) for pad, params in LIJST_VRAGEN]
    for i in range(1, 50):
        _rijk_aanbod(i)
    vijftig = [_queries(client, API + pad, per_page=500, **params) for pad, params in LIJST_VRAGEN]
    assert vijftig == een, list(zip(LIJST_VRAGEN, een, vijftig, strict=True))
    assert len(ids(client, "/services", search="buurtmaaltijd")) == 50


def test_filter_op_term_leest_de_themas_in_een_keer(client, db):
    """taxonomy_term_id looks the term up among themes, target groups and wijken: one query
    each, not one per theme."""
    _rijk_aanbod(0)
    term = KENMERK["kosten.gratis"].id  # the last place it looks
    zonder = _queries(client, API + "/services")
    assert _queries(client, API + "/services", taxonomy_term_id=term) <= zonder + 3


@pytest.mark.parametrize("pad", ["/services/{a}", "/service_at_locations/{al}"])
def test_detail_queries_gelijk_voor_1_en_50_plekken(client, db, pad):
    aanbod = _rijk_aanbod(0)
    url = API + pad.format(a=aanbod.hsds_id, al=aanbod.aanbodlocaties.first().hsds_id)
    een = _queries(client, url)
    for _i in range(48):
        al = AanbodLocatie.objects.create(aanbod=aanbod, locatie=maak_locatie("overvecht"))
        maak_tijdslot(al, weekdag=5)
    assert aanbod.aanbodlocaties.count() == 50
    assert _queries(client, url) == een


# The copies of the official schemas ----------------------------------------------------------


def test_kopieen_van_de_officiele_schemas_zijn_ongewijzigd():
    """opendata/hsds_schema/ holds the official files unchanged (checked against ../shared
    when that folder is there; a clean clone in CI has only the copies and their licence)."""
    assert (SCHEMA_MAP / "LICENSE").exists() and (SCHEMA_MAP / "SOURCE.md").exists()
    repo = Path(__file__).resolve().parents[2]
    plekken = [p / "shared" / "hsds" / "schema" for p in (repo.parent, repo.parent.parent)]
    gedeeld = next((p for p in plekken if p.is_dir()), None)
    if gedeeld is None:
        pytest.skip("../shared/hsds is er niet (schone clone): alleen de kopieën getest")
    for naam in [*ENTITEITEN, "openapi"]:
        officieel = json.loads((gedeeld / f"{naam}.json").read_text(encoding="utf-8"))
        assert laad(naam) == officieel, naam
