"""Nearest desk in the browser: a resident on a phone allows the location and sees the
nearest Wijkinformatiepunt first, with route and phone; axe-core finds nothing."""

import re

from playwright.sync_api import expect

from tests.e2e.conftest import TELEFOON, _alleen_lokaal, e2e, schermafdruk
from tests.e2e.controles import axe_fouten, horizontaal_scrollen

pytestmark = e2e


def test_inwoner_deelt_locatie_en_ziet_het_dichtstbijzijnde_informatiepunt(
    demo, browser, live_server
):
    from aanbod.demo import informatiepunten_laden
    from aanbod.models import Informatiepunt

    informatiepunten_laden()
    overvecht = Informatiepunt.objects.met_gegevens().get(naam="Wijkinformatiepunt Overvecht")
    plek = overvecht.locatie
    context = browser.new_context(
        viewport=TELEFOON,
        locale="nl-NL",
        timezone_id="Europe/Amsterdam",
        base_url=live_server.url,
        geolocation={"latitude": plek.lat + 0.002, "longitude": plek.lon - 0.002},
        permissions=["geolocation"],
    )
    context.set_default_timeout(10_000)
    context.route("**/*", _alleen_lokaal(live_server.url))
    try:
        pagina = context.new_page()
        pagina.goto("/")
        knop = pagina.get_by_role("button", name="Gebruik mijn locatie")
        expect(knop).to_be_visible()  # the script shows it; without JavaScript it stays hidden
        with pagina.expect_navigation():
            knop.click()
        expect(pagina).to_have_url(re.compile(r"/informatiepunten/\?lat=52\.\d{3}&lon=5\.\d{3}"))
        expect(pagina.locator("h1")).to_have_text("Wijkinformatiepunten: kom langs")
        punten = pagina.locator("section.informatiepunt h2")
        expect(punten.first).to_have_text("Wijkinformatiepunt Overvecht")
        eerste = pagina.locator("section.informatiepunt").first
        expect(eerste.locator(".afstand")).to_contain_text("km")
        expect(eerste.locator(".openstatus")).to_contain_text(re.compile(r"open|Opent|Gesloten"))
        route = eerste.get_by_role("link", name="Route (OpenStreetMap)")
        assert "openstreetmap.org/directions" in route.get_attribute("href")
        if overvecht.aanbod.telefoon:
            expect(eerste.locator("a[href^='tel:']")).to_have_count(1)
        expect(pagina.get_by_role("status").first).to_contain_text("afstand tot je locatie")
        schermafdruk(pagina, "dichtbij-1-locatie")
        assert horizontaal_scrollen(pagina) == 0
        assert axe_fouten(pagina) == []
    finally:
        context.close()
