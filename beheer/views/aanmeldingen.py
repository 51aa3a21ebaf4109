"""Coordinators review residents' proposals of initiatives: publish (with corrections) or
decline with a reason. The proposal form itself is aanbod's (aanbod/views_aanmelden.py)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.db.models import Case, IntegerField, Value, When
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from aanbod.models import Aanmelding, AanmeldingStatus, Deelname, Kosten, Soort
from aanbod.services import aanmelding_afwijzen, aanmelding_publiceren
from beheer.forms import AanmeldingAfwijzenFormulier, AanmeldingPublicerenFormulier
from wijkportaal.modellen import AlBeoordeeld

alleen_coordinatoren = permission_required("aanbod.add_aanbod", raise_exception=True)


@require_GET
@login_required
@alleen_coordinatoren
def aanmeldingen(request: HttpRequest) -> HttpResponse:
    """Lists proposals for coordinators, the ones waiting for review first."""
    lijst = (
        Aanmelding.objects.select_related("wijk")
        .annotate(
            wacht=Case(
                When(status=AanmeldingStatus.NIEUW, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("wacht", "-aangemaakt")[:200]
    )
    return render(request, "beheer/aanmeldingen.html", {"aanmeldingen": lijst})


def _voorstel(aanmelding: Aanmelding) -> dict:
    """Starting values for the offer, taken from the proposal."""
    return {
        "naam": aanmelding.naam,
        "soort": Soort.ACTIVITEIT,
        "beschrijving": aanmelding.beschrijving,
        "voor_wie": aanmelding.voor_wie,
        "kosten": Kosten.GRATIS if "gratis" in aanmelding.kosten.lower() else Kosten.EIGEN_BIJDRAGE,
        "kosten_toelichting": aanmelding.kosten[:200],
        "deelname": Deelname.BINNENLOPEN,
    }


@require_http_methods(["GET", "POST"])
@login_required
@alleen_coordinatoren
def aanmelding(request: HttpRequest, uuid) -> HttpResponse:
    """Lets a coordinator publish a proposal (after corrections) or decline it with a reason."""
    aanmelding = get_object_or_404(Aanmelding.objects.select_related("wijk", "aanbod"), uuid=uuid)
    publiceren = AanmeldingPublicerenFormulier(
        request.POST if request.POST.get("actie") == "publiceren" else None,
        initial=_voorstel(aanmelding),
    )
    afwijzen = AanmeldingAfwijzenFormulier(
        request.POST if request.POST.get("actie") == "afwijzen" else None
    )
    if request.method == "POST":
        try:
            if publiceren.is_bound and publiceren.is_valid():
                data = publiceren.cleaned_data
                aanbod = aanmelding_publiceren(
                    aanmelding=aanmelding,
                    door=request.user,
                    gegevens={
                        veld: data[veld] for veld in AanmeldingPublicerenFormulier.Meta.fields
                    },
                    themas=data["themas"],
                    doelgroepen=data["doelgroepen"],
                    locatie=data["locatie"],
                    organisatie=data["organisatie"],
                    openbaar_contact=publiceren.openbaar_contact(),
                )
                messages.success(request, _("Gepubliceerd. De indiener krijgt een e-mail."))
                return redirect(aanbod.get_absolute_url())
            if afwijzen.is_bound and afwijzen.is_valid():
                aanmelding_afwijzen(
                    aanmelding=aanmelding, door=request.user, reden=afwijzen.cleaned_data["reden"]
                )
                messages.success(
                    request, _("Niet gepubliceerd. De indiener krijgt de reden per e-mail.")
                )
                return redirect("beheer:aanmeldingen")
        except AlBeoordeeld as fout:
            messages.error(
                request,
                _("Deze aanmelding is al beoordeeld (%(status)s).") % {"status": fout.message},
            )
            return redirect("beheer:aanmelding", uuid=aanmelding.uuid)
    return render(
        request,
        "beheer/aanmelding.html",
        {"aanmelding": aanmelding, "publiceren": publiceren, "afwijzen": afwijzen},
    )
