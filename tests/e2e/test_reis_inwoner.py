"""Journey 1: a resident on a phone searches 'koffie', filters on wijk and 'gratis', opens an
offer, sees whether it is open now, and opens the map. With and without JavaScript.

On a phone the first result is in the first screen: the filters fold into one "Filters (n)"
control, and the chosen filters stay visible as chips that each remove one filter."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import TELEFOON, e2e, schermafdruk

pytestmark = e2e


def _verwacht() -> tuple[str, str, list[str], object]:
    """The wijk with the most free 'koffie' offers, its label, their names, and one with times."""
    from aanbod.filters import AanbodFilter
    from aanbod.models import Aanbod, Wijk

    beste = None
    for wijk in Wijk.objects.all():
        # The page's own search (words and filters, in the order shown), not the filters alone.
        rangorde, _ = AanbodFilter({"q": "koffie", "wijk": wijk.slug, "gratis": "on"}).resultaten()
        gevonden = rangorde.met_lezer(lambda ids: Aanbod.objects.filter(pk__in=ids))[:]
        if beste is None or len(gevonden) > len(beste[2]):
            beste = (wijk.slug, wijk.naam, gevonden)
    slug, naam, gevonden = beste
    assert len(gevonden) >= 2, "de demo heeft gratis koffie-aanbod in een wijk nodig"
    met_tijden = next(
        a for a in gevonden if a.aanbodlocaties.filter(tijdsloten__isnull=False).exists()
    )
    return slug, naam, [a.naam for a in gevonden], met_tijden


@pytest.mark.parametrize("javascript", [True, False], ids=["met-js", "zonder-js"])
def test_inwoner_zoekt_koffie_filtert_opent_aanbod_en_kaart(demo, nieuwe_pagina, javascript):
    from aanbod.openingstijden import openstatus

    wijk_slug, wijk_naam, namen, aanbod = _verwacht()
    naam = "inwoner" if javascript else "inwoner-zonder-js"
    pagina = nieuwe_pagina(
        breedte=TELEFOON["width"], hoogte=TELEFOON["height"], javascript=javascript
    )

    pagina.goto("/")
    pagina.get_by_label("Waar zoek je naar?").fill("koffie")
    pagina.get_by_role("button", name="Zoeken").click()
    expect(pagina).to_have_url(re.compile(r"/aanbod/\?q=koffie"))
    expect(pagina.locator("h1")).to_have_text("Zoek in het aanbod")
    eerste = pagina.locator("#resultaten .kaartje__titel").first
    assert _in_eerste_scherm(pagina, eerste), "het eerste resultaat staat onder het eerste scherm"
    schermafdruk(pagina, f"{naam}-1-zoeken")

    filters = pagina.locator("summary.filterpaneel__knop")
    expect(filters).to_have_text("Filters (0)")
    expect(pagina.get_by_label("Wijk", exact=True)).to_be_hidden()
    filters.click()  # a real <details>: opens without JavaScript too
    pagina.get_by_label("Wijk", exact=True).select_option(wijk_slug)
    pagina.get_by_label("Gratis", exact=True).check()
    if not javascript:
        pagina.get_by_role("button", name="Toon resultaten").click()
    # With JavaScript htmx swaps the results in place and puts the filters in the address.
    expect(pagina).to_have_url(
        re.compile(rf"wijk={wijk_slug}.*gratis=on|gratis=on.*wijk={wijk_slug}")
    )
    kop = pagina.locator("#resultaten-kop")
    expect(kop).to_have_text(f"{len(namen)} resultaten")
    getoond = pagina.locator("#resultaten .kaartje__titel").all_inner_texts()
    assert [t.strip() for t in getoond] == namen[: len(getoond)]
    expect(pagina.locator(".actieve-filters")).to_contain_text(wijk_naam)
    if not javascript:  # htmx swaps only the results; the count follows after a reload
        expect(filters).to_have_text("Filters (2)")
    schermafdruk(pagina, f"{naam}-2-gefilterd")

    pagina.locator("#resultaten").get_by_role("link", name=aanbod.naam, exact=True).click()
    expect(pagina.locator("h1")).to_have_text(aanbod.naam)
    verwacht = openstatus(list(aanbod.aanbodlocaties.all())).tekst
    expect(pagina.locator(".openstatus")).to_contain_text(verwacht)
    if javascript:
        # The small map loads on request, so the page stays light on a phone.
        expect(pagina.locator("#kaart")).to_be_hidden()
        pagina.get_by_role("button", name="Toon op de kaart").click()
        expect(pagina.locator("#kaart .leaflet-marker-icon").first).to_be_visible()
    else:
        expect(pagina.get_by_role("button", name="Toon op de kaart")).to_be_hidden()
    schermafdruk(pagina, f"{naam}-3-aanbod")

    pagina.go_back()
    pagina.get_by_role("link", name="Bekijk deze resultaten op de kaart").click()
    expect(pagina).to_have_url(re.compile(r"/kaart/\?.*gratis=on"))
    lijst = pagina.locator(".kaartlijst")
    expect(lijst).to_contain_text(aanbod.naam)
    if javascript:
        expect(pagina.locator("#kaart .leaflet-marker-icon").first).to_be_visible()
        _marker_openen(pagina)
        link = pagina.locator(".leaflet-popup-content a").first
        expect(link).to_be_visible()
        assert re.search(r"/aanbod/[\w-]+/$", link.get_attribute("href"))
    else:
        # Playwright switches scripts off without the parser's "scripting disabled" flag, so
        # <noscript> stays hidden here; what matters is that the list gives every place.
        assert pagina.locator("#kaart .leaflet-marker-icon").count() == 0
        expect(lijst.get_by_role("link", name=aanbod.naam, exact=True)).to_be_visible()
    schermafdruk(pagina, f"{naam}-4-kaart")


def _in_eerste_scherm(pagina, element) -> bool:
    """Whether the element is wholly inside the window without scrolling."""
    vak = element.bounding_box()
    return vak is not None and vak["y"] >= 0 and vak["y"] + vak["height"] <= TELEFOON["height"]


def _marker_openen(pagina) -> None:
    """Tap a single marker; a numbered cluster is tapped first to zoom in on it."""
    for _ in range(6):
        los = pagina.locator("#kaart .leaflet-marker-icon:not(.kaartcluster)")
        if los.count():
            los.first.click()
            return
        pagina.locator("#kaart .kaartcluster").first.click(force=True)
        pagina.wait_for_timeout(600)  # the zoom animation
    raise AssertionError("na zes keer inzoomen nog geen losse marker")


@pytest.mark.parametrize("javascript", [True, False], ids=["met-js", "zonder-js"])
def test_eerste_resultaat_in_het_eerste_scherm_en_chips_halen_een_filter_weg(
    demo, nieuwe_pagina, javascript
):
    pagina = nieuwe_pagina(
        breedte=TELEFOON["width"], hoogte=TELEFOON["height"], javascript=javascript
    )
    pagina.goto("/aanbod/?q=koffie&gratis=on&wijk=oost")
    eerste = pagina.locator("#resultaten .kaartje__titel").first
    assert _in_eerste_scherm(pagina, eerste), "met filters staat het eerste resultaat te laag"
    expect(pagina.locator("summary.filterpaneel__knop")).to_have_text("Filters (2)")
    chips = pagina.locator(".actieve-filters .filterchip")
    expect(chips).to_have_count(4)  # koffie, Oost, gratis, and "Alles weghalen"
    pagina.locator(".filterchip", has_text="Gratis").click()
    expect(pagina).not_to_have_url(re.compile("gratis"))
    expect(pagina).to_have_url(re.compile("wijk=oost"))
    expect(pagina.locator("summary.filterpaneel__knop")).to_have_text("Filters (1)")
    assert _in_eerste_scherm(pagina, pagina.locator("#resultaten .kaartje__titel").first)


def test_op_een_groot_scherm_staan_de_filters_altijd_open(demo, nieuwe_pagina):
    pagina = nieuwe_pagina(breedte=1280)
    pagina.goto("/aanbod/?q=koffie")
    expect(pagina.locator("summary.filterpaneel__knop")).to_be_hidden()
    expect(pagina.get_by_label("Wijk", exact=True)).to_be_visible()
    expect(pagina.get_by_label("Gratis", exact=True)).to_be_visible()
