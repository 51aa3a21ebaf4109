"""After intake: staff re-route to a known aanspreekpunt, add or take off offers; the queue
shows the first words, open questions by default and Dutch dates."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from tests.factories import (
    maak_aanbod,
    maak_gebruiker,
    maak_organisatie,
    maak_regel,
    maak_vraag,
    otp_inloggen,
)
from vragen.models import StatusWijziging, Vraag, VraagStatus
from vragen.services import vraag_aanbod_wijzigen, vraag_status_wijzigen

pytestmark = pytest.mark.usefixtures("zonder_paginacache")


@pytest.fixture
def medewerker(client):
    gebruiker = maak_gebruiker("medewerker")
    otp_inloggen(client, gebruiker)
    return gebruiker


def _aantal(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_ander_aanspreekpunt_kiezen_uit_de_bekende(client, medewerker, mailoutbox):
    dock = maak_organisatie(naam="DOCK")
    maak_regel(organisatie=dock, thema="wonen", contactpersoon="Joyce", email="joyce@dock.example")
    # The same person in a second rule is one choice, not two.
    maak_regel(organisatie=dock, wijk="oost", contactpersoon="Joyce", email="JOYCE@dock.example")
    lister = maak_regel(
        organisatie=maak_organisatie(naam="Lister"), wijk="west", contactpersoon="Ali"
    )
    vraag = maak_vraag(wijk="zuid", tekst="Mevrouw zoekt hulp bij de formulieren")
    html = client.get(vraag.get_absolute_url()).content.decode()
    assert html.count("DOCK: Joyce") == 1 and "Lister: Ali" in html
    assert 'name="contactpersoon"' not in html  # nothing to retype

    antwoord = client.post(
        f"{vraag.get_absolute_url()}aanspreekpunt/",
        {"aanspreekpunt": str(lister.pk), "reden": "Lister kent mevrouw al."},
    )
    assert antwoord.status_code == 302
    vraag.refresh_from_db()
    assert vraag.aanspreekpunt_organisatie.naam == "Lister"
    assert (vraag.aanspreekpunt_naam, vraag.aanspreekpunt_email) == ("Ali", lister.email)
    assert vraag.status == VraagStatus.DOORVERWEZEN
    assert vraag.historie.last().notitie.startswith("Ander aanspreekpunt: Lister")


@pytest.mark.django_db
def test_onbekend_aanspreekpunt_geeft_een_melding_geen_500(client, medewerker):
    maak_regel(organisatie=maak_organisatie(naam="DOCK"), thema="wonen")
    vraag = maak_vraag(tekst="Vraag")
    for waarde in ("999999", "abc", "\x00", ""):
        antwoord = client.post(
            f"{vraag.get_absolute_url()}aanspreekpunt/", {"aanspreekpunt": waarde, "reden": "x"}
        )
        assert antwoord.status_code == 400
        html = antwoord.content.decode()
        assert "Kies een aanspreekpunt" in html or "kennen we niet" in html
    vraag.refresh_from_db()
    assert vraag.aanspreekpunt_organisatie is None


@pytest.mark.django_db
def test_aanbod_toevoegen_en_weghalen_na_intake_met_historie(client, medewerker):
    koffie = maak_aanbod(naam="Buurtkoffie Oost")
    taal = maak_aanbod(naam="Taalcafé Zuid")
    vraag = maak_vraag(tekst="Meneer zoekt gezelschap", aanbod=[koffie])
    url = vraag.get_absolute_url()

    gevonden = client.get(url, {"zoek": "taalcafe"}).content.decode()
    assert 'name="toevoegen"' in gevonden and "Taalcafé Zuid" in gevonden
    assert client.post(f"{url}aanbod/", {"toevoegen": [str(taal.hsds_id)]}).status_code == 302
    assert set(vraag.aanbod.all()) == {koffie, taal}
    assert client.post(f"{url}aanbod/", {"weghalen": str(koffie.hsds_id)}).status_code == 302
    assert list(vraag.aanbod.all()) == [taal]
    notities = list(
        vraag.historie.filter(van_status=vraag.status).values_list("notitie", flat=True)
    )
    assert "Aanbod toegevoegd: Taalcafé Zuid." in notities
    assert "Aanbod weggehaald: Buurtkoffie Oost." in notities
    # Nothing chosen, or an id that is no offer: a clear message, nothing changes.
    for data in (
        {},
        {"toevoegen": "geen-uuid"},
        {"weghalen": "00000000-0000-0000-0000-000000000000"},
    ):
        antwoord = client.post(f"{url}aanbod/", data)
        assert antwoord.status_code == 400
        assert "Er is iets niet goed ingevuld" in antwoord.content.decode()
    assert list(vraag.aanbod.all()) == [taal]


@pytest.mark.django_db
def test_aanbod_wijzigen_alleen_voor_wie_de_vraag_behandelt(client):
    vrijwilliger = maak_gebruiker("vrijwilliger")
    koffie = maak_aanbod(naam="Buurtkoffie")
    vraag = maak_vraag(tekst="Vraag", door=vrijwilliger)
    otp_inloggen(client, vrijwilliger)
    assert (
        'name="toevoegen"'
        not in client.get(vraag.get_absolute_url(), {"zoek": "koffie"}).content.decode()
    )
    antwoord = client.post(f"{vraag.get_absolute_url()}aanbod/", {"toevoegen": str(koffie.hsds_id)})
    assert antwoord.status_code == 403
    assert not vraag.aanbod.exists()


@pytest.mark.django_db
def test_aanbod_wijzigen_schrijft_alleen_historie_als_er_iets_verandert():
    medewerker = maak_gebruiker("medewerker")
    koffie = maak_aanbod(naam="Buurtkoffie")
    vraag = maak_vraag(tekst="Vraag", aanbod=[koffie])
    voor = StatusWijziging.objects.count()
    vraag_aanbod_wijzigen(vraag=vraag, door=medewerker, toevoegen=[koffie])
    assert StatusWijziging.objects.count() == voor


@pytest.mark.django_db
def test_wachtrij_toont_begin_van_de_vraag_open_vragen_en_nederlandse_datums(client, medewerker):
    open_ = maak_vraag(
        tekst="Mijn buurvrouw van negentig kan haar boodschappen niet meer zelf doen"
    )
    dicht = maak_vraag(tekst="Gesloten vraag over de fiets")
    vraag_status_wijzigen(vraag=dicht, nieuwe_status=VraagStatus.GEANNULEERD, door=medewerker)
    Vraag.objects.filter(pk=open_.pk).update(deadline=date(timezone.localdate().year, 12, 7))
    with translation.override("nl"):
        html = client.get("/balie/vragen/", headers={"Accept-Language": "nl"}).content.decode()
    assert "Mijn buurvrouw van negentig kan haar boodschappen niet …" in html
    assert "7 december" in html and "Dec" not in html
    assert dicht.referentie not in html  # open questions only by default
    assert 'value="open" selected' in html
    alles = client.get("/balie/vragen/", {"status": "alle"}).content.decode()
    assert dicht.referentie in alles and open_.referentie in alles
    gesloten = client.get("/balie/vragen/", {"status": "afgesloten"}).content.decode()
    assert dicht.referentie in gesloten and open_.referentie not in gesloten


@pytest.mark.django_db
def test_queryaantallen_wachtrij_en_vraagpagina_met_zoeken(client, medewerker):
    maak_regel(organisatie=maak_organisatie(naam="DOCK"), thema="wonen")
    koffie = maak_aanbod(naam="Buurtkoffie")
    vraag = maak_vraag(tekst="Vraag over koffie", aanbod=[koffie])
    urls = [
        "/balie/vragen/",
        "/balie/vragen/?status=alle",
        f"{vraag.get_absolute_url()}?zoek=koffie",
    ]
    for url in urls:
        _aantal(client, url)  # the search's caches
    voor = [_aantal(client, url) for url in urls]
    for i in range(4):
        maak_regel(organisatie=maak_organisatie(naam=f"Partner {i}"), wijk="west")
        andere = maak_vraag(tekst=f"Nog een vraag {i}", themas=("wonen",))
        vraag_status_wijzigen(vraag=andere, nieuwe_status=VraagStatus.GEANNULEERD, door=medewerker)
        maak_vraag(tekst=f"Open vraag {i}")
        vraag.aanbod.add(maak_aanbod(naam=f"Koffie {i}"))
    for url in urls:
        _aantal(client, url)
    assert [_aantal(client, url) for url in urls] == voor
