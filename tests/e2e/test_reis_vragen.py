"""Journeys 2-4: a resident asks online and follows the status; a volunteer logs a question
at the desk with the keyboard only and prints the slip; staff routes a question, the partner
accepts it through the e-mailed link and closes it, the volunteer sees the outcome.

Every page on the way is checked with axe-core (WCAG 2.x A/AA) and has exactly one h1.
"""

import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import TELEFOON, e2e, schermafdruk
from tests.e2e.controles import aantal_h1, axe_fouten, tab_naar

pytestmark = e2e
WACHTWOORD = "wijkportaal-demo"


def stap(pagina, naam: str, javascript: bool = True) -> None:
    """Screenshots at 390 and 1280 px, the single h1, and axe (axe needs JavaScript: without
    it the same HTML is checked in the run with JavaScript)."""
    schermafdruk(pagina, naam)
    assert aantal_h1(pagina) == 1, f"{naam}: {aantal_h1(pagina)} keer h1"
    if javascript:
        fouten = axe_fouten(pagina)
        assert fouten == [], f"{naam}: {fouten}"


def inloggen(pagina, gebruikersnaam: str) -> None:
    """Log in with the keyboard: the username field has focus when the page opens; then the
    second step (required for every account) with the demo app's code."""
    pagina.goto("/account/login/")
    expect(pagina.locator("#id_username")).to_be_focused()  # autofocus lands after load
    pagina.keyboard.type(gebruikersnaam)
    pagina.keyboard.press("Tab")
    pagina.keyboard.type(WACHTWOORD)
    with pagina.expect_navigation():
        pagina.keyboard.press("Enter")
    expect(pagina.get_by_role("button", name="Uitloggen")).to_be_visible()
    tweede_stap(pagina, gebruikersnaam)


def tweede_stap(pagina, gebruikersnaam: str) -> None:
    """The code of the account's demo authenticator app (aanbod.demo.DEMO_OTP_SLEUTEL)."""
    from django.contrib.auth import get_user_model
    from django_otp.oath import totp

    apparaat = get_user_model().objects.get(username=gebruikersnaam).totpdevice_set.get()
    apparaat.throttle_reset()
    pagina.goto("/account/tweestaps/controleren/")
    code = totp(apparaat.bin_key, apparaat.step, apparaat.t0, apparaat.digits, apparaat.drift)
    pagina.get_by_label("Code uit de app (6 cijfers)").fill(f"{code:06d}")
    with pagina.expect_navigation():
        pagina.get_by_role("button", name="Verder").click()


@pytest.mark.parametrize("javascript", [True, False], ids=["met-js", "zonder-js"])
def test_inwoner_stelt_online_een_vraag_en_ziet_later_de_status(demo, nieuwe_pagina, javascript):
    from django.contrib.auth import get_user_model

    from vragen.models import Kanaal, Vraag, VraagStatus
    from vragen.services import vraag_status_wijzigen

    naam = "vraag" if javascript else "vraag-zonder-js"
    pagina = nieuwe_pagina(
        breedte=TELEFOON["width"], hoogte=TELEFOON["height"], javascript=javascript
    )
    pagina.goto("/")
    pagina.get_by_role("link", name="Of stel je vraag online").click()
    expect(pagina.locator("h1")).to_have_text("Stel je vraag")
    stap(pagina, f"{naam}-1-formulier", javascript)

    pagina.get_by_role("button", name="Verstuur mijn vraag").click()
    overzicht = pagina.locator("#foutoverzicht")
    expect(overzicht).to_be_visible()
    overzicht.get_by_role("link").first.click()
    expect(pagina.locator("#id_tekst")).to_be_focused()
    stap(pagina, f"{naam}-2-fout", javascript)

    tekst = "Ik zoek een plek om koffie te drinken met andere mensen."
    pagina.get_by_label("Wat is je vraag?").fill(tekst)
    pagina.get_by_label("In welke wijk woon je?").select_option(label="Oost")
    pagina.get_by_role("button", name="Verstuur mijn vraag").click()

    expect(pagina.locator("h1")).to_have_text("Hoe staat het met je vraag?")
    vraag = Vraag.objects.get(tekst=tekst)
    assert vraag.kanaal == Kanaal.ONLINE and vraag.wijk.slug == "oost"
    expect(pagina.locator(".melding")).to_contain_text(vraag.referentie)
    statuslink = pagina.locator(".link-tekst").inner_text().strip()
    assert vraag.referentie in pagina.locator(".berichten, .melding").first.inner_text()
    stap(pagina, f"{naam}-3-code", javascript)

    # Later: the desk has picked it up. The resident opens the saved link in a new browser.
    medewerker = get_user_model().objects.get(username="medewerker")
    vraag_status_wijzigen(vraag=vraag, nieuwe_status=VraagStatus.IN_BEHANDELING, door=medewerker)
    later = nieuwe_pagina(breedte=TELEFOON["width"], javascript=javascript)
    later.goto(re.sub(r"^https?://[^/]+", "", statuslink))
    expect(later.locator(".statuswoorden")).to_have_text(
        "Het Wijkinformatiepunt werkt aan je vraag."
    )
    expect(later.locator(".melding")).to_have_count(0)  # the code is only shown once
    stap(later, f"{naam}-4-status", javascript)


class Toetsen:
    """The keyboard, counting every key press that is not typing text."""

    def __init__(self, pagina):
        self.pagina, self.aantal = pagina, 0

    def druk(self, toets: str, keer: int = 1) -> None:
        for _ in range(keer):
            self.pagina.keyboard.press(toets)
            self.aantal += 1

    def tab_naar(self, selector: str, maximaal: int = 30) -> None:
        for _ in range(maximaal):
            self.druk("Tab")
            if self.pagina.locator(f"{selector}:focus").count():
                return
        raise AssertionError(f"{selector} is niet met Tab te bereiken")


MAX_TOETSEN = 15  # issue 21: a question with one offer, saved, besides typing


@pytest.mark.parametrize("javascript", [True, False], ids=["met-js", "zonder-js"])
def test_vrijwilliger_registreert_aan_de_balie_met_alleen_het_toetsenbord(
    demo_vragen, nieuwe_pagina, javascript
):
    from vragen.models import Kanaal, Vraag

    naam = "balie" if javascript else "balie-zonder-js"
    pagina = nieuwe_pagina(breedte=1280, hoogte=800, javascript=javascript)
    inloggen(pagina, "vrijwilliger")
    pagina.goto("/balie/")
    expect(pagina.locator("#id_tekst")).to_be_focused()  # focus starts in the question
    stap(pagina, f"{naam}-1-leeg", javascript)
    # One screen at 1280 x 800: the question, the offers, saving and the extras all show.
    for deel in ("#id_tekst", ".balie__aanbod", "button[value=opslaan]", ".balie__extra"):
        vak = pagina.locator(deel).bounding_box()
        assert vak and vak["y"] + vak["height"] <= 800, f"{deel} valt onder het scherm: {vak}"

    toetsen = Toetsen(pagina)
    tekst = "Meneer wil graag koffie drinken met mensen uit de buurt."
    pagina.keyboard.type(tekst)
    toetsen.druk("Tab")  # to the wijk
    pagina.keyboard.type("Oost")
    assert pagina.locator("#id_wijk option:checked").inner_text().strip() == "Oost"
    keuzes = pagina.locator("#aanbodkeuze input[name=aanbod]")
    if javascript:
        expect(keuzes.first).to_be_visible()  # suggested live from the question
    else:
        toetsen.tab_naar("button[name=zoeken]")  # the plain button searches with the question
        with pagina.expect_navigation():
            toetsen.druk("Enter")
        expect(keuzes.first).to_be_visible()
        toetsen.aantal = 0  # the page is new; without JavaScript the count is not the point
        tab_naar(pagina, "#id_wijk")
    eerste = keuzes.first.get_attribute("value")
    toetsen.tab_naar(f"#aanbodkeuze input[value='{eerste}']")
    toetsen.druk("Space")
    gekozen_naam = keuzes.first.locator("xpath=..").inner_text()
    stap(pagina, f"{naam}-2-ingevuld", javascript)

    toetsen.tab_naar("button[value=opslaan]")
    with pagina.expect_navigation():
        toetsen.druk("Enter")
    if javascript:
        assert toetsen.aantal <= MAX_TOETSEN, f"{toetsen.aantal} toetsen"
        print(f"balie: {toetsen.aantal} toetsen naast het typen")
    vraag = Vraag.objects.get(tekst=tekst)
    expect(pagina.locator(".berichten")).to_contain_text(f"Vraag {vraag.referentie} is opgeslagen")
    assert vraag.kanaal == Kanaal.BALIE and vraag.geregistreerd_door.username == "vrijwilliger"
    assert vraag.wijk.slug == "oost"
    assert [a.hsds_id for a in vraag.aanbod.all()] == [uuid.UUID(eerste)]
    namen = [gekozen_naam]
    stap(pagina, f"{naam}-3-opgeslagen", javascript)

    tab_naar(pagina, "a[href$='/print/']")
    with pagina.expect_navigation():
        pagina.keyboard.press("Enter")
    expect(pagina.locator("h1")).to_have_text("Hier kun je terecht")
    for label in namen:
        aanbod_naam = re.sub(r"^Verwijs door naar |\s*\(.*\)$", "", label.strip()).strip()
        expect(pagina.locator(".briefje__aanbod h2", has_text=aanbod_naam)).to_have_count(1)
    pagina.emulate_media(media="print")
    stap(pagina, f"{naam}-4-briefje", javascript)
    pdf = pagina.pdf(format="A4")
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == 1, "het briefje past op één A4"


# A real bug this journey found: the partner page sends "Referrer-Policy: no-referrer", so
# Chrome posts its form with "Origin: null" and Django's CSRF check refuses it (403). With
# "same-origin" the token still never leaves the site. strict: the test fails once it is fixed,
# so this marker gets removed then.
def test_medewerker_routeert_partner_neemt_aan_en_rondt_af_vrijwilliger_ziet_uitkomst(
    demo_vragen, nieuwe_pagina
):
    from django.contrib.auth import get_user_model
    from django.core import mail

    from aanbod.models import Wijk
    from vragen.models import Kanaal, VraagStatus
    from vragen.services import vraag_registreren
    from wijkportaal.mail import mails_versturen

    vrijwilliger = get_user_model().objects.get(username="vrijwilliger")
    # No routing rule fits (no theme, wijk West): the question waits for staff.
    vraag = vraag_registreren(
        tekst="Mevrouw zoekt iemand die met haar wil wandelen.",
        kanaal=Kanaal.BALIE,
        door=vrijwilliger,
        themas=[],
        wijk=Wijk.objects.get(slug="west"),
    )
    assert vraag.status == VraagStatus.NIEUW

    medewerker = nieuwe_pagina(breedte=1280)
    inloggen(medewerker, "medewerker")
    medewerker.get_by_role("link", name="Vragen", exact=True).click()
    stap(medewerker, "routeren-1-wachtrij")
    medewerker.get_by_role("link", name=vraag.referentie).first.click()
    expect(medewerker.locator("h1")).to_have_text(f"Vraag {vraag.referentie}")
    stap(medewerker, "routeren-2-vraag")
    medewerker.get_by_text("Ander aanspreekpunt kiezen").click()
    # A known aanspreekpunt from the routing rules: chosen, not retyped.
    medewerker.get_by_label(re.compile(r"^Nieuw eerste aanspreekpunt")).select_option(
        label="DOCK: Joyce Bakker (joyce@dock.example)"
    )
    medewerker.get_by_label("Waarom een ander aanspreekpunt?").fill("Dock kent de buurt goed.")
    medewerker.get_by_role("button", name="Aanspreekpunt wijzigen").click()
    expect(medewerker.locator(".berichten")).to_contain_text("krijgt een e-mail")
    stap(medewerker, "routeren-3-doorgestuurd")

    mails_versturen()  # what the mail worker does on the server
    # After intake: staff add an offer to the question from a search on its page.
    medewerker.get_by_label("Aanbod toevoegen: zoek").fill("wandelen")
    medewerker.get_by_role("button", name="Zoek", exact=True).click()
    gevonden = medewerker.locator("input[name=toevoegen]")
    expect(gevonden.first).to_be_visible()
    stap(medewerker, "routeren-3b-aanbod-zoeken")
    gevonden.first.check()
    medewerker.get_by_role("button", name="Gekozen aanbod toevoegen").click()
    expect(medewerker.locator(".berichten")).to_contain_text("bijgewerkt")
    assert vraag.aanbod.count() == 1
    expect(medewerker.locator(".historie")).to_contain_text("Aanbod toegevoegd:")

    berichten = [
        m for m in mail.outbox if "joyce@dock.example" in m.to and vraag.referentie in m.subject
    ]
    assert len(berichten) == 1, [m.to for m in mail.outbox]
    link = re.search(r"https?://\S+(/partner/\S+/)", berichten[0].body)
    assert link, berichten[0].body

    partner = nieuwe_pagina(breedte=TELEFOON["width"])  # no account: the link is the key
    partner.goto(link.group(1))
    expect(partner.locator("h1")).to_have_text(f"Vraag {vraag.referentie}")
    stap(partner, "partner-1-link")
    partner.get_by_label("Ik neem de vraag aan").check()
    partner.get_by_role("button", name="Opslaan").click()
    vraag.refresh_from_db()
    assert vraag.status == VraagStatus.IN_BEHANDELING, "het formulier van de partner is geweigerd"
    partner.get_by_label("De vraag is klaar").check()
    partner.get_by_label("Uitkomst (als de vraag klaar is)").select_option(label="Geholpen")
    partner.get_by_role("button", name="Opslaan").click()
    vraag.refresh_from_db()
    assert vraag.status == VraagStatus.AFGEHANDELD
    stap(partner, "partner-2-klaar")

    balie = nieuwe_pagina(breedte=1280)
    inloggen(balie, "vrijwilliger")
    balie.goto(vraag.get_absolute_url())
    expect(balie.locator("main")).to_contain_text("Afgehandeld: Geholpen")
    stap(balie, "routeren-4-uitkomst")


def test_coordinator_keurt_de_correctie_van_een_partner_goed(demo, nieuwe_pagina):
    """Journey 5: the partner corrects an offer of its own organisation; the coordinator logs
    in with the second step, reviews old and new side by side, approves, and the site shows it."""
    from django.contrib.auth import get_user_model
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from aanbod.demo import demo_id
    from aanbod.models import Aanbod

    aanbod = Aanbod.objects.filter(organisatie__hsds_id=demo_id("organisatie", "dock")).first()
    nieuw = "Voor iedereen uit de buurt, ook met een rolstoel of rollator."

    partner = nieuwe_pagina(breedte=TELEFOON["width"])
    inloggen(partner, "partner")
    partner.goto("/beheer/partner/")
    stap(partner, "correctie-1-partner-lijst")
    partner.locator(".kaartje", has_text=aanbod.naam).get_by_role("link", name="Aanpassen").click()
    partner.locator("#id_voor_wie").fill(nieuw)
    stap(partner, "correctie-2-partner-wijzigt")
    partner.get_by_role("button", name="Wijziging versturen").click()
    expect(partner.locator(".berichten")).to_be_visible()
    aanbod.refresh_from_db()
    assert aanbod.voor_wie != nieuw  # nothing changes before a coordinator approves

    coordinator = get_user_model().objects.get(username="coordinator")
    apparaat = TOTPDevice.objects.get(user=coordinator, confirmed=True)  # the demo's app
    beheer = nieuwe_pagina(breedte=1280)
    inloggen_zonder_controle(beheer, "coordinator")
    beheer.goto("/beheer/")  # a staff page: the second step comes first
    expect(beheer.locator("h1")).to_have_text("Vul de code uit je app in")
    code = totp(apparaat.bin_key, apparaat.step, apparaat.t0, apparaat.digits, apparaat.drift)
    beheer.get_by_label("Code uit de app (6 cijfers)").fill(f"{code:06d}")
    with beheer.expect_navigation():
        beheer.get_by_role("button", name="Verder").click()
    expect(beheer).to_have_url(re.compile(r"/beheer/$"))
    stap(beheer, "correctie-3-dashboard")
    beheer.locator("#voorstellen ~ ul, .beheerlijst").get_by_role(
        "link", name=aanbod.naam
    ).first.click()
    expect(beheer.locator("table")).to_contain_text(nieuw)
    stap(beheer, "correctie-4-beoordelen")
    beheer.get_by_role("button", name="Goedkeuren").click()
    expect(beheer.locator(".berichten")).to_contain_text("Goedgekeurd")

    beheer.goto(aanbod.get_absolute_url())
    expect(beheer.locator(".feiten")).to_contain_text(nieuw)
    stap(beheer, "correctie-5-op-de-site")


def inloggen_zonder_controle(pagina, gebruikersnaam: str) -> None:
    """Password step only (for accounts that go on to the second step)."""
    pagina.goto("/account/login/")
    pagina.locator("#id_username").fill(gebruikersnaam)
    pagina.locator("#id_password").fill(WACHTWOORD)
    with pagina.expect_navigation():
        pagina.locator("#id_password").press("Enter")
