"""For coordinators: a resident's request to see or erase their data, and the audit log."""

import json
import re

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from vragen.audit import inzage_vastleggen_lijst
from vragen.forms_inwoner import InwonerKeuzeForm, InwonerVerwijderForm, InwonerZoekForm
from vragen.inwonergegevens import (
    inwonergegevens_exporteren,
    inwonergegevens_verwijderen,
    met_exportgegevens,
)
from vragen.models import AuditRegel, Vraag
from wijkportaal.paginering import pagineren

inwoner_toegang = permission_required("vragen.persoonsgegevens_inwoner", raise_exception=True)
MAX_GEVONDEN = 100


def _gevonden(qs) -> list[Vraag]:
    return list(
        qs.select_related("wijk")
        .prefetch_related("themas")
        .order_by("-aangemaakt", "pk")[:MAX_GEVONDEN]
    )


def _pagina(request, *, zoekform, vragen=None, verwijderform=None, status=200) -> HttpResponse:
    vragen = vragen or []
    # The results show the contact details: each one is a 'bekeken' in the audit log.
    inzage_vastleggen_lijst(vragen=vragen, door=request.user)
    return render(
        request,
        "vragen/inwoner.html",
        {
            "zoekform": zoekform,
            "vragen": vragen,
            "heeft_gezocht": zoekform.is_bound,
            "verwijderform": verwijderform or InwonerVerwijderForm(initial={"vragen": vragen}),
            "max_gevonden": MAX_GEVONDEN,
        },
        status=status,
    )


@require_http_methods(["GET", "POST"])
@login_required
@inwoner_toegang
@never_cache
def inwoner(request: HttpRequest) -> HttpResponse:
    """Lets coordinators find a resident's questions by exact e-mail or phone (POST, so the
    address never lands in a URL or a server log)."""
    if request.method == "GET":
        return _pagina(request, zoekform=InwonerZoekForm())
    zoekform = InwonerZoekForm(request.POST)
    if not zoekform.is_valid():
        return _pagina(request, zoekform=zoekform, status=400)
    vragen = Vraag.objects.niet_geanonimiseerd().van_inwoner(
        email=zoekform.cleaned_data["email"], telefoon=zoekform.cleaned_data["telefoon"]
    )
    return _pagina(request, zoekform=zoekform, vragen=_gevonden(vragen))


@require_POST
@login_required
@inwoner_toegang
def inwoner_export(request: HttpRequest) -> HttpResponse:
    """Gives coordinators the resident's data of the chosen questions as a JSON file."""
    form = InwonerKeuzeForm(request.POST)
    if not form.is_valid():
        for fout in form.errors.get("vragen", []):
            messages.error(request, fout)
        return redirect("vragen:inwoner")
    gegevens = inwonergegevens_exporteren(
        vragen=met_exportgegevens(form.cleaned_data["vragen"].order_by("aangemaakt", "pk")),
        door=request.user,
    )
    antwoord = HttpResponse(
        json.dumps(gegevens, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    naam = f"wijkportaal-gegevens-{timezone.localdate():%Y-%m-%d}.json"
    antwoord["Content-Disposition"] = f'attachment; filename="{naam}"'
    antwoord["Cache-Control"] = "no-store"
    return antwoord


@require_POST
@login_required
@inwoner_toegang
def inwoner_verwijderen(request: HttpRequest) -> HttpResponse:
    """Lets coordinators wipe the resident's data of the chosen questions now, with a reason."""
    form = InwonerVerwijderForm(request.POST)
    if form.is_valid():
        try:
            aantal = inwonergegevens_verwijderen(
                vragen=form.cleaned_data["vragen"],
                door=request.user,
                reden=form.cleaned_data["reden"],
            )
        except ValidationError as fout:
            form.add_error(None, fout)
        else:
            messages.success(
                request,
                _("De gegevens van %(n)s vraag/vragen zijn verwijderd. De cijfers blijven.")
                % {"n": aantal},
            )
            return redirect("vragen:inwoner")
    gekozen = form.cleaned_data.get("vragen")
    vragen = _gevonden(gekozen) if gekozen is not None else []
    return _pagina(
        request,
        zoekform=InwonerZoekForm(),
        vragen=vragen,
        verwijderform=form,
        status=400,
    )


@require_GET
@login_required
@permission_required("vragen.view_auditregel", raise_exception=True)
def auditlog(request: HttpRequest) -> HttpResponse:
    """Shows coordinators who viewed, changed, exported or deleted personal data, and when."""
    # A reference is letters, digits and a dash; anything else cannot match (and a NUL byte
    # would upset PostgreSQL).
    referentie = re.sub(r"[^A-Z0-9-]", "", request.GET.get("referentie", "").upper())[:9]
    qs = AuditRegel.objects.select_related("door")
    if referentie:
        qs = qs.filter(referentie=referentie)
    paginering = pagineren(qs, request.GET.get("page"), settings.VRAGEN_PER_PAGINA)
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "vragen/auditlog.html",
        {
            "pagina": paginering.pagina,
            "meldingen": [paginering.melding],
            "querystring": params.urlencode(),
            "referentie": referentie,
        },
    )
