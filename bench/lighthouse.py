"""Benchmark: Lighthouse (mobile) on the public pages residents open most (issue 21).

    make bench-lighthouse                           (3 runs a page)
    make bench-lighthouse BENCH_ARGS="--runs 5"
    make bench-lighthouse BENCH_ARGS="--runs 5 --pagina kaart"   (one page only)

Serves the demo the way production does (bench/demoserver.py: DEBUG off, collected static
files with WhiteNoise's compressed, hashed names, a fresh database wp_bench_lighthouse on the
configured PostgreSQL server). Django sends HTML uncompressed and in production the proxy in
front of it gzips it; the bench server gzips HTML too (``demoserver.gzip_html``), so the
performance score sees what a phone gets. Then Lighthouse, from the npm registry at an exact
version, runs in Debian's chromium (CHROME_PATH) with its defaults: the mobile form factor and
simulated throttling (slow 4G, 4x CPU slowdown), categories accessibility and performance.
Map tiles come from an outside tile server; their host is blocked, so they are left out and
nothing leaves this machine.

Pages: /, /aanbod/, the detail page of a demo offer with a place (its map loads on request)
and /kaart/, each requested once before it is measured (a running server has warm caches,
a fresh process does not). Each page is measured ``--runs`` times; scores vary from run to
run, so the table shows the median performance score and the lowest, with the metrics of the
median run and Lighthouse's benchmarkIndex (how fast the machine was; lower when busy).
Targets: accessibility 100 and performance >= 95 (median). Exits 1 when one is missed, and
then names the audits that failed. The JSON reports stay in a folder in /tmp.
"""

import argparse
import json
import logging
import os
import statistics
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import urlopen

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.demoserver import aanbod_met_plek, django_opzetten, starten, voorbereiden  # noqa: E402

WERKMAP = django_opzetten("wp_bench_lighthouse", "wp_lighthouse_")

from django.conf import settings  # noqa: E402

from tests.e2e.browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

# 12.x is the last line that runs on Node 20 (13 needs Node 22).
LIGHTHOUSE = "lighthouse@12.8.2"
DOEL_TOEGANKELIJKHEID = 100
DOEL_PRESTATIE = 95
METRIEKEN = {
    "FCP": "first-contentful-paint",
    "LCP": "largest-contentful-paint",
    "TBT": "total-blocking-time",
    "CLS": "cumulative-layout-shift",
}


def paginas() -> dict[str, str]:
    return {
        "home": "/",
        "zoeken": "/aanbod/",
        "aanbod (detail)": aanbod_met_plek().get_absolute_url(),
        "kaart": "/kaart/",
    }


def lighthouse(url: str, rapport: Path, cpu: float) -> dict:
    """One Lighthouse run; returns its JSON report."""
    tegelhost = urlsplit(settings.KAART_TEGELS_URL).hostname
    opdracht = [
        "npx",
        "--yes",
        LIGHTHOUSE,
        url,
        "--quiet",
        "--output=json",
        f"--output-path={rapport}",
        "--only-categories=accessibility,performance",
        "--form-factor=mobile",
        "--throttling-method=simulate",
        f"--throttling.cpuSlowdownMultiplier={cpu:g}",
        f"--chrome-flags={' '.join(CHROMIUM_ARGS)}",
        f"--blocked-url-patterns=*{tegelhost}*",
        "--disable-full-page-screenshot",
    ]
    omgeving = {**os.environ, "CHROME_PATH": str(CHROMIUM)}
    # Now and then Lighthouse loses the start of its trace (NO_NAVSTART) and exits 1: that run
    # says nothing about the page, so it is run again (twice at most).
    for poging in range(3):
        try:
            subprocess.run(
                opdracht, check=True, env=omgeving, stdout=subprocess.DEVNULL, timeout=300
            )
            break
        except subprocess.CalledProcessError:
            if poging == 2:
                raise
            print(f"  ({url}: Lighthouse mislukte, opnieuw)", flush=True)
    return json.loads(rapport.read_text())


def score(rapport: dict, categorie: str) -> int:
    return round(rapport["categories"][categorie]["score"] * 100)


def gezakt(rapport: dict, categorie: str) -> list[str]:
    """The audits of a category that did not pass (manual and not applicable ones left out)."""
    ids = [ref["id"] for ref in rapport["categories"][categorie]["auditRefs"]]
    return [
        audit_id
        for audit_id in ids
        if (audit := rapport["audits"][audit_id])["score"] is not None
        and audit["scoreDisplayMode"] not in ("manual", "notApplicable", "informative")
        and audit["score"] < (1 if categorie == "accessibility" else 0.9)
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per page (default 3)")
    parser.add_argument(
        "--pagina",
        action="append",
        choices=["home", "zoeken", "aanbod", "kaart"],
        help="only this page (repeatable; default all four)",
    )
    parser.add_argument(
        "--cpu",
        type=float,
        default=4,
        help="CPU slowdown of the simulation (default 4, Lighthouse's own); 8 shows on a quiet "
        "machine what a busy one (or a slower phone) does to the same page",
    )
    args = parser.parse_args()
    runs = max(1, min(args.runs, 10))

    print(f"Voorbereiden in {WERKMAP} (collectstatic, migrate, demo)...", flush=True)
    voorbereiden()
    server, basis = starten(html_gzippen=True)  # sets up logging again
    # Not a warning in the table for each /favicon.ico that chromium asks for.
    logging.getLogger("django.request").setLevel(logging.ERROR)
    print(
        f"{LIGHTHOUSE}, mobiel, gesimuleerde throttling (CPU {args.cpu:g}x), {runs} runs per "
        "pagina",
        flush=True,
    )
    kop = (
        f"{'pagina':<18}{'toeg.':>6}{'prest.':>7}{'min':>5}"
        f"{'FCP s':>7}{'LCP s':>7}{'TBT ms':>8}{'CLS':>7}{'BI':>6}  oordeel"
    )
    print(kop, flush=True)
    missers = 0
    for naam, pad in paginas().items():
        if args.pagina and naam.split()[0] not in args.pagina:
            continue
        # A running server has answered this page before: the first answer of a fresh process
        # (lazy imports, empty caches) is not what a resident waits for.
        urlopen(basis + pad, timeout=60).read()
        rapporten = []
        for run in range(runs):
            rapport = WERKMAP / f"{naam.split()[0]}-{run + 1}.json"
            rapporten.append(lighthouse(basis + pad, rapport, args.cpu))
        rapporten.sort(key=lambda r: score(r, "performance"))
        mediaan = rapporten[len(rapporten) // 2]
        prestatie = statistics.median_low(score(r, "performance") for r in rapporten)
        toegankelijkheid = min(score(r, "accessibility") for r in rapporten)
        waarden = {k: mediaan["audits"][a]["numericValue"] for k, a in METRIEKEN.items()}
        benchmark = statistics.median(r["environment"]["benchmarkIndex"] for r in rapporten)
        goed = toegankelijkheid >= DOEL_TOEGANKELIJKHEID and prestatie >= DOEL_PRESTATIE
        missers += not goed
        regel = (
            f"{naam:<18}{toegankelijkheid:>6}{prestatie:>7}{score(rapporten[0], 'performance'):>5}"
            f"{waarden['FCP'] / 1000:>7.1f}{waarden['LCP'] / 1000:>7.1f}{waarden['TBT']:>8.0f}"
            f"{waarden['CLS']:>7.3f}{benchmark:>6.0f}  {'PASS' if goed else 'FAIL'}"
        )
        if toegankelijkheid < DOEL_TOEGANKELIJKHEID:
            slechtste = min(rapporten, key=lambda r: score(r, "accessibility"))
            regel += f"  toegankelijkheid: {', '.join(gezakt(slechtste, 'accessibility'))}"
        if prestatie < DOEL_PRESTATIE:
            regel += f"  prestatie: {', '.join(gezakt(mediaan, 'performance'))}"
        print(regel, flush=True)
    server.shutdown()
    print(
        f"Doelen: toegankelijkheid {DOEL_TOEGANKELIJKHEID}, prestatie (mediaan) >= "
        f"{DOEL_PRESTATIE}. Kaarttegels geblokkeerd. BI = Lighthouse's benchmarkIndex (mediaan; "
        f"lager = drukkere machine). Rapporten (JSON): {WERKMAP}"
    )
    return 1 if missers else 0


if __name__ == "__main__":
    sys.exit(main())
