from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import maak_gebruiker, maak_organisatie, maak_regel, maak_vraag, otp_inloggen
from vragen.models import Vraag, VraagStatus


@pytest.fixture
def opzet():
    dock = maak_organisatie(naam="DOCK")
    lister = maak_organisatie(naam="Lister")
    maak_regel(organisatie=dock, wijk="overvecht", volgorde=1)
    maak_regel(organisatie=lister, wijk="west", volgorde=2)
    vrijwilliger = maak_gebruiker("vrijwilliger")
    andere_vrijwilliger = maak_gebruiker("vrijwilliger")
    return {
        "dock": dock,
        "vrijwilliger": vrijwilliger,
        "medewerker": maak_gebruiker("medewerker"),
        "partner": maak_gebruiker("partner", organisatie=dock),
        "van_dock": maak_vraag(
            wijk="overvecht",
            door=vrijwilliger,
            tekst="Vraag voor DOCK",
            toestemming_contact=True,
            contact_telefoon="06 99998888",
        ),
        "van_lister": maak_vraag(wijk="west", door=andere_vrijwilliger, tekst="Vraag voor Lister"),
        "coordinatoren": maak_vraag(
            wijk="oost", door=andere_vrijwilliger, tekst="Vraag zonder regel"
        ),
    }


def _refs(client) -> set[str]:
    antwoord = client.get("/balie/vragen/")
    assert antwoord.status_code == 200
    return {v.referentie for v in antwoord.context["pagina"].object_list}


@pytest.mark.django_db
def test_elke_rol_ziet_wat_mag_en_niet_meer(client, opzet):
    alle = {opzet[k].referentie for k in ("van_dock", "van_lister", "coordinatoren")}
    otp_inloggen(client, opzet["medewerker"])
    assert _refs(client) == alle
    otp_inloggen(client, opzet["partner"])
    assert _refs(client) == {opzet["van_dock"].referentie}
    otp_inloggen(client, opzet["vrijwilliger"])
    assert _refs(client) == {opzet["van_dock"].referentie}
    client.logout()
    assert client.get("/balie/vragen/").status_code == 302
    otp_inloggen(client, maak_gebruiker())
    assert client.get("/balie/vragen/").status_code == 403


@pytest.mark.django_db
def test_detail_alleen_voor_wie_de_vraag_mag_zien(client, opzet):
    url_lister = opzet["van_lister"].get_absolute_url()
    url_dock = opzet["van_dock"].get_absolute_url()
    otp_inloggen(client, opzet["partner"])
    assert client.get(url_lister).status_code == 404
    dock = client.get(url_dock)
    assert dock.status_code == 200
    assert "06 99998888" in dock.content.decode()  # the partner follows up
    assert client.get(f"{url_lister}print/").status_code == 404
    assert client.post(f"{url_lister}status/", {"status": "in_behandeling"}).status_code == 404
    otp_inloggen(client, opzet["vrijwilliger"])
    eigen = client.get(url_dock).content.decode()
    assert "Status wijzigen" not in eigen  # volunteers follow, they do not handle
    assert client.post(f"{url_dock}status/", {"status": "in_behandeling"}).status_code == 403
    assert client.get(url_lister).status_code == 404


@pytest.mark.django_db
def test_partner_en_medewerker_wijzigen_status_met_historie(client, opzet):
    vraag = opzet["van_dock"]
    otp_inloggen(client, opzet["partner"])
    antwoord = client.post(
        f"{vraag.get_absolute_url()}status/", {"status": "in_behandeling", "notitie": "Gebeld"}
    )
    assert antwoord.status_code == 302
    vraag.refresh_from_db()
    assert vraag.status == VraagStatus.IN_BEHANDELING
    laatste = vraag.historie.last()
    assert (laatste.door, laatste.notitie) == (opzet["partner"], "Gebeld")
    # Partners cannot pick another aanspreekpunt; staff can, with a reason.
    assert client.post(f"{vraag.get_absolute_url()}aanspreekpunt/", {}).status_code == 403
    otp_inloggen(client, opzet["medewerker"])
    antwoord = client.post(
        f"{vraag.get_absolute_url()}status/", {"status": "afgehandeld", "uitkomst": ""}
    )
    assert antwoord.status_code == 400
    assert "Kies een uitkomst" in antwoord.content.decode()
    antwoord = client.post(f"{vraag.get_absolute_url()}status/", {"status": "heropend"})
    assert antwoord.status_code == 400  # not a next step from in behandeling


@pytest.mark.django_db
def test_filters_en_te_laat_eerst(client, opzet):
    otp_inloggen(client, opzet["medewerker"])
    Vraag.objects.filter(pk=opzet["coordinatoren"].pk).update(
        deadline=timezone.localdate() - timedelta(days=2)
    )
    volgorde = [v.referentie for v in client.get("/balie/vragen/").context["pagina"].object_list]
    assert volgorde[0] == opzet["coordinatoren"].referentie
    assert _filter(client, "te_laat=on") == {opzet["coordinatoren"].referentie}
    assert _filter(client, "coordinatoren=on") == {opzet["coordinatoren"].referentie}
    assert _filter(client, "wijk=west") == {opzet["van_lister"].referentie}
    assert _filter(client, "status=nieuw") == {opzet["coordinatoren"].referentie}
    assert _filter(client, "q=Lister") == {opzet["van_lister"].referentie}
    assert _filter(client, f"q={opzet['van_dock'].referentie.lower()}") == {
        opzet["van_dock"].referentie
    }
    assert client.get("/balie/vragen/?status=onzin&page=kapot&wijk=mars").status_code == 200
    otp_inloggen(client, opzet["vrijwilliger"])
    assert _filter(client, "mijn=on") == {opzet["van_dock"].referentie}
    otp_inloggen(client, opzet["partner"])
    assert _filter(client, "organisatie=on") == {opzet["van_dock"].referentie}


def _filter(client, query: str) -> set[str]:
    return {
        v.referentie for v in client.get(f"/balie/vragen/?{query}").context["pagina"].object_list
    }


def _aantal_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_aantal_queries_blijft_gelijk_als_er_vragen_bijkomen(client, opzet):
    otp_inloggen(client, opzet["medewerker"])
    vraag = opzet["van_dock"]
    lijst = _aantal_queries(client, "/balie/vragen/")
    detail = _aantal_queries(client, vraag.get_absolute_url())
    print_ = _aantal_queries(client, f"{vraag.get_absolute_url()}print/")
    for i in range(6):
        maak_vraag(themas=("wonen", "ontmoeting"), wijk="overvecht", tekst=f"Extra {i}")
    from vragen.services import vraag_notitie_toevoegen

    for i in range(4):
        vraag_notitie_toevoegen(vraag=vraag, notitie=f"notitie {i}", door=opzet["medewerker"])
    assert _aantal_queries(client, "/balie/vragen/") == lijst
    assert _aantal_queries(client, vraag.get_absolute_url()) == detail
    assert _aantal_queries(client, f"{vraag.get_absolute_url()}print/") == print_
