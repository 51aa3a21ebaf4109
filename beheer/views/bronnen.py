"""Coordinators keep the open-data sources: register, refresh, read the log, and decide on
offers a source no longer has, placeholder organisations and duplicates."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import OuterRef, Subquery
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from aanbod.models import Aanbod, BronRun, Gegevensbron, Organisatie
from beheer.bronnen import dubbele_organisaties
from beheer.forms import GegevensbronFormulier
from beheer.services import verdwenen_aanbod_afhandelen
from beheer.toegang import alleen_coordinatoren
from opendata.bronnen import bron_bijwerken

LIJST_MAX = 200


@require_http_methods(["GET", "POST"])
@alleen_coordinatoren
def bronnen(request: HttpRequest) -> HttpResponse:
    """Lets coordinators see the sources with their last run and register a new one."""
    form = GegevensbronFormulier(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        bron = form.save()
        messages.success(
            request,
            _("Bron %(naam)s is toegevoegd. Ververs hem om het aanbod in te lezen.")
            % {"naam": bron.naam},
        )
        return redirect("beheer:bron", pk=bron.pk)
    laatste = BronRun.objects.filter(bron=OuterRef("pk")).order_by("-begonnen", "-pk")
    lijst = Gegevensbron.objects.annotate(
        laatste_gelukt=Subquery(laatste.values("gelukt")[:1]),
        laatste_samenvatting=Subquery(laatste.values("samenvatting")[:1]),
    )
    return render(
        request,
        "beheer/bronnen.html",
        {
            "bronnen": lijst,
            "form": form,
            "verdwenen": Aanbod.objects.filter(verdwenen_uit_bron__isnull=False)
            .select_related("gegevensbron", "organisatie")
            .only("naam", "slug", "verdwenen_uit_bron", "gegevensbron__naam", "organisatie__naam")
            .order_by("verdwenen_uit_bron", "naam")[:LIJST_MAX],
            "tijdelijk": Organisatie.objects.filter(te_controleren=True).only("naam", "pk")[
                :LIJST_MAX
            ],
            "dubbelen": dubbele_organisaties(),
        },
        status=400 if form.errors else 200,
    )


@require_http_methods(["GET"])
@alleen_coordinatoren
def bron(request: HttpRequest, pk: int) -> HttpResponse:
    """Lets coordinators read one source's log of runs."""
    gegevensbron = get_object_or_404(Gegevensbron, pk=pk)
    return render(
        request,
        "beheer/bron.html",
        {
            "bron": gegevensbron,
            "runs": gegevensbron.runs.all()[:50],
            "aantal_aanbod": gegevensbron.aanbod.count(),
        },
    )


@require_POST
@alleen_coordinatoren
def bron_verversen(request: HttpRequest, pk: int) -> HttpResponse:
    """Lets coordinators refresh one source now, instead of waiting for its turn."""
    gegevensbron = get_object_or_404(Gegevensbron, pk=pk)
    run = bron_bijwerken(bron=gegevensbron, door=request.user)
    if run.gelukt:
        messages.success(
            request,
            _("Ververst: %(nieuw)s nieuw, %(bijgewerkt)s bijgewerkt, %(weg)s niet meer in de bron.")
            % {"nieuw": run.nieuw, "bijgewerkt": run.bijgewerkt, "weg": run.verdwenen},
        )
    else:
        messages.error(request, run.samenvatting.splitlines()[0])
    return redirect("beheer:bron", pk=gegevensbron.pk)


@require_POST
@alleen_coordinatoren
def verdwenen_afhandelen(request: HttpRequest, pk: int) -> HttpResponse:
    """Lets coordinators keep or stop an offer that its source no longer contains."""
    aanbod = get_object_or_404(Aanbod, pk=pk)
    try:
        verdwenen_aanbod_afhandelen(
            aanbod=aanbod, besluit=request.POST.get("besluit", ""), door=request.user
        )
    except ValidationError as fout:
        messages.error(request, " ".join(fout.messages))
    else:
        messages.success(request, _("%(naam)s is afgehandeld.") % {"naam": aanbod.naam})
    return redirect("beheer:bronnen")
