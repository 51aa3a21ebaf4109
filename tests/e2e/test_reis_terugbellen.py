"""Journey: a volunteer on a phone plans a follow-up call at the desk, finds it on
'Vandaag terugbellen', opens the number (logged) and records the result."""

from django.utils import timezone
from playwright.sync_api import expect

from tests.e2e.conftest import TELEFOON, e2e
from tests.e2e.test_reis_vragen import inloggen, stap

pytestmark = e2e


def test_vrijwilliger_plant_terugbellen_en_legt_het_resultaat_vast(demo, nieuwe_pagina):
    from aanbod.demo import informatiepunten_laden
    from vragen.models import AuditActie, Belresultaat, Vraag

    informatiepunten_laden()  # the demo volunteer works at Wijkinformatiepunt Oost
    pagina = nieuwe_pagina(breedte=TELEFOON["width"], hoogte=TELEFOON["height"])
    inloggen(pagina, "vrijwilliger")
    pagina.goto("/balie/")
    crisis = pagina.locator("aside.crisis")
    expect(crisis).to_be_visible()
    expect(crisis.get_by_role("link", name="0800-0113")).to_have_attribute("href", "tel:08000113")

    tekst = "Mevrouw wacht op een brief van de Voedselbank en wil dat we nabellen."
    pagina.locator("#id_tekst").fill(tekst)
    # The contact block opens only when the resident wants contact.
    pagina.get_by_text("De inwoner wil contact").click()
    pagina.locator("#id_toestemming_contact").check()
    pagina.locator("#id_contact_naam").fill("Mevrouw Öztürk")
    pagina.locator("#id_contact_telefoon").fill("06 - 11 22 33 44")
    pagina.locator("#id_terugbellen_op").fill(timezone.localdate().isoformat())
    pagina.locator("#id_terugbel_reden").fill("Is de brief gekomen?")
    with pagina.expect_navigation():
        pagina.get_by_role("button", name="Opslaan en doorsturen").click()
    vraag = Vraag.objects.get(tekst=tekst)
    expect(pagina.locator("#terugbellen + ul")).to_contain_text("gepland")

    pagina.goto("/balie/terugbellen/")
    expect(pagina.locator("h1")).to_contain_text("Vandaag terugbellen")
    stap(pagina, "terugbellen-1-lijst")
    with pagina.expect_navigation():
        pagina.get_by_role("link", name=f"Bel over vraag {vraag.referentie}").click()
    expect(pagina.get_by_role("link", name="06 - 11 22 33 44")).to_have_attribute(
        "href", "tel:0611223344"
    )
    stap(pagina, "terugbellen-2-bellen")
    assert vraag.auditregels.filter(actie=AuditActie.BEKEKEN, reden="terugbellen").exists()

    pagina.get_by_label("Bereikt: geholpen").check()
    pagina.get_by_label("Notitie (kort, zonder medische details)").fill("Brief is binnen.")
    with pagina.expect_navigation():
        pagina.get_by_role("button", name="Resultaat opslaan").click()
    expect(pagina.locator(".berichten")).to_contain_text(
        f"Het gesprek over vraag {vraag.referentie} is vastgelegd."
    )
    expect(pagina.locator("main")).to_contain_text("Vandaag hoeft niemand teruggebeld te worden.")
    stap(pagina, "terugbellen-3-klaar")
    afspraak = vraag.terugbelafspraken.get()
    assert afspraak.resultaat == Belresultaat.GEHOLPEN and afspraak.notitie == "Brief is binnen."
    assert afspraak.afgehandeld_door.username == "vrijwilliger"
