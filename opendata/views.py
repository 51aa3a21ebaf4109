import io

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from aanbod.agenda import AgendaFilter
from aanbod.models import Aanbod, Soort
from aanbod.versie import catalogusversie
from opendata.agenda import kalender
from opendata.exporteren import datapackage_zip
from wijkportaal.paginacache import gedeelde_pagina


@require_GET
def uitleg(request: HttpRequest) -> HttpResponse:
    """Explains to developers and partners, in plain words, how to reuse our open data."""
    basis = request.build_absolute_uri("/").rstrip("/")
    return render(request, "opendata/uitleg.html", {"basis": basis})


@require_GET
@gedeelde_pagina(catalogusversie)  # no query parameters: ?x=1 is never kept
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
