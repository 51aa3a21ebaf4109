"""For residents: "Heeft dit je geholpen?" from the link in their message, without an account."""

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from vragen.models import Antwoord, Vraag
from vragen.terugkoppeling import AlBeantwoord, terugkoppeling_vastleggen


class TerugkoppelingForm(forms.Form):
    antwoord = forms.ChoiceField(
        label=_("Heeft dit je geholpen?"),
        choices=Antwoord.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies ja, gedeeltelijk of nee.")},
    )
    toelichting = forms.CharField(
        label=_("Wil je er iets over zeggen? (niet verplicht)"),
        help_text=_("Schrijf geen namen of medische gegevens op."),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": _("Dat is te lang. Gebruik hoogstens 500 tekens.")},
    )


def _pagina(request, template: str, context: dict | None = None, status: int = 200):
    antwoord = render(request, template, context or {}, status=status)
    antwoord["X-Robots-Tag"] = "noindex"
    return antwoord


@require_http_methods(["GET", "POST"])
@never_cache
def terugkoppeling(request: HttpRequest, token: str) -> HttpResponse:
    """Lets a resident say whether the help worked; 'nee' or 'gedeeltelijk' reopens the
    question. A GET only shows the form (mail scanners open links too)."""
    vraag = None if len(token) > 300 else Vraag.objects.met_terugkoppeltoken(token)
    if vraag is None:
        return _pagina(request, "vragen/terugkoppeling_ongeldig.html", status=410)
    if vraag.terugkoppelingen.filter(afgesloten_op=vraag.afgesloten_op).exists():
        return _pagina(request, "vragen/terugkoppeling_bedankt.html", {"vraag": vraag, "al": True})
    form = TerugkoppelingForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            uitslag = terugkoppeling_vastleggen(vraag=vraag, **form.cleaned_data)
        except AlBeantwoord:
            return _pagina(
                request, "vragen/terugkoppeling_bedankt.html", {"vraag": vraag, "al": True}
            )
        return _pagina(
            request,
            "vragen/terugkoppeling_bedankt.html",
            {"vraag": vraag, "heropend": uitslag.heropend},
        )
    return _pagina(
        request,
        "vragen/terugkoppeling.html",
        {"vraag": vraag, "form": form},
        status=400 if form.is_bound else 200,
    )
