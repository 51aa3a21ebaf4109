from datetime import date

from django import forms
from django.utils.translation import gettext_lazy as _

from aanbod.models import (
    Aanbod,
    Doelgroep,
    Gegevensbron,
    Informatiepunt,
    Locatie,
    Organisatie,
    Thema,
)
from beheer.models import VOORSTELVELDEN
from wijkportaal import formulieren
from wijkportaal.spam import HoningpotFormulier

ONLINE = "online"


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


class PeriodeFormulier(formulieren.PeriodeFormulier):
    """The period (and optionally the informatiepunt) a report or the signals are about."""

    informatiepunt = forms.ChoiceField(label=_("Informatiepunt"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["informatiepunt"].choices = [
            ("", _("Alle")),
            (ONLINE, _("Online (geen informatiepunt)")),
            *((str(p.pk), p.naam) for p in Informatiepunt.objects.only("pk", "naam")),
        ]

    def periode(self) -> tuple[date, date, str]:
        """(van, tot, informatiepunt) from valid input; the last 12 months, all otherwise."""
        informatiepunt = self.cleaned_data.get("informatiepunt", "") if self.is_valid() else ""
        return *self.van_tot(), informatiepunt or ""


class AanmeldingPublicerenFormulier(forms.ModelForm):
    """A coordinator turns a proposal into an offer, correcting what is needed."""

    organisatie = forms.ModelChoiceField(
        label=_("Organisatie"),
        queryset=Organisatie.objects.all(),
        required=False,
        empty_label=_("Nieuwe organisatie maken met de naam uit de aanmelding"),
    )
    # The proposer's own e-mail and phone are never copied: the form promised residents
    # they stay off the website. A new organisation gets only the contact typed here.
    openbaar_email = forms.EmailField(
        label=_("Openbaar e-mailadres van de nieuwe organisatie (niet verplicht)"),
        help_text=_(
            "Komt op de website en in de open data. Het e-mailadres van de indiener wordt "
            "nooit overgenomen."
        ),
        required=False,
    )
    openbaar_telefoon = forms.CharField(
        label=_("Openbaar telefoonnummer van de nieuwe organisatie (niet verplicht)"),
        max_length=40,
        required=False,
    )
    contact_bevestigd = forms.BooleanField(
        label=_("De organisatie weet dat dit contact openbaar op de website komt"),
        required=False,
    )
    locatie = forms.ModelChoiceField(
        label=_("Locatie"),
        queryset=Locatie.objects.select_related("wijk"),
        required=False,
        empty_label=_("Nog geen locatie (later toevoegen in het beheer)"),
    )
    themas = forms.ModelMultipleChoiceField(
        label=_("Thema's"), queryset=Thema.objects.all(), widget=forms.CheckboxSelectMultiple
    )
    doelgroepen = forms.ModelMultipleChoiceField(
        label=_("Voor wie"),
        queryset=Doelgroep.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Aanbod
        fields = [
            "naam",
            "soort",
            "beschrijving",
            "voor_wie",
            "kosten",
            "kosten_bedrag",
            "kosten_toelichting",
            "deelname",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.label_suffix = ""

    def clean(self) -> dict:
        data = super().clean()
        contact = data.get("openbaar_email") or data.get("openbaar_telefoon")
        if data.get("organisatie") is not None and contact:
            self.add_error(
                "openbaar_email",
                _(
                    "Een bestaande organisatie houdt haar eigen contactgegevens. Laat het "
                    "openbare contact leeg, of kies een nieuwe organisatie."
                ),
            )
        elif contact and not data.get("contact_bevestigd"):
            self.add_error(
                "contact_bevestigd",
                _(
                    "Zet een vinkje als de organisatie weet dat dit contact openbaar wordt. "
                    "Weet je dat niet? Laat het contact dan leeg."
                ),
            )
        return data

    def openbaar_contact(self) -> dict:
        """The public contact the coordinator entered and confirmed (may be empty)."""
        return {
            "email": self.cleaned_data.get("openbaar_email", ""),
            "telefoon": self.cleaned_data.get("openbaar_telefoon", "").strip(),
        }


class AanmeldingAfwijzenFormulier(forms.Form):
    """A coordinator declines a resident's proposal; the reason goes to the proposer."""

    reden = forms.CharField(
        label=_("Reden (de indiener krijgt deze tekst per e-mail)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )


class GegevensbronFormulier(forms.ModelForm):
    """A coordinator registers an open-data source: by web address or an uploaded file."""

    url = forms.URLField(
        label=_("webadres"),
        required=False,
        assume_scheme="https",
        help_text=_("Waar het HSDS-bestand (zip of JSON) te downloaden is."),
    )

    class Meta:
        model = Gegevensbron
        fields = ["naam", "url", "bestand", "licentie", "verversen_dagen"]

    def clean_bestand(self):
        bestand = self.cleaned_data.get("bestand")
        if bestand and not bestand.name.lower().endswith((".zip", ".json")):
            raise forms.ValidationError(_("Kies een zip- of JSON-bestand."))
        return bestand

    def clean(self):
        gegevens = super().clean()
        if not gegevens.get("url") and not gegevens.get("bestand"):
            raise forms.ValidationError(
                _("Vul een webadres in of kies een bestand: waar halen we de gegevens vandaan?")
            )
        return gegevens
