"""For residents: ask a question online, follow its status, print a meterkastkaart."""

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from aanbod.informatiepunten import informatiepunt_voor_wijk
from aanbod.models import Wijk
from aanbod.versie import paginaversie
from vragen.forms import OnlineVraagForm
from vragen.meterkast import meterkastkaart_gegevens
from vragen.models import Kanaal, Vraag
from vragen.services import vraag_registreren
from vragen.statusteksten import statustekst
from wijkportaal.paginacache import gedeelde_pagina
from wijkportaal.spam import RateLimiet

ONLINE_VRAGEN = RateLimiet("vragen-online", aantal=lambda: settings.VRAGEN_ONLINE_PER_UUR)


@require_GET
@gedeelde_pagina(paginaversie)
def online_vraag(request: HttpRequest) -> HttpResponse:
    """Lets residents ask a question online, without an account."""
    return render(request, "vragen/online.html", {"form": OnlineVraagForm()})


@require_POST
def online_vraag_versturen(request: HttpRequest) -> HttpResponse:
    """Saves a resident's online question; spam and floods get a clear message, nothing lost."""
    form = OnlineVraagForm(request.POST)
    if form.is_spam:
        form.add_error(None, _("Je vraag is niet verstuurd. Laat het laatste veld leeg."))
    elif ONLINE_VRAGEN.bereikt(request):
        form.add_error(
            None,
            _(
                "Je hebt al veel vragen gestuurd. Probeer het over een uur opnieuw, "
                "of bel of bezoek het Wijkinformatiepunt. Je tekst staat hieronder nog."
            ),
        )
    elif form.is_valid():
        data = form.cleaned_data
        vraag = vraag_registreren(
            tekst=data["tekst"],
            kanaal=Kanaal.ONLINE,
            door=None,
            wijk=data["wijk"],
            informatiepunt=data["informatiepunt"] or informatiepunt_voor_wijk(data["wijk"]),
            toestemming_contact=data["toestemming_contact"],
            contact_naam=data["contact_naam"],
            contact_telefoon=data["contact_telefoon"],
            contact_email=data["contact_email"],
            berichten_via=data["berichten_via"],
            taal=request.LANGUAGE_CODE,
        )
        ONLINE_VRAGEN.tel(request)
        messages.success(
            request,
            _("Je vraag is verstuurd. Je referentie is %(ref)s.") % {"ref": vraag.referentie},
        )
        return redirect(vraag.statuslink() + "?nieuw=1")
    return render(request, "vragen/online.html", {"form": form}, status=400)


@require_GET
@never_cache
def status(request: HttpRequest, code: str) -> HttpResponse:
    """Shows a resident the status of their question in plain words (private link)."""
    if len(code) > 40:
        raise Http404
    vraag = get_object_or_404(
        Vraag.objects.select_related("aanspreekpunt_organisatie", "informatiepunt"),
        statuscode=code,
    )
    if vraag.is_geanonimiseerd:
        # Retention or a deletion request wiped it: say so plainly instead of "not found".
        antwoord = render(request, "vragen/status_verlopen.html", status=410)
        antwoord["X-Robots-Tag"] = "noindex"
        return antwoord
    aanbod = list(vraag.aanbod.zichtbaar().select_related("organisatie"))
    antwoord = render(
        request,
        "vragen/status.html",
        {
            "vraag": vraag,
            "tekst": statustekst(vraag, aanbod),
            "aanbod": aanbod,
            "nieuw": request.GET.get("nieuw") == "1",
            "statuslink": request.build_absolute_uri(vraag.statuslink()),
        },
    )
    antwoord["X-Robots-Tag"] = "noindex"
    return antwoord


@require_GET
@gedeelde_pagina(paginaversie)
def meterkastkaart(request: HttpRequest, slug: str) -> HttpResponse:
    """The key places and numbers of one wijk on one card, for the meter cupboard."""
    wijk = get_object_or_404(Wijk, slug=slug)
    return render(
        request, "vragen/meterkastkaart.html", {"wijk": wijk, **meterkastkaart_gegevens(wijk)}
    )
