"""Every public page type in a real browser: axe-core and the checks axe lacks.

The logged-in pages (desk, queue, question, slip, partner link) get axe on every step of the
journeys in test_reis_vragen.py. The maps are checked with every demo marker on them and no
exception for target size: nearby markers are clustered into 44 px circles (issue 21).
"""

from playwright.sync_api import expect

from tests.e2e.conftest import e2e
from tests.e2e.controles import (
    aantal_h1,
    axe_fouten,
    heeft_navigatie,
    horizontaal_scrollen,
    onzichtbare_focus,
    overslaanlink_werkt,
    taal,
    te_kleine_doelen,
)

pytestmark = e2e


def publieke_paginas() -> dict[str, str]:
    """One URL for every public page type, from the demo data."""
    from aanbod.models import Aanbod, Organisatie

    aanbod = Aanbod.objects.zichtbaar().filter(aanbodlocaties__isnull=False).first()
    organisatie = Organisatie.objects.filter(aanbod__isnull=False).first()
    # The longest e-mail address: its "Mail ..." button must wrap at 320 px, not widen the page.
    lange_mail = max(Aanbod.objects.zichtbaar().exclude(email=""), key=lambda a: len(a.email))
    return {
        "home": "/",
        "zoeken": "/aanbod/",
        "zoeken met filters": "/aanbod/?q=koffie&wijk=oost&gratis=on&thema=ontmoeting",
        "zoeken zonder resultaten": "/aanbod/?q=qqqxyzzy",
        "aanbod": aanbod.get_absolute_url(),
        "aanbod met lang e-mailadres": lange_mail.get_absolute_url(),
        "aanbod afdrukken": aanbod.get_absolute_url() + "print/",
        "kaart": "/kaart/",
        "agenda": "/agenda/",
        "organisatie": organisatie.get_absolute_url(),
        "informatiepunten": "/informatiepunten/",
        "vraag stellen": "/vraag/",
        "initiatief aanmelden": "/aanbod/aanmelden/",
        "open data": "/api/",
        "niet gevonden": "/bestaat-niet/",
        "inloggen": "/account/login/",
        "wachtwoord vergeten": "/account/password_reset/",
    }


def _melding(fouten: dict[str, list[str]]) -> str:
    return "\n".join(f"{pagina}:\n  " + "\n  ".join(regels) for pagina, regels in fouten.items())


def test_axe_vindt_niets_op_publieke_paginas(demo, nieuwe_pagina):
    fouten = {}
    for breedte in (1280, 390):
        pagina = nieuwe_pagina(breedte=breedte)
        for naam, url in publieke_paginas().items():
            pagina.goto(url)
            if url == "/kaart/":
                # Markers and clusters settle after the map fits its bounds; measured mid-way,
                # a pin still sliding into its cluster overlaps its neighbours.
                expect(pagina.locator("#kaart .leaflet-marker-icon").first).to_be_visible()
                pagina.wait_for_timeout(500)
            if gevonden := axe_fouten(pagina):
                fouten[f"{naam} @{breedte}px ({url})"] = gevonden
    assert not fouten, _melding(fouten)


def test_axe_op_kaarten_met_alle_demomarkers_ook_doelgrootte(demo, nieuwe_pagina):
    """/kaart/ with every demo place (clustered), and an offer's map opened by its button."""
    from aanbod.models import Aanbod

    fouten = {}
    aanbod = Aanbod.objects.zichtbaar().filter(aanbodlocaties__isnull=False).first()
    for breedte in (390, 1280):
        pagina = nieuwe_pagina(breedte=breedte, hoogte=844)
        pagina.goto("/kaart/")
        expect(pagina.locator("#kaart .leaflet-marker-icon").first).to_be_visible()
        pagina.wait_for_timeout(500)  # markers and clusters settle after fitting the bounds
        clusters = pagina.locator("#kaart .kaartcluster")
        assert clusters.count() > 0, "de demo heeft plekken dicht bij elkaar: die horen samen"
        vak = clusters.first.bounding_box()
        assert vak["width"] >= 44 and vak["height"] >= 44
        for marker in pagina.locator("#kaart .leaflet-marker-icon").all():
            vak = marker.bounding_box()
            assert vak["width"] >= 24 and vak["height"] >= 24
        if gevonden := axe_fouten(pagina):
            fouten[f"kaart @{breedte}px"] = gevonden
        # Keyboard: a cluster is a button with a name; Enter zooms in on it.
        assert "plekken hier" in clusters.first.inner_text()
        cluster = pagina.evaluate_handle(
            """() => { const k = document.querySelector('#kaart').getBoundingClientRect();
              return [...document.querySelectorAll('#kaart .kaartcluster')].find(c => {
                const r = c.getBoundingClientRect();
                return r.left >= k.left && r.right <= k.right && r.top >= k.top
                  && r.bottom <= k.bottom; }); }"""
        ).as_element()
        assert cluster is not None, "geen groep binnen het zichtbare deel van de kaart"
        cluster.focus()
        assert cluster.evaluate("el => el === document.activeElement")
        markers = """() => [...document.querySelectorAll('#kaart .leaflet-marker-icon')]
            .map(e => e.className + e.style.transform).join('|')"""
        voor = pagina.evaluate(markers)
        pagina.keyboard.press("Enter")
        pagina.wait_for_timeout(800)  # zooming in (or spreading out one spot) takes a moment
        assert pagina.evaluate(markers) != voor, "Enter op een groep doet niets"
        if gevonden := axe_fouten(pagina):
            fouten[f"kaart ingezoomd @{breedte}px"] = gevonden

        pagina.goto(aanbod.get_absolute_url())
        pagina.get_by_role("button", name="Toon op de kaart").click()
        expect(pagina.locator("#kaart .leaflet-marker-icon").first).to_be_visible()
        if gevonden := axe_fouten(pagina):
            fouten[f"aanbod met kaart @{breedte}px"] = gevonden
    assert not fouten, _melding(fouten)


def test_elke_pagina_heeft_een_h1_taal_en_werkende_overslaanlink(demo, nieuwe_pagina):
    fouten = {}
    pagina = nieuwe_pagina(breedte=390)
    for naam, url in publieke_paginas().items():
        pagina.goto(url)
        problemen = []
        if (h1 := aantal_h1(pagina)) != 1:
            problemen.append(f"{h1} keer h1")
        if taal(pagina) != "nl":
            problemen.append(f"lang={taal(pagina)!r}")
        if heeft_navigatie(pagina) and not overslaanlink_werkt(pagina):
            problemen.append("eerste Tab + Enter brengt de focus niet naar <main>")
        if problemen:
            fouten[f"{naam} ({url})"] = problemen
    assert not fouten, _melding(fouten)


def test_engelse_pagina_zegt_lang_en(live_server, nieuwe_pagina):
    pagina = nieuwe_pagina()
    pagina.goto("/")
    pagina.get_by_role("button", name="English").click()
    assert taal(pagina) == "en"
    assert pagina.get_by_role("button", name="Nederlands").get_attribute("lang") == "nl"


def test_toetsenbordfocus_is_altijd_zichtbaar(demo, nieuwe_pagina):
    fouten = {}
    for breedte in (390, 1280):
        pagina = nieuwe_pagina(breedte=breedte)
        for naam in ("home", "zoeken met filters", "aanbod", "inloggen"):
            url = publieke_paginas()[naam]
            pagina.goto(url)
            if gevonden := onzichtbare_focus(pagina, stappen=30):
                fouten[f"{naam} @{breedte}px"] = gevonden
    assert not fouten, _melding(fouten)


# WCAG 1.4.10 reflow: 320 CSS px wide; 390 px is a common phone. WCAG 1.4.4 resize text: a
# 1280 px wide window at 200 % zoom lays the page out in 640 CSS px with two device pixels per
# CSS pixel, which is what the viewport 640 x 450 with device_scale_factor=2 gives (Chrome's
# own zoom does the same). English words are longer: both languages.
def test_geen_horizontaal_scrollen_op_320_en_390px_en_200_procent(demo, nieuwe_pagina):
    fouten = {}
    modi = {"320px": (320, 640, 1), "390px": (390, 844, 1), "200%": (640, 450, 2)}
    for taalcode in ("nl", "en"):
        for modus, (breedte, hoogte, zoom) in modi.items():
            pagina = nieuwe_pagina(breedte=breedte, hoogte=hoogte, zoom=zoom)
            if taalcode == "en":
                pagina.context.add_cookies(
                    [{"name": "django_language", "value": "en", "url": demo.url}]
                )
            for naam, url in publieke_paginas().items():
                pagina.goto(url)
                assert taal(pagina) == taalcode
                if (te_breed := horizontaal_scrollen(pagina)) > 0:
                    fouten[f"{naam} @{modus} {taalcode}"] = [f"{te_breed}px te breed ({url})"]
    assert not fouten, _melding(fouten)


def test_knoppen_en_links_in_menu_en_formulieren_zijn_minstens_44px(demo, nieuwe_pagina):
    fouten = {}
    for breedte in (320, 1280):
        pagina = nieuwe_pagina(breedte=breedte)
        for naam, url in publieke_paginas().items():
            pagina.goto(url)
            if gevonden := te_kleine_doelen(pagina):
                fouten[f"{naam} @{breedte}px"] = gevonden
    assert not fouten, _melding(fouten)


def test_formulierfouten_staan_bovenaan_met_links_naar_de_velden(live_server, nieuwe_pagina):
    from tests.factories import maak_gebruiker

    maak_gebruiker("vrijwilliger", username="vrijwilliger")
    pagina = nieuwe_pagina(breedte=390)
    pagina.goto("/account/login/")
    pagina.get_by_role("button", name="Inloggen", exact=True).last.click()

    overzicht = pagina.locator("#foutoverzicht")
    expect(overzicht).to_be_visible()
    assert overzicht.get_attribute("role") == "alert"
    links = overzicht.get_by_role("link")
    assert links.count() == 2  # username and password are both required
    veld = pagina.locator("#id_username")
    beschrijving = veld.get_attribute("aria-describedby") or ""
    assert veld.get_attribute("aria-invalid") == "true"
    fout_ids = [i for i in beschrijving.split() if pagina.locator(f"#{i}.errorlist").count()]
    assert fout_ids, f"de foutmelding hoort bij het veld (aria-describedby={beschrijving!r})"
    links.first.click()
    assert pagina.evaluate("document.activeElement.id") == "id_username"
    assert axe_fouten(pagina) == []

    veld.fill("vrijwilliger")
    pagina.locator("#id_password").fill("fout-wachtwoord")
    pagina.locator("main form button[type=submit]").click()
    expect(pagina.locator("#foutoverzicht")).to_contain_text("wachtwoord")
    assert axe_fouten(pagina) == []
