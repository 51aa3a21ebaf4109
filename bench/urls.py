"""The site's URLs plus ``/bench/kaal/``: a view that returns a few bytes and touches nothing
(no database, no template, no cache), behind the same middleware as every page."""

from django.http import HttpResponse
from django.urls import include, path


def kaal(request):
    return HttpResponse(b"ok", content_type="text/plain")


urlpatterns = [path("bench/kaal/", kaal), path("", include("wijkportaal.urls"))]
