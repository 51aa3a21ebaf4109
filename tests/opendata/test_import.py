import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from aanbod.models import (
    Aanbod,
    AanbodLocatie,
    AanbodWijziging,
    Bron,
    Locatie,
    Organisatie,
    Sluiting,
    Status,
    Tijdslot,
)
from opendata.lezen import ImportFout
from opendata.services import hsds_importeren
from tests.opendata.conftest import DATA

SPEC_CSV = DATA / "hsds3_csv"
SPEC_SERVICE_ID = "ac148810-d857-441c-9679-408f346de14b"


def _aantallen() -> tuple[int, ...]:
    return (
        Organisatie.objects.count(),
        Locatie.objects.count(),
        Aanbod.objects.count(),
        AanbodLocatie.objects.count(),
        Tijdslot.objects.count(),
        Sluiting.objects.count(),
    )


def _zip(map_: Path, doel: Path) -> Path:
    with zipfile.ZipFile(doel, "w") as zf:
        for bestand in map_.iterdir():
            zf.write(bestand, f"pakket/{bestand.name}")
    return doel


@pytest.mark.django_db
def test_hsds3_tabellen_met_de_fouten_uit_de_spec(tmp_path):
    s = hsds_importeren(pad=_zip(SPEC_CSV, tmp_path / "spec.zip"))
    aanbod = Aanbod.objects.get(hsds_id=SPEC_SERVICE_ID)
    assert aanbod.naam == "Community Counselling"
    assert aanbod.organisatie.naam == "Example Organization Inc."
    al = aanbod.aanbodlocaties.get()
    assert al.locatie.naam == "MyCity Civic Center"
    # latitude 100 does not exist: imported without coordinates, and said so
    assert al.locatie.lat is None
    assert {(t.weekdag, t.opent.hour, t.sluit.hour) for t in al.tijdsloten.all()} == {
        (3, 10, 18),
        (4, 10, 18),
    }
    meldingen = [str(m) for m in s.afgewezen + s.waarschuwingen]
    # the location's organisation is not in the package: it lands under a placeholder
    assert any(
        "locations.csv, regel 2" in m and "985e4a42" in m and "tijdelijke organisatie" in m
        for m in meldingen
    )
    assert any("attributes.csv, regel 2: link_id f28dd44b" in m for m in meldingen)
    assert any("coördinaten 100.0,101.0" in m for m in meldingen)
    assert s.tellingen["kenmerken"].afgewezen == 1


@pytest.mark.django_db
def test_hsds3_json_een_dienst_en_een_lijst():
    s = hsds_importeren(pad=DATA / "service_full.json")
    assert s.tellingen["aanbod"].aangemaakt == 1
    aanbod = Aanbod.objects.get(hsds_id=SPEC_SERVICE_ID)
    assert aanbod.telefoon
    assert aanbod.aanbodlocaties.get().tijdsloten.count() == 2
    s = hsds_importeren(pad=DATA / "service_list.json")
    assert s.formaat == "HSDS 3.0 (JSON)"
    assert Aanbod.objects.filter(hsds_id=SPEC_SERVICE_ID).count() == 1


@pytest.mark.django_db
def test_hsds11_pakket():
    s = hsds_importeren(pad=DATA / "hsds11")
    assert s.formaat == "HSDS 1.1 (tabellen)"
    assert (s.tellingen["organisaties"].aangemaakt, s.tellingen["aanbod"].aangemaakt) == (10, 13)
    helpline = Aanbod.objects.get(hsds_id="c89eb05c-62dd-4b64-b494-0cc347b6ea7f")
    assert helpline.status == Status.ACTIEF
    al = helpline.aanbodlocaties.get()
    assert sorted(al.tijdsloten.values_list("weekdag", flat=True)) == [0, 1, 2]
    assert (al.locatie.straat, al.locatie.huisnummer) == ("Address", "1")
    sluiting = al.sluitingen.get()
    assert (sluiting.van.isoformat(), sluiting.tot.isoformat()) == ("2019-12-24", "2019-12-26")


@pytest.mark.django_db
def test_opnieuw_inlezen_maakt_geen_dubbelen_en_verwerkt_wijzigingen(tmp_path):
    hsds_importeren(pad=DATA / "hsds11")
    voor = _aantallen()
    s = hsds_importeren(pad=DATA / "hsds11")
    assert _aantallen() == voor
    assert all(t.aangemaakt == t.bijgewerkt == 0 for t in s.tellingen.values())
    assert s.tellingen["aanbod"].ongewijzigd == 13

    kopie = tmp_path / "hsds11"
    shutil.copytree(DATA / "hsds11", kopie)
    services = (kopie / "services.csv").read_text(encoding="utf-8")
    (kopie / "services.csv").write_text(
        services.replace("Never Homeless Helpline", "Nooit Dakloos Lijn"), encoding="utf-8"
    )
    s = hsds_importeren(pad=kopie)
    assert s.tellingen["aanbod"].bijgewerkt == 1
    assert _aantallen() == voor
    assert Aanbod.objects.get(hsds_id="c89eb05c-62dd-4b64-b494-0cc347b6ea7f").naam == (
        "Nooit Dakloos Lijn"
    )


@pytest.mark.django_db
def test_import_die_aanbod_wijzigt_staat_als_import_in_de_geschiedenis(tmp_path):
    hsds_importeren(pad=DATA / "hsds11")
    hsds_importeren(pad=DATA / "hsds11")
    assert not AanbodWijziging.objects.exists()  # new, then unchanged: no history
    # The partner's next file: the helpline got a Dutch name (its description says it too)
    # and stopped.
    kopie = tmp_path / "dock-aanbod-december"
    shutil.copytree(DATA / "hsds11", kopie)
    regels = (kopie / "services.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    regels = [
        r.replace("Never Homeless Helpline", "Nooit Dakloos Lijn").replace(",active,", ",inactive,")
        if r.startswith("c89eb05c")
        else r
        for r in regels
    ]
    (kopie / "services.csv").write_text("".join(regels), encoding="utf-8")
    hsds_importeren(pad=kopie, proef=True)
    assert not AanbodWijziging.objects.exists()  # a preview keeps no history either

    hsds_importeren(pad=kopie)
    aanbod = Aanbod.objects.get(hsds_id="c89eb05c-62dd-4b64-b494-0cc347b6ea7f")
    regels = {r.veld: r for r in AanbodWijziging.objects.all()}
    assert set(regels) == {"naam", "beschrijving", "status"}
    assert (regels["naam"].oud, regels["naam"].nieuw) == ("Never Homeless Helpline", aanbod.naam)
    assert (regels["status"].oud, regels["status"].nieuw) == ("Actief", "Gestopt")
    for regel in regels.values():
        assert regel.aanbod == aanbod
        assert regel.via == Bron.IMPORT and regel.door is None
        assert regel.wie == "HSDS-import van dock-aanbod-december"


@pytest.mark.django_db
def test_proef_verandert_niets_maar_telt_hetzelfde():
    proef = hsds_importeren(pad=DATA / "hsds11", proef=True)
    assert _aantallen() == (0, 0, 0, 0, 0, 0)
    echt = hsds_importeren(pad=DATA / "hsds11")
    assert proef.tellingen == echt.tellingen


@pytest.mark.django_db
def test_onbruikbare_rij_wordt_overgeslagen_met_plek_en_reden(tmp_path):
    kopie = tmp_path / "pakket"
    shutil.copytree(DATA / "hsds11", kopie)
    with (kopie / "services.csv").open("a", encoding="utf-8") as f:
        f.write("geen-uuid,1899600a-649c-11e6-8b77-86f30ca893d3,,Geen UUID,,,,,active,,,,,,,\n")
        f.write(
            "0b0b0b0b-0000-4000-8000-000000000001,0b0b0b0b-0000-4000-8000-00000000dead,,"
            "Wees,,,,,active,,,,,,,\n"
        )
        f.write("zonder-naam,1899600a-649c-11e6-8b77-86f30ca893d3,,,,,,,active,,,,,,,\n")
    s = hsds_importeren(pad=kopie)
    assert [(m.bestand, m.regel, m.reden) for m in s.afgewezen] == [
        ("services.csv", 21, "name ontbreekt")
    ]
    # an id that is no UUID and an organisation that is not there no longer cost the row
    assert Aanbod.objects.get(naam="Geen UUID").oorspronkelijk_id == "geen-uuid"
    assert Aanbod.objects.get(naam="Wees").organisatie.te_controleren
    assert s.tellingen["aanbod"].afgewezen == 1
    assert s.tellingen["aanbod"].aangemaakt == 15


@pytest.mark.django_db
@pytest.mark.parametrize(
    "inhoud, naam, melding",
    [
        (b"{niet json", "kapot.json", "geen zip-bestand en geen geldige JSON"),
        (b'{"iets": 1}', "vreemd.json", "geen HSDS 3.0"),
        (b"PK\x03\x04kapot", "kapot.zip", "zip"),
    ],
)
def test_kapot_bestand_stopt_met_een_duidelijke_melding(tmp_path, inhoud, naam, melding):
    pad = tmp_path / naam
    pad.write_bytes(inhoud)
    with pytest.raises(ImportFout, match=melding):
        hsds_importeren(pad=pad)
    assert _aantallen() == (0, 0, 0, 0, 0, 0)


@pytest.mark.django_db
def test_zip_zonder_datapackage_of_met_kapotte_csv(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("organizations.csv", "id,name\n")
    (tmp_path / "a.zip").write_bytes(buffer.getvalue())
    with pytest.raises(ImportFout, match="services.csv"):
        hsds_importeren(pad=tmp_path / "a.zip")
    kopie = tmp_path / "b"
    shutil.copytree(DATA / "hsds11", kopie)
    (kopie / "services.csv").write_bytes("naam,iets\nx,\xff".encode("latin-1"))
    with pytest.raises(ImportFout, match="services.csv"):
        hsds_importeren(pad=kopie)
    assert _aantallen() == (0, 0, 0, 0, 0, 0)


@pytest.mark.django_db
def test_commando_met_dry_run_en_samenvatting(capsys):
    call_command("importeer_hsds", str(DATA / "hsds11"), "--dry-run", verbosity=0)
    uit = capsys.readouterr().out
    assert "proef" in uit and "Aanbod" in uit
    assert Aanbod.objects.count() == 0
    call_command("importeer_hsds", str(DATA / "hsds11"), verbosity=0)
    assert Aanbod.objects.count() == 13
    with pytest.raises(CommandError, match="Niets ingelezen"):
        call_command("importeer_hsds", "/bestaat/niet.zip", verbosity=0)


@pytest.mark.django_db
def test_wijk_en_buurt_volgen_uit_de_coordinaten(tmp_path):
    doc = json.loads((DATA / "service_full.json").read_text(encoding="utf-8"))
    locatie = doc["service_at_locations"][0]["location"]
    locatie["latitude"], locatie["longitude"] = 52.0875, 5.1400  # Oost
    (tmp_path / "dienst.json").write_text(json.dumps(doc), encoding="utf-8")
    hsds_importeren(pad=tmp_path / "dienst.json")
    loc = Locatie.objects.get(hsds_id=locatie["id"])
    assert loc.wijk.slug == "oost"
    assert loc.buurt is not None and loc.buurt.wijk == loc.wijk
