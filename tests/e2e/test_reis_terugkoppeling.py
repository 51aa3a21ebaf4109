"""Issue 22, the whole loop: a resident asks online with e-mail and consent; staff refer and
close with an outcome; the resident's messages (the outbox) hold the status link and the
outcome; "Heeft dit je geholpen?" - "Nee" reopens the question, which is then at the top of
the staff queue. Every page on the way is checked with axe-core and has one h1."""

import re
from datetime import timedelta

from playwright.sync_api import expect

from tests.e2e.conftest import TELEFOON, e2e
from tests.e2e.test_reis_vragen import inloggen, stap

pytestmark = e2e
ADRES = "fatima@voorbeeld.example"


def _pad(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


def test_inwoner_zegt_nee_en_de_vraag_staat_weer_bovenaan(demo_vragen, nieuwe_pagina):
    from django.utils import timezone

    from vragen.models import Vraag, VraagStatus
    from vragen.terugkoppeling import terugkoppeling_vragen
    from wijkportaal.models import Mailbericht

    # 1. The resident asks online, on a phone, and chooses messages by e-mail.
    inwoner = nieuwe_pagina(breedte=TELEFOON["width"], hoogte=TELEFOON["height"])
    inwoner.goto("/vraag/")
    tekst = "Ik wil Nederlands oefenen met iemand uit de buurt."
    inwoner.get_by_label("Wat is je vraag?").fill(tekst)
    inwoner.get_by_label("In welke wijk woon je?").select_option(label="Oost")
    inwoner.get_by_label("Je e-mailadres").fill(ADRES)
    inwoner.get_by_label(re.compile(r"^Ja, jullie mogen mij bellen of mailen")).check()
    inwoner.get_by_label("Ja, per e-mail").check()
    stap(inwoner, "lus-1-vraag")
    inwoner.get_by_role("button", name="Verstuur mijn vraag").click()
    expect(inwoner.locator("h1")).to_have_text("Hoe staat het met je vraag?")
    vraag = Vraag.objects.get(tekst=tekst)
    assert vraag.berichten_via == "email" and vraag.toestemming_contact
    statuslink = _pad(inwoner.locator(".link-tekst").inner_text().strip())

    # 2. Staff refer it to an organisation and close it with an outcome.
    medewerker = nieuwe_pagina(breedte=1280)
    inloggen(medewerker, "medewerker")
    medewerker.goto(vraag.get_absolute_url())
    medewerker.get_by_text("Ander aanspreekpunt kiezen").click()
    # Staff choose a known aanspreekpunt (from the routing rules); nothing is retyped.
    medewerker.get_by_label(re.compile(r"^Nieuw eerste aanspreekpunt")).select_option(
        label="DOCK: Joyce Bakker (joyce@dock.example)"
    )
    medewerker.get_by_label("Waarom een ander aanspreekpunt?").fill("Taalcafé van DOCK.")
    medewerker.get_by_role("button", name="Aanspreekpunt wijzigen").click()
    expect(medewerker.locator(".berichten")).to_contain_text("krijgt een e-mail")
    medewerker.get_by_label("Nieuwe status").select_option(label="Afgehandeld")
    medewerker.get_by_label("Uitkomst (bij afgehandeld)").select_option(
        label="Doorverwezen naar ander aanbod"
    )
    medewerker.get_by_role("button", name="Status wijzigen").click()
    expect(medewerker.locator(".berichten")).to_contain_text("De status is gewijzigd")
    vraag.refresh_from_db()
    assert vraag.status == VraagStatus.AFGEHANDELD

    # 3. The resident's messages: received, referred, closed; each with the status link.
    from wijkportaal.mail import mails_versturen

    mails_versturen()  # what the mail worker does on the server
    berichten = list(Mailbericht.objects.filter(aan=ADRES).order_by("pk"))
    assert [b.onderwerp.split(" (")[0] for b in berichten] == [
        "We hebben je vraag ontvangen",
        "Je vraag is doorgegeven",
        "Je vraag is afgehandeld",
    ]
    assert all(statuslink in b.tekst and b.verstuurd_op for b in berichten)
    assert "We hebben je vraag doorgegeven aan DOCK." in berichten[1].tekst
    assert "Je bent doorverwezen naar DOCK." in berichten[2].tekst
    assert "Joyce" not in "".join(b.tekst for b in berichten)
    inwoner.goto(statuslink)
    expect(inwoner.locator(".statuswoorden")).to_contain_text("Je bent doorverwezen naar DOCK.")
    stap(inwoner, "lus-2-uitkomst")

    # 4. A week later the daily job asks "Heeft dit je geholpen?"; the resident says "Nee".
    assert terugkoppeling_vragen(nu=timezone.now() + timedelta(days=8)) == 1
    vraag_om = Mailbericht.objects.filter(aan=ADRES).latest("pk")
    link = re.search(r"https?://\S+(/vraag/terugkoppeling/\S+/)", vraag_om.tekst)[1]
    inwoner.goto(link)
    expect(inwoner.locator("h1")).to_have_text("Heeft dit je geholpen?")
    stap(inwoner, "lus-3-geholpen")
    inwoner.get_by_label("Nee").check()
    inwoner.get_by_label(re.compile(r"^Wil je er iets over zeggen")).fill(
        "Het taalcafé is op dinsdag, dan werk ik."
    )
    inwoner.get_by_role("button", name="Verstuur").click()
    expect(inwoner.locator("main")).to_contain_text("We kijken opnieuw naar je vraag")
    stap(inwoner, "lus-4-heropend")
    vraag.refresh_from_db()
    assert vraag.status == VraagStatus.HEROPEND

    # 5. Staff see it at the top of the queue: only reopened questions (the demo has one
    # more) come before it, none of the overdue or new ones.
    medewerker.goto("/balie/vragen/")
    rijen = [r.strip() for r in medewerker.locator("table tbody tr").all_inner_texts()]
    plek = next(i for i, rij in enumerate(rijen) if vraag.referentie in rij)
    assert plek < 2, rijen[:3]
    assert all("Heropend" in rij for rij in rijen[: plek + 1]), rijen[:3]
    assert "Heropend" not in rijen[2]
    stap(medewerker, "lus-5-wachtrij")
