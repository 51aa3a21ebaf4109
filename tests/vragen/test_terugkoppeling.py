""" "Heeft dit je geholpen?": the command queues a signed link N days after closing; "Ja"
records it, "Nee"/"Gedeeltelijk" reopen the question at the top of the queue and notify the
coordinators; an expired or tampered link changes nothing."""

import io
import re
import time
from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import maak_gebruiker, maak_vraag, otp_inloggen
from vragen.models import Antwoord, StatusWijziging, Terugkoppeling, Uitkomst, VraagStatus
from vragen.services import heropenen, vraag_status_wijzigen
from vragen.terugkoppeling import terugkoppeling_vragen
from wijkportaal.models import Berichtkanaal

pytestmark = pytest.mark.django_db

ANNA = {
    "toestemming_contact": True,
    "contact_email": "anna@voorbeeld.nl",
    "berichten_via": Berichtkanaal.EMAIL,
}


def _gesloten(uitkomst=Uitkomst.GEHOLPEN, **velden):
    vraag = maak_vraag(**{**ANNA, **velden})
    return vraag_status_wijzigen(
        vraag=vraag, nieuwe_status=VraagStatus.AFGEHANDELD, uitkomst=uitkomst, door=None
    )


def _link_uit_mail() -> str:
    [bericht] = [m for m in mail.outbox if "geholpen?" in m.subject]
    return re.search(r"http://127\.0\.0\.1:8000(/vraag/terugkoppeling/\S+/)", bericht.body)[1]


def _na(dagen: int):
    return timezone.now() + timedelta(days=dagen, minutes=1)


def _links_na(dagen: int):
    """Signed links as seen ``dagen`` days from now."""
    return mock.patch("django.core.signing.time.time", return_value=time.time() + dagen * 86400)


def test_commando_vraagt_na_zeven_dagen_eenmaal(mailwerker):
    vraag = _gesloten()
    niet_bereikt = _gesloten(uitkomst=Uitkomst.NIET_BEREIKT)
    zonder_kanaal = _gesloten(berichten_via="")
    mail.outbox.clear()
    with mailwerker():
        assert terugkoppeling_vragen(nu=_na(6)) == 0
        uitvoer = io.StringIO()
        call_command("terugkoppeling_vragen", stdout=uitvoer)  # today: too soon
        assert uitvoer.getvalue().startswith("0 ")
        assert terugkoppeling_vragen(nu=_na(7)) == 1
        assert terugkoppeling_vragen(nu=_na(8)) == 0  # run again: asked once
    [bericht] = mail.outbox
    assert bericht.to == ["anna@voorbeeld.nl"]
    assert vraag.referentie in bericht.subject
    assert "/vraag/terugkoppeling/" in bericht.body and "30 dagen" in bericht.body
    for andere in (niet_bereikt, zonder_kanaal):
        andere.refresh_from_db()
        assert andere.terugkoppeling_gevraagd_op is None


def test_ja_wordt_vastgelegd_en_verandert_de_vraag_niet(client, mailwerker):
    vraag = _gesloten()
    mail.outbox.clear()
    with mailwerker():
        terugkoppeling_vragen(nu=_na(7))
    link = _link_uit_mail()
    pagina = client.get(link)
    assert pagina.status_code == 200 and "Heeft dit je geholpen?" in pagina.content.decode()
    assert not Terugkoppeling.objects.exists()  # opening the link (a mail scanner) records nothing
    antwoord = client.post(link, {"antwoord": "ja"})
    assert "Fijn dat je geholpen bent" in antwoord.content.decode()
    vraag.refresh_from_db()
    assert vraag.status == VraagStatus.AFGEHANDELD
    assert Terugkoppeling.objects.get().antwoord == Antwoord.JA
    # The same link again: thanked, nothing recorded twice.
    opnieuw = client.post(link, {"antwoord": "nee"})
    assert "We hebben je antwoord al" in opnieuw.content.decode()
    assert Terugkoppeling.objects.count() == 1


@pytest.mark.parametrize("antwoord", ["nee", "gedeeltelijk"])
def test_nee_heropent_bovenaan_de_wachtrij_en_meldt_de_coordinator(client, mailwerker, antwoord):
    coordinator = maak_gebruiker("coordinator", email="co@wip.example")
    medewerker = maak_gebruiker("medewerker")
    eerder = [maak_vraag(tekst=f"Andere vraag {n}") for n in range(3)]
    vraag = _gesloten()
    link = vraag.terugkoppellink()
    mail.outbox.clear()
    with mailwerker():
        antwoord_pagina = client.post(
            link, {"antwoord": antwoord, "toelichting": "Ze belden nooit terug"}
        )
    assert "We kijken opnieuw naar je vraag" in antwoord_pagina.content.decode()
    vraag.refresh_from_db()
    assert vraag.status == VraagStatus.HEROPEND
    assert vraag.deadline > timezone.localdate()
    laatste = vraag.historie.last()
    assert (laatste.van_status, laatste.naar_status) == ("afgehandeld", "heropend")
    assert "Ze belden nooit terug" in laatste.notitie
    assert laatste.wie == "inwoner (terugkoppeling)"
    [melding] = [m for m in mail.outbox if m.to == [coordinator.email]]
    assert vraag.referentie in melding.subject and vraag.get_absolute_url() in melding.body
    assert "Ze belden nooit terug" not in melding.body  # the resident's words stay in the app

    otp_inloggen(client, medewerker)
    html = client.get("/balie/vragen/").content.decode()
    posities = [html.index(v.referentie) for v in [vraag, *eerder]]
    assert posities[0] == min(posities)
    detail = client.get(vraag.get_absolute_url()).content.decode()
    assert "Wat de inwoner zei" in detail and "Ze belden nooit terug" in detail

    # The link fits this closing only: once reopened, it says so and changes nothing.
    client.logout()
    aantal = StatusWijziging.objects.count()
    assert client.post(link, {"antwoord": "nee"}).status_code == 410
    assert StatusWijziging.objects.count() == aantal


def test_verlopen_of_vervalste_link_verandert_niets(client):
    vraag = _gesloten()
    link = vraag.terugkoppellink()
    vervalst = link[:-3] + ("x" if link[-3] != "x" else "y") + link[-2:]
    andere_soort = f"/vraag/terugkoppeling/{vraag.partnertoken()}/"
    for slecht in (vervalst, andere_soort, "/vraag/terugkoppeling/zomaar-iets/"):
        antwoord = client.post(slecht, {"antwoord": "nee"})
        assert antwoord.status_code == 410
        assert "Deze link werkt niet (meer)" in antwoord.content.decode()
    with _links_na(31):
        antwoord = client.post(link, {"antwoord": "nee"})
    assert antwoord.status_code == 410
    assert "Er is niets veranderd aan je vraag" in antwoord.content.decode()
    vraag.refresh_from_db()
    assert vraag.status == VraagStatus.AFGEHANDELD
    assert not Terugkoppeling.objects.exists()
    assert client.get("/vraag/terugkoppeling/" + "a" * 400 + "/").status_code == 410


def test_geen_keuze_of_te_lange_tekst_geeft_een_duidelijke_melding(client):
    link = _gesloten().terugkoppellink()
    antwoord = client.post(link, {"toelichting": "hmm"})
    assert antwoord.status_code == 400
    assert "Kies ja, gedeeltelijk of nee." in antwoord.content.decode()
    antwoord = client.post(link, {"antwoord": "nee", "toelichting": "x" * 600})
    assert antwoord.status_code == 400
    assert "Gebruik hoogstens 500 tekens" in antwoord.content.decode()
    assert client.post(link, {"antwoord": "misschien"}).status_code == 400
    assert not Terugkoppeling.objects.exists()


def test_heropenen_door_medewerker(mailwerker):
    medewerker = maak_gebruiker("medewerker")
    vraag = _gesloten()
    vraag = heropenen(vraag, door=medewerker, reden="Nog hulp nodig")
    assert vraag.status == VraagStatus.HEROPEND
    assert vraag.historie.last().door == medewerker
    with pytest.raises(Exception, match="kan niet"):
        heropenen(vraag)  # heropend -> heropend is not a transition


def test_terugkoppelpagina_query_aantal(client):
    link = _gesloten().terugkoppellink()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(link).status_code == 200
    assert len(queries) <= 3


def test_bewaartermijn_wist_de_eigen_woorden_en_houdt_het_antwoord(client):
    from vragen.bewaartermijn import bewaartermijn_toepassen

    vraag = _gesloten(contact_telefoon="06 12345678", berichten_via=Berichtkanaal.SMS)
    client.post(vraag.terugkoppellink(), {"antwoord": "ja", "toelichting": "Ik ben Anna, dank!"})
    vraag = vraag_status_wijzigen(  # another closing, to be wiped after the term
        vraag=heropenen(vraag, reden="Toch nog een vraag"),
        nieuwe_status=VraagStatus.AFGEHANDELD,
        uitkomst=Uitkomst.GEHOLPEN,
        door=None,
    )
    from vragen.models import Vraag

    Vraag.objects.filter(pk=vraag.pk).update(afgesloten_op=timezone.now() - timedelta(days=400))
    assert bewaartermijn_toepassen().aantal == 1
    terugkoppeling = Terugkoppeling.objects.get()
    assert (terugkoppeling.antwoord, terugkoppeling.toelichting) == ("ja", "")
    vraag.refresh_from_db()
    assert not vraag.mails.filter(aan="06 12345678").exists()
    assert not vraag.mails.exclude(tekst="").exists()


def test_inzage_export_bevat_de_terugkoppeling(client):
    from vragen.inwonergegevens import vraag_als_gegevens

    vraag = _gesloten(contact_telefoon="06 12345678", berichten_via=Berichtkanaal.SMS)
    client.post(vraag.terugkoppellink(), {"antwoord": "gedeeltelijk", "toelichting": "Half"})
    vraag.refresh_from_db()
    gegevens = vraag_als_gegevens(vraag)
    assert gegevens["heeft_dit_je_geholpen"] == [
        {
            "tijdstip": gegevens["heeft_dit_je_geholpen"][0]["tijdstip"],
            "antwoord": "Gedeeltelijk",
            "toelichting": "Half",
        }
    ]
    assert gegevens["berichten_via"] == "Sms"
    assert {m["kanaal"] for m in gegevens["e_mails_aan_inwoner"]} == {"Sms"}
