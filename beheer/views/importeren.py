"""Coordinators import an HSDS file: upload and preview what would change, then apply it.
The import itself is opendata's (opendata/services.py)."""

import secrets
import tempfile
from pathlib import Path

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from opendata.forms import ImportFormulier
from opendata.lezen import ImportFout
from opendata.services import hsds_importeren

# Between preview and apply the file waits here (one server: see README, "More than one server").
UPLOAD_MAP = Path(tempfile.gettempdir()) / "wijkportaal-hsds-import"
SESSIE_SLEUTEL = "hsds_import"


def _bewaarde_upload(request: HttpRequest) -> tuple[Path, str] | None:
    gegevens = request.session.get(SESSIE_SLEUTEL) or {}
    token, naam = gegevens.get("token", ""), gegevens.get("naam", "")
    if not token or not token.isalnum():
        return None
    pad = UPLOAD_MAP / f"{token}{Path(naam).suffix.lower()}"
    return (pad, naam) if pad.is_file() else None


@require_http_methods(["GET", "POST"])
@permission_required("aanbod.add_aanbod")
def importeren(request: HttpRequest) -> HttpResponse:
    """Lets coordinators upload an HSDS file and see what an import would change."""
    samenvatting = fout = None
    form = ImportFormulier(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["bestand"]
        UPLOAD_MAP.mkdir(mode=0o700, exist_ok=True)
        token = secrets.token_hex(16)
        pad = UPLOAD_MAP / f"{token}{Path(upload.name).suffix.lower()}"
        with pad.open("wb") as doel:
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
