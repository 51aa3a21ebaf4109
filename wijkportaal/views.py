from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template import loader


def niet_gevonden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """Tells anyone who followed a wrong link where to go instead."""
    return render(request, "404.html", status=404)


def serverfout(request: HttpRequest) -> HttpResponse:
    """Apologises without a traceback; renders without context processors so it cannot fail."""
    return HttpResponse(loader.get_template("500.html").render(), status=500)
