import io
import secrets
import tempfile
from pathlib import Path

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from aanbod.agenda import AgendaFilter
from aanbod.models import Aanbod, Soort
from opendata.agenda import kalender
from opendata.exporteren import datapackage_zip
from opendata.forms import ImportFormulier
from opendata.lezen import ImportFout
from opendata.services import hsds_importeren

UPLOAD_MAP = Path(tempfile.gettempdir()) / "wijkportaal-hsds-import"
SESSIE_SLEUTEL = "hsds_import"


@require_GET
def uitleg(request: HttpRequest) -> HttpResponse:
    """Explains to developers and partners, in plain words, how to reuse our open data."""
    basis = request.build_absolute_uri("/").rstrip("/")
    return render(request, "opendata/uitleg.html", {"basis": basis})


@require_GET
@cache_page(60 * 15)
def export_zip(request: HttpRequest) -> HttpResponse:
    """Lets anyone download the whole published catalogue as an HSDS 3.0 datapackage."""
    buffer = io.BytesIO()
    datapackage_zip(buffer)
    response = HttpResponse(buffer.getvalue(), content_type="application/zip")
    datum = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="wijkportaal-hsds-{datum}.zip"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _ics(request: HttpRequest, qs, naam: str, bestandsnaam: str) -> HttpResponse:
    basis = request.build_absolute_uri("/").rstrip("/")
    response = HttpResponse(kalender(qs, naam, basis), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{bestandsnaam}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def agenda_ics(request: HttpRequest) -> HttpResponse:
    """Lets residents and partners follow the activities (per wijk or theme) in their calendar."""
    filterset = AgendaFilter(
        request.GET, queryset=Aanbod.objects.actief().filter(soort=Soort.ACTIVITEIT)
    )
    qs = filterset.qs if filterset.is_valid() else filterset.queryset.none()
    return _ics(request, qs, _("Activiteiten in de wijk (Wijkportaal Utrecht)"), "agenda.ics")


@require_GET
def aanbod_ics(request: HttpRequest, slug: str) -> HttpResponse:
    """Lets a resident put one activity in their own calendar."""
    aanbod = get_object_or_404(Aanbod.objects.zichtbaar(), slug=slug)
    qs = Aanbod.objects.actief().filter(pk=aanbod.pk)
    return _ics(request, qs, aanbod.naam, f"{aanbod.slug}.ics")


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
        "opendata/importeren.html",
        {"form": form, "samenvatting": samenvatting, "fout": fout},
    )


@require_POST
@permission_required("aanbod.add_aanbod")
def import_bevestigen(request: HttpRequest) -> HttpResponse:
    """Lets coordinators apply the import they have just previewed."""
    bewaard = _bewaarde_upload(request)
    if bewaard is None:
        messages.error(request, _("Er is geen bestand om in te lezen. Kies het bestand opnieuw."))
        return redirect("opendata:importeren")
    pad, naam = bewaard
    try:
        samenvatting = hsds_importeren(pad=pad, naam=naam, door=request.user)
    except ImportFout as e:
        messages.error(request, str(e))
        return redirect("opendata:importeren")
    finally:
        pad.unlink(missing_ok=True)
        request.session.pop(SESSIE_SLEUTEL, None)
    return render(
        request,
        "opendata/importeren.html",
        {"form": ImportFormulier(), "samenvatting": samenvatting, "klaar": True},
    )
