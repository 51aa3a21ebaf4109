"""Organisations keep their own offers right: partner users with an account, or anyone with
the link from the verification mail. 'Klopt nog' counts at once; changes wait for review."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from aanbod.models import Aanbod
from beheer.forms import VoorstelFormulier
from beheer.models import Verificatieverzoek, Wijzigingsvoorstel
from beheer.services import aanbod_bevestigen, voorstel_indienen
from beheer.toegang import alleen_partners, organisaties_van
from beheer.versheid import verouderd_grens


def _lijst(qs: QuerySet) -> list[Aanbod]:
    grens = verouderd_grens()
    rijen = list(
        qs.zichtbaar()
        .select_related("organisatie")
        .annotate(
            wacht_op_beoordeling=Exists(
                Wijzigingsvoorstel.objects.open().filter(aanbod=OuterRef("pk"))
            )
        )
        .order_by("organisatie__naam", "naam", "pk")
    )
    for aanbod in rijen:
        aanbod.verouderd = (
            aanbod.laatst_gecontroleerd is None or aanbod.laatst_gecontroleerd < grens
        )
    return rijen


def _wijzigen(request: HttpRequest, aanbod: Aanbod, *, door, terug: str, context: dict):
    form = VoorstelFormulier(request.POST or None, instance=aanbod)
    if request.method == "POST" and form.is_valid():
        try:
            voorstel_indienen(
                aanbod=Aanbod.objects.get(pk=aanbod.pk),  # the form changed ``aanbod`` in memory
                nieuwe_waarden=form.gewijzigde_waarden(),
                door=door,
                toelichting=form.cleaned_data["toelichting"],
            )
        except ValidationError as fout:
            form.add_error(None, fout)
        else:
            messages.success(
                request,
                _(
                    "Dank je. Een coördinator bekijkt je wijziging. Tot die tijd blijft de oude "
                    "informatie op de site."
                ),
            )
            return redirect(terug)
    return render(
        request,
        "beheer/aanbod_wijzigen.html",
        {**context, "form": form, "aanbod": aanbod, "terug": terug},
        status=400 if form.errors else 200,
    )


# Partner users (account, group 'partner').


def _partner_aanbod(request: HttpRequest, pk: int) -> Aanbod:
    aanbod = Aanbod.objects.filter(pk=pk, organisatie__in=organisaties_van(request.user)).first()
    if aanbod is None:
        raise Http404  # another organisation's offer: as if it did not exist
    return aanbod


@require_GET
@alleen_partners
def partner_lijst(request: HttpRequest) -> HttpResponse:
    """Lets partner users see and check the offers of their own organisation(s)."""
    return render(
        request,
        "beheer/aanbodlijst.html",
        {
            "aanbod_lijst": _lijst(
                Aanbod.objects.filter(organisatie__in=organisaties_van(request.user))
            ),
            "organisaties": list(organisaties_van(request.user)),
        },
    )


@require_POST
@alleen_partners
def partner_klopt(request: HttpRequest, pk: int) -> HttpResponse:
    """Lets partner users confirm that an offer of their organisation is still right."""
    aanbod = aanbod_bevestigen(aanbod=_partner_aanbod(request, pk), door=request.user)
    messages.success(request, _("Dank je. '%(naam)s' staat als gecontroleerd.") % {"naam": aanbod})
    return redirect("beheer:partner")


@require_http_methods(["GET", "POST"])
@alleen_partners
def partner_wijzigen(request: HttpRequest, pk: int) -> HttpResponse:
    """Lets partner users propose a change to an offer of their organisation."""
    return _wijzigen(
        request,
        _partner_aanbod(request, pk),
        door=request.user,
        terug=reverse("beheer:partner"),
        context={},
    )


# The link from the verification mail (no account).


def _verzoek(token: str) -> Verificatieverzoek | None:
    return Verificatieverzoek.objects.met_token(token).select_related("organisatie").first()


def _ongeldig(request: HttpRequest) -> HttpResponse:
    return render(request, "beheer/controle_ongeldig.html", status=404)


def _link_aanbod(verzoek: Verificatieverzoek, pk: int) -> Aanbod | None:
    return Aanbod.objects.zichtbaar().filter(pk=pk, organisatie=verzoek.organisatie_id).first()


@require_GET
@never_cache
def controle(request: HttpRequest, token: str) -> HttpResponse:
    """Lets an organisation's contact check all its offers from the link in the mail."""
    verzoek = _verzoek(token)
    if verzoek is None:
        return _ongeldig(request)
    return render(
        request,
        "beheer/aanbodlijst.html",
        {
            "aanbod_lijst": _lijst(Aanbod.objects.filter(organisatie=verzoek.organisatie_id)),
            "organisaties": [verzoek.organisatie],
            "token": token,
        },
    )


@require_POST
@never_cache
def controle_klopt(request: HttpRequest, token: str, pk: int) -> HttpResponse:
    """'Klopt nog' from the verification link: counts as checked today."""
    verzoek = _verzoek(token)
    aanbod = _link_aanbod(verzoek, pk) if verzoek else None
    if aanbod is None:
        return _ongeldig(request)
    aanbod_bevestigen(
        aanbod=aanbod,
        door=None,
        door_omschrijving=_("%(org)s (controlelink)") % {"org": verzoek.organisatie},
    )
    messages.success(request, _("Dank je. '%(naam)s' staat als gecontroleerd.") % {"naam": aanbod})
    return redirect("beheer_publiek:controle", token=token)


@require_http_methods(["GET", "POST"])
@never_cache
def controle_wijzigen(request: HttpRequest, token: str, pk: int) -> HttpResponse:
    """Lets the contact from the verification link propose a change to one offer."""
    verzoek = _verzoek(token)
    aanbod = _link_aanbod(verzoek, pk) if verzoek else None
    if aanbod is None:
        return _ongeldig(request)
    return _wijzigen(
        request,
        aanbod,
        door=None,
        terug=reverse("beheer_publiek:controle", args=[token]),
        context={"token": token},
    )
