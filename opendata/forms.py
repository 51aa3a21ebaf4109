from pathlib import Path

from django import forms
from django.utils.translation import gettext_lazy as _

MAX_GROOTTE = 20 * 1024 * 1024


class ImportFormulier(forms.Form):
    bestand = forms.FileField(
        label=_("HSDS-bestand (.zip of .json, hoogstens 20 MB)"),
        widget=forms.ClearableFileInput(
            attrs={"accept": ".zip,.json,application/zip,application/json"}
        ),
    )

    def clean_bestand(self):
        bestand = self.cleaned_data["bestand"]
        if bestand.size > MAX_GROOTTE:
            raise forms.ValidationError(
                _("Dit bestand is groter dan 20 MB. Kies een kleiner bestand.")
            )
        if Path(bestand.name).suffix.lower() not in {".zip", ".json"}:
            raise forms.ValidationError(
                _("Kies een .zip-bestand (HSDS-pakket) of een .json-bestand.")
            )
        begin = bestand.read(4)
        bestand.seek(0)
        if Path(bestand.name).suffix.lower() == ".zip" and not begin.startswith(b"PK"):
            raise forms.ValidationError(_("Dit is geen echt zip-bestand."))
        return bestand
