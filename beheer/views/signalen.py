"""Signals of unmet needs for coordinators and the gemeente: on screen, as CSV, printable."""

from datetime import date

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from aanbod.models import Thema, Wijk, ZoekwoordTelling
from beheer.cijfers import hiatentabel, signalen, vraagcijfers
from beheer.forms import PeriodeFormulier, SamenvattingFormulier
from beheer.services import signaal_samenvatten
from beheer.toegang import alleen_coordinatoren
from wijkportaal.csvbestand import VeiligeSchrijver


def _context(request: HttpRequest, *, met_hiaten: bool = True) -> dict:
    form = PeriodeFormulier(request.GET or None)
    van, tot, informatiepunt = form.periode()
    meldingen = []
    if form.is_bound and not form.is_valid():
        meldingen.append(_("Die periode begrijpen we niet. Je ziet nu de laatste 12 maanden."))
    return {
        "form": form,
        "van": van,
        "tot": tot,
        "informatiepunt": informatiepunt,
        "meldingen": meldingen,
        "signalen": signalen(vraagcijfers(van, tot, informatiepunt)),
        "niet_gevonden": list(ZoekwoordTelling.objects.vaak_niets_gevonden(van, tot)[:40]),
        "hiaten": hiatentabel() if met_hiaten else None,
        "querystring": request.GET.urlencode(),
    }


@require_GET
@alleen_coordinatoren
def signalen_view(request: HttpRequest) -> HttpResponse:
    """Shows coordinators where residents' needs went unmet, and where no offer exists."""
    return render(request, "beheer/signalen.html", _context(request))


@require_GET
@alleen_coordinatoren
def signalen_rapport(request: HttpRequest) -> HttpResponse:
    """The signals as a printable report for the gemeente (no forms, no names)."""
    return render(request, "beheer/signalen_rapport.html", _context(request))


def csv_antwoord(bestandsnaam: str, kop: list[str], rijen) -> HttpResponse:
    """A CSV download (UTF-8 with BOM so spreadsheet programs read the accents)."""
    antwoord = HttpResponse(content_type="text/csv; charset=utf-8")
    antwoord["Content-Disposition"] = f'attachment; filename="{bestandsnaam}"'
    antwoord.write("\ufeff")
    schrijver = VeiligeSchrijver(antwoord)
    schrijver.writerow(kop)
    schrijver.writerows(rijen)
    return antwoord


@require_GET
@alleen_coordinatoren
def signalen_csv(request: HttpRequest) -> HttpResponse:
    """The signals (theme x wijk x month, small numbers hidden) as CSV."""
    context = _context(request, met_hiaten=False)
    return csv_antwoord(
        f"signalen-{context['van']:%Y%m%d}-{context['tot']:%Y%m%d}.csv",
        [_("maand"), _("thema"), _("wijk"), _("aantal vragen"), _("samenvatting")],
        (
            [
                f"{s.maand:%Y-%m}",
                s.thema.naam if s.thema else _("Geen thema"),
                s.wijk.naam if s.wijk else _("Onbekende wijk"),
                s.weergave,
                s.samenvatting,
            ]
            for s in context["signalen"]
        ),
    )


@require_GET
@alleen_coordinatoren
def hiaten_csv(request: HttpRequest) -> HttpResponse:
    """The gap table (active offers per theme x wijk) as CSV."""
    tabel = hiatentabel()
    return csv_antwoord(
        "aanbod-per-thema-en-wijk.csv",
        [_("thema"), *(w.naam for w in tabel.wijken)],
        ([thema.naam, *cellen] for thema, cellen in tabel.rijen),
    )


@require_POST
@alleen_coordinatoren
def samenvatting_opslaan(request: HttpRequest) -> HttpResponse:
    """Lets coordinators write down what a signal means and what is done about it."""
    thema = Thema.objects.filter(pk=_getal(request.POST.get("thema"))).first()
    wijk = Wijk.objects.filter(pk=_getal(request.POST.get("wijk"))).first()
    maand = _maand(request.POST.get("maand", ""))
    form = SamenvattingFormulier(request.POST)
    terug = request.POST.get("terug", "")
    if maand is None or not form.is_valid():
        messages.error(
            request,
            _(
                "De samenvatting is niet opgeslagen: het signaal of de tekst klopt niet "
                "(hooguit 2000 tekens)."
            ),
        )
    else:
        signaal_samenvatten(
            thema=thema, wijk=wijk, maand=maand, tekst=form.cleaned_data["tekst"], door=request.user
        )
        messages.success(request, _("De samenvatting is opgeslagen."))
    # ``terug`` is the page's query string; it only ever follows our own path, and one that
    # is far longer than any the period form makes is left out.
    terug = terug if len(terug) <= MAX_TERUG else ""
    return redirect(reverse("beheer:signalen") + ("?" + terug if terug else ""))


MAX_TERUG = 500


def _getal(waarde) -> int | None:
    try:
        return int(waarde)
    except (TypeError, ValueError):
        return None


def _maand(tekst: str) -> date | None:
    try:
        jaar, maand = (int(x) for x in tekst.split("-"))
        return date(jaar, maand, 1)
    except ValueError:
        return None
