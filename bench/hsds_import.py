"""Benchmark: import 5,000 HSDS services with their locations, phones and schedules.

    make bench-import            (a fresh database wp_bench_import, or BENCH_DATABASE, on the
                                  configured PostgreSQL server: DATABASE_URL or the embedded one)

By default (VORM=echt) writes a dataset in the shape real publishers use (bench/hsds_echt.py:
HSDS 1.1 in a data/ folder of a zip, numeric ids, schedules without ids, one service in nine
without its organisation, times like "9:00am", weekdays as names); VORM=netjes writes a tidy
HSDS 3.0 package with N services (each with one location inside Utrecht, a phone and two
weekly schedules). Imports it into a fresh database and imports it again (everything
unchanged). The issue asks for under a minute for 5,000 services.
"""

import csv
import io
import os
import sys
import tempfile
import time
import uuid
import zipfile
from pathlib import Path

AANTAL = int(os.environ.get("AANTAL", "5000"))
VORM = os.environ.get("VORM", "echt")
os.environ.pop("DEBUG", None)  # as in production: DEBUG keeps a log of every query
os.environ.setdefault("SECRET_KEY", "bench-import-niet-geheim")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkportaal.settings")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import django  # noqa: E402

from bench.databank import bench_database  # noqa: E402

bench_database(os.environ.get("BENCH_DATABASE", "wp_bench_import"))
django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from bench import hsds_echt  # noqa: E402
from opendata.schema import laad  # noqa: E402
from opendata.services import hsds_importeren  # noqa: E402

NS = uuid.UUID("5d2c9a4e-0000-4000-8000-00000000b00c")


def _id(*delen) -> str:
    return str(uuid.uuid5(NS, ":".join(map(str, delen))))


def pakket(doel: Path, aantal: int) -> None:
    tabellen = {
        n: []
        for n in (
            "organizations",
            "services",
            "locations",
            "service_at_location",
            "addresses",
            "phones",
            "schedules",
        )
    }
    for o in range(aantal // 10 + 1):
        tabellen["organizations"].append(
            {
                "id": _id("org", o),
                "name": f"Organisatie {o}",
                "description": "Een organisatie in Utrecht.",
            }
        )
    for i in range(aantal):
        s, loc, sal = _id("s", i), _id("l", i), _id("sal", i)
        lat, lon = 52.06 + (i % 97) * 0.0007, 5.06 + (i % 89) * 0.001
        tabellen["services"].append(
            {
                "id": s,
                "organization_id": _id("org", i // 10),
                "name": f"Aanbod {i}",
                "description": "Samen koffie drinken en praten.",
                "status": "active",
                "email": f"info{i}@voorbeeld.nl",
                "url": f"https://voorbeeld.nl/{i}",
            }
        )
        tabellen["locations"].append(
            {
                "id": loc,
                "location_type": "physical",
                "name": f"Buurthuis {i}",
                "latitude": lat,
                "longitude": lon,
            }
        )
        tabellen["addresses"].append(
            {
                "id": _id("a", i),
                "location_id": loc,
                "address_1": f"Teststraat {i + 1}",
                "city": "Utrecht",
                "state_province": "Utrecht",
                "postal_code": "3581 AA",
                "country": "NL",
                "address_type": "physical",
            }
        )
        tabellen["service_at_location"].append({"id": sal, "service_id": s, "location_id": loc})
        tabellen["phones"].append({"id": _id("p", i), "service_id": s, "number": "030 123 45 67"})
        for j, dag in enumerate(("MO", "TH")):
            tabellen["schedules"].append(
                {
                    "id": _id("t", i, j),
                    "service_id": s,
                    "location_id": loc,
                    "service_at_location_id": sal,
                    "freq": "WEEKLY",
                    "interval": 1,
                    "byday": dag,
                    "opens_at": "09:30:00",
                    "closes_at": "12:00:00",
                }
            )
    datapackage = laad("datapackage")
    with zipfile.ZipFile(doel, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("datapackage.json", __import__("json").dumps(datapackage))
        for resource in datapackage["resources"]:
            naam = resource["path"].removesuffix(".csv")
            kolommen = [f["name"] for f in resource["schema"]["fields"]]
            buffer = io.StringIO()
            schrijver = csv.DictWriter(buffer, kolommen, extrasaction="ignore")
            schrijver.writeheader()
            schrijver.writerows(tabellen.get(naam, []))
            zf.writestr(resource["path"], buffer.getvalue())


def main() -> None:
    if connection.vendor == "sqlite":
        Path(connection.settings_dict["NAME"]).unlink(missing_ok=True)
    call_command("migrate", verbosity=0)
    with tempfile.TemporaryDirectory() as map_:
        zip_pad = Path(map_) / "bench.zip"
        if VORM == "netjes":
            pakket(zip_pad, AANTAL)
        else:
            hsds_echt.schrijf(zip_pad, AANTAL, als_zip=True, codering="cp1252")
        for ronde in ("eerste import", "tweede import (niets veranderd)"):
            begin = time.perf_counter()
            s = hsds_importeren(pad=zip_pad)
            duur = time.perf_counter() - begin
            t = s.tellingen
            print(
                f"{ronde}: {AANTAL} diensten ({VORM}, {s.formaat}) in {duur:.1f} s "
                f"({connection.vendor}); "
                f"aanbod nieuw {t['aanbod'].aangemaakt}, ongewijzigd {t['aanbod'].ongewijzigd}, "
                f"bijgewerkt {t['aanbod'].bijgewerkt}, tijden nieuw {t['tijden'].aangemaakt} "
                f"(ongewijzigd {t['tijden'].ongewijzigd}), afgewezen "
                f"{sum(x.afgewezen for x in t.values())}, tijdelijke organisaties "
                f"{s.tijdelijke_organisaties}"
            )


if __name__ == "__main__":
    main()
