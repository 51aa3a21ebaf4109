import time

import pytest
from django.core import signing

from tests.factories import maak_gebruiker, maak_organisatie, maak_regel, maak_vraag
from vragen.models import Vraag, VraagStatus
from vragen.services import vraag_aanspreekpunt_wijzigen


@pytest.fixture
def vraag():
    maak_regel(organisatie=maak_organisatie(naam="DOCK"), contactpersoon="Joyce")
    return maak_vraag(
        tekst="Ik zoek hulp bij de administratie",
        toestemming_contact=True,
        contact_telefoon="06 12341234",
    )


@pytest.mark.django_db
def test_link_toont_de_vraag_zonder_account(client, vraag):
    antwoord = client.get(vraag.partnerlink())
    html = antwoord.content.decode()
    assert antwoord.status_code == 200
    assert "Ik zoek hulp bij de administratie" in html
    assert "06 12341234" in html
    assert antwoord["Referrer-Policy"] == "same-origin"  # link tokens stay on the site
    assert html.count("<h1") == 1


@pytest.mark.django_db
def test_link_werkt_alleen_voor_zijn_eigen_vraag(client, vraag):
    andere = maak_vraag(tekst="Een heel andere vraag")
    token = vraag.partnertoken()
    antwoord = client.get(f"/partner/{token}/")
    assert "Een heel andere vraag" not in antwoord.content.decode()
    # A token changed to name another question breaks the signature.
    vals = signing.TimestampSigner(salt="iets-anders").sign_object(
        {"v": str(andere.uuid), "k": andere.partnersleutel}
    )
    assert client.get(f"/partner/{vals}/").status_code == 404
    assert client.get(f"/partner/{token[:-2]}xx/").status_code == 404
    assert client.get("/partner/zomaar-iets/").status_code == 404
    assert client.post(f"/partner/{vals}/actie/", {"actie": "accepteren"}).status_code == 404
    assert Vraag.objects.get(pk=andere.pk).status == andere.status


@pytest.mark.django_db
def test_link_verloopt(client, vraag, settings, monkeypatch):
    token = vraag.partnertoken()
    settings.VRAGEN_PARTNERLINK_DAGEN = 14
    nu = time.time()
    monkeypatch.setattr(time, "time", lambda: nu + 13 * 24 * 3600)
    assert client.get(f"/partner/{token}/").status_code == 200
    monkeypatch.setattr(time, "time", lambda: nu + 15 * 24 * 3600)
    antwoord = client.get(f"/partner/{token}/")
    assert antwoord.status_code == 404
    assert "werkt niet (meer)" in antwoord.content.decode()


@pytest.mark.django_db
def test_oude_link_werkt_niet_meer_na_ander_aanspreekpunt(client, vraag):
    oud = vraag.partnerlink()
    vraag_aanspreekpunt_wijzigen(
        vraag=vraag,
        organisatie=maak_organisatie(),
        contactpersoon="Kim",
        email="k@x.nl",
        reden="Andere wijk",
        door=maak_gebruiker("medewerker"),
    )
    assert client.get(oud).status_code == 404


@pytest.mark.django_db
def test_aannemen_notitie_en_afronden(client, vraag):
    token = vraag.partnertoken()
    client.post(f"/partner/{token}/actie/", {"actie": "accepteren"})
    vraag.refresh_from_db()
    assert vraag.status == VraagStatus.IN_BEHANDELING
    assert "Joyce (DOCK)" in vraag.historie.last().wie
    client.post(f"/partner/{token}/actie/", {"actie": "notitie", "notitie": "Afspraak dinsdag"})
    assert vraag.historie.last().notitie == "Afspraak dinsdag"
    antwoord = client.post(f"/partner/{token}/actie/", {"actie": "afronden"})
    assert antwoord.status_code == 400
    assert "Kies de uitkomst" in antwoord.content.decode()
    client.post(f"/partner/{token}/actie/", {"actie": "afronden", "uitkomst": "geholpen"})
    vraag.refresh_from_db()
    assert (vraag.status, vraag.uitkomst) == ("afgehandeld", "geholpen")
    # Closed: the page shows the outcome, no actions, and no contact details any more.
    html = client.get(f"/partner/{token}/").content.decode()
    assert "Opslaan" not in html and "06 12341234" not in html


@pytest.mark.django_db
def test_afwijzen_vraagt_reden_en_geeft_terug_aan_coordinatoren(client, vraag):
    token = vraag.partnertoken()
    antwoord = client.post(f"/partner/{token}/actie/", {"actie": "afwijzen"})
    assert "waarom" in antwoord.content.decode()
    client.post(f"/partner/{token}/actie/", {"actie": "afwijzen", "notitie": "Geen plek"})
    vraag.refresh_from_db()
    assert vraag.status == VraagStatus.NIEUW
    assert vraag.aanspreekpunt_organisatie is None
    assert vraag.historie.last().notitie == "Geen plek"
    assert client.get(f"/partner/{token}/").status_code == 404
