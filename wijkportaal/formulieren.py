"""Forms more than one page can use: a period from 'van' to 'tot en met'."""

from datetime import date, timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

EERSTE_DATUM, LAATSTE_DATUM = date(2000, 1, 1), date(2100, 12, 31)
MAX_DAGEN = 3 * 366


def laatste_twaalf_maanden(vandaag: date) -> tuple[date, date]:
    """From the first of the month eleven months back up to today."""
    return (vandaag.replace(day=1) - timedelta(days=335)).replace(day=1), vandaag


class PeriodeFormulier(forms.Form):
    """A period of at most three years; an empty field means the last twelve months."""

    van = forms.DateField(
        label=_("Van"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    tot = forms.DateField(
        label=_("Tot en met"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self):
        data = super().clean()
        standaard_van, standaard_tot = laatste_twaalf_maanden(timezone.localdate())
        if "van" in data and not data["van"]:
            data["van"] = standaard_van
        if "tot" in data and not data["tot"]:
            data["tot"] = standaard_tot
        van, tot = data.get("van"), data.get("tot")
        for datum in (van, tot):
            if datum and not EERSTE_DATUM <= datum <= LAATSTE_DATUM:
                raise forms.ValidationError(_("Kies een datum tussen 2000 en 2100."))
        if van and tot and van > tot:
            raise forms.ValidationError(_("'Van' ligt na 'tot en met'. Kies een andere periode."))
        if van and tot and (tot - van).days > MAX_DAGEN:
            raise forms.ValidationError(_("Kies een periode van hooguit drie jaar."))
        return data

    def van_tot(self) -> tuple[date, date]:
        """(van, tot) from valid input; the last 12 months otherwise."""
        if self.is_valid():
            return self.cleaned_data["van"], self.cleaned_data["tot"]
        return laatste_twaalf_maanden(timezone.localdate())
