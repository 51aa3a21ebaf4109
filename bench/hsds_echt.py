"""HSDS datasets in the shape real publishers put them online (issue 20), for tests and bench.

Not tidy on purpose: HSDS 1.1 tables in a ``data/`` folder, numeric or slug ids, schedules
without ids, one service in nine naming an organisation the package does not contain, times
as "9:00am", "0900", "9.00", weekdays as English names, abbreviations and numbers, phone
numbers in several forms, empty strings for missing values, and optionally a byte-order mark
or Windows-1252 text.
"""

import csv
import io
import json
import zipfile
from pathlib import Path

OPENT = ["9:00am", "0900", "9.00", "09:00:00", "9am", "10:30 AM"]
SLUIT = ["5:00pm", "1700", "17.00", "17:00:00", "5pm", "4:30 PM"]
DAGEN = ["Monday", "Tue", "3", "THURSDAY", "fri", "Sat", "sunday", "wed"]
TELEFOONS = ["030 123 4567", "(030) 1234567", "+31301234567", "030-1234567 ext. 12", ""]
NAMEN = ["Café de Buurvrouw", "Koffie & Praat", "Taalmaatjes ’t Hart", "Repair Café", "Beweeg!"]
KOLOMMEN = {
    "organizations": ["id", "name", "alternate_name", "description", "email", "url"],
    "services": ["id", "organization_id", "name", "description", "url", "email", "status"],
    "locations": ["id", "organization_id", "name", "latitude", "longitude"],
    "services_at_location": ["id", "service_id", "location_id", "description"],
    "physical_addresses": ["id", "location_id", "address_1", "city", "postal_code", "country"],
    "phones": ["id", "service_id", "organization_id", "number", "type"],
    "regular_schedules": [
        "service_id",
        "location_id",
        "service_at_location_id",
        "weekday",
        "opens_at",
        "closes_at",
    ],
}


def tabellen(aantal: int, *, ids: str = "numeriek", wees_elke: int = 9) -> dict[str, list]:
    """The rows of a dataset with ``aantal`` services; about five services per organisation."""

    def org_id(o: int) -> str:
        return f"buurtorganisatie-{o}" if ids == "slug" else str(1000 + o)

    t = {naam: [] for naam in KOLOMMEN}
    organisaties = max(1, aantal // 5)
    for o in range(organisaties):
        t["organizations"].append(
            [
                org_id(o),
                f"{NAMEN[o % len(NAMEN)]} {o}",
                "",
                "Een organisatie in Utrecht.",
                "" if o % 3 else f"info{o}@voorbeeld.nl",
                "",
            ]
        )
    for i in range(aantal):
        s_id, l_id = str(5000 + i), str(20000 + i)
        wees = wees_elke and i % wees_elke == wees_elke - 1
        o = org_id(organisaties + 500 + i // (2 * wees_elke)) if wees else org_id(i % organisaties)
        naam = f"{NAMEN[i % len(NAMEN)]} {i}"
        t["services"].append(
            [s_id, o, naam, f"Samen bezig: {naam.lower()}.", "", "", "active" if i % 7 else ""]
        )
        t["locations"].append(
            [
                l_id,
                o,
                f"Buurthuis {i}",
                f"{52.06 + (i % 97) * 0.0007:.5f}",
                f"{5.06 + (i % 89) * 0.001:.5f}",
            ]
        )
        t["services_at_location"].append([str(90000 + i), s_id, l_id, ""])
        t["physical_addresses"].append(
            [str(30000 + i), l_id, f"Oudegracht {i % 300 + 1}", "Utrecht", "3511 AB", "NL"]
        )
        if tel := TELEFOONS[i % len(TELEFOONS)]:
            t["phones"].append([str(40000 + i), s_id, "", tel, "voice"])
        for k in range(2 + i % 2):
            j = i + k
            t["regular_schedules"].append(
                [
                    s_id,
                    l_id,
                    str(90000 + i),
                    DAGEN[j % len(DAGEN)],
                    OPENT[j % len(OPENT)],
                    SLUIT[j % len(SLUIT)],
                ]
            )
    return t


def csv_bytes(kop: list[str], rijen: list[list], *, codering="utf-8", bom=False) -> bytes:
    buffer = io.StringIO(newline="")
    schrijver = csv.writer(buffer, lineterminator="\r\n")
    schrijver.writerow(kop)
    schrijver.writerows(rijen)
    return (b"\xef\xbb\xbf" if bom else b"") + buffer.getvalue().encode(codering)


def datapackage(map_: str = "data") -> bytes:
    voorvoegsel = f"{map_}/" if map_ else ""
    return json.dumps(
        {
            "name": "buurtaanbod-voorbeeld",
            "profile": "tabular-data-package",
            "resources": [
                {
                    "name": naam.rstrip("s") if naam != "services_at_location" else naam,
                    "path": f"{voorvoegsel}{naam}.csv",
                    "profile": "tabular-data-resource",
                }
                for naam in KOLOMMEN
            ],
        },
        indent=2,
    ).encode()


def schrijf(
    doel: Path,
    aantal: int,
    *,
    als_zip=False,
    map_="data",
    codering="utf-8",
    bom=False,
    ids="numeriek",
    wees_elke=9,
) -> Path:
    """Write the dataset to ``doel`` (a folder, or a .zip when ``als_zip``); returns its path."""
    t = tabellen(aantal, ids=ids, wees_elke=wees_elke)
    bestanden = {"datapackage.json": datapackage(map_)}
    for naam, rijen in t.items():
        pad = f"{map_}/{naam}.csv" if map_ else f"{naam}.csv"
        bestanden[pad] = csv_bytes(KOLOMMEN[naam], rijen, codering=codering, bom=bom)
    if als_zip:
        with zipfile.ZipFile(doel, "w", zipfile.ZIP_DEFLATED) as zf:
            for pad, inhoud in bestanden.items():
                zf.writestr(f"buurtaanbod/{pad}", inhoud)
        return doel
    for pad, inhoud in bestanden.items():
        (doel / pad).parent.mkdir(parents=True, exist_ok=True)
        (doel / pad).write_bytes(inhoud)
    return doel
