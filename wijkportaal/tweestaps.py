"""Two-step login (TOTP via django-otp), required for every account (volunteers, staff,
partners, coordinators, superusers) before any staff page (settings.TWEESTAPS_PADEN): every
account can read residents' contact details, and a password alone is not enough for that.

After the password, someone without an authenticator app is sent to the set-up page (QR code
and the secret as text), anyone with one to the check page. Whether a user has an app is
worked out once at login and kept in the session, so ordinary pages cost no extra query.
"""

import base64
from urllib.parse import urlencode

import segno
from django import forms
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.contrib.auth.signals import user_logged_in
from django.db import transaction
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render, resolve_url
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

SESSIE_SLEUTEL = "tweestaps"
GEEN, INSTELLEN, CONTROLEREN = "geen", "instellen", "controleren"


def is_verplicht(gebruiker) -> bool:
    """Every account: each role sees residents' contact details somewhere (the desk, the
    queue, a partner's questions). Only accounts nobody can log in with are exempt."""
    return gebruiker.is_active


def tweestaps_status(gebruiker) -> str:
    """CONTROLEREN when the user has an app, INSTELLEN when they must get one, else GEEN."""
    if user_has_device(gebruiker, confirmed=True):
        return CONTROLEREN
    return INSTELLEN if is_verplicht(gebruiker) else GEEN


@receiver(user_logged_in)
def _status_onthouden(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        request.session[SESSIE_SLEUTEL] = tweestaps_status(user)


def _met_volgende(naam: str, volgende: str) -> str:
    return f"{reverse(naam)}?{urlencode({'next': volgende})}"


class TweestapsMiddleware:
    """Sends a logged-in user who still needs the second step away from staff pages."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path_info.startswith(tuple(settings.TWEESTAPS_PADEN)):
            doel = self._doel(request)
            if doel:
                if request.headers.get("HX-Request"):
                    antwoord = HttpResponse(status=204)
                    antwoord["HX-Redirect"] = doel
                    return antwoord
                return HttpResponseRedirect(doel)
        return self.get_response(request)

    @staticmethod
    def _doel(request: HttpRequest) -> str | None:
        gebruiker = request.user
        if not gebruiker.is_authenticated or gebruiker.is_verified():
            return None
        status = request.session.get(SESSIE_SLEUTEL)
        # GEEN from a session made before the step was required for every account is
        # worked out again (the user may have an app since).
        if status not in (INSTELLEN, CONTROLEREN):
            status = request.session[SESSIE_SLEUTEL] = tweestaps_status(gebruiker)
        if status == INSTELLEN:
            return _met_volgende("tweestaps_instellen", request.get_full_path())
        if status == CONTROLEREN:
            return _met_volgende("tweestaps_controleren", request.get_full_path())
        return None


class CodeFormulier(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code uit de app (6 cijfers)"),
        min_length=6,
        max_length=8,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "pattern": "[0-9 ]*"}
        ),
    )

    def clean_code(self) -> str:
        code = self.cleaned_data["code"].replace(" ", "")
        if not code.isdigit():
            raise forms.ValidationError(_("Vul alleen de cijfers in die de app laat zien."))
        return code


def _volgende(request: HttpRequest) -> str:
    volgende = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        volgende, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return volgende
    return resolve_url(settings.LOGIN_REDIRECT_URL)


def geheim_als_tekst(apparaat: TOTPDevice) -> str:
    """The secret in groups of four, for typing it into an app by hand."""
    geheim = base64.b32encode(apparaat.bin_key).decode()
    return " ".join(geheim[i : i + 4] for i in range(0, len(geheim), 4))


def code_fout(apparaat: TOTPDevice, code: str) -> str | None:
    """Checks a code (wrong codes slow down further tries); None when it is right."""
    toegestaan, _info = apparaat.verify_is_allowed()
    if not toegestaan:
        return _("Te veel verkeerde codes. Wacht een minuut en probeer het opnieuw.")
    if not apparaat.verify_token(code):
        return _(
            "Deze code klopt niet. Vul de nieuwe code uit de app in. Klopt het nog steeds "
            "niet? Kijk of de tijd op je telefoon goed staat."
        )
    return None


@transaction.atomic
def apparaat_bevestigen(*, apparaat: TOTPDevice) -> None:
    """Confirm a new app once it has shown a correct code."""
    apparaat.confirmed = True
    apparaat.save(update_fields=["confirmed"])


@require_http_methods(["GET", "POST"])
@login_required
@never_cache
def instellen(request: HttpRequest) -> HttpResponse:
    """Lets staff and partners connect an authenticator app (required for every account)."""
    if user_has_device(request.user, confirmed=True):
        # A second app can only be added by an administrator: someone who only knows the
        # password must not be able to connect their own.
        return redirect(_met_volgende("tweestaps_controleren", _volgende(request)))
    apparaat, _nieuw = TOTPDevice.objects.get_or_create(
        user=request.user, confirmed=False, defaults={"name": "Authenticator-app"}
    )
    form = CodeFormulier(request.POST or None)
    if request.method == "POST" and form.is_valid():
        fout = code_fout(apparaat, form.cleaned_data["code"])
        if fout is None:
            apparaat_bevestigen(apparaat=apparaat)
            otp_login(request, apparaat)
            request.session[SESSIE_SLEUTEL] = CONTROLEREN
            return redirect(_volgende(request))
        form.add_error("code", fout)
    qr = segno.make(apparaat.config_url, error="m")
    return render(
        request,
        "registration/tweestaps_instellen.html",
        {
            "form": form,
            # segno draws the SVG from our own otpauth URL; no user text is in the markup.
            "qr_svg": mark_safe(qr.svg_inline(scale=4, dark="#000", light="#fff")),
            "geheim": geheim_als_tekst(apparaat),
            "volgende": _volgende(request),
            "verplicht": is_verplicht(request.user),
        },
        status=400 if form.errors else 200,
    )


@require_http_methods(["GET", "POST"])
@login_required
@never_cache
def controleren(request: HttpRequest) -> HttpResponse:
    """Asks staff for the code from their authenticator app after the password."""
    apparaat = TOTPDevice.objects.filter(user=request.user, confirmed=True).first()
    if apparaat is None:
        return redirect(_met_volgende("tweestaps_instellen", _volgende(request)))
    form = CodeFormulier(request.POST or None)
    if request.method == "POST" and form.is_valid():
        fout = code_fout(apparaat, form.cleaned_data["code"])
        if fout is None:
            otp_login(request, apparaat)
            return redirect(_volgende(request))
        form.add_error("code", fout)
    return render(
        request,
        "registration/tweestaps_controleren.html",
        {"form": form, "volgende": _volgende(request)},
        status=400 if form.errors else 200,
    )
