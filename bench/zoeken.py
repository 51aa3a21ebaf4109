"""The search benchmark (make bench): a synthetic catalogue of 10,000 and 100,000 offers in
PostgreSQL, a fixed set of searches and filters through the real /aanbod/ view, and the same
set with a naive icontains search, side by side. See bench/README.md.

    DEBUG=0 SECRET_KEY=bench \\
        .venv/bin/python -m bench.zoeken [--groottes 10000 100000] [--herhalingen 5]

The database wp_bench (BENCH_DATABASE) on the configured server is dropped and made again.
"""

import argparse
import gzip
import os
import re
import statistics
import sys
import time as klok
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from unittest import mock
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

# (label, query string of /aanbod/): single words, several words, typos, compounds, filters.
VERZOEKEN = [
    ("no query", ""),
    ("no query, page 2", "page=2"),
    ("koffie", "q=koffie"),
    ("koffie, page 2", "q=koffie&page=2"),
    ("taal (prefix: taalcafé)", "q=taal"),
    ("schuldhulp", "q=schuldhulp"),
    ("schuldhlup (typo)", "q=schuldhlup"),
    ("buurhuis (typo)", "q=buurhuis"),
    ("wandelen", "q=wandelen"),
    ("eenzaam (theme word)", "q=eenzaam"),
    ("moestuin", "q=moestuin"),
    ("mantelzorg", "q=mantelzorg"),
    ("sport", "q=sport"),
    ("repareren", "q=repareren"),
    ("koffie ochtend", "q=koffie+ochtend"),
    ("taalcafe overvecht", "q=taalcafe+overvecht"),
    ("hulp bij formulieren", "q=hulp+bij+formulieren"),
    ("computer les ouderen", "q=computer+les+ouderen"),
    ("iets met koken in zuid", "q=iets+met+koken+in+zuid"),
    ("no match (suggestions)", "q=xylofoonbouw"),
    # Everyday sentences as residents type them (issue 19): needs, filler, partial matches.
    ("zin: ik durf de deur niet meer ui", "q=ik+durf+de+deur+niet+meer+uit"),
    ("zin: mijn uitkering is gestopt", "q=mijn+uitkering+is+gestopt"),
    ("zin: ik heb ruzie met de buren", "q=ik+heb+ruzie+met+de+buren"),
    ("zin: ik ben net weduwe geworden", "q=ik+ben+net+weduwe+geworden"),
    ("zin: mijn zoon zit de hele dag te", "q=mijn+zoon+zit+de+hele+dag+te+gamen"),
    ("zin: ik heb schulden en de deurwa", "q=ik+heb+schulden+en+de+deurwaarder+komt"),
    ("zin: ik voel me zo alleen sinds m", "q=ik+voel+me+zo+alleen+sinds+mijn+man+er+niet+meer+is"),
    ("zin: ik kan de brieven van de gem", "q=ik+kan+de+brieven+van+de+gemeente+niet+lezen"),
    ("zin: mijn moeder wordt vergeetach", "q=mijn+moeder+wordt+vergeetachtig+en+ik+zorg+voor+haar"),
    ("zin: ik wil graag nederlands lere", "q=ik+wil+graag+nederlands+leren"),
    ("zin: ik heb geen vervoer naar het", "q=ik+heb+geen+vervoer+naar+het+ziekenhuis"),
    ("zin: ik slaap op straat en heb ge", "q=ik+slaap+op+straat+en+heb+geen+plek"),
    ("zin: sinds mijn ongeluk ben ik sn", "q=sinds+mijn+ongeluk+ben+ik+snel+moe"),
    ("zin: ik zoek iets leuks te doen o", "q=ik+zoek+iets+leuks+te+doen+overdag"),
    ("zin: ik wil iets doen als vrijwil", "q=ik+wil+iets+doen+als+vrijwilliger"),
    ("zin: we hebben geen geld voor ete", "q=we+hebben+geen+geld+voor+eten+deze+week"),
    ("zin: mijn computer doet het niet ", "q=mijn+computer+doet+het+niet+en+ik+moet+digid"),
    ("zin: ik ben somber en weet niet b", "q=ik+ben+somber+en+weet+niet+bij+wie+ik+terecht+kan"),
    ("zin: waar kan ik met andere ouder", "q=waar+kan+ik+met+andere+ouders+praten+over+opvoeden"),
    ("zin: ik wil meer bewegen maar kan", "q=ik+wil+meer+bewegen+maar+kan+niet+goed+lopen"),
    ("wijk", "wijk=overvecht"),
    ("thema", "thema=ontmoeting"),
    ("gratis", "gratis=on"),
    ("nu open", "nu_open=on"),
    ("dag", "dag=di"),
    ("wijk+thema+dag", "wijk=zuid&thema=ontmoeting&dag=wo"),
    ("doelgroep+binnenlopen", "doelgroep=ouderen&binnenlopen=on"),
    ("rolstoel+wijk", "rolstoel=on&wijk=west"),
    ("soort+taal", "soort=activiteit&taal=ar"),
    ("koffie+wijk", "q=koffie&wijk=oost"),
    ("taal+thema+gratis", "q=taal&thema=ontmoeting&gratis=on"),
    ("hulp+nu open", "q=hulp&nu_open=on"),
    ("spreekuur+dag+wijk", "q=spreekuur&dag=ma&wijk=noordoost"),
    ("koken+doelgroep", "q=koken&doelgroep=jongeren"),
    ("dagbesteding+rolstoel", "q=dagbesteding&rolstoel=on"),
    ("all filters", "q=koffie&wijk=west&thema=ontmoeting&gratis=on&binnenlopen=on&dag=do"),
]
DOELEN = {"p95_ms": 50.0, "queries": 8, "versnelling": 10.0}
DOEL_GROOTTE = 100_000
NU = (1, 10, 30)  # "now" is the coming Tuesday, 10:30 in Utrecht: a busy moment, reproducible


def naieve_zoek(qs, tekst: str, *, kandidaten: int = 201, **_opties):
    """The naive search to compare with: every word in name, description or organisation,
    by name."""
    from django.db.models import Q

    from aanbod.zoeken import Rangorde, Zoekresultaat
    from aanbod.zoeken.tekst import zoekwoorden
    from aanbod.zoeken.vraag import lezen

    for woord in zoekwoorden(tekst):
        qs = qs.filter(
            Q(naam__icontains=woord)
            | Q(beschrijving__icontains=woord)
            | Q(organisatie__naam__icontains=woord)
        )
    ids = list(qs.order_by("naam").values_list("pk", flat=True)[:kandidaten])
    # The query as read (not empty when it has words), so the page shows these ids, not the
    # unsearched list.
    return Zoekresultaat(vraag=lezen(tekst), rangorde=Rangorde(ids))


@contextmanager
def naief():
    with mock.patch("aanbod.filters.zoek", naieve_zoek):
        yield


def vast_moment() -> datetime:
    vandaag = datetime.now(ZoneInfo("Europe/Amsterdam"))
    dag, uur, minuut = NU
    moment = vandaag + timedelta(days=(dag - vandaag.weekday()) % 7)
    return moment.replace(hour=uur, minute=minuut, second=0, microsecond=0)


@dataclass
class Meting:
    label: str
    pad: str
    tijden_ms: list[float] = field(default_factory=list)
    queries: int = 0
    resultaten: int = 0
    fouten: list[int] = field(default_factory=list)

    @property
    def zoekt(self) -> bool:
        return "q" in parse_qs(urlsplit(self.pad).query)

    @property
    def eerste_pagina(self) -> bool:
        return "page" not in parse_qs(urlsplit(self.pad).query)


def referentie_ms(rondes: int = 3) -> float:
    """How fast the machine is right now: the best of ``rondes`` runs of a fixed pure-Python
    loop, in ms. The page times are mostly Python, and a shared machine's speed can change by
    a factor of two from one minute to the next; the report prints this before and after the
    measurements, so that runs can be compared (lower is faster)."""
    tijden = []
    for _ in range(rondes):
        begin = klok.perf_counter()
        som = 0
        for i in range(2_000_000):
            som += i
        tijden.append((klok.perf_counter() - begin) * 1000)
    return min(tijden)


def percentiel(waarden: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100); 0 for no values."""
    if not waarden:
        return 0.0
    gesorteerd = sorted(waarden)
    return gesorteerd[max(0, min(len(gesorteerd) - 1, round(p / 100 * len(gesorteerd)) - 1))]


def _aantal_resultaten(querystring: str) -> int:
    from django.http import QueryDict

    from aanbod.filters import AanbodFilter
    from aanbod.models import Aanbod

    gegevens = QueryDict(querystring)
    filterset = AanbodFilter(gegevens, queryset=Aanbod.objects.zichtbaar(), request=None)
    rangorde, _resultaat = filterset.resultaten()
    return len(rangorde)


def _opwarmen(client, pad: str, **kwargs) -> None:
    """One request that is not measured; anything but 200 makes the figures meaningless."""
    response = client.get(pad, secure=True, **kwargs)  # as behind the TLS proxy in production
    if response.status_code != 200:
        raise RuntimeError(f"{pad} answered HTTP {response.status_code}, not 200")


def _meet(client, meting: Meting) -> None:
    begin = klok.perf_counter()
    response = client.get(meting.pad, secure=True)
    meting.tijden_ms.append((klok.perf_counter() - begin) * 1000)
    if response.status_code != 200:
        meting.fouten.append(response.status_code)


def _queries_tellen(client, meting: Meting) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as vastgelegd:
        client.get(meting.pad, secure=True)
    meting.queries = len(vastgelegd.captured_queries)


def meten(
    client, herhalingen: int = 5, budget_s: float = 3.0, verzoeken=VERZOEKEN
) -> tuple[list[Meting], list[Meting]]:
    """Each request with the real and with the naive search: once each to warm up, then
    ``herhalingen`` times each, taking turns (real, naive, real, ...), so that both meet the
    machine in the same state: a busy moment slows both, not one of them, and the speed-up
    stays a comparison of the code. A search stops repeating once it has taken ``budget_s``
    seconds (a slow one cannot stall the run). Then once more each for the queries: recording
    queries costs time of its own (Django formats each query with its parameters), so the
    timed requests run without it."""
    echt, naief_ = [], []
    for label, querystring in verzoeken:
        pad = f"/aanbod/?{querystring}" if querystring else "/aanbod/"
        paar = (Meting(label, pad), Meting(label, pad))
        for omgeving in (nullcontext, naief):
            with omgeving():
                _opwarmen(client, pad)
        for _ in range(herhalingen):
            for meting, omgeving in zip(paar, (nullcontext, naief), strict=True):
                if sum(meting.tijden_ms) < budget_s * 1000:
                    with omgeving():
                        _meet(client, meting)
        for meting, omgeving in zip(paar, (nullcontext, naief), strict=True):
            with omgeving():
                _queries_tellen(client, meting)
                meting.resultaten = _aantal_resultaten(querystring)
        echt.append(paar[0])
        naief_.append(paar[1])
    return echt, naief_


def groottes_meten(client, herhalingen: int = 3) -> dict[str, dict]:
    """Bytes of the search page and of the map page (its marker data and the whole page)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    groottes = {}
    for pad, htmx in [
        ("/aanbod/?q=koffie", False),
        ("/aanbod/?q=koffie", True),
        ("/kaart/", False),
        ("/kaart/?q=koffie", False),
    ]:
        kop = {"headers": {"HX-Request": "true"}} if htmx else {}
        _opwarmen(client, pad, **kop)
        tijden = []
        for _ in range(herhalingen):
            with CaptureQueriesContext(connection) as vastgelegd:
                begin = klok.perf_counter()
                response = client.get(pad, secure=True, **kop)
                tijden.append((klok.perf_counter() - begin) * 1000)
        html = response.content
        punten = re.search(
            rb'<script id="kaartpunten" type="application/json">(.*?)</script>', html
        )
        groottes[pad + (" (htmx)" if htmx else "")] = {
            "status": response.status_code,
            "bytes": len(html),
            "gzip": len(gzip.compress(html)),
            "kaartpunten": len(punten.group(1)) if punten else None,
            "kaartpunten_gzip": len(gzip.compress(punten.group(1))) if punten else None,
            "p50_ms": statistics.median(tijden),
            "queries": len(vastgelegd.captured_queries),
        }
    return groottes


def _samenvatting(metingen: list[Meting]) -> tuple[float, float, int]:
    tijden = [t for m in metingen for t in m.tijden_ms]
    return (
        percentiel(tijden, 50),
        percentiel(tijden, 95),
        max((m.queries for m in metingen), default=0),
    )


def doelen(echt: list[Meting], naief_: list[Meting]) -> list[tuple[bool, str]]:
    """The targets of the issue, each with PASS/FAIL and the figure behind it."""
    _, p95_pagina, _ = _samenvatting([m for m in echt if m.eerste_pagina])
    _, _, max_q = _samenvatting(echt)
    _, p95_echt, _ = _samenvatting([m for m in echt if m.zoekt])
    _, p95_naief, _ = _samenvatting([m for m in naief_ if m.zoekt])
    versnelling = p95_naief / p95_echt if p95_echt else 0.0
    return [
        (
            p95_pagina <= DOELEN["p95_ms"],
            f"p95 search page (first page) {p95_pagina:.1f} ms <= {DOELEN['p95_ms']:.0f} ms",
        ),
        (max_q <= DOELEN["queries"], f"queries per request max {max_q} <= {DOELEN['queries']}"),
        (
            versnelling >= DOELEN["versnelling"],
            f"p95 speed-up over naive icontains {versnelling:.1f}x >= {DOELEN['versnelling']:.0f}x",
        ),
    ]


def rapport(
    aantal: int, echt: list[Meting], naief_: list[Meting], groottes: dict, extra: dict
) -> str:
    """The table for one catalogue size."""
    regels = [f"\n=== {aantal:,} offers ===".replace(",", ".")]
    for sleutel, waarde in extra.items():
        regels.append(f"{sleutel}: {waarde}")
    kop = f"{'request':<34}{'search: p50':>12}{'p95':>9}{'q':>3}{'hits':>7}"
    kop += f"{'naive: p50':>12}{'p95':>9}{'q':>3}{'hits':>7}"
    regels += ["", kop, "-" * len(kop)]
    for e, n in zip(echt, naief_, strict=True):
        fout = f"  HTTP {sorted(set(e.fouten + n.fouten))}" if e.fouten or n.fouten else ""
        e50, e95 = percentiel(e.tijden_ms, 50), percentiel(e.tijden_ms, 95)
        n50, n95 = percentiel(n.tijden_ms, 50), percentiel(n.tijden_ms, 95)
        regels.append(
            f"{e.label[:33]:<34}{e50:>12.1f}{e95:>9.1f}{e.queries:>3}{e.resultaten:>7}"
            f"{n50:>12.1f}{n95:>9.1f}{n.queries:>3}{n.resultaten:>7}{fout}"
        )
    kop = f"{'summary (ms)':<34}{'search: p50':>12}{'p95':>9}{'maxq':>6}"
    kop += f"{'naive: p50':>12}{'p95':>9}{'maxq':>6}{'speed-up p95':>14}"
    regels += ["", kop, "-" * len(kop)]
    for naam, kies in [
        ("all requests", lambda m: True),
        ("with a search term", lambda m: m.zoekt),
        ("first page of /aanbod/", lambda m: m.eerste_pagina),
    ]:
        e50, e95, eq = _samenvatting([m for m in echt if kies(m)])
        n50, n95, nq = _samenvatting([m for m in naief_ if kies(m)])
        regels.append(
            f"{naam:<34}{e50:>12.1f}{e95:>9.1f}{eq:>6}{n50:>12.1f}{n95:>9.1f}{nq:>6}"
            f"{(n95 / e95 if e95 else 0):>13.1f}x"
        )
    regels += ["", "page sizes (real search):"]
    for pad, g in groottes.items():
        regel = f"  {pad:<26} HTML {g['bytes']:>9,} B (gzip {g['gzip']:>7,} B)"
        if g["kaartpunten"] is not None:
            regel += f"; markers JSON {g['kaartpunten']:>9,} B (gzip {g['kaartpunten_gzip']:,} B)"
        regel += f"; p50 {g['p50_ms']:.1f} ms, {g['queries']} queries"
        regel += "" if g["status"] == 200 else f"  HTTP {g['status']}"
        regels.append(regel)
    geldt = "" if aantal >= DOEL_GROOTTE else " (the targets are for 100.000 offers)"
    regels += ["", f"targets{geldt}:"]
    regels += [f"  {'PASS' if ok else 'FAIL'}  {tekst}" for ok, tekst in doelen(echt, naief_)]
    return "\n".join(regels)


def grootte_meten(aantal: int, herhalingen: int, budget_s: float = 3.0, client=None) -> str:
    """Grow the catalogue to ``aantal`` offers, measure, and return the report."""
    from django.core.cache import cache
    from django.test import Client

    from aanbod.models import Aanbod
    from bench.catalogus import catalogus_genereren, opruimen, zoektekst_controleren

    nieuw = aantal - Aanbod.objects.count()
    gemaakt = catalogus_genereren(nieuw) if nieuw > 0 else {}
    begin = klok.perf_counter()
    opruimen()
    gemaakt["vacuum_s"] = klok.perf_counter() - begin
    controle = zoektekst_controleren()
    cache.clear()
    client = client or Client()
    referentie_voor = referentie_ms()
    echt, naief_ = meten(client, herhalingen, budget_s)
    referentie_na = referentie_ms()
    verschil = f" (differ: {controle['verschillend']})" if controle["verschillend"] else ""
    extra = {
        "generated": ", ".join(
            f"{k} {v:.1f}" if k.endswith("_s") else f"{k} {v}" for k, v in gemaakt.items()
        ),
        "search text check": f"{controle['gelijk']}/{controle['steekproef']} equal to "
        f"zoektekst_bijwerken{verschil}; it costs {controle['ms_per_aanbod']:.1f} ms per offer "
        f"(~{controle['ms_per_aanbod'] * aantal / 1000:.0f} s for all)",
        "machine reference": f"a fixed Python loop took {referentie_voor:.0f} ms before the "
        f"measurements and {referentie_na:.0f} ms after (lower is faster)",
        "repetitions": f"up to {herhalingen} per request (at most ~{budget_s:.0f} s each) after "
        f"one warm-up, the real and the naive search taking turns; "
        f"'now' fixed at {vast_moment():%A %d-%m-%Y %H:%M}",
    }
    return rapport(aantal, echt, naief_, groottes_meten(client), extra)


@contextmanager
def bench_omgeving():
    """Plain static file storage (no collectstatic needed), a fixed 'now', and no shared page
    cache: every measured request really searches (the page cache is for bench/belasting.py)."""
    from django.test import override_settings
    from django.utils import timezone

    opslag = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    moment = vast_moment()
    instellingen = override_settings(STORAGES=opslag, PAGINACACHE_SECONDEN=0)
    with instellingen, mock.patch.object(timezone, "now", lambda: moment):
        yield


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groottes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--herhalingen", type=int, default=5)
    parser.add_argument("--budget", type=float, default=3.0, help="seconds per request at most")
    parser.add_argument(
        "--behouden",
        action="store_true",
        help="keep the database of an earlier run (only add offers up to each size)",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkportaal.settings")
    from bench.databank import bench_database

    naam = os.environ.get("BENCH_DATABASE", "wp_bench")
    bench_database(naam, opnieuw=not args.behouden)

    import django

    django.setup()
    from django.core.management import call_command

    import wijkportaal.wsgi  # noqa: F401 (the app as gunicorn loads it, start-up frozen for gc)

    begin = klok.perf_counter()
    call_command("migrate", verbosity=0)
    print(f"database {naam} made and migrated in {klok.perf_counter() - begin:.1f} s")
    with bench_omgeving():
        for aantal in sorted(args.groottes):
            print(grootte_meten(aantal, args.herhalingen, args.budget), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
