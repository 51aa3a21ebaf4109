"""The page an eerste aanspreekpunt reaches from the e-mail: no account, a signed link."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from vragen.audit import inzage_vastleggen
from vragen.forms import PartnerForm
from vragen.models import Vraag, VraagStatus
from vragen.services import vraag_notitie_toevoegen, vraag_status_wijzigen


def _context(vraag: Vraag, form: PartnerForm, token: str) -> dict:
    return {
        "vraag": vraag,
        "themas": list(vraag.themas.all()),
        "aanbod": list(vraag.aanbod.select_related("organisatie")),
        "historie": list(vraag.historie.select_related("door")),
        "form": form,
        "token": token,
    }


def _ongeldig(request: HttpRequest) -> HttpResponse:
    return render(request, "vragen/partner_ongeldig.html", status=404)


@require_GET
@never_cache
def partner(request: HttpRequest, token: str) -> HttpResponse:
    """Lets the aanspreekpunt read the question and accept, decline, add a note or finish it."""
    vraag = Vraag.objects.met_partnertoken(token).first()
    if vraag is None:
        return _ongeldig(request)
    antwoord = render(request, "vragen/partner.html", _context(vraag, PartnerForm(), token))
    _inzage(vraag)
    return antwoord


@require_POST
def partner_actie(request: HttpRequest, token: str) -> HttpResponse:
    """Applies the aanspreekpunt's choice through the status service."""
    vraag = Vraag.objects.met_partnertoken(token).first()
    if vraag is None:
        return _ongeldig(request)
    form = PartnerForm(request.POST)
    if form.is_valid():
        actie = form.cleaned_data["actie"]
        notitie = form.cleaned_data["notitie"]
        wie = _("%(naam)s (%(org)s), via e-maillink") % {
            "naam": vraag.aanspreekpunt_naam or _("aanspreekpunt"),
            "org": vraag.aanspreekpunt_organisatie or "-",
        }
        try:
            if actie == "notitie":
                vraag_notitie_toevoegen(
                    vraag=vraag, notitie=notitie, door=None, door_omschrijving=wie
                )
            else:
                nieuwe_status, uitkomst = {
                    "accepteren": (VraagStatus.IN_BEHANDELING, None),
                    "afwijzen": (VraagStatus.NIEUW, None),
                    "afronden": (VraagStatus.AFGEHANDELD, form.cleaned_data["uitkomst"]),
                }[actie]
                vraag_status_wijzigen(
                    vraag=vraag,
                    nieuwe_status=nieuwe_status,
                    uitkomst=uitkomst,
                    notitie=notitie,
                    door=None,
                    door_omschrijving=wie,
                )
        except ValidationError as fout:
            form.add_error(None, fout)
        else:
            if actie == "afwijzen":
                return render(request, "vragen/partner_afgewezen.html", {"vraag": vraag})
            messages.success(request, _("Dank je wel. Het is opgeslagen."))
            return redirect("vragen:partner", token=token)
    _inzage(vraag)
    return render(request, "vragen/partner.html", _context(vraag, form, token), status=400)


def _inzage(vraag: Vraag) -> None:
    """partner.html shows the contact details of an open question: log who saw them."""
    if vraag.toestemming_contact and vraag.is_open:
        inzage_vastleggen(
            vraag=vraag,
            door=None,
            door_omschrijving=_("%(naam)s (%(org)s), via e-maillink")
            % {
                "naam": vraag.aanspreekpunt_naam or _("aanspreekpunt"),
                "org": vraag.aanspreekpunt_organisatie or "-",
            },
        )
