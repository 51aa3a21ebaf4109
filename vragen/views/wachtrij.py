"""The staff queue, a question's detail page with its history, and the actions on it."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from vragen.audit import inzage_vastleggen
from vragen.catalogus import aanbod_zoeken
from vragen.filters import VraagFilter
from vragen.forms import AanbodWijzigenForm, AanspreekpuntForm, NotitieForm, StatusForm
from vragen.forms_terugbellen import AcuutForm, TerugbellenForm
from vragen.models import Vraag
from vragen.services import (
    vraag_aanbod_wijzigen,
    vraag_aanspreekpunt_wijzigen,
    vraag_notitie_toevoegen,
    vraag_status_wijzigen,
)
from vragen.views.toegang import kan_behandelen, zichtbare_vraag, ziet_contactgegevens
from wijkportaal.mail import mails_opnieuw_inplannen, onverstuurde_mails
from wijkportaal.models import Mailbericht
from wijkportaal.paginering import pagineren

wachtrij_toegang = permission_required("vragen.view_vraag", raise_exception=True)


@require_GET
@login_required
@wachtrij_toegang
def wachtrij(request: HttpRequest) -> HttpResponse:
    """Lets staff, partners and volunteers follow up the questions they may see; reopened
    first, then overdue."""
    vandaag = timezone.localdate()
    basis = Vraag.objects.zichtbaar_voor(request.user)
    filterset = VraagFilter(request.GET, queryset=basis, gebruiker=request.user)
    qs = filterset.qs.met_lijstgegevens().met_voorrang(vandaag)
    paginering = pagineren(qs, request.GET.get("page"), settings.VRAGEN_PER_PAGINA)
    params = request.GET.copy()
    params.pop("page", None)
    mails = (
        list(onverstuurde_mails()[:20])
        if request.user.has_perm("wijkportaal.change_mailbericht")
        else []
    )
    return render(
        request,
        "vragen/wachtrij.html",
        {
            "filter": filterset,
            "pagina": paginering.pagina,
            "meldingen": [paginering.melding],
            "querystring": params.urlencode(),
            "onverstuurd": mails,
            "is_partner": not request.user.has_perm("vragen.view_alle_vragen")
            and request.user.organisaties.exists(),
            "dit_jaar": vandaag.year,
        },
    )


@require_GET
@login_required
@wachtrij_toegang
def detail(request: HttpRequest, uuid) -> HttpResponse:
    """Shows one question with its history, and the actions this user may take."""
    vraag = zichtbare_vraag(request, uuid)
    return _detail_tonen(request, vraag)


def _detail_tonen(request: HttpRequest, vraag: Vraag, status: int = 200, **forms) -> HttpResponse:
    """The detail page; logs in the audit log when it shows the resident's contact details."""
    context = _detail_context(request, vraag, **forms)
    if context["ziet_contact"] and vraag.toestemming_contact:
        inzage_vastleggen(vraag=vraag, door=request.user)
    return render(request, "vragen/detail.html", context, status=status)


def _detail_context(request: HttpRequest, vraag: Vraag, **forms) -> dict:
    behandelen = kan_behandelen(request.user, vraag)
    aanbod = list(vraag.aanbod.select_related("organisatie"))
    mag_routeren = behandelen and request.user.has_perm("vragen.view_alle_vragen")
    zoekterm = request.GET.get("zoek", "")[:200].strip() if behandelen else ""
    gekozen = {a.pk for a in aanbod}
    return {
        "vraag": vraag,
        "themas": list(vraag.themas.all()),
        "aanbod": aanbod,
        "historie": list(vraag.historie.select_related("door")),
        "terugkoppelingen": list(vraag.terugkoppelingen.all()),
        "kan_behandelen": behandelen,
        "kan_aanbod_wijzigen": behandelen and not vraag.is_geanonimiseerd,
        "ziet_contact": ziet_contactgegevens(request.user, vraag),
        "kan_aanspreekpunt_wijzigen": mag_routeren,
        "zoekterm": zoekterm,
        "zoekresultaten": [a for a in aanbod_zoeken(zoekterm) if a.pk not in gekozen],
        "statusform": forms.get("statusform") or StatusForm(vraag=vraag),
        "notitieform": forms.get("notitieform") or NotitieForm(),
        "aanbodform": forms.get("aanbodform"),
        "aanspreekpuntform": forms.get("aanspreekpuntform")
        or (AanspreekpuntForm() if mag_routeren else None),
        # Follow-up calls and the crisis flag (vragen/views/terugbellen.py).
        "terugbelafspraken": list(vraag.terugbelafspraken.select_related("informatiepunt")),
        "kan_terugbellen": request.user.has_perm("vragen.add_vraag")
        and not vraag.is_geanonimiseerd,
        "terugbellenform": forms.get("terugbellenform") or TerugbellenForm(),
        "acuutform": forms.get("acuutform") or AcuutForm(),
    }


def _actie_vraag(request: HttpRequest, uuid) -> Vraag:
    vraag = zichtbare_vraag(request, uuid)
    if not kan_behandelen(request.user, vraag):
        raise PermissionDenied
    return vraag


@require_POST
@login_required
@wachtrij_toegang
def status_wijzigen(request: HttpRequest, uuid) -> HttpResponse:
    """Lets staff and partner users move a question to its next status."""
    vraag = _actie_vraag(request, uuid)
    form = StatusForm(request.POST, vraag=vraag)
    if form.is_valid():
        try:
            vraag_status_wijzigen(
                vraag=vraag,
                nieuwe_status=form.cleaned_data["status"],
                uitkomst=form.cleaned_data["uitkomst"] or None,
                notitie=form.cleaned_data["notitie"],
                door=request.user,
            )
        except ValidationError as fout:
            form.add_error(None, fout)
        else:
            messages.success(request, _("De status is gewijzigd."))
            return redirect(vraag)
    return _detail_tonen(request, vraag, status=400, statusform=form)


@require_POST
@login_required
@wachtrij_toegang
def notitie_toevoegen(request: HttpRequest, uuid) -> HttpResponse:
    """Lets staff and partner users add a note to the history."""
    vraag = _actie_vraag(request, uuid)
    form = NotitieForm(request.POST)
    if form.is_valid():
        vraag_notitie_toevoegen(
            vraag=vraag, notitie=form.cleaned_data["notitie"], door=request.user
        )
        messages.success(request, _("De notitie is toegevoegd."))
        return redirect(vraag)
    return _detail_tonen(request, vraag, status=400, notitieform=form)


@require_POST
@login_required
@permission_required("vragen.view_alle_vragen", raise_exception=True)
def aanspreekpunt_wijzigen(request: HttpRequest, uuid) -> HttpResponse:
    """Lets staff choose another eerste aanspreekpunt than the suggested one, with a reason."""
    vraag = _actie_vraag(request, uuid)
    form = AanspreekpuntForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            vraag_aanspreekpunt_wijzigen(
                vraag=vraag,
                door=request.user,
                organisatie=data["organisatie"],
                contactpersoon=data["contactpersoon"],
                email=data["email"],
                reden=data["reden"],
            )
        except ValidationError as fout:
            form.add_error(None, fout)
        else:
            messages.success(request, _("Het aanspreekpunt is gewijzigd en krijgt een e-mail."))
            return redirect(vraag)
    return _detail_tonen(request, vraag, status=400, aanspreekpuntform=form)


@require_POST
@login_required
@wachtrij_toegang
def aanbod_wijzigen(request: HttpRequest, uuid) -> HttpResponse:
    """Lets staff add an offer to a question after intake, or take one off."""
    vraag = _actie_vraag(request, uuid)
    form = AanbodWijzigenForm(request.POST)
    if form.is_valid():
        try:
            vraag_aanbod_wijzigen(
                vraag=vraag,
                door=request.user,
                toevoegen=form.cleaned_data["toevoegen"],
                weghalen=form.cleaned_data["weghalen"],
            )
        except ValidationError as fout:
            form.add_error(None, fout)
        else:
            messages.success(request, _("Het aanbod bij deze vraag is bijgewerkt."))
            return redirect(vraag.get_absolute_url() + "#aanbod-kop")
    return _detail_tonen(request, vraag, status=400, aanbodform=form)


@require_POST
@login_required
@permission_required("wijkportaal.change_mailbericht", raise_exception=True)
def mail_opnieuw(request: HttpRequest, uuid=None) -> HttpResponse:
    """Lets staff retry failed e-mails, one or all: the mail worker sends them within a minute
    (never this request: a mail server that does not answer would hang the page)."""
    bericht = None if uuid is None else get_object_or_404(Mailbericht, uuid=uuid)
    aantal = mails_opnieuw_inplannen(bericht)
    messages.success(
        request,
        _(
            "%(aantal)s e-mail(s) staan klaar om opnieuw te versturen. "
            "Dat gebeurt binnen een minuut."
        )
        % {"aantal": aantal},
    )
    return redirect("vragen:wachtrij")
