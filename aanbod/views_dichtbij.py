"""The Wijkinformatiepunten page: every desk, nearest first when the resident says where."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET

from aanbod.dichtbij import dichtstbijzijnde, gebiedkeuzes, ver_weg, vertrekpunt
from aanbod.kaartdata import kaartpunten
from aanbod.models import Informatiepunt
from aanbod.versie import paginaversie
from wijkportaal.paginacache import gedeelde_pagina


def _informatiepunten(request: HttpRequest) -> HttpResponse:
    van, melding = vertrekpunt(request.GET)
    punten = list(Informatiepunt.objects.met_gegevens())
    lijst = dichtstbijzijnde(punten, van)
    return render(
        request,
        "aanbod/informatiepunten.html",
        {
            "punten": lijst,
            "van": van,
            "melding": melding,
            "ver_weg": ver_weg(lijst),
            "gekozen_gebied": request.GET.get("gebied", "") if van else "",
            "gebiedkeuzes": gebiedkeuzes(),
            "kaartpunten": kaartpunten([p.aanbod for p in punten]),
        },
        status=400 if melding else 200,
    )


_gedeeld = gedeelde_pagina(paginaversie)(_informatiepunten)


@require_GET
def informatiepunten(request: HttpRequest) -> HttpResponse:
    """Shows residents every Wijkinformatiepunt: where, when open, which wijken, which
    languages; nearest first from their location or the wijk or buurt they chose."""
    if "lat" in request.GET or "lon" in request.GET:
        # A resident's location: never in the shared page cache, nor in the browser's.
        antwoord = _informatiepunten(request)
        patch_cache_control(antwoord, private=True, no_store=True)
        return antwoord
    return _gedeeld(request)
