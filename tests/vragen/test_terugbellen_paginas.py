"""The desk pages for follow-up calls and the crisis flag."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from aanbod.models import Informatiepunt
from tests.factories import maak_aanbod, maak_gebruiker, maak_vraag, otp_inloggen
from vragen.models import Belresultaat, Terugbelafspraak, Vraag, VraagStatus
from vragen.services import vraag_acuut_markeren
from vragen.terugbellen import terugbellen_plannen

CONTACT = {
    "toestemming_contact": True,
    "contact_naam": "Mevrouw Bakker",
    "contact_telefoon": "030 123 45 67",
}


def _punt(naam: str, *mensen) -> Informatiepunt:
    punt = Informatiepunt.objects.create(naam=naam, aanbod=maak_aanbod(naam=naam))
    punt.medewerkers.add(*mensen)
    return punt


def _afspraak(punt, door=None, dag=None, **velden):
    vraag = maak_vraag(door=door, informatiepunt=punt, **CONTACT, **velden)
    return terugbellen_plannen(
        vraag=vraag,
        datum=dag or timezone.localdate(),
        door=door,
        toestemming=True,
        reden=f"Nabellen {punt.naam}",
    )


@pytest.fixture
def twee_punten(db):
    anna, bram = maak_gebruiker("vrijwilliger"), maak_gebruiker("vrijwilliger")
    return _punt("Wip Oost", anna), _punt("Wip West", bram), anna, bram


def test_vrijwilliger_ziet_alleen_de_lijst_van_het_eigen_informatiepunt(client, twee_punten):
    oost, west, anna, _bram = twee_punten
    eigen = _afspraak(oost)
    ander = _afspraak(west)
    otp_inloggen(client, anna)
    pagina = client.get(reverse("vragen:terugbellen"))
    assert pagina.status_code == 200
    assert eigen.vraag.referentie in pagina.text and "Nabellen Wip Oost" in pagina.text
    assert ander.vraag.referentie not in pagina.text
    # Asking for the other desk's list: a clear message and still only the own list.
    pagina = client.get(reverse("vragen:terugbellen"), {"informatiepunt": west.slug})
    assert "Dat informatiepunt kun je niet kiezen" in pagina.text
    assert ander.vraag.referentie not in pagina.text
    assert client.get(ander.get_absolute_url()).status_code == 404
    assert client.post(reverse("vragen:belresultaat", args=[ander.uuid]), {}).status_code == 404


def test_medewerker_kiest_elk_informatiepunt(client, twee_punten):
    oost, west, _anna, _bram = twee_punten
    ander = _afspraak(west)
    otp_inloggen(client, maak_gebruiker("medewerker"))
    pagina = client.get(reverse("vragen:terugbellen"), {"informatiepunt": west.slug})
    assert ander.vraag.referentie in pagina.text
    eigen = _afspraak(oost)
    medewerker_oost = maak_gebruiker("medewerker")
    oost.medewerkers.add(medewerker_oost)
    otp_inloggen(client, medewerker_oost)
    pagina = client.get(reverse("vragen:terugbellen"))  # own desk first
    assert eigen.vraag.referentie in pagina.text and ander.vraag.referentie not in pagina.text
    pagina = client.get(reverse("vragen:terugbellen"), {"informatiepunt": ""})  # all desks
    assert eigen.vraag.referentie in pagina.text and ander.vraag.referentie in pagina.text


def test_telefoontjes_van_later_en_gemiste_staan_apart(client, twee_punten, zet_nu):
    oost, _west, anna, _bram = twee_punten
    morgen = _afspraak(oost, dag=timezone.localdate() + timedelta(days=1))
    gisteren = _afspraak(oost)
    Terugbelafspraak.objects.filter(pk=gisteren.pk).update(
        datum=timezone.localdate() - timedelta(days=1)
    )
    otp_inloggen(client, anna)
    pagina = client.get(reverse("vragen:terugbellen")).text
    vandaag, _, later = pagina.partition("De komende dagen")
    assert gisteren.vraag.referentie in vandaag and "Was gepland op" in vandaag
    assert morgen.vraag.referentie in later


def test_resultaat_nog_hulp_nodig_zet_de_vraag_terug_in_de_wachtrij(client, twee_punten):
    oost, _west, anna, _bram = twee_punten
    afspraak = _afspraak(oost)
    vraag_status = afspraak.vraag
    Vraag.objects.filter(pk=vraag_status.pk).update(status=VraagStatus.AFGEHANDELD)
    otp_inloggen(client, anna)
    leeg = client.post(reverse("vragen:belresultaat", args=[afspraak.uuid]), {})
    assert leeg.status_code == 400 and "Kies hoe het gesprek ging." in leeg.text
    antwoord = client.post(
        reverse("vragen:belresultaat", args=[afspraak.uuid]),
        {"resultaat": Belresultaat.NOG_HULP_NODIG, "notitie": "Nog geen brief van de gemeente"},
    )
    assert antwoord.status_code == 302
    vraag = Vraag.objects.get(pk=vraag_status.pk)
    assert vraag.status == VraagStatus.HEROPEND
    medewerker = maak_gebruiker("medewerker")
    otp_inloggen(client, medewerker)
    wachtrij = client.get(reverse("vragen:wachtrij"), {"status": "open"})
    assert vraag.referentie in wachtrij.text


@pytest.mark.django_db
def test_plannen_vanaf_de_vraag_vraagt_toestemming_en_een_goede_datum(client):
    vrijwilliger = maak_gebruiker("vrijwilliger")
    vraag = maak_vraag(door=vrijwilliger)
    otp_inloggen(client, vrijwilliger)
    url = reverse("vragen:terugbellen_plannen", args=[vraag.uuid])
    morgen = (timezone.localdate() + timedelta(days=1)).isoformat()
    geen_toestemming = client.post(url, {"terugbellen-datum": morgen, "terugbellen-telefoon": "06"})
    assert geen_toestemming.status_code == 400
    assert "alleen als de inwoner daar toestemming voor geeft" in geen_toestemming.text
    for datum, fout in (("31-02-2026", "Vul een datum in"), ("", "Kies een datum.")):
        antwoord = client.post(url, {"terugbellen-datum": datum, "terugbellen-toestemming": "on"})
        assert antwoord.status_code == 400 and fout in antwoord.text
    zonder_nummer = client.post(url, {"terugbellen-datum": morgen, "terugbellen-toestemming": "on"})
    assert "Vul het telefoonnummer van de inwoner in." in zonder_nummer.text
    assert not Terugbelafspraak.objects.exists()
    antwoord = client.post(
        url,
        {
            "terugbellen-datum": morgen,
            "terugbellen-toestemming": "on",
            "terugbellen-telefoon": "+31 6 1234 5678",
            "terugbellen-reden": "Vragen of het gesprek met de huisarts is gelukt",
        },
    )
    assert antwoord.status_code == 302
    afspraak = vraag.terugbelafspraken.get()
    assert afspraak.datum.isoformat() == morgen
    assert client.get(vraag.get_absolute_url()).text.count(afspraak.get_absolute_url()) == 1


@pytest.mark.django_db
def test_intake_met_terugbellen_zonder_toestemming_geeft_een_melding(client):
    otp_inloggen(client, maak_gebruiker("vrijwilliger"))
    antwoord = client.post(
        reverse("vragen:registreren"),
        {
            "tekst": "Ik wil graag iemand spreken",
            "kanaal": "balie",
            "actie": "opslaan",
            "contact_telefoon": "",
            "terugbellen_op": (date.today() + timedelta(days=2)).isoformat(),
        },
    )
    assert antwoord.status_code == 200
    assert "Terugbellen kan alleen met toestemming" in antwoord.text
    assert not Vraag.objects.exists()


CRISISNUMMERS = ('href="tel:112"', 'href="tel:08000113"', 'href="tel:08002000"')


@pytest.mark.django_db
@pytest.mark.usefixtures("zonder_paginacache")
def test_crisisblok_op_vraag_en_balie_zonder_javascript(client):
    pagina = client.get(reverse("vragen:online")).text
    for nummer in CRISISNUMMERS:
        assert nummer in pagina
    assert "113 Zelfmoordpreventie" in pagina and "Veilig Thuis" in pagina
    assert 'lang="en"' in pagina and "In English" in pagina
    assert 'aria-labelledby="crisis-kop"' in pagina
    # Before the form: a resident in crisis sees it before typing anything.
    assert pagina.index("tel:112") < pagina.index('name="tekst"')
    otp_inloggen(client, maak_gebruiker("vrijwilliger"))
    balie = client.get(reverse("vragen:balie")).text
    for nummer in CRISISNUMMERS:
        assert nummer in balie
    english = client.get(reverse("vragen:online"), headers={"accept-language": "en"})
    assert "tel:08000113" in english.text and "Need help right now?" in english.text
    assert "In English:" not in english.text  # the English page is English already


def test_acuut_bovenaan_en_de_coordinator_krijgt_direct_bericht(client, twee_punten, mailwerker):
    oost, west, anna, _bram = twee_punten
    eigen_coordinator = maak_gebruiker("coordinator", email="c.oost@wijkportaal.example")
    oost.medewerkers.add(eigen_coordinator)
    maak_gebruiker("coordinator", email="c.west@wijkportaal.example")
    oud = maak_vraag(door=anna, informatiepunt=oost)
    Vraag.objects.filter(pk=oud.pk).update(deadline=date(2020, 1, 1))
    vraag = maak_vraag(door=anna, informatiepunt=oost, themas=("ontmoeting",))
    otp_inloggen(client, anna)
    leeg = client.post(reverse("vragen:acuut", args=[vraag.uuid]), {})
    assert leeg.status_code == 400 and "wat er aan de hand is" in leeg.text
    with mailwerker():
        antwoord = client.post(
            reverse("vragen:acuut", args=[vraag.uuid]),
            {"acuut-notitie": "Inwoner wordt vandaag uit huis gezet"},
        )
    assert antwoord.status_code == 302
    vraag.refresh_from_db()
    assert vraag.acuut and vraag.deadline == timezone.localdate()
    assert [m.to for m in mail.outbox] == [["c.oost@wijkportaal.example"]]
    assert vraag.referentie in mail.outbox[0].subject
    assert "uit huis" not in mail.outbox[0].body  # no personal details in mail
    medewerker = maak_gebruiker("medewerker")
    otp_inloggen(client, medewerker)
    rijen = client.get(reverse("vragen:wachtrij")).text.split("<tbody>")[1].split("</tr>")
    assert vraag.referentie in rijen[0] and "Acuut" in rijen[0]
    assert oud.referentie in rijen[1]


@pytest.mark.django_db
def test_acuut_zonder_eigen_coordinator_gaat_naar_alle_en_de_dienstpostbus(settings, mailwerker):
    settings.VRAGEN_ACUUT_EMAIL = ["dienst@wijkportaal.example"]
    maak_gebruiker("coordinator", email="c1@wijkportaal.example")
    maak_gebruiker("coordinator", email="")
    maak_gebruiker("medewerker", email="m@wijkportaal.example")
    vraag = maak_vraag()
    with mailwerker():
        vraag_acuut_markeren(vraag=vraag, door=None, notitie="Crisis")
        vraag_acuut_markeren(vraag=vraag, door=None, notitie="Nog eens")
    assert sorted(m.to[0] for m in mail.outbox) == [
        "c1@wijkportaal.example",
        "dienst@wijkportaal.example",
    ]


def test_intake_acuut_en_kwetsbaar(client, twee_punten, mailwerker):
    oost, _west, anna, _bram = twee_punten
    maak_gebruiker("coordinator", email="c@wijkportaal.example")
    otp_inloggen(client, anna)
    with mailwerker():
        antwoord = client.post(
            reverse("vragen:registreren"),
            {
                "tekst": "Mijn buurman is erg in de war en alleen",
                "kanaal": "balie",
                "actie": "opslaan",
                "informatiepunt": oost.slug,
                "acuut": "on",
                "kwetsbaar": "on",
                "toestemming_contact": "on",
                "contact_telefoon": "06 11 22 33 44",
            },
        )
    assert antwoord.status_code == 302
    vraag = Vraag.objects.get()
    assert vraag.acuut and vraag.kwetsbaar and vraag.deadline == timezone.localdate()
    afspraak = vraag.terugbelafspraken.get()
    assert afspraak.voorgesteld and afspraak.informatiepunt == oost
    assert len(mail.outbox) == 1


def _aantal(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_vast_aantal_queries(client, twee_punten):
    oost, _west, anna, _bram = twee_punten
    eerste = _afspraak(oost, door=anna)
    _afspraak(oost, dag=timezone.localdate() + timedelta(days=2))
    otp_inloggen(client, anna)
    urls = [
        reverse("vragen:terugbellen"),
        eerste.get_absolute_url(),
        eerste.vraag.get_absolute_url(),
    ]
    voor = [_aantal(client, url) for url in urls]
    for _ in range(4):
        _afspraak(oost)
        _afspraak(oost, dag=timezone.localdate() + timedelta(days=3))
        terugbellen_plannen(
            vraag=eerste.vraag,
            datum=timezone.localdate() + timedelta(days=5),
            door=anna,
            toestemming=True,
        )
    assert [_aantal(client, url) for url in urls] == voor


@pytest.mark.django_db
def test_dashboard_van_de_coordinatoren_begint_met_acute_vragen(client):
    coordinator = maak_gebruiker("coordinator")
    gewoon = maak_vraag()
    acuut = vraag_acuut_markeren(vraag=maak_vraag(), door=None, notitie="Crisis")
    otp_inloggen(client, coordinator)
    pagina = client.get(reverse("beheer:dashboard")).text
    blok = pagina.split('id="acuut"')[1].split("</section>")[0]
    assert acuut.referentie in blok and gewoon.referentie not in blok
