"""Benchmark: how much each public page weighs as a resident's phone receives it.

    make bench-gewicht        (a fresh database wp_bench_gewicht on the configured PostgreSQL
                               server, see bench/databank.py, and a static folder in /tmp)

Serves the demo the way production does (bench/demoserver.py): DEBUG off, collectstatic into a
temporary STATIC_ROOT with WhiteNoise's compressed, hashed files. Debian's chromium loads each
public page type; the sum comes from the browser's resource timing (encodedBodySize: bytes on
the wire, after compression). Django sends HTML uncompressed and in production the proxy gzips
it, so a response without Content-Encoding counts as its gzip -6 size. Map tiles are left out
(they come from an outside tile server; here every tile gets an empty PNG). Limits from issue
8: 60 KB per public page, 250 KB for the map page. Also reports third-party requests and web
fonts, which should both be zero. Exits 1 when a page is too heavy.
"""

import contextlib
import gzip
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.demoserver import aanbod_met_plek, django_opzetten, starten, voorbereiden  # noqa: E402

WERKMAP = django_opzetten("wp_bench_gewicht", "wp_gewicht_")

from tests.e2e.browser import CHROMIUM, CHROMIUM_ARGS, LEGE_PNG  # noqa: E402

KB = 1024
GRENS = 60 * KB
GRENS_KAART = 250 * KB
COMPRIMEERBAAR = ("text/", "application/javascript", "application/json", "image/svg")


def paginas() -> dict[str, tuple[str, int]]:
    from aanbod.models import Organisatie

    met_plek = aanbod_met_plek()
    organisatie = Organisatie.objects.filter(aanbod__isnull=False).first()
    return {
        "home": ("/", GRENS),
        "zoeken": ("/aanbod/", GRENS),
        "zoeken met filters": ("/aanbod/?q=koffie&wijk=oost&gratis=on", GRENS),
        "aanbod (met kaartje)": (met_plek.get_absolute_url(), GRENS),
        "aanbod afdrukken": (met_plek.get_absolute_url() + "print/", GRENS),
        "agenda": ("/agenda/", GRENS),
        "organisatie": (organisatie.get_absolute_url(), GRENS),
        "vraag stellen": ("/vraag/", GRENS),
        "inloggen": ("/account/login/", GRENS),
        "kaart": ("/kaart/", GRENS_KAART),
    }


def meten(browser, basis: str, pad: str) -> dict:
    """Bytes on the wire for one page load (tiles excluded), and what came from elsewhere."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=basis)
    tegels, derden, lichamen = [], [], {}

    def route(route) -> None:
        url = route.request.url
        if url.startswith(basis):
            route.continue_()
        elif route.request.resource_type == "image":
            tegels.append(url)
            route.fulfill(status=200, content_type="image/png", body=LEGE_PNG)
        else:
            derden.append(url)
            route.abort()

    def antwoord(response) -> None:
        if response.url.startswith(basis):
            with contextlib.suppress(Exception):  # a redirect has no body
                lichamen[response.url] = (response.all_headers(), response.body())

    context.route("**/*", route)
    pagina = context.new_page()
    pagina.on("response", antwoord)
    pagina.goto(pad, wait_until="networkidle")
    regels = pagina.evaluate(
        """() => [...performance.getEntriesByType('navigation'),
                  ...performance.getEntriesByType('resource')]
            .map(e => ({url: e.name, soort: e.initiatorType, wire: e.encodedBodySize,
                        los: e.decodedBodySize}))"""
    )
    totaal, geschat, fonts = 0, 0, 0
    for regel in regels:
        if not regel["url"].startswith(basis):
            continue
        headers, body = lichamen.get(regel["url"], ({}, b""))
        soort = headers.get("content-type", "")
        if "font" in soort or regel["url"].endswith((".woff", ".woff2", ".ttf", ".otf")):
            fonts += 1
        if not headers.get("content-encoding") and soort.startswith(COMPRIMEERBAAR) and body:
            bytes_ = len(gzip.compress(body, 6))
            geschat += 1
        else:
            bytes_ = regel["wire"]
        totaal += bytes_
    context.close()
    return {
        "bytes": totaal,
        "verzoeken": len([r for r in regels if r["url"].startswith(basis)]),
        "geschat": geschat,
        "tegels": len(tegels),
        "derden": derden,
        "fonts": fonts,
    }


def main() -> int:
    from playwright.sync_api import sync_playwright

    print(f"Voorbereiden in {WERKMAP} (collectstatic, migrate, demo)...", flush=True)
    voorbereiden()
    server, basis = starten()
    te_zwaar = 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        print(f"{'pagina':<24}{'KB':>8}{'grens':>8}  {'verzoeken':>9}  oordeel")
        for naam, (pad, grens) in paginas().items():
            m = meten(browser, basis, pad)
            goed = m["bytes"] <= grens and not m["derden"] and not m["fonts"]
            te_zwaar += not goed
            extra = f"  ({m['tegels']} kaarttegels niet meegeteld)" if m["tegels"] else ""
            if m["derden"]:
                extra += f"  derden: {', '.join(sorted(set(m['derden'])))}"
            if m["fonts"]:
                extra += f"  {m['fonts']} webfont(s)"
            print(
                f"{naam:<24}{m['bytes'] / KB:>8.1f}{grens // KB:>8}  {m['verzoeken']:>9}  "
                f"{'PASS' if goed else 'FAIL'}{extra}",
                flush=True,
            )
        browser.close()
    server.shutdown()
    print(
        "KB = gecomprimeerd over de lijn (resource timing); HTML zonder Content-Encoding "
        "telt als gzip -6, zoals de proxy in productie het stuurt."
    )
    return 1 if te_zwaar else 0


if __name__ == "__main__":
    sys.exit(main())
