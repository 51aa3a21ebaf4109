"""Coordinators import an HSDS file on /beheer/: preview first, then apply; bad files get
a clear message and change nothing."""

import io
import zipfile

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile

from aanbod.models import Aanbod, AanbodWijziging, Bron
from opendata.forms import MAX_GROOTTE
from tests.factories import otp_inloggen
from tests.opendata.conftest import DATA

IMPORT = "/beheer/open-data/import/"
BEVESTIG = "/beheer/open-data/import/bevestigen/"


def _gebruiker(rol: str) -> User:
    gebruiker = User.objects.create_user(rol, password="x")
    gebruiker.groups.add(Group.objects.get(name=rol))
    return gebruiker


def _hsds11_zip(
    naam: str = "partner.zip", vervang: tuple[str, str] = ("", "")
) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for bestand in (DATA / "hsds11").iterdir():
            zf.writestr(bestand.name, bestand.read_text(encoding="utf-8").replace(*vervang))
    return SimpleUploadedFile(naam, buffer.getvalue(), "application/zip")


@pytest.mark.django_db
def test_alleen_coordinatoren_mogen_inlezen(client):
    assert client.get(IMPORT).status_code == 302  # to the login page
    otp_inloggen(client, _gebruiker("vrijwilliger"))
    assert client.get(IMPORT).status_code in (302, 403)
    assert client.post(BEVESTIG).status_code in (302, 403)
    otp_inloggen(client, _gebruiker("coordinator"))
    r = client.get(IMPORT)
    assert r.status_code == 200
    assert r.content.decode().count("<h1") == 1
    assert 'for="id_bestand"' in r.content.decode()


@pytest.mark.django_db
def test_eerst_bekijken_dan_bevestigen(client):
    otp_inloggen(client, _gebruiker("coordinator"))
    r = client.post(IMPORT, {"bestand": _hsds11_zip()})
    assert r.status_code == 200
    tekst = r.content.decode()
    assert "Wat er zou veranderen" in tekst and "HSDS 1.1" in tekst
    assert Aanbod.objects.count() == 0  # a preview keeps nothing
    r = client.post(BEVESTIG)
    assert r.status_code == 200 and "Klaar" in r.content.decode()
    assert Aanbod.objects.count() == 13
    # the uploaded file is used once
    r = client.post(BEVESTIG, follow=True)
    assert "Kies het bestand opnieuw" in r.content.decode()
    assert Aanbod.objects.count() == 13


@pytest.mark.django_db
def test_wijziging_door_een_import_noemt_wie_hem_inlas_en_welk_bestand(client):
    coordinator = _gebruiker("coordinator")
    otp_inloggen(client, coordinator)
    client.post(IMPORT, {"bestand": _hsds11_zip()})
    client.post(BEVESTIG)
    nieuw = _hsds11_zip("Aanbod DOCK dec 2026.zip", ("Yound Minds", "Young Minds"))
    client.post(IMPORT, {"bestand": nieuw})
    client.post(BEVESTIG)
    regel = AanbodWijziging.objects.get()
    assert (regel.veld, regel.oud, regel.nieuw) == ("naam", "Yound Minds", "Young Minds")
    assert (regel.via, regel.door) == (Bron.IMPORT, coordinator)
    assert regel.door_omschrijving == "HSDS-import van Aanbod DOCK dec 2026.zip"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "bestand, melding",
    [
        (SimpleUploadedFile("lijst.csv", b"id,name\n"), "Kies een .zip-bestand"),
        (SimpleUploadedFile("nep.zip", b"geen zip"), "geen echt zip-bestand"),
        (SimpleUploadedFile("kapot.json", b"{niet"), "Niets ingelezen"),
    ],
)
def test_fout_bestand_geeft_een_duidelijke_melding(client, bestand, melding):
    otp_inloggen(client, _gebruiker("coordinator"))
    r = client.post(IMPORT, {"bestand": bestand})
    assert r.status_code == 200
    assert melding in r.content.decode()
    assert Aanbod.objects.count() == 0


@pytest.mark.django_db
def test_te_groot_bestand(client):
    otp_inloggen(client, _gebruiker("coordinator"))
    groot = SimpleUploadedFile("groot.json", b" " * (MAX_GROOTTE + 1))
    r = client.post(IMPORT, {"bestand": groot})
    assert "groter dan 20 MB" in r.content.decode()
