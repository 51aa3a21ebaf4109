"""Public pages shared by visitors without a session: rendered once, served to all.

Most visitors are residents without an account who look at the same pages (the search page
for 'koffie', an offer, the question form). Such a page is kept, in the ``paginas`` cache,
per version of what it shows (for the catalogue: ``aanbod.versie.paginaversie``, which
changes with any change to the offer and whenever some offer opens or closes), per language,
per htmx or not and per path and the query parameters the view knows, for at most
PAGINACACHE_SECONDEN. A request with a parameter the view does not know (``?x=1``) is
answered but never kept: arbitrary query strings cannot fill the cache.

Only requests that carry no cookie but the CSRF and language cookies share pages: anyone
with a session (logged in, a chosen wijk, a message to show) always gets their own page, and
only a 200 that set no cookie and touched no session is kept. Forms on a shared page keep
working: the CSRF token is taken out before the page is kept and a fresh one is put in for
each visitor (and its cookie set, as for any page with a form).

``PAGINACACHE_SECONDEN = 0`` turns it off. See ADR 0010.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable, Iterable
from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.utils.cache import cc_delim_re

CACHE = "paginas"
PLAATSHOUDER = b"__wijkportaal_csrf__"
CSRF_VELD = re.compile(rb'(<input type="hidden" name="csrfmiddlewaretoken" value=")([^"]+)(")')
# X-Weinig-Gevonden: what a search page found little of, counted for each visitor
# (aanbod/zoeken/signalen.py) and never sent out.
KOPPEN_BEWAREN = (
    "Content-Type",
    "Content-Language",
    "Content-Disposition",
    "Access-Control-Allow-Origin",
    "Vary",
    "X-Robots-Tag",
    "X-Weinig-Gevonden",
)
NIET_BEWAREN = {"private", "no-store", "no-cache"}


def _toegestane_cookies() -> set[str]:
    return {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}


def _deelbaar(request: HttpRequest) -> bool:
    """A request that any visitor without a session could have made."""
    return (
        settings.PAGINACACHE_SECONDEN > 0
        and request.method == "GET"
        and set(request.COOKIES) <= _toegestane_cookies()
        and "HTTP_AUTHORIZATION" not in request.META
    )


def _bekende_query(request: HttpRequest, parameters: frozenset[str]) -> str | None:
    """The query string of the known parameters in a fixed order; None when the request
    has a parameter the view does not know (then the page is not kept)."""
    if not set(request.GET) <= parameters:
        return None
    return urlencode(sorted((k, v) for k in request.GET for v in request.GET.getlist(k)))


def _sleutel(request: HttpRequest, versie: str, query: str) -> str:
    adres = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    taal = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    htmx = "htmx" if request.headers.get("HX-Request") == "true" else "pagina"
    adres_hash = hashlib.sha256(adres.encode()).hexdigest()
    return f"pagina:{versie}:{taal}:{htmx}:{adres_hash}"


def _bewaarbaar(request: HttpRequest, response: HttpResponse) -> bool:
    """A page that holds nothing of this visitor: no cookie set, no session or message."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    cache_control = {
        d.split("=")[0].strip().lower()
        for d in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    if cache_control & NIET_BEWAREN:
        return False
    sessie = getattr(request, "session", None)
    if sessie is not None and (sessie.modified or not sessie.is_empty()):
        return False
    berichten = getattr(request, "_messages", None)
    return not (berichten is not None and berichten._queued_messages)


def _zonder_token(inhoud: bytes) -> bytes | None:
    """The page with every CSRF field's token replaced by a placeholder; None when the token
    also appears elsewhere (then the page cannot be shared safely)."""
    tokens = {m.group(2) for m in CSRF_VELD.finditer(inhoud)}
    zonder = CSRF_VELD.sub(rb"\1" + PLAATSHOUDER + rb"\3", inhoud)
    if any(token in zonder for token in tokens) or PLAATSHOUDER in CSRF_VELD.sub(b"", zonder):
        return None
    return zonder


def _uit_bewaard(request: HttpRequest, bewaard: dict) -> HttpResponse:
    inhoud = bewaard["inhoud"]
    if PLAATSHOUDER in inhoud:
        inhoud = inhoud.replace(PLAATSHOUDER, get_token(request).encode())
    response = HttpResponse(inhoud, status=200)
    for naam, waarde in bewaard["koppen"].items():
        response[naam] = waarde
    response["X-Paginacache"] = "hit"
    return response


def gedeelde_pagina(versie: Callable[[], str], parameters: Iterable[str] = ()) -> Callable:
    """Serve the decorated GET view's page from the shared page cache when the visitor has
    no session (see the module docstring). ``versie`` names the version of the data the page
    shows, e.g. ``catalogusversie``: a new version is a new page. ``parameters`` are the
    query parameters the view reads; with any other parameter the page is not kept."""
    bekend = frozenset(parameters)

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def verpakt(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            query = _bekende_query(request, bekend) if _deelbaar(request) else None
            if query is None:
                return view(request, *args, **kwargs)
            cache = caches[CACHE]
            sleutel = _sleutel(request, versie(), query)
            bewaard = cache.get(sleutel)
            if bewaard is not None:
                return _uit_bewaard(request, bewaard)
            response = view(request, *args, **kwargs)
            if _bewaarbaar(request, response):
                inhoud = _zonder_token(response.content)
                if inhoud is not None:
                    koppen = {k: response[k] for k in KOPPEN_BEWAREN if k in response}
                    bewaard = {"inhoud": inhoud, "koppen": koppen}
                    # Not all at the same moment: pages made together would expire together.
                    seconden = settings.PAGINACACHE_SECONDEN * random.uniform(0.75, 1.0)
                    cache.set(sleutel, bewaard, max(1, round(seconden)))
                    response["X-Paginacache"] = "miss"
            return response

        return verpakt

    return decorator
