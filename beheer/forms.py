from datetime import date, timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from aanbod.models import Aanbod, Informatiepunt
from beheer.models import VOORSTELVELDEN
from wijkportaal.spam import HoningpotFormulier

ONLINE = "online"
EERSTE_DATUM, LAATSTE_DATUM = date(2000, 1, 1), date(2100, 12, 31)
MAX_DAGEN = 3 * 366


class VoorstelFormulier(forms.ModelForm):
    """Partners correct their own offer; a coordinator reviews it before it goes live."""

    website = forms.URLField(label=_("website"), required=False, assume_scheme="https")

    toelichting = forms.CharField(
        label=_("Toelichting voor de coördinator (niet verplicht)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    class Meta:
        model = Aanbod
        fields = VOORSTELVELDEN
        widgets = {"beschrijving": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.label_suffix = ""

    def gewijzigde_waarden(self) -> dict:
        return {veld: self.cleaned_data[veld] for veld in VOORSTELVELDEN}


class CorrectieFormulier(HoningpotFormulier):
    tekst = forms.CharField(
        label=_("Wat klopt er niet?"),
        help_text=_("Bijvoorbeeld: de tijden zijn veranderd, of het telefoonnummer werkt niet."),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Schrijf kort op wat er niet klopt.")},
    )
    email = forms.EmailField(
        label=_("Je e-mailadres (niet verplicht)"),
        help_text=_("Alleen als we iets willen terugvragen. We bewaren het niet daarna."),
        required=False,
        error_messages={"invalid": _("Dit e-mailadres klopt niet. Laat het leeg als je wilt.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.label_suffix = ""


class AfwijzenFormulier(forms.Form):
    reden = forms.CharField(
        label=_("Reden van afwijzing"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Schrijf op waarom je het voorstel afwijst.")},
    )


class SamenvattingFormulier(forms.Form):
    tekst = forms.CharField(
        label=_("Samenvatting"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class PeriodeFormulier(forms.Form):
    """The period (and optionally the informatiepunt) a report or the signals are about."""

    van = forms.DateField(
        label=_("Van"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    tot = forms.DateField(
        label=_("Tot en met"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    informatiepunt = forms.ChoiceField(label=_("Informatiepunt"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["informatiepunt"].choices = [
            ("", _("Alle")),
            (ONLINE, _("Online (geen informatiepunt)")),
            *((str(p.pk), p.naam) for p in Informatiepunt.objects.only("pk", "naam")),
        ]

    def clean(self):
        data = super().clean()
        vandaag = timezone.localdate()
        if "van" in data and not data["van"]:
            data["van"] = (vandaag.replace(day=1) - timedelta(days=335)).replace(day=1)
        if "tot" in data and not data["tot"]:
            data["tot"] = vandaag
        van, tot = data.get("van"), data.get("tot")
        for datum in (van, tot):
            if datum and not EERSTE_DATUM <= datum <= LAATSTE_DATUM:
                raise forms.ValidationError(_("Kies een datum tussen 2000 en 2100."))
        if van and tot and van > tot:
            raise forms.ValidationError(_("'Van' ligt na 'tot en met'. Kies een andere periode."))
        if van and tot and (tot - van).days > MAX_DAGEN:
            raise forms.ValidationError(_("Kies een periode van hooguit drie jaar."))
        return data

    def periode(self) -> tuple[date, date, str]:
        """(van, tot, informatiepunt) from valid input; the last 12 months otherwise."""
        if self.is_valid():
            data = self.cleaned_data
            return data["van"], data["tot"], data.get("informatiepunt") or ""
        vandaag = timezone.localdate()
        return (vandaag.replace(day=1) - timedelta(days=335)).replace(day=1), vandaag, ""
