"""The slip a volunteer prints for the resident: the referred offers, with QR codes."""

from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from aanbod.models import Aanbod
from vragen.views.toegang import zichtbare_vraag


@require_GET
@login_required
@permission_required("vragen.view_vraag", raise_exception=True)
def briefje(request: HttpRequest, uuid) -> HttpResponse:
    """One page for the resident: what, where, when and contact of each referred offer."""
    vraag = zichtbare_vraag(request, uuid)
    aanbod = list(Aanbod.objects.filter(vragen=vraag).met_lijstgegevens().order_by("naam"))
    return render(
        request,
        "vragen/briefje.html",
        {
            "vraag": vraag,
            "aanbod": [(a, request.build_absolute_uri(a.get_absolute_url())) for a in aanbod],
            "statuslink": request.build_absolute_uri(vraag.statuslink()),
        },
    )
