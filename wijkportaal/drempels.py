"""Throttles per address that no username can dodge (the security review's findings).

django-axes locks one username from one address after 5 wrong passwords; spraying 30
usernames with 4 passwords each locked nothing. Here every failed login from an address
counts, whatever the username, and "Wachtwoord vergeten?" may be asked a few times an hour
per address (each one sends a mail). The counters live in Django's cache, so with a shared
cache (Redis, the database) every app server sees them.
"""

from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.core.cache import cache
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from wijkportaal.inloggen import client_ip, geblokkeerd
from wijkportaal.wachtwoorden import WachtwoordVergetenFormulier


def _sleutel(soort: str, request: HttpRequest) -> str:
    return f"drempel:{soort}:{client_ip(request)}"


def _ophogen(sleutel: str, seconden: int) -> int:
    cache.add(sleutel, 0, seconden)
    try:
        return cache.incr(sleutel)
    except ValueError:  # expired between add and incr
        cache.set(sleutel, 1, seconden)
        return 1


@receiver(user_login_failed)
def _mislukt_tellen(sender, credentials=None, request=None, **kwargs) -> None:
    if request is not None:
        _ophogen(_sleutel("inloggen", request), settings.INLOGGEN_ADRES_SECONDEN)


def adres_geblokkeerd(request: HttpRequest) -> bool:
    return cache.get(_sleutel("inloggen", request), 0) >= settings.INLOGGEN_PER_ADRES


# A good password does not clear the address's count: a sprayer also guesses right now and
# then.


class DrempelMiddleware:
    """Refuses logins from an address with too many failures (any username), and more than
    WACHTWOORD_VERGETEN_PER_UUR reset requests an hour from one address."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method == "POST":
            pad = request.path_info
            if pad in (reverse("login"), reverse("admin:login")) and adres_geblokkeerd(request):
                return geblokkeerd(
                    request,
                    credentials={"username": request.POST.get("username", "")[:150]},
                    melding=_(
                        "Vanaf deze internetverbinding is te vaak een verkeerd wachtwoord "
                        "ingevuld. Inloggen kan nu even niet. Probeer het over %(minuten)d "
                        "minuten opnieuw."
                    )
                    % {"minuten": settings.INLOGGEN_ADRES_SECONDEN // 60},
                )
            if pad == reverse("password_reset"):
                aantal = _ophogen(_sleutel("wachtwoord", request), 60 * 60)
                if aantal > settings.WACHTWOORD_VERGETEN_PER_UUR:
                    form = WachtwoordVergetenFormulier(request.POST)
                    form.is_valid()
                    form.add_error(
                        None,
                        _(
                            "Er is vanaf deze internetverbinding al vaak een nieuw wachtwoord "
                            "gevraagd. Probeer het over een uur opnieuw."
                        ),
                    )
                    return render(
                        request, "registration/password_reset_form.html", {"form": form}, status=429
                    )
        return self.get_response(request)
