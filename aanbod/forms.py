from django import forms
from django.utils.translation import gettext_lazy as _

from aanbod.models import Aanmelding, Wijk
from wijkportaal.spam import HoningpotFormulier


class AanmeldingFormulier(HoningpotFormulier, forms.ModelForm):
    """Residents propose their own initiative: plain questions, few of them."""

    wijk = forms.ModelChoiceField(
        label=_("In welke wijk?"),
        queryset=Wijk.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("Weet ik niet"),
    )
    toestemming = forms.BooleanField(
        label=_(
            "Je mag mijn naam en e-mailadres gebruiken om over deze aanmelding contact met mij "
            "op te nemen. Ze komen niet op de website."
        ),
        error_messages={
            "required": _("Zet een vinkje, anders kunnen we je niet laten weten of het lukt.")
        },
    )

    class Meta:
        model = Aanmelding
        fields = [
            "naam",
            "beschrijving",
            "waar",
            "wijk",
            "wanneer",
            "voor_wie",
            "kosten",
            "organisatie_naam",
            "contact_naam",
            "contact_email",
            "contact_telefoon",
        ]
        labels = {
            "naam": _("Hoe heet je initiatief?"),
            "beschrijving": _("Wat gaan jullie doen?"),
            "waar": _("Waar is het? (adres of plek)"),
            "wanneer": _("Wanneer is het?"),
            "voor_wie": _("Voor wie is het?"),
            "kosten": _("Wat kost het?"),
            "organisatie_naam": _("Naam van je groep of organisatie (mag leeg)"),
        }
        help_texts = {
            "naam": _("Bijvoorbeeld: Buurtkoffie in de Vogelenbuurt"),
            "beschrijving": _("Schrijf het in gewone woorden. Twee of drie zinnen is genoeg."),
            "wanneer": _("Bijvoorbeeld: elke dinsdag van 10 tot 12 uur"),
            "kosten": _("Bijvoorbeeld: gratis, of 2 euro per keer"),
            "contact_telefoon": _("Mag leeg."),
        }
        widgets = {"beschrijving": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.label_suffix = ""
