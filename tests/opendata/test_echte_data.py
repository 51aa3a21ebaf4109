"""Issue 20: datasets as publishers really put them online, one trait per test.

The packages come from bench/hsds_echt.py (HSDS 1.1 in a data/ folder, numeric ids, schedules
without ids, one service in nine naming an organisation that is not in the package, ...)."""

import csv
import json
from datetime import time

import pytest
from django.core.management import CommandError, call_command

from aanbod.kaartdata import kaartpunten
from aanbod.models import Aanbod, Organisatie, Tijdslot
from bench import hsds_echt
from opendata.services import hsds_importeren

pytestmark = pytest.mark.django_db
AANTAL = 18  # services; services 8 and 17 name the same missing organisation


def _pakket(tmp_path, **opties):
    doel = tmp_path / ("pakket.zip" if opties.get("als_zip") else "pakket")
    if not opties.get("als_zip"):
        doel.mkdir()
    return hsds_echt.schrijf(doel, AANTAL, **opties)


def _geen_wijzigingen(s) -> bool:
    return all(
        t.aangemaakt == 0 and t.bijgewerkt == 0 and t.verwijderd == 0 for t in s.tellingen.values()
    )


def test_numerieke_ids_worden_ingelezen_en_houden_hun_oorspronkelijke_id(tmp_path):
    s = hsds_importeren(pad=_pakket(tmp_path))
    assert s.formaat == "HSDS 1.1 (tabellen)"
    assert s.tellingen["aanbod"].aangemaakt == AANTAL
    assert not s.afgewezen
    aanbod = Aanbod.objects.get(oorspronkelijk_id="5000")
    assert aanbod.organisatie.oorspronkelijk_id == "1000"
    assert aanbod.aanbodlocaties.get().locatie.oorspronkelijk_id == "20000"


def test_slugs_als_id(tmp_path):
    hsds_importeren(pad=_pakket(tmp_path, ids="slug"))
    org = Organisatie.objects.get(oorspronkelijk_id="buurtorganisatie-1")
    assert org.aanbod.count() == 6


def test_tweede_import_verandert_niets(tmp_path):
    pad = _pakket(tmp_path)
    hsds_importeren(pad=pad)
    aantallen = (Aanbod.objects.count(), Organisatie.objects.count(), Tijdslot.objects.count())
    tweede = hsds_importeren(pad=pad)
    assert _geen_wijzigingen(tweede), tweede.tellingen
    assert tweede.tellingen["aanbod"].ongewijzigd == AANTAL
    assert (Aanbod.objects.count(), Organisatie.objects.count(), Tijdslot.objects.count()) == (
        aantallen
    )


def test_rijen_zonder_id_krijgen_een_vaste_id(tmp_path):
    map_ = tmp_path / "pakket"
    map_.mkdir()
    (map_ / "datapackage.json").write_text('{"name": "zonder-ids", "resources": []}')
    (map_ / "organizations.csv").write_text("id,name\norg-1,Buurthuis De Boog\n")
    (map_ / "services.csv").write_text(
        "organization_id,name,description\n"
        "org-1,Koffieochtend,Koffie en praten\n"
        "org-1,Koffieochtend,Koffie en praten\n"  # twice the same: two rows, two offers
        "org-1,Naaicafé,Samen naaien\n"
    )
    eerste = hsds_importeren(pad=map_)
    assert eerste.tellingen["aanbod"].aangemaakt == 3
    tweede = hsds_importeren(pad=map_)
    assert _geen_wijzigingen(tweede)
    assert Aanbod.objects.count() == 3


def test_schema_zonder_id_kolom(tmp_path):
    """regular_schedules.csv has no id column at all."""
    hsds_importeren(pad=_pakket(tmp_path))
    assert Tijdslot.objects.count() == sum(2 + i % 2 for i in range(AANTAL))


def test_zip_met_bestanden_in_een_data_map(tmp_path):
    s = hsds_importeren(pad=_pakket(tmp_path, als_zip=True))
    assert s.tellingen["aanbod"].aangemaakt == AANTAL


def test_paden_in_datapackage_kloppen_niet(tmp_path):
    """datapackage.json says data/..., but the files sit next to it."""
    map_ = _pakket(tmp_path, map_="")
    pakket = json.loads((map_ / "datapackage.json").read_text())
    for resource in pakket["resources"]:
        resource["path"] = "data/" + resource["path"]
    (map_ / "datapackage.json").write_text(json.dumps(pakket))
    assert hsds_importeren(pad=map_).tellingen["aanbod"].aangemaakt == AANTAL


def test_byte_order_mark(tmp_path):
    s = hsds_importeren(pad=_pakket(tmp_path, bom=True))
    assert s.tellingen["aanbod"].aangemaakt == AANTAL
    assert Aanbod.objects.filter(oorspronkelijk_id="5000").exists()


def test_windows_1252(tmp_path):
    hsds_importeren(pad=_pakket(tmp_path, codering="cp1252"))
    assert Aanbod.objects.filter(naam="Taalmaatjes ’t Hart 2").exists()
    assert Aanbod.objects.filter(naam="Café de Buurvrouw 0").exists()


def test_wezen_komen_onder_een_tijdelijke_organisatie_en_worden_een_keer_gemeld(tmp_path):
    s = hsds_importeren(pad=_pakket(tmp_path))
    wezen = Aanbod.objects.filter(oorspronkelijk_id__in=["5008", "5017"])
    assert wezen.count() == 2
    tijdelijk = {a.organisatie for a in wezen}
    assert len(tijdelijk) == 1
    org = tijdelijk.pop()
    assert org.te_controleren
    assert "buurtaanbod-voorbeeld" in org.naam and "1503" in org.naam
    meldingen = [m for m in s.waarschuwingen if "1503" in m.reden]
    assert len(meldingen) == 1
    assert "2 aanbod" in meldingen[0].reden
    assert meldingen[0].bestand == "data/services.csv" and meldingen[0].regel == 10
    # the rest of the package is not affected
    assert Organisatie.objects.filter(te_controleren=False).count() == AANTAL // 5


def test_tijden_en_weekdagen_zoals_ze_gepubliceerd_worden(tmp_path):
    hsds_importeren(pad=_pakket(tmp_path))

    def slots(oorspronkelijk_id):
        return {
            (t.weekdag, t.opent, t.sluit)
            for t in Tijdslot.objects.filter(
                aanbod_locatie__aanbod__oorspronkelijk_id=oorspronkelijk_id
            )
        }

    # Monday 9:00am-5:00pm and Tue 0900-1700
    assert slots("5000") == {(0, time(9), time(17)), (1, time(9), time(17))}
    # "3" 9.00-17.00, "THURSDAY" 09:00:00-17:00:00
    assert slots("5002") == {(2, time(9), time(17)), (3, time(9), time(17))}
    # "Sat" 10:30 AM - 4:30 PM, "sunday" 9:00am-5:00pm, "wed" 0900-1700
    assert slots("5005") == {
        (5, time(10, 30), time(16, 30)),
        (6, time(9), time(17)),
        (2, time(9), time(17)),
    }


def test_telefoonnummers_in_gangbare_vormen(tmp_path):
    hsds_importeren(pad=_pakket(tmp_path))
    telefoon = dict(Aanbod.objects.values_list("oorspronkelijk_id", "telefoon"))
    assert telefoon["5000"] == "030 123 4567"
    assert telefoon["5001"] == "030 123 4567"  # (030) 1234567
    assert telefoon["5002"] == "030 123 4567"  # +31301234567
    assert telefoon["5003"] == "030-1234567 ext. 12"  # the extension stays
    assert telefoon["5004"] == ""


def test_lege_tekst_is_geen_waarde(tmp_path):
    s = hsds_importeren(pad=_pakket(tmp_path))
    # status "" reads as active (with a warning), email "" as no e-mail address
    aanbod = Aanbod.objects.get(oorspronkelijk_id="5000")
    assert aanbod.status == "actief" and aanbod.email == ""
    assert any("status ontbreekt" in m.reden for m in s.waarschuwingen)


def test_json_met_getallen_als_id_en_zonder_id(tmp_path):
    pad = tmp_path / "diensten.json"
    pad.write_text(
        json.dumps(
            [
                {
                    "id": 12,
                    "name": "Schuldhulp",
                    "description": "Hulp bij geldzorgen.",
                    "organization": {"id": "stichting-geld", "name": "Stichting Geld"},
                    "service_at_locations": [
                        {
                            "location": {"id": 7, "name": "Wijkbureau"},
                            "schedules": [
                                {"byday": "Monday,wed", "opens_at": "9:00am", "closes_at": "1200"}
                            ],
                        }
                    ],
                },
                {"name": "Zonder id", "description": "x", "organization": {"name": "Geen id"}},
            ]
        ),
        encoding="utf-8",
    )
    s = hsds_importeren(pad=pad)
    assert s.tellingen["aanbod"].aangemaakt == 2
    schuldhulp = Aanbod.objects.get(oorspronkelijk_id="12")
    assert schuldhulp.organisatie.naam == "Stichting Geld"
    assert {t.weekdag for t in Tijdslot.objects.filter(aanbod_locatie__aanbod=schuldhulp)} == {0, 2}
    assert _geen_wijzigingen(hsds_importeren(pad=pad))
    assert Aanbod.objects.count() == 2


def test_commando_alles_afgewezen_geeft_foutcode_en_een_zin(tmp_path, capsys):
    map_ = tmp_path / "pakket"
    map_.mkdir()
    (map_ / "services.csv").write_text("id,name\n1,\n2,\n")
    with pytest.raises(CommandError) as fout:
        call_command("importeer_hsds", str(map_), verbosity=0)
    assert str(fout.value).startswith("Niets ingelezen: alle 2 rijen zijn afgewezen")
    assert "services.csv, regel 2: name ontbreekt" in str(fout.value)


def test_commando_geeft_samenvatting_en_voortgang(tmp_path, capsys):
    call_command("importeer_hsds", str(_pakket(tmp_path)))
    uit = capsys.readouterr()
    assert "Aanbod" in uit.out and "Ontbrekende organisaties: 1" in uit.out
    assert "aanbod" in uit.err  # the progress bars go to stderr


def test_ingelezen_aanbod_staat_in_zoeken_op_de_kaart_en_in_de_api(tmp_path, client):
    hsds_importeren(pad=_pakket(tmp_path))
    gevonden = Aanbod.objects.zoek("repair")
    assert "Repair Café 3" in {a.naam for a in gevonden}
    aanbod = Aanbod.objects.met_kaartpunten().get(oorspronkelijk_id="5003")
    assert kaartpunten([aanbod])[0]["aanbod"][0]["naam"] == "Repair Café 3"
    antwoord = client.get(f"/api/hsds/services/{aanbod.hsds_id}")
    assert antwoord.status_code == 200
    assert antwoord.json()["name"] == "Repair Café 3"


def _klein_pakket(tmp_path, scheiding=",", **tabellen):
    map_ = tmp_path / "klein"
    map_.mkdir()
    for naam, regels in tabellen.items():
        with (map_ / f"{naam}.csv").open("w", encoding="utf-8", newline="") as bestand:
            csv.writer(bestand, delimiter=scheiding).writerows(regels)
    return map_


def test_puntkomma_komma_getallen_www_adressen_en_lange_teksten(tmp_path):
    map_ = _klein_pakket(
        tmp_path,
        ";",
        organizations=[["id", "name", "url"], ["1", "Buurthuis", "www.buurthuis.nl"]],
        services=[
            ["id", "organization_id", "name", "description", "status"],
            ["10", "1", "Soep", "Samen soep eten in de buurt. " * 5000, "Open"],
            ["11", "1", "Pingpong", "Tafeltennis", "pending review"],
        ],
        locations=[
            ["id", "organization_id", "latitude", "longitude"],
            ["5", "1", "52,0907", "5,1214"],
        ],
        services_at_location=[
            ["id", "service_id", "location_id"],
            ["50", "10", "5"],
            ["51", "11", "5"],
        ],
    )
    s = hsds_importeren(pad=map_)
    assert s.tellingen["aanbod"].aangemaakt == 2 and not s.afgewezen
    assert Organisatie.objects.get(oorspronkelijk_id="1").website == "https://www.buurthuis.nl"
    soep = Aanbod.objects.get(oorspronkelijk_id="10")
    assert len(soep.beschrijving) > 131072  # longer than csv allows by default
    locatie = soep.aanbodlocaties.get().locatie
    assert (round(locatie.lat, 4), round(locatie.lon, 4)) == (52.0907, 5.1214)
    # a status we do not know does not cost the offer (a warning says so)
    assert Aanbod.objects.get(oorspronkelijk_id="11").status == "actief"


def test_tijden_van_een_dienst_of_een_locatie_zonder_de_ander(tmp_path):
    map_ = _klein_pakket(
        tmp_path,
        organizations=[["id", "name"], ["1", "Buurthuis"]],
        services=[["id", "organization_id", "name"], ["10", "1", "Soep"], ["11", "1", "Dans"]],
        locations=[["id", "organization_id", "name"], ["5", "1", "Oost"], ["6", "1", "West"]],
        services_at_location=[
            ["id", "service_id", "location_id"],
            ["50", "10", "5"],
            ["51", "10", "6"],
            ["52", "11", "6"],
            ["53", "11", "6"],  # the same pair twice
        ],
        regular_schedules=[
            [
                "service_id",
                "location_id",
                "service_at_location_id",
                "weekday",
                "opens_at",
                "closes_at",
            ],
            ["10", "", "", "Monday", "9:00", "5:00"],  # both places; 5:00 is the afternoon
            ["", "6", "", "Friday", "19:00", "21:00"],  # every offer at West
            ["", "", "53", "Sunday", "10:00", "12:00"],  # the duplicate pair's id
        ],
    )
    s = hsds_importeren(pad=map_)
    assert not s.afgewezen, s.afgewezen

    def slots(aanbod_id, locatie_id):
        return {
            (t.weekdag, t.opent.hour, t.sluit.hour)
            for t in Tijdslot.objects.filter(
                aanbod_locatie__aanbod__oorspronkelijk_id=aanbod_id,
                aanbod_locatie__locatie__oorspronkelijk_id=locatie_id,
            )
        }

    assert slots("10", "5") == {(0, 9, 17)}
    assert slots("10", "6") == {(0, 9, 17), (4, 19, 21)}
    assert slots("11", "6") == {(4, 19, 21), (6, 10, 12)}


def test_hsds_2_met_enkelvoudige_tabelnamen(tmp_path):
    map_ = _klein_pakket(
        tmp_path,
        organization=[["id", "name"], ["org-a", "Buurthuis"]],
        service=[["id", "organization_id", "name", "status"], ["s-1", "org-a", "Soep", "active"]],
        location=[["id", "organization_id", "name"], ["l-1", "org-a", "Oost"]],
        service_at_location=[["id", "service_id", "location_id"], ["sal-1", "s-1", "l-1"]],
        address=[
            ["id", "location_id", "address_1", "city", "postal_code"],
            ["a-1", "l-1", "Oudegracht 12", "Utrecht", "3511ab"],
        ],
        schedule=[
            ["id", "service_at_location_id", "freq", "byday", "opens_at", "closes_at"],
            ["t-1", "sal-1", "WEEKLY", "TU,TH", "10:00", "12:00"],
        ],
    )
    (map_ / "datapackage.json").write_text('{"name": "hsds2", "version": "2.0.1", "resources": []}')
    s = hsds_importeren(pad=map_)
    assert s.formaat == "HSDS 2.0 (tabellen)" and not s.afgewezen
    locatie = Aanbod.objects.get(oorspronkelijk_id="s-1").aanbodlocaties.get().locatie
    assert (locatie.straat, locatie.huisnummer, locatie.postcode) == ("Oudegracht", "12", "3511 AB")
    assert Tijdslot.objects.count() == 2
