"""Follow-up calls at the desk: today's list per informatiepunt, one call with the resident's
number and its result, planning a call and marking a question acuut from its page."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from aanbod.models import Informatiepunt
from vragen.audit import audit_vastleggen, gevulde_contactvelden
from vragen.forms_terugbellen import (
    AcuutForm,
    BelresultaatForm,
    TerugbellenForm,
    VervallenForm,
    VerzettenForm,
)
from vragen.models import AuditActie, Terugbelafspraak
from vragen.services import vraag_acuut_markeren
from vragen.terugbellen import (
    terugbelafspraak_laten_vervallen,
    terugbelafspraak_verzetten,
    terugbellen_plannen,
    terugbelresultaat_vastleggen,
)
from vragen.views.toegang import zichtbare_vraag
from vragen.views.wachtrij import _detail_tonen

balie_toegang = permission_required("vragen.add_vraag", raise_exception=True)


def _punten(gebruiker) -> list[Informatiepunt]:
    if gebruiker.has_perm("vragen.view_alle_vragen"):
        return list(Informatiepunt.objects.order_by("naam"))
    return list(gebruiker.informatiepunten.order_by("naam"))


@require_GET
@login_required
@balie_toegang
def terugbellen(request: HttpRequest) -> HttpResponse:
    """Lets volunteers see whom their informatiepunt calls back today (and who was missed)."""
    vandaag = timezone.localdate()
    punten = _punten(request.user)
    gevraagd = request.GET.get("informatiepunt", "")[:80]
    gekozen = next((p for p in punten if p.slug == gevraagd), None) if gevraagd else None
    meldingen = []
    if gevraagd and gekozen is None:
        meldingen.append(_("Dat informatiepunt kun je niet kiezen. Je ziet je eigen lijst."))
    alle = request.user.has_perm("vragen.view_alle_vragen")
    alle_gekozen = alle and "informatiepunt" in request.GET and not gevraagd
    if gekozen is None and not alle_gekozen:
        eigen = {p.pk for p in request.user.informatiepunten.all()}
        gekozen = next((p for p in punten if p.pk in eigen), None)
    afspraken = Terugbelafspraak.objects.zichtbaar_voor(request.user).met_lijstgegevens()
    if gekozen is not None:
        afspraken = afspraken.filter(informatiepunt=gekozen)
    return render(
        request,
        "vragen/terugbellen.html",
        {
            "punten": punten,
            "alle": alle,
            "gekozen": gekozen,
            "vandaag": vandaag,
            "meldingen": meldingen,
            "te_bellen": list(
                afspraken.te_bellen_op(vandaag).order_by("-vraag__acuut", "datum", "aangemaakt")[
                    : settings.VRAGEN_PER_PAGINA * 4
                ]
            ),
            "binnenkort": list(
                afspraken.gepland().filter(datum__gt=vandaag).order_by("datum", "aangemaakt")[:20]
            ),
        },
    )


def _zichtbare_afspraak(request: HttpRequest, uuid) -> Terugbelafspraak:
    afspraak = (
        Terugbelafspraak.objects.zichtbaar_voor(request.user)
        .select_related("vraag__informatiepunt", "informatiepunt", "afgehandeld_door")
        .filter(uuid=uuid)
        .first()
    )
    if afspraak is None:
        raise Http404
    return afspraak


def _afspraak_tonen(
    request: HttpRequest, afspraak: Terugbelafspraak, status: int = 200, **forms
) -> HttpResponse:
    vraag = afspraak.vraag
    if afspraak.is_gepland and not vraag.is_geanonimiseerd and gevulde_contactvelden(vraag):
        # The number is shown to make the call: the audit log says who saw it, and why.
        audit_vastleggen(
            vraag=vraag,
            actie=AuditActie.BEKEKEN,
            velden=gevulde_contactvelden(vraag),
            door=request.user,
            reden=_("terugbellen"),
        )
    return render(
        request,
        "vragen/terugbelafspraak.html",
        {
            "afspraak": afspraak,
            "vraag": vraag,
            "resultaatform": forms.get("resultaatform") or BelresultaatForm(),
            "verzettenform": forms.get("verzettenform")
            or VerzettenForm(initial={"datum": afspraak.datum}),
            "vervallenform": forms.get("vervallenform") or VervallenForm(),
        },
        status=status,
    )


@require_GET
@login_required
@balie_toegang
def terugbelafspraak(request: HttpRequest, uuid) -> HttpResponse:
    """Shows a volunteer whom to call, the number and why; the result is recorded here."""
    return _afspraak_tonen(request, _zichtbare_afspraak(request, uuid))


def _uitgevoerd(form, actie) -> bool:
    """Whether ``actie`` (a service, given the valid form's data) ran; a form error or the
    service's ValidationError stays on the form for the page to show."""
    if not form.is_valid():
        return False
    try:
        actie(form.cleaned_data)
    except ValidationError as fout:
        form.add_error(None, fout)
        return False
    return True


def _na_actie(request: HttpRequest, afspraak: Terugbelafspraak, tekst: str) -> HttpResponse:
    messages.success(request, tekst)
    punt = afspraak.informatiepunt
    lijst = reverse("vragen:terugbellen")
    return redirect(
        lijst if punt is None else f"{lijst}?{urlencode({'informatiepunt': punt.slug})}"
    )


@require_POST
@login_required
@balie_toegang
def belresultaat(request: HttpRequest, uuid) -> HttpResponse:
    """Lets a volunteer record how the call went."""
    afspraak = _zichtbare_afspraak(request, uuid)
    form = BelresultaatForm(request.POST)
    if _uitgevoerd(
        form, lambda d: terugbelresultaat_vastleggen(afspraak=afspraak, door=request.user, **d)
    ):
        return _na_actie(
            request,
            afspraak,
            _("Het gesprek over vraag %(ref)s is vastgelegd.") % {"ref": afspraak.vraag},
        )
    return _afspraak_tonen(request, afspraak, status=400, resultaatform=form)


@require_POST
@login_required
@balie_toegang
def verzetten(request: HttpRequest, uuid) -> HttpResponse:
    """Lets a volunteer or staff member move a planned call to another day."""
    afspraak = _zichtbare_afspraak(request, uuid)
    form = VerzettenForm(request.POST)
    if _uitgevoerd(
        form,
        lambda d: terugbelafspraak_verzetten(
            afspraak=afspraak, datum=d["datum"], door=request.user
        ),
    ):
        return _na_actie(request, afspraak, _("Het telefoontje is verzet."))
    return _afspraak_tonen(request, afspraak, status=400, verzettenform=form)


@require_POST
@login_required
@balie_toegang
def vervallen(request: HttpRequest, uuid) -> HttpResponse:
    """Lets a volunteer or staff member drop a planned (or proposed) call."""
    afspraak = _zichtbare_afspraak(request, uuid)
    form = VervallenForm(request.POST)
    if _uitgevoerd(
        form,
        lambda d: terugbelafspraak_laten_vervallen(
            afspraak=afspraak, door=request.user, reden=d["reden"]
        ),
    ):
        return _na_actie(request, afspraak, _("Het telefoontje gaat niet door."))
    return _afspraak_tonen(request, afspraak, status=400, vervallenform=form)


@require_POST
@login_required
@balie_toegang
def plannen(request: HttpRequest, uuid) -> HttpResponse:
    """Lets a volunteer plan a follow-up call from a question's page, with consent."""
    vraag = zichtbare_vraag(request, uuid)
    form = TerugbellenForm(request.POST)
    if _uitgevoerd(form, lambda d: terugbellen_plannen(vraag=vraag, door=request.user, **d)):
        messages.success(
            request,
            _("Terugbellen is gepland op %(dag)s.")
            % {"dag": form.cleaned_data["datum"].strftime("%d-%m-%Y")},
        )
        return redirect(vraag)
    return _detail_tonen(request, vraag, status=400, terugbellenform=form)


@require_POST
@login_required
@balie_toegang
def acuut(request: HttpRequest, uuid) -> HttpResponse:
    """Lets desk staff mark a question acuut: top of every queue, coordinators told at once."""
    vraag = zichtbare_vraag(request, uuid)
    form = AcuutForm(request.POST)
    if _uitgevoerd(
        form, lambda d: vraag_acuut_markeren(vraag=vraag, door=request.user, notitie=d["notitie"])
    ):
        messages.success(
            request, _("De vraag is acuut. De coördinator krijgt nu bericht; reageer vandaag.")
        )
        return redirect(vraag)
    return _detail_tonen(request, vraag, status=400, acuutform=form)
