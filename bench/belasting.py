"""Load bench (`make bench-load`): gunicorn + PostgreSQL under 50 concurrent clients.

Starts gunicorn with production settings (DEBUG off, gunicorn.conf.py) on a free port of
127.0.0.1 against the database wp_load (dropped, migrated, filled with the demo and, with
``--aanbod N``, N synthetic offers of bench/catalogus.py; default 100,000, issue 23), then
loads these pages in turn, each for a fixed time:

- a bare Django view (``/bench/kaal/``, bench/urls.py: same middleware, no database, no
  template): the yardstick of this machine in this run; the report prints each page's
  pages/s as a ratio to it,

- the search page: the 30+ searches and filter combinations of the search bench
  (bench/zoeken.py), in turn,
- the detail pages of every offer in the demo, in turn,
- the online question form ``/vraag/`` (GET: the form page; posting is rate limited).

Visitors without a session share public pages (wijkportaal/paginacache.py): with many URLs
per page type, the first request of each URL in each worker and minute renders it. Run with
``--zonder-paginacache`` to measure every request rendered (PAGINACACHE_SECONDEN=0).

It prints requests per second, p50/p95/p99 latency and errors per page. It uses wrk when
it is installed (``apt-get install wrk``) and a small Python load generator otherwise.
Loopback only; every run stops by itself (duration per page, plus a hard time-out).

With ``--zonder-paginacache`` every request is rendered: the search pages are then really
searched in the whole catalogue (issue 23's capacity figure).

Targets (issues 7 and 23): no errors and p95 under 200 ms at 50 concurrent clients on 2
cores, and at least 200 search pages a second uncached.
"""

import argparse
import http.client
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.zoeken import VERZOEKEN

BASE_DIR = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
STANDAARD_DB = "postgres://postgres@127.0.0.1:5432/wp_load"
DOEL_P95_MS = 200.0
DOEL_ZOEKEN_PER_SECONDE = 200.0
# The load balancer ends TLS and says so in this header; without it every page would be
# a redirect to https (SECURE_SSL_REDIRECT is on in production).
KOPPEN = {"X-Forwarded-Proto": "https", "Accept-Language": "nl"}

WRK_SCRIPT = """
-- PADEN is filled in per page type: each thread requests the paths in turn.
local paden = PADEN
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paden[(i % #paden) + 1])
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULTAAT %d %d %d %d %d %d %d %.0f %.0f %.0f\\n",
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
"""


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def database_opnieuw_maken(url: str) -> None:
    """Drop and create the load database (connecting to the 'postgres' database)."""
    import dj_database_url

    from bench.databank import beheerverbinding

    instellingen = dj_database_url.parse(url)
    naam = instellingen["NAME"]
    if "load" not in naam:
        raise SystemExit(f"Refusing to drop database {naam!r}: its name must contain 'load'.")
    with beheerverbinding(instellingen) as verbinding:
        verbinding.execute(f'DROP DATABASE IF EXISTS "{naam}" WITH (FORCE)')
        verbinding.execute(f'CREATE DATABASE "{naam}"')


def manage(omgeving: dict, *args: str) -> None:
    subprocess.run(
        [PYTHON, "manage.py", *args], cwd=BASE_DIR, env=omgeving, check=True, timeout=600
    )


def catalogus_vullen(omgeving: dict, aantal: int) -> None:
    """Add ``aantal`` synthetic offers (bench/catalogus.py) in a process of its own, then
    VACUUM ANALYZE as the search bench does: without it every row of the bulk load is still
    unknown to the visibility map, and the index-only walks of the search read the table for
    each entry (a search page took ~230 ms instead of ~15)."""
    code = (
        "import django; django.setup(); "
        "from bench.catalogus import catalogus_genereren, opruimen; "
        f"print(catalogus_genereren({aantal})); opruimen()"
    )
    subprocess.run([PYTHON, "-c", code], cwd=BASE_DIR, env=omgeving, check=True, timeout=3600)


def haal(poort: int, pad: str, timeout: float = 10) -> tuple[int, bytes]:
    verbinding = http.client.HTTPConnection("127.0.0.1", poort, timeout=timeout)
    try:
        verbinding.request("GET", pad, headers=KOPPEN)
        antwoord = verbinding.getresponse()
        return antwoord.status, antwoord.read()
    finally:
        verbinding.close()


def detailpaginas(poort: int, maximaal: int = 200) -> list[str]:
    """The offer pages linked from the list (every offer of the demo), page by page."""
    slugs: list[str] = []
    for nummer in range(1, 50):
        status, html = haal(poort, f"/aanbod/?page={nummer}")
        gevonden = [s.decode() for s in re.findall(rb'href="(/aanbod/[a-z0-9-]+/)"', html)]
        nieuw = [s for s in gevonden if s not in slugs and s != "/aanbod/aanmelden/"]
        if status != 200 or not nieuw:
            break
        slugs += nieuw
    if not slugs:
        raise SystemExit("The list of offers did not work: no detail pages found.")
    return slugs[:maximaal]


def wacht_tot_gezond(poort: int, proces: subprocess.Popen, maximaal: float = 60) -> None:
    einde = time.monotonic() + maximaal
    while time.monotonic() < einde:
        if proces.poll() is not None:
            raise SystemExit("gunicorn stopped before it was ready; see its log above.")
        try:
            if haal(poort, "/gezond/", timeout=2)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise SystemExit("gunicorn did not answer /gezond/ in time.")


def wacht_tot_rustig(poort: int, maximaal: float = 300) -> None:
    """After a page whose requests queued up (slow pages at 50 connections), wait until the
    workers have worked off the queue: otherwise the next page measures the backlog."""
    einde = time.monotonic() + maximaal
    while time.monotonic() < einde:
        begin = time.perf_counter()
        try:
            haal(poort, "/bench/kaal/", timeout=30)
        except OSError:
            continue
        if time.perf_counter() - begin < 0.5:
            return
        time.sleep(1)


def lua_lijst(paden: list[str]) -> str:
    return "{" + ", ".join(f'"{pad}"' for pad in paden) + "}"


def met_wrk(poort, paden, duur, clients) -> dict:
    kop_args = [a for k, v in KOPPEN.items() for a in ("-H", f"{k}: {v}")]
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        script.write(WRK_SCRIPT.replace("PADEN", lua_lijst(paden)))
        script.flush()
        uitvoer = subprocess.run(
            [
                "wrk",
                f"-t{min(2, clients)}",
                f"-c{clients}",
                f"-d{duur}s",
                "--timeout",
                "10s",
                "-s",
                script.name,
                *kop_args,
                f"http://127.0.0.1:{poort}/",
            ],
            capture_output=True,
            text=True,
            timeout=duur + 60,
            check=True,
        ).stdout
    regel = re.search(r"^RESULTAAT (.*)$", uitvoer, re.MULTILINE).group(1).split()
    n, duur_us, conn, read, write, status, tijd, p50, p95, p99 = map(float, regel)
    return {
        "verzoeken": int(n),
        "per_seconde": n / (duur_us / 1e6),
        "fouten": int(conn + read + write + status + tijd),
        "soorten": f"connect {conn:.0f}, read {read:.0f}, write {write:.0f}, "
        f"status {status:.0f}, timeout {tijd:.0f}",
        "p50": p50 / 1000,
        "p95": p95 / 1000,
        "p99": p99 / 1000,
    }


def met_python(poort, paden, duur, clients) -> dict:
    """Fallback: ``clients`` threads, each with one keep-alive connection, for ``duur`` s,
    each requesting ``paden`` in turn."""
    einde = time.monotonic() + duur
    tijden: list[float] = []
    fouten = [0]
    slot = threading.Lock()

    def werker():
        verbinding = http.client.HTTPConnection("127.0.0.1", poort, timeout=10)
        eigen, eigen_fouten = [], 0
        beurt = 0
        while time.monotonic() < einde:
            begin = time.perf_counter()
            beurt += 1
            try:
                verbinding.request("GET", paden[beurt % len(paden)], headers=KOPPEN)
                antwoord = verbinding.getresponse()
                antwoord.read()
                if antwoord.status >= 400:
                    eigen_fouten += 1
            except (OSError, http.client.HTTPException):
                eigen_fouten += 1
                verbinding.close()
                verbinding = http.client.HTTPConnection("127.0.0.1", poort, timeout=10)
                continue
            eigen.append((time.perf_counter() - begin) * 1000)
        verbinding.close()
        with slot:
            tijden.extend(eigen)
            fouten[0] += eigen_fouten

    begin = time.monotonic()
    draden = [threading.Thread(target=werker, daemon=True) for _ in range(clients)]
    for d in draden:
        d.start()
    for d in draden:
        d.join(duur + 30)
    verstreken = time.monotonic() - begin
    q = statistics.quantiles(tijden, n=100, method="inclusive") if len(tijden) > 1 else [0] * 99
    return {
        "verzoeken": len(tijden),
        "per_seconde": len(tijden) / verstreken,
        "fouten": fouten[0],
        "p50": q[49],
        "p95": q[94],
        "p99": q[98],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duur", type=int, default=20, help="seconds per page (default 20)")
    parser.add_argument("--clients", type=int, default=50, help="concurrent connections")
    parser.add_argument("--workers", type=int, help="gunicorn workers (default 2 x cores + 1)")
    parser.add_argument("--python", action="store_true", help="use the Python generator")
    parser.add_argument("--geen-opbouw", action="store_true", help="reuse the loaded database")
    parser.add_argument(
        "--aanbod",
        type=int,
        default=100_000,
        help="synthetic offers added to the demo (default 100,000; 0: the demo only)",
    )
    parser.add_argument(
        "--zonder-paginacache",
        action="store_true",
        help="render every request (PAGINACACHE_SECONDEN=0) instead of sharing public pages",
    )
    args = parser.parse_args()
    args.duur = max(1, min(args.duur, 120))  # bounded, whatever is asked
    args.clients = max(1, min(args.clients, 200))

    database_url = os.environ.get("LOAD_DATABASE_URL", STANDAARD_DB)
    omgeving = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SETTINGS_MODULE": "bench.instellingen",
        "LOG_LEVEL": "WARNING",
        "GUNICORN_ACCESSLOG": "",  # no access log line per request during the bench
    }
    if args.workers:
        omgeving["GUNICORN_WORKERS"] = str(args.workers)
    if args.zonder_paginacache:
        omgeving["PAGINACACHE_SECONDEN"] = "0"
    if not args.geen_opbouw:
        print(f"Database opnieuw maken en vullen: {database_url}", flush=True)
        database_opnieuw_maken(database_url)
        manage(omgeving, "migrate", "--no-input", "-v", "0")
        manage({**omgeving, "DEBUG": "1"}, "demo_opzetten")
        if args.aanbod > 0:
            print(f"{args.aanbod} aanbod erbij (bench/catalogus.py) ...", flush=True)
            begin = time.monotonic()
            catalogus_vullen(omgeving, args.aanbod)
            print(f"  klaar in {time.monotonic() - begin:.0f} s", flush=True)
    manage(omgeving, "collectstatic", "--no-input", "-v", "0")

    poort = vrije_poort()
    omgeving["GUNICORN_BIND"] = f"127.0.0.1:{poort}"
    gunicorn = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "-c", "gunicorn.conf.py", "wijkportaal.wsgi"],
        cwd=BASE_DIR,
        env=omgeving,
        start_new_session=True,
    )
    try:
        wacht_tot_gezond(poort, gunicorn)
        paginas = [
            ("kale Django-view", ["/bench/kaal/"]),
            ("zoeken (30+ URLs)", [f"/aanbod/?{qs}" if qs else "/aanbod/" for _, qs in VERZOEKEN]),
            ("detailpagina's", detailpaginas(poort)),
            ("vraagformulier", ["/vraag/"]),
        ]
        for _naam, paden in paginas:  # every URL answers 200; warm up the workers' connections
            for pad in paden:
                status, _html = haal(poort, pad)
                if status != 200:
                    raise SystemExit(f"{pad} answered HTTP {status}, not 200.")
            for _ in range(20):
                haal(poort, paden[0])
        wrk = shutil.which("wrk") and not args.python
        if not wrk:
            print("wrk not found (apt-get install wrk): using the Python load generator.")
        print(
            f"\n{args.clients} clients, {args.duur} s per page, gunicorn "
            f"{omgeving.get('GUNICORN_WORKERS', 'default')} workers, "
            f"{'wrk' if wrk else 'python'}, {os.cpu_count()} cores, shared page cache "
            f"{'off' if args.zonder_paginacache else 'on'}\n"
        )
        print(
            f"{'page':<20} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
            f"{'errors':>7} {'requests':>9} {'x bare':>7}"
        )
        resultaten = []
        for naam, paden in paginas:
            wacht_tot_rustig(poort)
            if wrk:
                r = met_wrk(poort, paden, args.duur, args.clients)
            else:
                r = met_python(poort, paden, args.duur, args.clients)
            resultaten.append(r)
            kaal = resultaten[0]["per_seconde"] or 1
            print(
                f"{naam:<20} {r['per_seconde']:>8.1f} {r['p50']:>8.1f} {r['p95']:>8.1f} "
                f"{r['p99']:>8.1f} {r['fouten']:>7} {r['verzoeken']:>9} "
                f"{r['per_seconde'] / kaal:>7.2f}",
                flush=True,
            )
            if r["fouten"] and r.get("soorten"):
                print(f"{'':<20} errors: {r['soorten']}")
        gehaald = all(r["fouten"] == 0 and r["p95"] < DOEL_P95_MS for r in resultaten)
        print(f"\nTarget (0 errors, p95 < {DOEL_P95_MS:.0f} ms): {'met' if gehaald else 'NOT met'}")
        zoeken, kaal = resultaten[1], resultaten[0]
        print(
            f"Search: {zoeken['per_seconde']:.1f} pages/s "
            f"({'uncached' if args.zonder_paginacache else 'shared page cache on'}, "
            f"demo + {args.aanbod} synthetic offers), "
            f"{zoeken['per_seconde'] / (kaal['per_seconde'] or 1):.2f} x the bare view "
            f"({kaal['per_seconde']:.1f}/s, p95 {kaal['p95']:.1f} ms); "
            f"target >= {DOEL_ZOEKEN_PER_SECONDE:.0f}/s: "
            f"{'met' if zoeken['per_seconde'] >= DOEL_ZOEKEN_PER_SECONDE else 'NOT met'}"
        )
        return 0 if gehaald else 1
    finally:
        os.killpg(gunicorn.pid, signal.SIGTERM)
        try:
            gunicorn.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(gunicorn.pid, signal.SIGKILL)


if __name__ == "__main__":
    sys.exit(main())
