"""Reports on the question desk for coordinators, with a CSV for each table."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from beheer.cijfers import rapportage
from beheer.forms import PeriodeFormulier
from beheer.toegang import alleen_coordinatoren
from beheer.views.signalen import csv_antwoord
from vragen.uitkomstcodes import HEROPEND_CODE


def _cijfers(request: HttpRequest) -> dict:
    form = PeriodeFormulier(request.GET or None)
    van, tot, informatiepunt = form.periode()
    meldingen = []
    if form.is_bound and not form.is_valid():
        meldingen.append(_("Die periode begrijpen we niet. Je ziet nu de laatste 12 maanden."))
    return {
        "form": form,
        "van": van,
        "tot": tot,
        "meldingen": meldingen,
        "querystring": request.GET.urlencode(),
        **rapportage(van, tot, informatiepunt),
    }


@require_GET
@alleen_coordinatoren
def rapportage_view(request: HttpRequest) -> HttpResponse:
    """Shows coordinators how the question desk is doing: volumes, speed, referrals."""
    return render(request, "beheer/rapportage.html", _cijfers(request))


def _getal(waarde) -> str:
    return "" if waarde is None else str(waarde)


TABELLEN = [
    "kanaal",
    "thema",
    "wijk",
    "ter-plekke",
    "eerste-contact",
    "norm",
    "verwijzingen",
    "uitkomstcodes",
    "terugkoppeling",
]


@require_GET
@alleen_coordinatoren
def rapportage_csv(request: HttpRequest, tabel: str) -> HttpResponse:
    """One table of the report as CSV."""
    if tabel not in TABELLEN:
        raise Http404
    c = _cijfers(request)
    naam = f"{tabel}-{c['van']:%Y%m%d}-{c['tot']:%Y%m%d}.csv"
    if tabel in ("kanaal", "thema", "wijk"):
        kruis = c[tabel]
        return csv_antwoord(
            naam,
            [_("maand"), *kruis.kolommen, _("totaal")],
            ([f"{m:%Y-%m}", *rij, sum(rij)] for m, rij in kruis.rijen),
        )
    if tabel == "ter-plekke":
        return csv_antwoord(
            naam,
            [_("maand"), _("vragen"), _("ter plekke beantwoord"), _("procent")],
            (
                [
                    f"{r['maand']:%Y-%m}",
                    r["vragen"],
                    r["ter_plekke"],
                    _getal(r["ter_plekke_procent"]),
                ]
                for r in c["per_maand"]
            ),
        )
    if tabel == "eerste-contact":
        return csv_antwoord(
            naam,
            [_("maand"), _("vragen met contact"), _("mediaan uren tot eerste contact")],
            (
                [f"{r['maand']:%Y-%m}", r["met_contact"], _getal(r["mediaan_uren"])]
                for r in c["per_maand"]
            ),
        )
    if tabel == "norm":
        return csv_antwoord(
            naam,
            [_("organisatie"), _("vragen"), _("binnen de norm"), _("procent")],
            (
                [r["organisatie"], r["vragen"], r["binnen_norm"], _getal(r["procent"])]
                for r in c["norm"]
            ),
        )
    if tabel == "uitkomstcodes":
        return csv_antwoord(
            naam,
            [_("taakstatus (FHIR)"), _("betekenis"), _("uitkomstcode"), _("uitkomst"), _("vragen")],
            (
                [
                    r["taakstatus"],
                    r["taakstatus_label"],
                    r["uitkomstcode"],
                    r["uitkomst_label"],
                    r["aantal"],
                ]
                for r in c["uitkomstcodes"]
            ),
        )
    if tabel == "terugkoppeling":
        t = c["terugkoppeling"]
        return csv_antwoord(
            naam,
            [_("code"), _("heeft het geholpen?"), _("antwoorden"), _("procent")],
            [
                *(
                    [r["code"], r["label"], r["aantal"], _getal(r["procent"])]
                    for r in t["antwoorden"]
                ),
                [HEROPEND_CODE, _("vragen heropend"), t["heropend"], ""],
            ],
        )
    return csv_antwoord(
        naam,
        [_("aanbod"), _("aantal keer doorverwezen")],
        ([r["aanbod__naam"], r["n"]] for r in c["verwezen"]),
    )
