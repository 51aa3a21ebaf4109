"""Coordinators import an HSDS file: upload and preview what would change, then apply it.
The import itself is opendata's (opendata/services.py)."""

import os
import secrets
import time
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from opendata.forms import ImportFormulier
from opendata.lezen import ImportFout
from opendata.services import hsds_importeren

SESSIE_SLEUTEL = "hsds_import"
# An upload nobody applied is removed after this long.
OPRUIMEN_NA_SECONDEN = 24 * 60 * 60


def upload_map() -> Path:
    """Between preview and apply the file waits in a private folder (settings.
    IMPORT_UPLOAD_MAP, mode 0700, files 0600; never the shared /tmp). One server: see
    README, "More than one server"."""
    map_ = Path(settings.IMPORT_UPLOAD_MAP)
    map_.mkdir(mode=0o700, parents=True, exist_ok=True)
    map_.chmod(0o700)  # also when it existed, or the umask widened it
    return map_


def oude_uploads_opruimen(map_: Path) -> None:
    """Remove uploads older than a day: a preview that was never applied."""
    grens = time.time() - OPRUIMEN_NA_SECONDEN
    for pad in map_.iterdir():
        if pad.is_file() and pad.stat().st_mtime < grens:
            pad.unlink(missing_ok=True)


def _bewaarde_upload(request: HttpRequest) -> tuple[Path, str] | None:
    gegevens = request.session.get(SESSIE_SLEUTEL) or {}
    token, naam = gegevens.get("token", ""), gegevens.get("naam", "")
    if not token or not token.isalnum():
        return None
    pad = upload_map() / f"{token}{Path(naam).suffix.lower()}"
    return (pad, naam) if pad.is_file() else None


@require_http_methods(["GET", "POST"])
@permission_required("aanbod.add_aanbod")
def importeren(request: HttpRequest) -> HttpResponse:
    """Lets coordinators upload an HSDS file and see what an import would change."""
    samenvatting = fout = None
    form = ImportFormulier(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["bestand"]
        map_ = upload_map()
        oude_uploads_opruimen(map_)
        token = secrets.token_hex(16)
        pad = map_ / f"{token}{Path(upload.name).suffix.lower()}"
        with os.fdopen(os.open(pad, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as doel:
            for stuk in upload.chunks():
                doel.write(stuk)
        try:
            samenvatting = hsds_importeren(pad=pad, proef=True, naam=upload.name)
        except ImportFout as e:
            fout = str(e)
            pad.unlink(missing_ok=True)
        else:
            request.session[SESSIE_SLEUTEL] = {"token": token, "naam": upload.name}
    return render(
        request,
        "beheer/importeren.html",
        {"form": form, "samenvatting": samenvatting, "fout": fout},
    )


@require_POST
@permission_required("aanbod.add_aanbod")
def import_bevestigen(request: HttpRequest) -> HttpResponse:
    """Lets coordinators apply the import they have just previewed."""
    bewaard = _bewaarde_upload(request)
    if bewaard is None:
        messages.error(request, _("Er is geen bestand om in te lezen. Kies het bestand opnieuw."))
        return redirect("beheer:importeren")
    pad, naam = bewaard
    try:
        samenvatting = hsds_importeren(pad=pad, naam=naam, door=request.user)
    except ImportFout as e:
        messages.error(request, str(e))
        return redirect("beheer:importeren")
    finally:
        pad.unlink(missing_ok=True)
        request.session.pop(SESSIE_SLEUTEL, None)
    return render(
        request,
        "beheer/importeren.html",
        {"form": ImportFormulier(), "samenvatting": samenvatting, "klaar": True},
    )
