"""Middleware that guards the whole site."""

import gc

from django.conf import settings
from django.http import HttpRequest, HttpResponse


class VerzoekGrootteMiddleware:
    """Refuses a request body larger than MAX_REQUEST_BODY before anything reads it.

    Django limits form fields (DATA_UPLOAD_MAX_MEMORY_SIZE) but not uploaded files, and the
    CSRF check reads a POST body before any view can check who is asking.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            lengte = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            lengte = 0
        if lengte > settings.MAX_REQUEST_BODY:
            return HttpResponse(
                "Dit is te groot om te versturen. Kies een kleiner bestand.\n"
                "This is too large to send. Choose a smaller file.\n",
                status=413,
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)


class OpgewarmdBevriezen:
    """After the first requests of a process, move what they made to last (compiled
    templates, filled caches, lazily imported modules: ~30,000 objects) out of the garbage
    collector's sight, once, as wijkportaal/wsgi.py does with start-up. Otherwise every full
    collection walks them again, in the middle of some request (bench/RESULTS.md)."""

    NA_VERZOEKEN = 50

    def __init__(self, get_response):
        self.get_response = get_response
        self.verzoeken = 0

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if self.verzoeken < self.NA_VERZOEKEN:
            self.verzoeken += 1
            if self.verzoeken == self.NA_VERZOEKEN:
                gc.collect()
                gc.freeze()
        return response
