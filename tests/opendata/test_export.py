import csv
import io
import json
import zipfile

import pytest
from django.core.management import call_command

from aanbod.models import Aanbod, AanbodLocatie, Locatie, Organisatie, Sluiting, Tijdslot
from opendata.exporteren import datapackage_zip
from opendata.schema import laad
from opendata.services import hsds_importeren
from tests.opendata.conftest import valideer

VERTROUWELIJK = ("straat", "huisnummer", "postcode", "lat", "lon", "buurt")


def _locatie(loc: Locatie) -> dict:
    velden = {
        "hsds_id": loc.hsds_id,
        "naam": loc.naam,
        "organisatie": loc.organisatie.hsds_id if loc.organisatie else None,
        "straat": loc.straat,
        "huisnummer": loc.huisnummer,
        "postcode": loc.postcode,
        "plaats": loc.plaats,
        "lat": loc.lat,
        "lon": loc.lon,
        "wijk": loc.wijk.slug if loc.wijk else None,
        "buurt": loc.buurt.slug if loc.buurt else None,
        "rolstoel": loc.rolstoeltoegankelijk,
        "toilet": loc.toegankelijk_toilet,
        "ringleiding": loc.ringleiding,
        "toegankelijkheid": loc.toegankelijkheid,
        "vertrouwelijk": loc.vertrouwelijk_adres,
    }
    if loc.vertrouwelijk_adres:  # never exported, so not part of the round trip
        for veld in VERTROUWELIJK:
            velden.pop(veld)
    return velden


def _catalogus() -> dict:
    """Everything residents see of the published catalogue, keyed by HSDS id."""
    uit = {}
    for a in Aanbod.objects.zichtbaar().select_related("organisatie"):
        org = a.organisatie
        uit[a.hsds_id] = {
            "organisatie": (
                org.hsds_id,
                org.naam,
                org.beschrijving,
                org.website,
                org.email,
                org.telefoon,
            ),
            **{
                veld: getattr(a, veld)
                for veld in (
                    "naam",
                    "soort",
                    "beschrijving",
                    "voor_wie",
                    "kosten",
                    "kosten_bedrag",
                    "kosten_toelichting",
                    "deelname",
                    "contactpersoon",
                    "email",
                    "telefoon",
                    "website",
                    "status",
                    "laatst_gecontroleerd",
                )
            },
            "themas": sorted(a.themas.values_list("slug", flat=True)),
            "doelgroepen": sorted(a.doelgroepen.values_list("slug", flat=True)),
            "talen": sorted(a.talen.values_list("code", flat=True)),
            "plekken": sorted(
                (
                    str(al.hsds_id),
                    al.toelichting,
                    _locatie(al.locatie),
                    sorted(
                        (
                            t.frequentie,
                            t.interval,
                            t.weekdag,
                            t.week_van_de_maand or 0,
                            t.opent,
                            t.sluit,
                            str(t.geldig_van),
                            str(t.geldig_tot),
                            str(t.startdatum),
                            t.open_op_feestdagen,
                            t.toelichting,
                        )
                        for t in al.tijdsloten.all()
                    ),
                    sorted((s.van, s.tot, s.reden) for s in al.sluitingen.all()),
                )
                for al in a.aanbodlocaties.all()
            ),
        }
    return uit


def _leegmaken() -> None:
    for model in (Tijdslot, Sluiting, AanbodLocatie, Aanbod, Locatie, Organisatie):
        model.objects.all().delete()


def test_export_en_import_in_een_lege_database_geeft_dezelfde_catalogus(demo, tmp_path):
    voor = _catalogus()
    assert any(plek[2]["vertrouwelijk"] for a in voor.values() for plek in a["plekken"])
    call_command("exporteer_hsds", str(tmp_path / "export.zip"), verbosity=0)
    _leegmaken()
    s = hsds_importeren(pad=tmp_path / "export.zip")
    assert not s.afgewezen, [str(m) for m in s.afgewezen[:5]]
    na = _catalogus()
    assert set(na) == set(voor)
    for hsds_id, gegevens in voor.items():
        assert na[hsds_id] == gegevens, gegevens["naam"]
    # and importing the same export again changes nothing
    s = hsds_importeren(pad=tmp_path / "export.zip")
    assert all(t.aangemaakt == t.bijgewerkt == 0 for t in s.tellingen.values())


def test_export_is_een_geldig_hsds_pakket(demo):
    buffer = io.BytesIO()
    datapackage_zip(buffer)
    zf = zipfile.ZipFile(buffer)
    pakket = json.loads(zf.read("datapackage.json"))
    officieel = laad("datapackage")
    assert [r["path"] for r in pakket["resources"]] == [r["path"] for r in officieel["resources"]]
    tabellen = {}
    for resource in pakket["resources"]:
        lezer = csv.DictReader(io.StringIO(zf.read(resource["path"]).decode("utf-8")))
        assert lezer.fieldnames == [f["name"] for f in resource["schema"]["fields"]]
        tabellen[resource["name"]] = list(lezer)
        ids = [r["id"] for r in tabellen[resource["name"]]]
        assert len(ids) == len(set(ids)), resource["name"]
    # Every foreign key points to a row in the package.
    for resource in pakket["resources"]:
        for fk in resource["schema"].get("foreignKeys", []):
            doel = {r["id"] for r in tabellen[fk["reference"]["resource"]]}
            for rij in tabellen[resource["name"]]:
                if rij[fk["fields"]]:
                    assert rij[fk["fields"]] in doel, (resource["name"], fk["fields"])
    # Every row is a valid HSDS record once its empty cells are left out.
    getallen = {"latitude", "longitude", "amount", "interval"}
    for naam in ("service", "organization", "location", "schedule", "address", "phone"):
        for rij in tabellen[naam]:
            valideer(naam, {k: float(w) if k in getallen else w for k, w in rij.items() if w})
    # Confidential addresses stay out.
    geheim = Locatie.objects.filter(vertrouwelijk_adres=True).exclude(straat="")
    inhoud = b"".join(zf.read(n) for n in zf.namelist()).decode()
    for loc in geheim:
        assert loc.straat not in inhoud and str(loc.lat) not in inhoud


@pytest.mark.django_db
def test_downloadlink(client, demo):
    r = client.get("/api/hsds/export.zip")
    assert r.status_code == 200
    assert r["Content-Type"] == "application/zip"
    assert "attachment" in r["Content-Disposition"]
    assert "datapackage.json" in zipfile.ZipFile(io.BytesIO(r.content)).namelist()
    assert "/api/hsds/export.zip" in client.get("/api/").content.decode()
