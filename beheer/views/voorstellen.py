"""Coordinators review proposed changes: old and new side by side, approve or reject."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from beheer.forms import AfwijzenFormulier
from beheer.models import Wijzigingsvoorstel
from beheer.services import (
    voorstel_afwijzen,
    voorstel_goedkeuren,
    voorstel_vergelijking,
)
from beheer.toegang import alleen_coordinatoren
from wijkportaal.modellen import AlBeoordeeld


@require_http_methods(["GET", "POST"])
@alleen_coordinatoren
def voorstel(request: HttpRequest, uuid) -> HttpResponse:
    """Lets a coordinator approve a proposed change, or reject it with a reason."""
    voorstel = get_object_or_404(
        Wijzigingsvoorstel.objects.select_related(
            "aanbod", "organisatie", "voorgesteld_door", "behandeld_door"
        ),
        uuid=uuid,
    )
    actie = request.POST.get("actie")
    afwijzen = AfwijzenFormulier(request.POST if actie == "afwijzen" else None)
    status = 200
    if request.method == "POST":
        try:
            if actie == "goedkeuren":
                voorstel_goedkeuren(voorstel=voorstel, door=request.user)
                messages.success(request, _("Goedgekeurd: de wijziging staat nu op de site."))
                return redirect("beheer:dashboard")
            if actie == "afwijzen" and afwijzen.is_valid():
                voorstel_afwijzen(
                    voorstel=voorstel, door=request.user, reden=afwijzen.cleaned_data["reden"]
                )
                messages.success(request, _("Afgewezen. Het aanbod is niet veranderd."))
                return redirect("beheer:dashboard")
            if actie not in ("goedkeuren", "afwijzen"):
                messages.error(request, _("Kies goedkeuren of afwijzen."))
            status = 400
        except AlBeoordeeld as fout:
            messages.error(
                request,
                _("Dit voorstel is al beoordeeld (%(status)s).") % {"status": fout.message},
            )
            return redirect("beheer:voorstel", uuid=voorstel.uuid)
        except ValidationError as fout:
            messages.error(
                request,
                _("Goedkeuren lukt niet: %(fout)s") % {"fout": " ".join(fout.messages)},
            )
            status = 400
    return render(
        request,
        "beheer/voorstel.html",
        {
            "voorstel": voorstel,
            "vergelijking": voorstel_vergelijking(voorstel),
            "afwijzen": afwijzen,
        },
        status=status,
    )
