"""Spam protection for public forms: a honeypot field and a rate limit per address.

The limit counts the person's own address, also behind our proxies (wijkportaal/clientadres.py),
in the shared cache, so every app server and worker counts together (Redis, or the database
cache without it)."""

from collections.abc import Callable

from django import forms
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from wijkportaal.clientadres import telsleutel

HONINGPOT_VELD = "website"


class HoningpotFormulier(forms.Form):
    """Adds a field people never see (hidden with CSS and from screen readers) but bots fill in."""

    website = forms.CharField(
        required=False,
        label=_("Laat dit veld leeg"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get(HONINGPOT_VELD))


class RateLimiet:
    """At most ``aantal`` attempts per ``seconden`` per address, counted in the shared cache.

    ``aantal`` may be a callable, read at each check (so a setting can change it)."""

    def __init__(self, naam: str, aantal: int | Callable[[], int], seconden: int = 3600):
        self.naam, self._aantal, self.seconden = naam, aantal, seconden

    @property
    def aantal(self) -> int:
        return self._aantal() if callable(self._aantal) else self._aantal

    def _sleutel(self, request: HttpRequest) -> str:
        return f"ratelimiet:{self.naam}:{telsleutel(request)}"

    def bereikt(self, request: HttpRequest) -> bool:
        return cache.get(self._sleutel(request), 0) >= self.aantal

    def tel(self, request: HttpRequest) -> None:
        sleutel = self._sleutel(request)
        if not cache.add(sleutel, 1, self.seconden):
            try:
                cache.incr(sleutel)
            except ValueError:  # expired between add and incr
                cache.set(sleutel, 1, self.seconden)
