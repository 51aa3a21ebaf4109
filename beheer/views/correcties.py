"""'Klopt er iets niet?' on every offer: visitors tell us, coordinators check it."""

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from aanbod.models import Aanbod
from beheer.forms import CorrectieFormulier
from beheer.services import correctie_melden
from wijkportaal.spam import RateLimiet

CORRECTIES = RateLimiet("correcties", aantal=lambda: settings.CORRECTIES_PER_UUR)


@require_http_methods(["GET", "POST"])
def correctie(request: HttpRequest, slug: str) -> HttpResponse:
    """Lets visitors report that something about an offer is wrong (no account needed)."""
    aanbod = get_object_or_404(Aanbod.objects.only("pk", "naam", "slug"), slug=slug)
    form = CorrectieFormulier(request.POST or None)
    if request.method == "POST":
        if form.is_spam:
            messages.success(request, _("Dank je wel! We kijken ernaar."))
            return redirect(aanbod.get_absolute_url())  # tell a robot nothing
        if CORRECTIES.bereikt(request):
            form.add_error(
                None,
                _(
                    "Er kwamen vanaf dit adres veel meldingen binnen. Probeer het over een uur "
                    "opnieuw, of bel het Wijkinformatiepunt."
                ),
            )
        elif form.is_valid():
            correctie_melden(
                aanbod=aanbod, tekst=form.cleaned_data["tekst"], email=form.cleaned_data["email"]
            )
            CORRECTIES.tel(request)
            messages.success(
                request, _("Dank je wel! We kijken ernaar en passen het aan als het nodig is.")
            )
            return redirect(aanbod.get_absolute_url())
    return render(
        request,
        "beheer/correctie.html",
        {"aanbod": aanbod, "form": form},
        status=400 if form.errors else 200,
    )
