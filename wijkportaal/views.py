from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template import loader


def niet_gevonden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """Tells anyone who followed a wrong link where to go instead."""
    return render(request, "404.html", status=404)


def geen_toegang(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """Tells someone who may not see a page why, in plain Dutch, in the site's layout."""
    return render(request, "403.html", status=403)


def csrf_mislukt(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form that could not be checked (old page, cookies off): what to do, not Django's page."""
    return render(request, "403.html", {"csrf": True}, status=403)


def serverfout(request: HttpRequest) -> HttpResponse:
    """Apologises without a traceback; renders without context processors so it cannot fail."""
    return HttpResponse(loader.get_template("500.html").render(), status=500)
