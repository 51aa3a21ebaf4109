"""Logging in: which address a login comes from, and what a locked-out person sees."""

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from wijkportaal import clientadres


def client_ip(request: HttpRequest) -> str:
    """The address the person logs in from: behind our proxies (VERTROUWDE_PROXIES) the
    last address in X-Forwarded-For that is not theirs; a header the client wrote itself is
    never trusted (wijkportaal/clientadres.py)."""
    return clientadres.client_ip(request)


def blokkade_melding() -> str:
    minuten = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return _(
        "Je hebt te vaak een verkeerd wachtwoord ingevuld. Inloggen met deze naam kan nu "
        "even niet. Probeer het over %(minuten)d minuten opnieuw, of vraag een nieuw "
        "wachtwoord aan."
    ) % {"minuten": minuten}


def geblokkeerd(
    request: HttpRequest,
    original_response=None,
    credentials: dict | None = None,
    melding: str | None = None,
) -> HttpResponse:
    """The login page again, with a plain message: too many tries, wait 15 minutes."""
    form = AuthenticationForm(request, initial={"username": (credentials or {}).get("username")})
    return render(
        request,
        "registration/login.html",
        {
            "form": form,
            "next": request.POST.get("next", ""),
            "blokkade": melding or blokkade_melding(),
        },
        status=429,
    )


class AxesBackend(AxesStandaloneBackend):
    """django-axes' check, skipped when there is no web request to throttle.

    Every login through the site (login page, admin) passes the request. Code that checks a
    password without one (a management command, Django's test client ``login``) has no
    address to count, and axes itself would refuse it with an exception.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def gebruikersnaam(request: HttpRequest, credentials: dict | None = None) -> str:
    """The username axes records: cut to the length of its column (and of any real username),
    so a 60,000-character 'username' is a failed login, not a server error."""
    naam = (credentials or {}).get("username") or request.POST.get("username") or ""
    return str(naam).replace("\x00", "")[:150]
