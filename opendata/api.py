"""The read-only HSDS 3.0 API at /api/hsds/ (open data: anyone may read it, from any site)."""

import hashlib
import json
from collections.abc import Callable, Iterable

from django.core.paginator import Paginator
from django.db.models import Max, Prefetch
from django.http import HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils.http import http_date
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from aanbod.models import Aanbod, Locatie, Organisatie
from opendata import schema
from opendata.filters import (
    OngeldigeParameter,
    aanbod_filteren,
    geheel_getal,
    uuid_parameter,
    zonder_nul_bytes,
)
from opendata.serialiseren import (
    aanbod_dict,
    aanbod_queryset,
    aanbodlocatie_dict,
    aanbodlocatie_queryset,
    organisatie_dict,
)
from opendata.taxonomie import TAXONOMIEEN, alle_termen, taxonomie_dict, term_dict

PER_PAGINA = 50
MAX_PER_PAGINA = 500
MAX_PAGINA = 1_000_000  # a later page than the last gives the last page
# As the official example (examples/base.json): the ORUK validator reads this as a number
# ("3.0.0" it cannot read) to choose the HSDS 3.0 test profile.
HSDS_VERSIE = "3.0"
alleen_lezen = require_http_methods(["GET", "HEAD", "OPTIONS"])


def _cors(response: HttpResponse) -> HttpResponse:
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
    response["Access-Control-Allow-Headers"] = "If-None-Match, If-Modified-Since"
    response["Access-Control-Expose-Headers"] = "ETag, Last-Modified"
    response["Access-Control-Max-Age"] = "86400"
    return response


def _laatst_gewijzigd() -> float | None:
    momenten = [
        m
        for m in (
            Aanbod.objects.aggregate(m=Max("gewijzigd"))["m"],
            Organisatie.objects.aggregate(m=Max("gewijzigd"))["m"],
            Locatie.objects.aggregate(m=Max("gewijzigd"))["m"],
        )
        if m
    ]
    return max(momenten).timestamp() if momenten else None


def _json(request: HttpRequest, data, status: int = 200) -> HttpResponse:
    """JSON with an ETag of its content: a client that has it already gets a 304."""
    inhoud = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    etag = f'"{hashlib.sha256(inhoud).hexdigest()[:32]}"'
    if status == 200 and etag in request.headers.get("If-None-Match", ""):
        response = HttpResponse(status=304)
    else:
        response = HttpResponse(inhoud, status=status, content_type="application/json")
    if status == 200:
        response["ETag"] = etag
        if (moment := _laatst_gewijzigd()) is not None:
            response["Last-Modified"] = http_date(moment)
        response["Cache-Control"] = "public, max-age=300"
    return _cors(response)


def _fout(request: HttpRequest, status: int, melding: str, parameter: str = "") -> HttpResponse:
    inhoud = {"detail": melding, "status": status}
    if parameter:
        inhoud["parameter"] = parameter
    return _cors(JsonResponse(inhoud, status=status, json_dumps_params={"ensure_ascii": False}))


def _ja(waarde: str | None) -> bool:
    return str(waarde).strip().lower() in {"true", "1", "yes", "ja"}


def _lijst(
    request: HttpRequest, items, naar_dict: Callable, stream: Callable[[], Iterable] | None = None
) -> HttpResponse:
    """One page as the spec's Page object; ``format=ndjson`` streams every item instead."""
    if request.GET.get("format", "").strip().lower() == "ndjson":
        bron = stream() if stream else items
        regels = (json.dumps(naar_dict(i), ensure_ascii=False) + "\n" for i in bron)
        return _cors(StreamingHttpResponse(regels, content_type="application/x-ndjson"))
    per_pagina = geheel_getal(request.GET, "per_page", PER_PAGINA, MAX_PER_PAGINA)
    gevraagd = geheel_getal(request.GET, "page", 1, MAX_PAGINA)
    paginator = Paginator(items, per_pagina)
    nummer = min(gevraagd, paginator.num_pages)
    pagina = paginator.page(nummer)
    inhoud = [naar_dict(i) for i in pagina.object_list]
    return _json(
        request,
        {
            "total_items": paginator.count,
            "total_pages": paginator.num_pages,
            "page_number": nummer,
            "size": len(inhoud),
            "first_page": nummer == 1,
            "last_page": nummer == paginator.num_pages,
            "empty": paginator.count == 0,
            "contents": inhoud,
        },
    )


def _api(view: Callable) -> Callable:
    """Read-only, CORS, and a 400 with a plain message for a parameter we cannot read."""

    @alleen_lezen
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method == "OPTIONS":
            return _cors(HttpResponse(status=204))
        try:
            zonder_nul_bytes(request.GET, *map(str, kwargs.values()))
            return view(request, *args, **kwargs)
        except OngeldigeParameter as fout:
            return _fout(request, 400, str(fout), fout.parameter)

    wrapper.__doc__ = view.__doc__
    wrapper.__name__ = view.__name__
    return wrapper


def _niet_gevonden(request: HttpRequest) -> HttpResponse:
    return _fout(request, 404, _("Dit bestaat niet (meer) in het Wijkportaal."))


@_api
def index(request: HttpRequest) -> HttpResponse:
    """Tells other sites which HSDS version this API speaks and where its OpenAPI is."""
    return _json(
        request,
        {
            "version": HSDS_VERSIE,
            "profile": request.build_absolute_uri(reverse("opendata:uitleg")),
            "openapi_url": request.build_absolute_uri(reverse("opendata:openapi")),
        },
    )


@_api
def openapi(request: HttpRequest) -> HttpResponse:
    """The official HSDS 3.0 OpenAPI, self-contained, with our address as server."""
    server = request.build_absolute_uri(reverse("opendata:index")).rstrip("/")
    return _json(request, schema.openapi(server))


@_api
def services(request: HttpRequest) -> HttpResponse:
    """Lists published offer as HSDS services, for other sites and apps."""
    volledig = _ja(request.GET.get("full"))
    qs = aanbod_filteren(aanbod_queryset(volledig), request.GET)
    return _lijst(
        request,
        qs,
        lambda a: aanbod_dict(a, volledig=volledig),
        stream=lambda: qs.iterator(chunk_size=500),
    )


@_api
def service(request: HttpRequest, hsds_id: str) -> HttpResponse:
    """One published offer with everything: organisation, places, times, themes."""
    aanbod = aanbod_queryset(volledig=True).filter(hsds_id=uuid_parameter(hsds_id, "id")).first()
    if aanbod is None:
        return _niet_gevonden(request)
    return _json(request, aanbod_dict(aanbod, volledig=True))


def _organisaties(request: HttpRequest):
    volledig_aanbod = _ja(request.GET.get("full_service"))
    return Organisatie.objects.order_by("naam", "pk").prefetch_related(
        Prefetch("aanbod", queryset=aanbod_queryset(volledig_aanbod), to_attr="gepubliceerd")
    ), volledig_aanbod


@_api
def organizations(request: HttpRequest) -> HttpResponse:
    """Lists the organisations behind the offer."""
    qs, volledig_aanbod = _organisaties(request)
    if zoek := request.GET.get("search", "").replace("\x00", "").strip()[:200]:
        qs = qs.filter(naam__icontains=zoek)
    if _ja(request.GET.get("full")) or volledig_aanbod:
        return _lijst(
            request,
            qs,
            lambda o: organisatie_dict(
                o, [aanbod_dict(a, volledig=volledig_aanbod) for a in o.gepubliceerd]
            ),
        )
    return _lijst(request, qs.prefetch_related(None), organisatie_dict)


@_api
def organization(request: HttpRequest, hsds_id: str) -> HttpResponse:
    """One organisation with its published offer."""
    qs, volledig_aanbod = _organisaties(request)
    org = qs.filter(hsds_id=uuid_parameter(hsds_id, "id")).first()
    if org is None:
        return _niet_gevonden(request)
    diensten = [aanbod_dict(a, volledig=volledig_aanbod) for a in org.gepubliceerd]
    return _json(request, organisatie_dict(org, diensten))


def _aanbodlocaties():
    return aanbodlocatie_queryset().filter(aanbod__in=Aanbod.objects.zichtbaar())


@_api
def service_at_locations(request: HttpRequest) -> HttpResponse:
    """Lists where each published offer takes place (with times when full=true)."""
    volledig = _ja(request.GET.get("full"))
    qs = aanbod_filteren(_aanbodlocaties(), request.GET)
    return _lijst(
        request,
        qs,
        lambda al: aanbodlocatie_dict(al, volledig=volledig),
        stream=lambda: qs.iterator(chunk_size=500),
    )


@_api
def service_at_location(request: HttpRequest, hsds_id: str) -> HttpResponse:
    """One offer at one place, with its location and times."""
    al = _aanbodlocaties().filter(hsds_id=uuid_parameter(hsds_id, "id")).first()
    if al is None:
        return _niet_gevonden(request)
    return _json(request, aanbodlocatie_dict(al, volledig=True))


def _zoek_in(items: list, request: HttpRequest, *velden: str) -> list:
    zoek = request.GET.get("search", "").strip().casefold()[:200]
    if not zoek:
        return items
    return [i for i in items if any(zoek in str(i.get(v, "")).casefold() for v in velden)]


@_api
def taxonomies(request: HttpRequest) -> HttpResponse:
    """Lists our taxonomies: themes, target groups, wijken and fixed features."""
    items = [taxonomie_dict(t) for t in TAXONOMIEEN.values()]
    return _lijst(request, _zoek_in(items, request, "name", "description"), dict)


@_api
def taxonomy(request: HttpRequest, hsds_id: str) -> HttpResponse:
    """One taxonomy."""
    gekozen = str(uuid_parameter(hsds_id, "id"))
    gevonden = [t for t in TAXONOMIEEN.values() if t.id == gekozen]
    if not gevonden:
        return _niet_gevonden(request)
    return _json(request, taxonomie_dict(gevonden[0]))


@_api
def taxonomy_terms(request: HttpRequest) -> HttpResponse:
    """Lists every theme, target group, wijk and feature as a taxonomy term."""
    items = [term_dict(t) for t in alle_termen()]
    if "taxonomy_id" in request.GET:
        gekozen = str(uuid_parameter(request.GET["taxonomy_id"], "taxonomy_id"))
        items = [i for i in items if i["taxonomy_id"] == gekozen]
    if "parent_id" in request.GET:
        uuid_parameter(request.GET["parent_id"], "parent_id")
        items = []  # our taxonomies are flat: no term has a parent
    return _lijst(request, _zoek_in(items, request, "name", "code", "description"), dict)


@_api
def taxonomy_term(request: HttpRequest, hsds_id: str) -> HttpResponse:
    """One taxonomy term, with its taxonomy."""
    gekozen = str(uuid_parameter(hsds_id, "id"))
    gevonden = [t for t in alle_termen() if t.id == gekozen]
    if not gevonden:
        return _niet_gevonden(request)
    term = gevonden[0]
    return _json(
        request, {**term_dict(term), "taxonomy_detail": taxonomie_dict(TAXONOMIEEN[term.taxonomie])}
    )
