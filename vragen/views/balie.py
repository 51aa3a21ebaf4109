"""The desk intake: log a question in one screen, search the catalogue, see the suggestion."""

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from django.views.decorators.vary import vary_on_headers

from aanbod.models import Doelgroep, Thema, Wijk
from vragen.catalogus import aanbod_zoeken, gekozen_aanbod
from vragen.forms import BaliForm
from vragen.models import Routeringsregel
from vragen.routering import regel_zoeken
from vragen.terugbellen import vraag_registreren_met_opvolging

SLUG = re.compile(r"[-a-zA-Z0-9_]{1,100}")
balie_toegang = permission_required("vragen.add_vraag", raise_exception=True)


def _voorstel(themas, wijk, doelgroep) -> tuple[bool, Routeringsregel | None]:
    """Whether enough is known to suggest, and the matching rule."""
    if not (themas or wijk or doelgroep):
        return False, None
    return True, regel_zoeken(thema_ids={t.pk for t in themas}, wijk=wijk, doelgroep=doelgroep)


def _context(form: BaliForm, zoekterm: str, gekozen: list, tekst: str = "", **extra) -> dict:
    """The desk's context; without own search words the question itself is the search."""
    gekozen_ids = {a.pk for a in gekozen}
    zoek = zoekterm if zoekterm.strip() else tekst
    resultaten = [a for a in aanbod_zoeken(zoek) if a.pk not in gekozen_ids]
    return {
        "form": form,
        "zoekterm": zoekterm.strip(),
        "gekozen": gekozen,
        "resultaten": resultaten,
        "heeft_gezocht": bool(zoek.strip()),
        **_uitklappen(form),
        **extra,
    }


def _uitklappen(form: BaliForm) -> dict:
    """Which folded blocks open: the ones the volunteer filled in or that hold an error."""
    waarde = form.data.get if form.is_bound else form.initial.get
    fouten = form.errors if form.is_bound else {}

    def gevuld(*namen: str) -> bool:
        return any(waarde(n) for n in namen) or any(n in fouten for n in namen)

    return {
        "contact_open": gevuld(
            "toestemming_contact",
            "contact_naam",
            "contact_telefoon",
            "contact_email",
            "berichten_via",
            "terugbellen_op",
            "terugbel_reden",
        ),
        "spoed_open": gevuld("acuut", "kwetsbaar"),
        "meer_open": gevuld("doelgroep", "notitie")
        or any(n in fouten for n in ("kanaal", "informatiepunt")),
        "direct_open": waarde("actie") == "direct" or "uitkomst" in fouten,
    }


def _slugs(waarden: list[str]) -> list[str]:
    return [w for w in waarden if SLUG.fullmatch(w)]


def _als_initial(post) -> dict:
    meervoud = {"themas", "aanbod"}
    return {
        naam: post.getlist(naam) if naam in meervoud else post.get(naam)
        for naam in BaliForm.base_fields
        if naam in post
    }


@require_GET
@login_required
@balie_toegang
def balie(request: HttpRequest) -> HttpResponse:
    """Lets volunteers log a question in one screen."""
    eigen = request.user.informatiepunten.first()
    form = BaliForm(initial={"informatiepunt": eigen.slug if eigen else None})
    return render(request, "vragen/balie.html", _context(form, "", []))


@require_POST
@login_required
@balie_toegang
def registreren(request: HttpRequest) -> HttpResponse:
    """Saves the desk form; the search button re-shows the form with results, nothing saved."""
    direct = request.POST.get("actie") == "direct"
    form = BaliForm(request.POST, direct=direct)
    zoekterm = request.POST.get("zoek", "")[:200]
    tekst = request.POST.get("tekst", "")[:200]
    gekozen = gekozen_aanbod(request.POST.getlist("aanbod"))
    geldig = form.is_valid()
    if "zoeken" in request.POST or not geldig:
        data = form.cleaned_data
        heeft, regel = _voorstel(
            list(data.get("themas") or []), data.get("wijk"), data.get("doelgroep")
        )
        if "zoeken" in request.POST:
            # Searching is not saving: show what was typed, without error messages.
            form = BaliForm(initial=_als_initial(request.POST))
        return render(
            request,
            "vragen/balie.html",
            _context(form, zoekterm, gekozen, tekst, voorstel_bekend=heeft, voorstel=regel),
        )
    data = form.cleaned_data
    try:
        vraag = vraag_registreren_met_opvolging(
            acuut=data["acuut"],
            kwetsbaar=data["kwetsbaar"],
            terugbellen_op=data["terugbellen_op"],
            terugbel_reden=data["terugbel_reden"],
            tekst=data["tekst"],
            kanaal=data["kanaal"],
            door=request.user,
            themas=data["themas"],
            wijk=data["wijk"],
            doelgroep=data["doelgroep"],
            notitie=data["notitie"],
            aanbod=data["aanbod"],
            direct_uitkomst=data["uitkomst"] if direct else None,
            toestemming_contact=data["toestemming_contact"],
            contact_naam=data["contact_naam"],
            contact_telefoon=data["contact_telefoon"],
            contact_email=data["contact_email"],
            berichten_via=data["berichten_via"],
            informatiepunt=data["informatiepunt"],
        )
    except ValidationError as fout:
        form.add_error(None, fout)
        return render(request, "vragen/balie.html", _context(form, zoekterm, gekozen, tekst))
    if direct:
        messages.success(
            request, _("Vraag %(ref)s is opgeslagen en afgesloten.") % {"ref": vraag.referentie}
        )
    elif vraag.aanspreekpunt_organisatie:
        messages.success(
            request,
            _("Vraag %(ref)s is opgeslagen en doorgestuurd naar %(org)s.")
            % {"ref": vraag.referentie, "org": vraag.aanspreekpunt_organisatie},
        )
    else:
        messages.success(
            request,
            _("Vraag %(ref)s is opgeslagen. De coördinatoren pakken hem op.")
            % {"ref": vraag.referentie},
        )
    return redirect(vraag)


@require_GET
@login_required
@balie_toegang
@vary_on_headers("HX-Request")
def aanbod_kiezen(request: HttpRequest) -> HttpResponse:
    """Live offer suggestions on the desk screen (htmx): from the search words, or else from
    the question as it is typed; keeps the offers already chosen."""
    zoekterm = request.GET.get("zoek", "")[:200]
    tekst = request.GET.get("tekst", "")[:200]
    gekozen = gekozen_aanbod(request.GET.getlist("aanbod"))
    return render(
        request, "vragen/balie.html#aanbodkeuze", _context(BaliForm(), zoekterm, gekozen, tekst)
    )


@require_GET
@login_required
@balie_toegang
def voorstel(request: HttpRequest) -> HttpResponse:
    """The suggested eerste aanspreekpunt for the chosen themes, wijk and target group (htmx)."""
    # Only slug-shaped values reach the database (PostgreSQL refuses a NUL byte, for one).
    themas = list(Thema.objects.filter(slug__in=_slugs(request.GET.getlist("themas")[:20])))
    wijk = Wijk.objects.filter(slug__in=_slugs([request.GET.get("wijk", "")])).first()
    doelgroep = Doelgroep.objects.filter(
        slug__in=_slugs([request.GET.get("doelgroep", "")])
    ).first()
    heeft, regel = _voorstel(themas, wijk, doelgroep)
    return render(
        request,
        "vragen/balie.html#voorstel",
        {"voorstel_bekend": heeft, "voorstel": regel},
    )
