"""/kaart/ on a phone with every demo place: the map is built in short steps after the page is
shown (issue 21), and when it is done every place is on it, a marker's popup (one popup for the
whole layer) names that place and links to its offers, also with the keyboard, and the list
below the map still gives every offer."""

import json
import re

from playwright.sync_api import expect

from tests.e2e.conftest import TELEFOON, e2e

pytestmark = e2e

# Every place on the map: the numbers in the clusters plus the single markers.
PLEKKEN_OP_KAART = """() => {
  const clusters = [...document.querySelectorAll('#kaart .kaartcluster')]
    .reduce((som, c) => som + parseInt(c.textContent, 10), 0);
  return clusters + document.querySelectorAll(
    '#kaart .leaflet-marker-icon:not(.kaartcluster)').length;
}"""


def _losse_marker(pagina):
    """A single marker inside the map's visible part; clusters are zoomed in until there is one."""
    binnen = """() => { const k = document.querySelector('#kaart').getBoundingClientRect();
      return [...document.querySelectorAll('#kaart .leaflet-marker-icon:not(.kaartcluster)')]
        .find(m => { const r = m.getBoundingClientRect();
          return r.left >= k.left && r.right <= k.right && r.top >= k.top && r.bottom <= k.bottom;
        }) || null; }"""
    for _ in range(6):
        marker = pagina.evaluate_handle(binnen).as_element()
        if marker is not None:
            return marker
        pagina.locator("#kaart .kaartcluster").first.click(force=True)
        pagina.wait_for_timeout(600)  # the zoom animation
    raise AssertionError("na zes keer inzoomen nog geen losse marker")


def test_kaart_toont_elke_plek_en_een_popup_per_marker_ook_met_toetsenbord(demo, nieuwe_pagina):
    from aanbod.models import Aanbod

    pagina = nieuwe_pagina(breedte=TELEFOON["width"], hoogte=TELEFOON["height"])
    pagina.goto("/kaart/")
    punten = json.loads(pagina.locator("#kaartpunten").text_content())
    assert len(punten) > 25, "de demo heeft meer plekken dan er in één stap bij komen"

    # The markers join in batches; in the end every place is on the map, once.
    pagina.wait_for_function(f"({PLEKKEN_OP_KAART})() === {len(punten)}")
    expect(pagina.locator("#kaart .kaartcluster").first).to_be_visible()

    # Keyboard: a single marker is a button; Enter opens its popup, with its own place.
    marker = _losse_marker(pagina)
    naam = marker.get_attribute("title")
    marker.focus()
    pagina.keyboard.press("Enter")
    popup = pagina.locator(".leaflet-popup-content")
    expect(popup).to_contain_text(naam)
    punt = next(p for p in punten if p["naam"] == naam)
    links = popup.get_by_role("link")
    expect(links).to_have_count(len(punt["aanbod"]))
    href = links.first.get_attribute("href")
    assert re.fullmatch(r"/aanbod/[\w-]+/", href)

    # Following the link opens that offer's page.
    links.first.click()
    expect(pagina).to_have_url(re.compile(re.escape(href) + "$"))
    assert Aanbod.objects.filter(naam=pagina.locator("h1").inner_text()).exists()


def test_lijst_onder_de_kaart_geeft_elk_aanbod_ook_onderaan(demo, nieuwe_pagina):
    """The list's entries are laid out only near the screen; each is still there and reachable."""
    pagina = nieuwe_pagina(breedte=320, hoogte=TELEFOON["height"])
    pagina.goto("/kaart/")
    items = pagina.locator(".kaartlijst li")
    totaal = pagina.locator("main > p").first.inner_text()
    assert items.count() == int(re.match(r"\d+", totaal).group())
    laatste = items.last.get_by_role("link")
    laatste.scroll_into_view_if_needed()
    expect(laatste).to_be_visible()
    assert pagina.evaluate("document.documentElement.scrollWidth") <= 320
