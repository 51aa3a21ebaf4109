import json
from datetime import timedelta

import pytest
from django.utils import timezone

from aanbod.models import Aanbod, AanbodLocatie, Locatie, Status, Thema
from opendata.taxonomie import TAXONOMIEEN, thema_term
from tests.factories import PUNTEN, maak_aanbod, maak_locatie
from tests.opendata.conftest import valideer, valideer_pagina

API = "/api/hsds"


def _get(client, pad, **params):
    r = client.get(API + pad, params)
    assert r.status_code == 200, r.content[:300]
    return r.json()


def test_elk_eindpunt_volgt_de_officiele_schemas(client, demo):
    info = _get(client, "/")
    assert info["version"].startswith("3.")
    assert info["openapi_url"].endswith("/api/hsds/openapi.json")
    for pad, entiteit in [
        ("/services", "service"),
        ("/organizations", "organization"),
        ("/service_at_locations", "service_at_location"),
        ("/taxonomies", "taxonomy"),
        ("/taxonomy_terms", "taxonomy_term"),
    ]:
        for full in ("false", "true"):
            pagina = _get(client, pad, per_page=500, full=full)
            assert pagina["total_items"] > 0, pad
            valideer_pagina(entiteit, pagina)
            eerste = pagina["contents"][0]["id"]
            valideer(entiteit, _get(client, f"{pad}/{eerste}"))


def test_een_volledige_dienst_heeft_plekken_tijden_en_themas(client, demo):
    aanbod = Aanbod.objects.filter(aanbodlocaties__tijdsloten__isnull=False).first()
    doc = _get(client, f"/services/{aanbod.hsds_id}")
    valideer("service", doc)
    assert doc["organization"]["id"] == str(aanbod.organisatie.hsds_id)
    schedules = [s for sal in doc["service_at_locations"] for s in sal.get("schedules", [])]
    assert schedules and all(s["byday"] for s in schedules if "freq" in s)
    thema_ids = {a["taxonomy_term_id"] for a in doc["attributes"]}
    assert {thema_term(t).id for t in aanbod.themas.all()} <= thema_ids


def test_vertrouwelijk_adres_komt_nooit_in_de_api(client, demo):
    geheim = Locatie.objects.filter(vertrouwelijk_adres=True, aanbodlocaties__isnull=False).first()
    assert geheim is not None and geheim.straat
    teksten = [
        client.get(f"{API}/services", {"full": "true", "per_page": 500}).content.decode(),
        client.get(f"{API}/service_at_locations", {"full": "true", "format": "ndjson"})
        .getvalue()
        .decode(),
    ]
    al = geheim.aanbodlocaties.first()
    teksten.append(client.get(f"{API}/service_at_locations/{al.hsds_id}").content.decode())
    for tekst in teksten:
        assert str(geheim.hsds_id) in tekst
        assert geheim.straat not in tekst
        assert geheim.postcode not in tekst
        assert str(geheim.lat) not in tekst
    locatie = json.loads(teksten[2])["location"]
    assert locatie["name"] == geheim.naam
    assert "latitude" not in locatie and "addresses" not in locatie
    # A place filter must not give the confidential location away either.
    pagina = _get(client, "/service_at_locations", postcode=geheim.postcode)
    assert str(al.hsds_id) not in {i["id"] for i in pagina["contents"]}
    pagina = _get(client, "/service_at_locations", proximity=f"{geheim.lat},{geheim.lon},0.01")
    assert str(al.hsds_id) not in {i["id"] for i in pagina["contents"]}


def test_gestopt_aanbod_wordt_niet_gepubliceerd(client, demo):
    gestopt = Aanbod.objects.filter(status=Status.GESTOPT).first()
    assert gestopt is not None
    assert client.get(f"{API}/services/{gestopt.hsds_id}").status_code == 404
    ids = {i["id"] for i in _get(client, "/services", per_page=500)["contents"]}
    assert str(gestopt.hsds_id) not in ids
    assert len(ids) == Aanbod.objects.zichtbaar().count()
    tijdelijk = Aanbod.objects.filter(status=Status.TIJDELIJK_GESLOTEN).first()
    assert _get(client, f"/services/{tijdelijk.hsds_id}")["status"] == "temporarily closed"


def test_paginering(client, demo):
    totaal = Aanbod.objects.zichtbaar().count()
    p1 = _get(client, "/services", per_page=10)
    assert (p1["total_items"], p1["size"], p1["page_number"]) == (totaal, 10, 1)
    assert p1["total_pages"] == -(-totaal // 10)
    assert p1["first_page"] and not p1["last_page"] and not p1["empty"]
    laatste = _get(client, "/services", per_page=10, page=p1["total_pages"])
    assert laatste["last_page"] and laatste["size"] == totaal - 10 * (p1["total_pages"] - 1)
    alle = set()
    for nummer in range(1, p1["total_pages"] + 1):
        alle |= {i["id"] for i in _get(client, "/services", per_page=10, page=nummer)["contents"]}
    assert len(alle) == totaal
    # Nonsense never breaks: a page number we cannot read is a 400 that says why, a page
    # after the last is the last page.
    fout = client.get(f"{API}/services", {"page": "abc", "per_page": "-5"})
    assert fout.status_code == 400 and "page" in fout.json()["detail"]
    assert _get(client, "/services", page=9999)["last_page"]
    leeg = _get(client, "/services", search="xyzzyniets")
    assert leeg["empty"] and leeg["total_items"] == 0 and leeg["contents"] == []


def test_filters(client, demo):
    thema = Thema.objects.filter(aanbod__isnull=False).first()
    pagina = _get(client, "/services", taxonomy_term_id=thema_term(thema).id, per_page=500)
    verwacht = Aanbod.objects.zichtbaar().filter(themas=thema)
    assert {i["id"] for i in pagina["contents"]} == {str(a.hsds_id) for a in verwacht}

    aanbod = Aanbod.objects.zichtbaar().first()
    org_id = str(aanbod.organisatie.hsds_id)
    pagina = _get(client, "/services", organization_id=org_id, per_page=500)
    assert pagina["contents"] and all(i["organization_id"] == org_id for i in pagina["contents"])
    onbekend = "6f1d4a52-2a7e-4d7a-9a55-0c1f5e0b7d10"
    assert _get(client, "/services", organization_id=onbekend)["empty"]
    assert _get(client, "/services", taxonomy_term_id=onbekend)["empty"]
    assert client.get(f"{API}/services", {"organization_id": "geen-id"}).status_code == 400

    tax = _get(client, "/taxonomy_terms", taxonomy_id=TAXONOMIEEN["thema"].id, per_page=500)
    assert tax["total_items"] == Thema.objects.count()

    gevonden = _get(client, "/services", search=aanbod.naam, per_page=500)
    assert str(aanbod.hsds_id) in {i["id"] for i in gevonden["contents"]}


def test_modified_after(client, db):
    oud = maak_aanbod(naam="Oud")
    Aanbod.objects.filter(pk=oud.pk).update(gewijzigd=timezone.now() - timedelta(days=30))
    nieuw = maak_aanbod(naam="Nieuw")
    gisteren = (timezone.now() - timedelta(days=1)).date().isoformat()
    ids = {i["id"] for i in _get(client, "/services", modified_after=gisteren)["contents"]}
    assert ids == {str(nieuw.hsds_id)}
    r = client.get(f"{API}/services", {"modified_after": "gisteren"})
    assert r.status_code == 400
    assert "modified_after" in r.json()["detail"]


def test_postcode_en_nabijheid(client, db):
    dichtbij = maak_aanbod(naam="Dichtbij", locatie=maak_locatie("oost", postcode="3581 AB"))
    ver = maak_aanbod(naam="Ver", locatie=maak_locatie("west", postcode="3531 XX"))
    lat, lon = PUNTEN["oost"]

    def namen(**params):
        contents = _get(client, "/service_at_locations", **params)["contents"]
        return {AanbodLocatie.objects.get(hsds_id=i["id"]).aanbod.naam for i in contents}

    assert namen(postcode="3581") == {"Dichtbij"}
    assert namen(postcode="3531xx") == {"Ver"}
    assert namen(proximity=f"{lat},{lon},1") == {"Dichtbij"}
    assert namen(proximity=f"{lat},{lon},10") == {"Dichtbij", "Ver"}
    assert namen(postcode="3581 AB", proximity="0.5") == {"Dichtbij"}
    ids = {i["id"] for i in _get(client, "/services", postcode="3531")["contents"]}
    assert ids == {str(ver.hsds_id)}
    assert dichtbij.pk
    r = client.get(f"{API}/service_at_locations", {"proximity": "hier"})
    assert r.status_code == 400 and "proximity" in r.json()["detail"]


def test_ndjson_streamt_alles_zonder_paginering(client, demo):
    r = client.get(f"{API}/services", {"format": "ndjson", "per_page": 1})
    assert r.status_code == 200
    assert r["Content-Type"] == "application/x-ndjson"
    regels = r.getvalue().decode().splitlines()
    assert len(regels) == Aanbod.objects.zichtbaar().count()
    for regel in regels[:20]:
        valideer("service", json.loads(regel))
    r = client.get(f"{API}/service_at_locations", {"format": "ndjson", "full": "true"})
    for regel in r.getvalue().decode().splitlines()[:20]:
        valideer("service_at_location", json.loads(regel))


def test_etag_en_cors(client, demo):
    r = client.get(f"{API}/services")
    assert r["Access-Control-Allow-Origin"] == "*"
    assert r["ETag"] and r["Last-Modified"]
    opnieuw = client.get(f"{API}/services", headers={"If-None-Match": r["ETag"]})
    assert opnieuw.status_code == 304 and opnieuw.content == b""
    Aanbod.objects.zichtbaar().first().save()  # a change gives a new ETag
    na = client.get(f"{API}/services", headers={"If-None-Match": r["ETag"]})
    assert na.status_code == 200 and na["ETag"] != r["ETag"]
    preflight = client.options(f"{API}/services")
    assert preflight.status_code == 204
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    assert client.post(f"{API}/services").status_code == 405


def test_onbekend_id_geeft_een_nette_404(client, db):
    for pad in ("/services/", "/organizations/", "/service_at_locations/", "/taxonomy_terms/"):
        r = client.get(f"{API}{pad}6f1d4a52-2a7e-4d7a-9a55-0c1f5e0b7d10")
        assert r.status_code == 404
        assert r.json()["detail"]
        r = client.get(f"{API}{pad}niet-een-uuid")  # not an id at all: says so
        assert r.status_code == 400
        assert "UUID" in r.json()["detail"]


@pytest.mark.parametrize(
    "pad", ["/services", "/organizations", "/service_at_locations", "/taxonomy_terms"]
)
def test_aantal_queries_hangt_niet_af_van_per_page(client, db, django_assert_num_queries, pad):
    for i in range(12):
        maak_aanbod(
            naam=f"Aanbod {i}",
            tijden=(
                (1, timezone.now().time().replace(hour=9), timezone.now().time().replace(hour=11)),
            ),
        )
    aantallen = []
    for per_page in (2, 12):
        for full in ("false", "true"):
            from django.db import connection
            from django.test.utils import CaptureQueriesContext

            with CaptureQueriesContext(connection) as ctx:
                _get(client, pad, per_page=per_page, full=full)
            aantallen.append((full, len(ctx.captured_queries)))
    assert aantallen[0] == aantallen[2] and aantallen[1] == aantallen[3], aantallen
