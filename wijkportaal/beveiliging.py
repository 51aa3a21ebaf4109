"""Headers and input checks for the whole site (issue 23, the security review's findings).

- Bytes no web form sends (NUL) in the path or query string: a clear 400, never a database
  error (PostgreSQL refuses NUL in text).
- Permissions-Policy on every response: the site uses no camera, microphone, location or
  payment, so no page (nor anything injected into one) can ask for them.
- ``Cache-Control: no-store, private`` on every response to someone logged in: staff pages
  and CSV exports carry residents' personal data and must not stay in a browser's or a
  proxy's cache on a shared desk computer.
"""

from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control

ONGELDIG = (b"\x00",)


def heeft_ongeldige_tekens(request: HttpRequest) -> bool:
    """True when the path or query string holds a NUL byte (raw or %-encoded)."""
    pad = request.path_info.encode("utf-8", "surrogateescape")
    query = unquote_to_bytes(request.META.get("QUERY_STRING", ""))
    return any(teken in pad or teken in query for teken in ONGELDIG)


class OngeldigeTekensMiddleware:
    """A 400 with a plain message for a NUL byte in the address."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if heeft_ongeldige_tekens(request):
            if request.path.startswith("/api/"):
                # The open-data API answers in JSON, as its other errors (docs/open-data.md).
                fout = JsonResponse(
                    {
                        "detail": "Dit adres bevat een NUL-teken; dat kan niet. "
                        "This address contains a NUL character, which is not allowed.",
                        "status": 400,
                    },
                    status=400,
                )
                fout["Access-Control-Allow-Origin"] = "*"
                return fout
            return HttpResponse(
                "Dit adres bevat een teken dat niet kan. Controleer de link.\n"
                "This address contains a character that is not allowed. Check the link.\n",
                status=400,
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)


class BeveiligingsKoppenMiddleware:
    """Permissions-Policy everywhere; no-store for anyone logged in (after authentication)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        gebruiker = getattr(request, "user", None)
        if gebruiker is not None and gebruiker.is_authenticated:
            add_never_cache_headers(response)
            patch_cache_control(response, no_store=True, private=True)
        return response
