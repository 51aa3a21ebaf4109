"""Messages to the resident: received, referred, closed with outcome; only with consent and
only by the chosen channel; through the outbox, kept and retried when sending fails."""

import io

import pytest
from django.core import mail
from django.core.management import call_command

from tests.factories import maak_aanbod, maak_gebruiker, maak_organisatie, maak_regel, maak_vraag
from vragen.models import Uitkomst, VraagStatus
from vragen.services import vraag_aanspreekpunt_wijzigen, vraag_status_wijzigen
from wijkportaal.models import Berichtkanaal, Mailbericht
from wijkportaal.sms import GeheugenBackend

pytestmark = pytest.mark.django_db

ANNA = {
    "toestemming_contact": True,
    "contact_naam": "Anna de Boer",
    "contact_email": "anna@voorbeeld.nl",
    "contact_telefoon": "06 12345678",
    "tekst": "Ik heb schulden en durf de post niet open te maken",
}


@pytest.fixture(autouse=True)
def _sms(settings):
    settings.SMS_BACKEND = "wijkportaal.sms.GeheugenBackend"
    GeheugenBackend.verstuurd = []


def _aan_anna():
    return [m for m in mail.outbox if m.to == ["anna@voorbeeld.nl"]]


def _geen_geheimen(tekst: str) -> None:
    for geheim in ("schulden", "Anna de Boer", "06 12345678", "Contactpersoon"):
        assert geheim not in tekst


def test_ontvangen_per_email(mailwerker):
    with mailwerker():
        vraag = maak_vraag(berichten_via=Berichtkanaal.EMAIL, **ANNA)
    [bericht] = _aan_anna()
    assert vraag.referentie in bericht.subject and "ontvangen" in bericht.subject
    assert vraag.statuslink() in bericht.body
    assert "We hebben je vraag ontvangen." in bericht.body
    _geen_geheimen(bericht.body)


def test_direct_doorverwezen_geeft_een_bericht_niet_twee(mailwerker):
    maak_regel(organisatie=maak_organisatie(naam="Buurtteam Oost"))
    with mailwerker():
        vraag = maak_vraag(berichten_via=Berichtkanaal.EMAIL, **ANNA)
    [bericht] = _aan_anna()
    assert "doorgegeven" in bericht.subject
    assert "We hebben je vraag doorgegeven aan Buurtteam Oost." in bericht.body
    assert vraag.statuslink() in bericht.body
    _geen_geheimen(bericht.body)


def test_doorverwezen_door_medewerker_en_ander_aanspreekpunt(mailwerker):
    medewerker = maak_gebruiker("medewerker")
    vraag = maak_vraag(berichten_via=Berichtkanaal.EMAIL, **ANNA)
    mail.outbox.clear()
    with mailwerker():
        vraag_aanspreekpunt_wijzigen(
            vraag=vraag,
            organisatie=maak_organisatie(naam="Buurtteam Oost"),
            contactpersoon="Sanne",
            email="sanne@buurtteam.example",
            reden="Past beter",
            door=medewerker,
        )
    [bericht] = _aan_anna()
    assert "Buurtteam Oost" in bericht.body and "Sanne" not in bericht.body
    # Another aanspreekpunt while already referred: the resident hears the new organisation.
    mail.outbox.clear()
    with mailwerker():
        vraag_aanspreekpunt_wijzigen(
            vraag=vraag,
            organisatie=maak_organisatie(naam="DOCK"),
            contactpersoon="Joyce",
            email="joyce@dock.example",
            reden="Wijk",
            door=medewerker,
        )
    [bericht] = _aan_anna()
    assert "DOCK" in bericht.body


def test_afgehandeld_met_uitkomst_in_woorden(mailwerker):
    aanbod = maak_aanbod(naam="Schuldhulp Oost", organisatie=maak_organisatie(naam="Buurtteam"))
    vraag = maak_vraag(berichten_via=Berichtkanaal.EMAIL, aanbod=[aanbod], **ANNA)
    mail.outbox.clear()
    with mailwerker():
        vraag_status_wijzigen(
            vraag=vraag,
            nieuwe_status=VraagStatus.AFGEHANDELD,
            uitkomst=Uitkomst.ANDER_AANBOD,
            door=maak_gebruiker("medewerker"),
        )
    [bericht] = _aan_anna()
    assert "afgehandeld" in bericht.subject
    assert "Je bent doorverwezen naar Buurtteam." in bericht.body
    assert "Schuldhulp Oost (Buurtteam)" in bericht.body
    assert vraag.statuslink() in bericht.body
    _geen_geheimen(bericht.body)


def test_in_behandeling_geeft_geen_bericht(mailwerker):
    vraag = maak_vraag(berichten_via=Berichtkanaal.EMAIL, **ANNA)
    mail.outbox.clear()
    with mailwerker():
        vraag_status_wijzigen(vraag=vraag, nieuwe_status=VraagStatus.IN_BEHANDELING, door=None)
    assert _aan_anna() == []


@pytest.mark.parametrize(
    "velden",
    [
        {"berichten_via": ""},  # consent to be called, but no messages chosen
        {"berichten_via": Berichtkanaal.EMAIL, "contact_email": ""},  # no address
    ],
    ids=["geen-kanaal", "geen-adres"],
)
def test_zonder_keuze_of_adres_geen_bericht(mailwerker, velden):
    with mailwerker():
        vraag = maak_vraag(**{**ANNA, **velden})
        vraag_status_wijzigen(
            vraag=vraag,
            nieuwe_status=VraagStatus.AFGEHANDELD,
            uitkomst=Uitkomst.GEHOLPEN,
            door=None,
        )
    assert mail.outbox == [] and GeheugenBackend.verstuurd == []
    assert not Mailbericht.objects.exists()


def test_zonder_toestemming_geen_bericht_ook_niet_via_het_formulier(client, mailwerker):
    with mailwerker():
        antwoord = client.post(
            "/vraag/versturen/",
            {"tekst": "Waar is de bieb?", "website": "", "berichten_via": "email"},
        )
    assert antwoord.status_code == 302
    assert mail.outbox == [] and not Mailbericht.objects.exists()


def test_sms_gaat_alleen_per_sms(mailwerker):
    with mailwerker():
        vraag = maak_vraag(berichten_via=Berichtkanaal.SMS, **ANNA)
        vraag_status_wijzigen(
            vraag=vraag,
            nieuwe_status=VraagStatus.AFGEHANDELD,
            uitkomst=Uitkomst.GEHOLPEN,
            door=None,
        )
    assert mail.outbox == []
    assert [aan for aan, _t in GeheugenBackend.verstuurd] == ["06 12345678", "06 12345678"]
    ontvangen, afgehandeld = (t for _a, t in GeheugenBackend.verstuurd)
    assert vraag.referentie in ontvangen and vraag.statuslink() in ontvangen
    assert "heeft je geholpen" in afgehandeld
    assert len(afgehandeld) < 320  # two text messages at most
    assert set(Mailbericht.objects.values_list("kanaal", flat=True)) == {"sms"}


def test_formulier_kiest_kanaal_en_meldt_ontbrekend_nummer(client):
    antwoord = client.post(
        "/vraag/versturen/",
        {
            "tekst": "Waar is de bieb?",
            "website": "",
            "toestemming_contact": "on",
            "contact_email": "anna@voorbeeld.nl",
            "berichten_via": "sms",
        },
    )
    assert antwoord.status_code == 400
    assert "Vul een mobiel nummer in voor berichten per sms" in antwoord.content.decode()


class KapotteSms:
    def versturen(self, aan, tekst):
        raise TimeoutError("sms-gateway reageert niet")


def test_kapotte_mailserver_vraag_blijft_bericht_wordt_opnieuw_verstuurd(settings, mailwerker):
    settings.EMAIL_BACKEND = "tests.vragen.test_mail.KapotteMail"
    with mailwerker():
        vraag = maak_vraag(berichten_via=Berichtkanaal.EMAIL, **ANNA)
    vraag.refresh_from_db()
    assert vraag.status == VraagStatus.NIEUW
    bericht = Mailbericht.objects.get(aan="anna@voorbeeld.nl")
    assert (bericht.verstuurd_op, bericht.pogingen) == (None, 1)

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("mail_opnieuw", stdout=io.StringIO())
    bericht.refresh_from_db()
    assert bericht.verstuurd_op is not None
    assert len(_aan_anna()) == 1


def test_kapotte_sms_gateway_wordt_ook_opnieuw_geprobeerd(settings, mailwerker):
    settings.SMS_BACKEND = "tests.vragen.test_berichten.KapotteSms"
    with mailwerker():
        maak_vraag(berichten_via=Berichtkanaal.SMS, **ANNA)
    bericht = Mailbericht.objects.get(kanaal="sms")
    assert "sms-gateway reageert niet" in bericht.laatste_fout
    settings.SMS_BACKEND = "wijkportaal.sms.GeheugenBackend"
    call_command("mail_opnieuw", stdout=io.StringIO())
    bericht.refresh_from_db()
    assert bericht.verstuurd_op is not None
    assert len(GeheugenBackend.verstuurd) == 1


def test_bericht_in_de_taal_van_de_inwoner_wie_het_ook_verandert(client, mailwerker):
    with mailwerker():
        client.post(
            "/vraag/versturen/",
            {
                "tekst": "Where can I learn Dutch?",
                "website": "",
                "toestemming_contact": "on",
                "contact_email": "sam@example.org",
                "berichten_via": "email",
            },
            HTTP_ACCEPT_LANGUAGE="en",
        )
        vraag = maak_vraag(berichten_via=Berichtkanaal.EMAIL, **ANNA)  # at the desk: Dutch
        from django.utils import translation

        with translation.override("en"):  # a staff member with an English screen
            vraag_status_wijzigen(
                vraag=vraag,
                nieuwe_status=VraagStatus.AFGEHANDELD,
                uitkomst=Uitkomst.GEHOLPEN,
                door=None,
            )
    [sam] = [m for m in mail.outbox if m.to == ["sam@example.org"]]
    assert "We have received your question." in sam.body
    ontvangen, afgehandeld = _aan_anna()
    assert "Je vraag is afgehandeld. Het Wijkinformatiepunt heeft je geholpen." in afgehandeld.body
