"""Residents propose their own initiative; coordinators review it in beheer
(beheer/views/aanmeldingen.py)."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from aanbod.forms import AanmeldingFormulier
from wijkportaal.spam import RateLimiet

AANMELDINGEN_PER_UUR = RateLimiet("aanmelden", aantal=5)


@require_http_methods(["GET", "POST"])
def aanmelden(request: HttpRequest) -> HttpResponse:
    """Lets residents and small groups propose a new initiative or activity."""
    form = AanmeldingFormulier(request.POST or None)
    if request.method == "POST":
        if form.is_spam:
            return redirect("aanbod:aanmelden_bedankt")  # tell a robot nothing
        if AANMELDINGEN_PER_UUR.bereikt(request):
            form.add_error(
                None,
                _(
                    "Er kwamen vanaf dit adres veel aanmeldingen binnen. Probeer het over een uur "
                    "opnieuw, of mail het Wijkinformatiepunt."
                ),
            )
        elif form.is_valid():
            form.save()
            AANMELDINGEN_PER_UUR.tel(request)
            return redirect("aanbod:aanmelden_bedankt")
    return render(request, "aanbod/aanmelden.html", {"form": form})


@require_GET
def aanmelden_bedankt(request: HttpRequest) -> HttpResponse:
    """Thanks the proposer and says what happens next."""
    return render(request, "aanbod/aanmelden_bedankt.html")
