"""The forms for follow-up calls and for marking a question acuut."""

from django import forms
from django.utils.translation import gettext_lazy as _

from vragen.models import Belresultaat

DATUM_FOUT = _("Vul een datum in, bijvoorbeeld 14-12-2026.")


def _datumveld(label, required: bool = True) -> forms.DateField:
    return forms.DateField(
        label=label,
        required=required,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": DATUM_FOUT, "required": _("Kies een datum.")},
    )


class TerugbellenForm(forms.Form):
    prefix = "terugbellen"  # the question's page has other forms with a 'notitie' or 'datum'
    datum = _datumveld(_("Terugbellen op"))
    reden = forms.CharField(label=_("Waarom terugbellen?"), max_length=300, required=False)
    telefoon = forms.CharField(
        label=_("Telefoonnummer (als het nog niet bij de vraag staat)"),
        max_length=40,
        required=False,
    )
    toestemming = forms.BooleanField(
        label=_("De inwoner wil teruggebeld worden en geeft daar toestemming voor."),
        required=False,
    )

    def clean(self) -> dict:
        data = super().clean()
        if not data.get("toestemming"):
            self.add_error(
                "toestemming",
                _("Terugbellen kan alleen als de inwoner daar toestemming voor geeft."),
            )
        return data


class BelresultaatForm(forms.Form):
    resultaat = forms.ChoiceField(
        label=_("Hoe ging het gesprek?"),
        choices=Belresultaat.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies hoe het gesprek ging.")},
    )
    notitie = forms.CharField(
        label=_("Notitie (kort, zonder medische details)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    opnieuw_op = _datumveld(_("Niet bereikt? Opnieuw proberen op"), required=False)


class VerzettenForm(forms.Form):
    datum = _datumveld(_("Nieuwe datum"))


class VervallenForm(forms.Form):
    reden = forms.CharField(
        label=_("Waarom niet meer nodig?"),
        max_length=300,
        error_messages={"required": _("Schrijf kort op waarom het telefoontje niet doorgaat.")},
    )


class AcuutForm(forms.Form):
    prefix = "acuut"
    notitie = forms.CharField(
        label=_("Wat is er aan de hand? (kort)"),
        max_length=300,
        error_messages={"required": _("Schrijf in een paar woorden wat er aan de hand is.")},
    )
