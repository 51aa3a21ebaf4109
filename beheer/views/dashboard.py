"""The coordinators' dashboard: everything that needs attention, on one page."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from aanbod.models import Aanmelding, AanmeldingStatus
from beheer.models import Correctie, CorrectieStatus, Wijzigingsvoorstel
from beheer.services import correctie_afhandelen
from beheer.toegang import alleen_coordinatoren
from beheer.versheid import verouderd_aanbod, verouderd_grens
from vragen.models import Vraag

LIJST = 20  # rows per block; the count says how many there are in all


def _blok(qs, lijst: int = LIJST) -> dict:
    """The first ``lijst`` rows and the total, in one query when they all fit."""
    rijen = list(qs[: lijst + 1])
    aantal = len(rijen) if len(rijen) <= lijst else qs.count()
    return {"rijen": rijen[:lijst], "aantal": aantal, "meer": aantal > lijst}


def _aanmelding_url(aanmelding: Aanmelding) -> str | None:
    try:
        return reverse("beheer:aanmelding", args=[aanmelding.uuid])
    except NoReverseMatch:  # the review page is not there (yet)
        return None


@require_GET
@alleen_coordinatoren
def dashboard(request: HttpRequest) -> HttpResponse:
    """Shows coordinators what needs attention: stale offers, proposals, corrections, questions."""
    aanmeldingen = _blok(
        Aanmelding.objects.filter(status=AanmeldingStatus.NIEUW)
        .select_related("wijk")
        .order_by("aangemaakt", "pk")
    )
    aanmeldingen["rijen"] = [(a, _aanmelding_url(a)) for a in aanmeldingen["rijen"]]
    return render(
        request,
        "beheer/dashboard.html",
        {
            "verouderd": _blok(verouderd_aanbod().select_related("organisatie")),
            "grens": verouderd_grens(),
            "voorstellen": _blok(
                Wijzigingsvoorstel.objects.open().select_related(
                    "aanbod", "organisatie", "voorgesteld_door"
                )
            ),
            "correcties": _blok(
                Correctie.objects.filter(status=CorrectieStatus.NIEUW).select_related("aanbod")
            ),
            "acuut": _blok(Vraag.objects.open().filter(acuut=True).met_lijstgegevens()),
            "te_laat": _blok(Vraag.objects.te_laat().met_lijstgegevens()),
            "zonder_aanspreekpunt": _blok(
                Vraag.objects.open()
                .filter(aanspreekpunt_organisatie__isnull=True)
                .met_lijstgegevens()
                .met_voorrang()
            ),
            "aanmeldingen": aanmeldingen,
        },
    )


@require_POST
@alleen_coordinatoren
def correctie_afhandelen_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Lets a coordinator mark a visitor's correction as handled, with a short note."""
    correctie = get_object_or_404(Correctie, pk=pk)
    correctie_afhandelen(
        correctie=correctie, door=request.user, notitie=request.POST.get("notitie", "")[:2000]
    )
    messages.success(
        request, _("De melding over '%(naam)s' is afgehandeld.") % {"naam": correctie.aanbod}
    )
    return redirect(reverse("beheer:dashboard") + "#correcties")
