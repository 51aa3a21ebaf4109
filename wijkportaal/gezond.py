"""The health endpoint for the load balancer and monitoring: /gezond/."""

import logging

from django.db import DatabaseError, connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)
PAD = "/gezond/"


@require_safe
@never_cache
def gezond(request: HttpRequest) -> JsonResponse:
    """Tells the load balancer whether this app server can reach its database."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Gezondheidscontrole: database niet bereikbaar")
        return JsonResponse({"status": "fout", "database": "fout"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


class GezondMiddleware:
    """Answers /gezond/ before any other middleware.

    A load balancer asks with its own Host header (an internal address, not in
    ALLOWED_HOSTS), over plain HTTP, and without cookies: so no host check, no redirect to
    HTTPS, no session, no CSRF. The answer says nothing but ok or fout.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        if request.path_info == PAD:
            return gezond(request)
        return self.get_response(request)
