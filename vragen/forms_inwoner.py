"""Forms of the coordinators' page for a resident's request (look up, export, delete)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from vragen.models import Vraag
from vragen.models.vraag import telefoon_normaal


class InwonerZoekForm(forms.Form):
    email = forms.EmailField(label=_("E-mailadres van de inwoner"), required=False)
    telefoon = forms.CharField(
        label=_("Telefoonnummer van de inwoner"), max_length=40, required=False
    )

    def clean(self) -> dict:
        data = super().clean()
        if not self.errors and not (
            data.get("email") or telefoon_normaal(data.get("telefoon", ""))
        ):
            raise forms.ValidationError(_("Vul een e-mailadres of een telefoonnummer in."))
        return data


class InwonerKeuzeForm(forms.Form):
    """The questions found (hidden, one input per question) that the action applies to."""

    vragen = forms.ModelMultipleChoiceField(
        label=_("Vragen"),
        queryset=Vraag.objects.niet_geanonimiseerd(),
        to_field_name="uuid",
        widget=forms.MultipleHiddenInput,
        error_messages={
            "required": _("Zoek eerst de vragen van de inwoner op."),
            "invalid_choice": _("Een van de vragen bestaat niet meer. Zoek opnieuw."),
            "invalid_pk_value": _("Een van de vragen bestaat niet meer. Zoek opnieuw."),
        },
    )


class InwonerVerwijderForm(InwonerKeuzeForm):
    reden = forms.CharField(
        label=_("Reden (bijvoorbeeld: verzoek van de inwoner aan de balie, datum)"),
        max_length=300,
        help_text=_("Schrijf hier geen naam, telefoonnummer of e-mailadres."),
    )
    bevestigen = forms.BooleanField(
        label=_("Ik weet dat dit niet terug te draaien is."),
        error_messages={"required": _("Zet een vinkje om te bevestigen.")},
    )
