"""Review findings: a 200,000-deep JSON upload gave a RecursionError 500; a small zip that
unpacks to 8 MB of tiny rows took 1 GB of worker memory; previewed uploads stayed in a
shared /tmp folder with mode 0644."""

import io
import stat
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from aanbod.models import Aanbod
from tests.beheer.test_importeren import BEVESTIG, IMPORT, _gebruiker, _hsds11_zip
from tests.factories import otp_inloggen

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(client, settings, tmp_path):
    settings.IMPORT_UPLOAD_MAP = tmp_path / "uploads"
    otp_inloggen(client, _gebruiker("coordinator"))
    return client


def _bestanden(settings) -> list:
    map_ = settings.IMPORT_UPLOAD_MAP
    return list(map_.iterdir()) if map_.exists() else []


def test_diep_geneste_json_geeft_een_duidelijke_melding(coordinator, settings):
    diep = b"[" * 200_000 + b"]" * 200_000
    antwoord = coordinator.post(
        IMPORT, {"bestand": SimpleUploadedFile("diep.json", diep, "application/json")}
    )
    assert antwoord.status_code == 200
    assert "te diep genest" in antwoord.content.decode()
    assert _bestanden(settings) == []


def test_zip_met_heel_veel_kleine_regels_wordt_geweigerd(coordinator, settings):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("datapackage.json", '{"resources": []}')
        zf.writestr("services.csv", "id,name\n" + "x,y\n" * 2_000_000)  # 8 MB of tiny rows
    assert len(buffer.getvalue()) < 100_000  # a small upload
    antwoord = coordinator.post(
        IMPORT, {"bestand": SimpleUploadedFile("bom.zip", buffer.getvalue(), "application/zip")}
    )
    assert antwoord.status_code == 200
    assert f"meer dan {settings.IMPORT_MAX_RIJEN} regels" in antwoord.content.decode()
    assert _bestanden(settings) == []


def test_zip_die_uitgepakt_te_groot_is_wordt_geweigerd(coordinator, settings):
    settings.IMPORT_MAX_UITGEPAKT = 1024 * 1024
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("datapackage.json", '{"resources": []}')
        zf.writestr("services.csv", "id,name\n" + "a" * 2 * 1024 * 1024)
    antwoord = coordinator.post(
        IMPORT, {"bestand": SimpleUploadedFile("groot.zip", buffer.getvalue(), "application/zip")}
    )
    assert "uitgepakt te groot" in antwoord.content.decode()


def test_upload_wacht_in_een_eigen_map_en_wordt_opgeruimd(coordinator, settings):
    antwoord = coordinator.post(IMPORT, {"bestand": _hsds11_zip()})
    assert "Wat er zou veranderen" in antwoord.content.decode()
    map_ = settings.IMPORT_UPLOAD_MAP
    assert stat.S_IMODE(map_.stat().st_mode) == 0o700
    (bestand,) = _bestanden(settings)
    assert stat.S_IMODE(bestand.stat().st_mode) == 0o600
    assert not str(bestand).startswith("/tmp/wijkportaal-hsds-import")
    coordinator.post(BEVESTIG)
    assert Aanbod.objects.count() == 13
    assert _bestanden(settings) == []
