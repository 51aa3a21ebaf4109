from datetime import timedelta

from django.conf import settings
from django.core.validators import slug_re
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from aanbod.agenda import AgendaFilter, agenda_per_dag
from aanbod.dichtbij import PuntDichtbij, dichtstbijzijnde
from aanbod.filters import AanbodFilter
from aanbod.filterweergave import (
    aantal_filters,
    actieve_filters,
    filtermeldingen,
    querystring,
)
from aanbod.gebieden import wijken_geojson
from aanbod.informatiepunten import dichtstbijzijnd
from aanbod.kaartdata import kaartpunten
from aanbod.models import Aanbod, Informatiepunt, Organisatie, Soort, Thema, Wijk
from aanbod.models.rooster import bloklocaties_uitpakken
from aanbod.openingstijden import openstatus, week_overzicht
from aanbod.versie import catalogusversie, paginaversie
from aanbod.zoeken import MAX_RESULTATEN, Rangorde, Zoekresultaat
from aanbod.zoeken.signalen import markeren, weinig_gevonden_tellen
from wijkportaal.paginacache import gedeelde_pagina
from wijkportaal.paginering import pagineren

HOME_AANTAL = 6
MAX_TELLEN = MAX_RESULTATEN  # results counted at most; beyond that: "meer dan 200"
# The query parameters of the search and map pages (the page cache keeps nothing else).
ZOEKPARAMETERS = [*AanbodFilter.base_filters, "page", "letterlijk"]
FILTERPARAMETERS = frozenset(AanbodFilter.base_filters) - {"q"}
KAART_MAXIMUM = MAX_RESULTATEN  # markers on the map at most: more is no map to read anyway


def _gekozen_wijk(request: HttpRequest) -> Wijk | None:
    """The wijk the visitor chose (?wijk=... on the home page), remembered in the session."""
    slug = request.GET.get("wijk")
    slug = slug if slug is not None else request.session.get("wijk", "")
    # Only a real slug reaches the database (PostgreSQL refuses a NUL byte) or the session.
    wijk = Wijk.objects.filter(slug=slug).first() if slug and slug_re.fullmatch(slug) else None
    if "wijk" in request.GET:
        request.session["wijk"] = wijk.slug if wijk else ""
    return wijk


@require_GET
@gedeelde_pagina(paginaversie, parameters=["wijk"])
def home(request: HttpRequest) -> HttpResponse:
    """Lets residents start: one search box, themes, wijken, what is open and on this week."""
    wijk = _gekozen_wijk(request)
    meldingen = []
    if request.GET.get("wijk") and wijk is None:
        meldingen.append(_("Die wijk kennen we niet. Je ziet nu alles in Utrecht."))
    basis = Aanbod.objects.zichtbaar()
    if wijk:
        basis = basis.in_wijk(wijk)
    nu_open = basis.open_op(timezone.now())[:HOME_AANTAL].blokken()
    deze_week = agenda_per_dag(basis.filter(soort=Soort.ACTIVITEIT), dagen=7, max_per_dag=3)
    punten = list(Informatiepunt.objects.met_gegevens())
    return render(
        request,
        "aanbod/home.html",
        {
            "themas": Thema.objects.all(),
            "wijken": Wijk.objects.all(),
            "wijk": wijk,
            "nu_open": nu_open,
            "deze_week": deze_week,
            "kom_langs": _kom_langs(wijk, punten),
            "meldingen": meldingen,
        },
    )


def _kom_langs(wijk: Wijk | None, punten: list[Informatiepunt]) -> list[PuntDichtbij]:
    """'Kom langs': the informatiepunt for the chosen wijk, or all of them, with open status."""
    gekozen = [dichtstbijzijnd(wijk, punten)] if wijk and punten else punten
    return dichtstbijzijnde(gekozen, None)


def _gefilterd(request: HttpRequest) -> AanbodFilter:
    return AanbodFilter(request.GET, queryset=Aanbod.objects.zichtbaar(), request=request)


def _filtersleutel(request: HttpRequest) -> str:
    """What the rendered filter fields depend on besides the language: the chosen filters
    (not the search words or the page) and the catalogue (its wijken, themes, ...). Only
    the filter's own parameters: ``?x=1`` must not make a new cache entry."""
    onbekend = [k for k in request.GET if k not in FILTERPARAMETERS]
    return f"{catalogusversie()}?{querystring(request.GET, 'q', 'page', *onbekend)}"


def _resultaten(
    request: HttpRequest, filterset: AanbodFilter
) -> tuple[Rangorde, Zoekresultaat | None]:
    return filterset.resultaten(maximum=MAX_TELLEN, letterlijk=request.GET.get("letterlijk") == "1")


def _blokken(ids: list[int]) -> list[Aanbod]:
    return Aanbod.objects.filter(pk__in=ids).blokken()


def _kaartpunten(ids: list[int]) -> list[Aanbod]:
    return list(Aanbod.objects.filter(pk__in=ids).met_kaartpunten())


@require_GET
@weinig_gevonden_tellen
@gedeelde_pagina(paginaversie, parameters=ZOEKPARAMETERS)
@vary_on_headers("HX-Request")
def zoeken(request: HttpRequest) -> HttpResponse:
    """Lets residents and volunteers search and filter the catalogue."""
    filterset = _gefilterd(request)
    rangorde, resultaat = _resultaten(request, filterset)
    paginering = pagineren(
        rangorde.met_lezer(_blokken),
        request.GET.get("page"),
        settings.AANBOD_PER_PAGINA,
        MAX_TELLEN,
    )
    context = {
        "filter": filterset,
        "pagina": paginering.pagina,
        "meldingen": [*filtermeldingen(filterset), paginering.melding],
        "actieve_filters": (actief := actieve_filters(filterset)),
        "aantal_filters": aantal_filters(actief),
        "querystring": _zonder_pagina(request),
        "zoekterm": filterset.zoekterm,
        "filtersleutel": _filtersleutel(request),
        "markeren": resultaat.markeren if resultaat else [],
    }
    if resultaat is not None:
        context.update(_zoekhulp(request, resultaat))
        if resultaat.vraag.leeg:
            context["meldingen"].append(
                _(
                    "We vonden in je zoekvraag geen woord om op te zoeken. Probeer een paar "
                    "woorden, zoals ‘koffie’, ‘schulden’ of ‘eenzaam’."
                )
            )
    template = "aanbod/zoeken.html"
    if request.htmx:
        template += "#resultaten"
    response = render(request, template, context)
    markeren(response, resultaat)
    return response


def _met_q(request: HttpRequest, q: str, **extra: str) -> str:
    """This page's address with another search, from the first page."""
    params = request.GET.copy()
    params["q"] = q
    for sleutel in ("page", "letterlijk"):
        params.pop(sleutel, None)
    for sleutel, waarde in extra.items():
        params[sleutel] = waarde
    return "?" + params.urlencode()


def _zoekhulp(request: HttpRequest, resultaat: Zoekresultaat) -> dict:
    """'Je zocht op ...' when unknown words were corrected; 'Bedoelde je ...?' when searched
    as typed; related themes when nothing was found."""
    hulp: dict = {}
    if resultaat.verbeterd:
        hulp.update(
            verbeterd=resultaat.verbeterd,
            letterlijk_url=_met_q(request, resultaat.vraag.tekst, letterlijk="1"),
        )
    if verbeterd := resultaat.bedoelde_je():
        hulp.update(suggestie=verbeterd, suggestie_url=_met_q(request, verbeterd))
    if not resultaat.aantal:
        hulp["verwante_themas"] = resultaat.verwante_themas()
    return hulp


def _zonder_pagina(request: HttpRequest) -> str:
    return querystring(request.GET, "page")


@require_GET
@gedeelde_pagina(paginaversie)
def detail(request: HttpRequest, slug: str) -> HttpResponse:
    """Shows residents everything about one offer: what, where, when, cost, contact."""
    aanbod = get_object_or_404(Aanbod.objects.met_alle_gegevens(), slug=slug)
    locaties = list(aanbod.aanbodlocaties.all())
    per_locatie = [
        {"al": al, "status": openstatus([al]), "week": week_overzicht(al)} for al in locaties
    ]
    verouderd_na = timezone.localdate() - timedelta(days=settings.AANBOD_VEROUDERD_NA_DAGEN)
    return render(
        request,
        "aanbod/detail.html",
        {
            "aanbod": aanbod,
            "status": openstatus(locaties),
            "per_locatie": per_locatie,
            "kaartpunten": kaartpunten([aanbod]),
            "mogelijk_verouderd": bool(
                aanbod.laatst_gecontroleerd and aanbod.laatst_gecontroleerd < verouderd_na
            ),
        },
    )


@require_GET
@gedeelde_pagina(paginaversie)
def detail_print(request: HttpRequest, slug: str) -> HttpResponse:
    """One offer on one A4, to hand to a resident."""
    aanbod = get_object_or_404(Aanbod.objects.met_alle_gegevens(), slug=slug)
    per_locatie = [{"al": al, "week": week_overzicht(al)} for al in aanbod.aanbodlocaties.all()]
    return render(
        request, "aanbod/detail_print.html", {"aanbod": aanbod, "per_locatie": per_locatie}
    )


@require_GET
@gedeelde_pagina(paginaversie, parameters=ZOEKPARAMETERS)
def kaart(request: HttpRequest) -> HttpResponse:
    """Shows the filtered catalogue on a map of the wijken, with the list as alternative."""
    filterset = _gefilterd(request)
    rangorde, _resultaat = _resultaten(request, filterset)
    rangorde = rangorde.met_lezer(_kaartpunten)
    resultaten = rangorde[: KAART_MAXIMUM + 1]  # one more says "more than" without counting
    meldingen = filtermeldingen(filterset)
    afgekapt = len(resultaten) > KAART_MAXIMUM
    if afgekapt:
        resultaten = resultaten[:KAART_MAXIMUM]
        meldingen.append(
            _(
                "Er zijn meer dan %(max)s resultaten. De kaart toont er %(max)s. Kies een wijk "
                "of een filter om minder te zien."
            )
            % {"max": KAART_MAXIMUM}
        )
    totaal = len(resultaten)
    return render(
        request,
        "aanbod/kaart.html",
        {
            "filter": filterset,
            "resultaten": resultaten,
            "totaal": totaal,
            "afgekapt": afgekapt,
            "kaartpunten": kaartpunten(resultaten),
            "meldingen": meldingen,
            "actieve_filters": (actief := actieve_filters(filterset)),
            "aantal_filters": aantal_filters(actief),
            "querystring": _zonder_pagina(request),
            "filtersleutel": _filtersleutel(request),
        },
    )


@require_GET
# 19 KB of public coordinates, 6 KB gzipped; nothing secret in it for BREACH to guess.
@gzip_page
@gedeelde_pagina(lambda: "wijkgrenzen")  # fixed data: only the path is a key
def wijkgrenzen(request: HttpRequest) -> HttpResponse:
    """The wijk boundaries for the map, simplified."""
    return HttpResponse(wijken_geojson(), content_type="application/geo+json")


@require_GET
@gedeelde_pagina(paginaversie, parameters=AgendaFilter.base_filters)
def agenda(request: HttpRequest) -> HttpResponse:
    """Lists activities in the coming seven days, day by day."""
    filterset = AgendaFilter(
        request.GET, queryset=Aanbod.objects.actief().filter(soort=Soort.ACTIVITEIT)
    )
    return render(
        request,
        "aanbod/agenda.html",
        {
            "filter": filterset,
            "dagen": agenda_per_dag(filterset.qs, dagen=7),
            "meldingen": filtermeldingen(filterset),
        },
    )


@require_GET
@gedeelde_pagina(paginaversie)
def organisatie(request: HttpRequest, slug: str) -> HttpResponse:
    """Shows one organisation and all it offers."""
    organisatie = get_object_or_404(
        Organisatie.objects.prefetch_related(
            Prefetch("aanbod", queryset=Aanbod.objects.zichtbaar().met_blokgegevens())
        ),
        slug=slug,
    )
    aanbod = list(organisatie.aanbod.all())
    bloklocaties_uitpakken(aanbod)
    return render(
        request, "aanbod/organisatie.html", {"organisatie": organisatie, "aanbod": aanbod}
    )
