"""Pieces shared by the filter forms (django-filter) of the catalogue and the queue."""

import django_filters
from django import forms


class VinkjeVeld(forms.BooleanField):
    """Unticked means 'no filter' (None), so the filter method is not called at all."""

    def clean(self, value):
        return super().clean(value) or None


class AlleenAanFilter(django_filters.BooleanFilter):
    """A checkbox: ticked narrows the results, unticked leaves them alone."""

    field_class = VinkjeVeld

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", forms.CheckboxInput)
        super().__init__(*args, **kwargs)


class Filterset(django_filters.FilterSet):
    """A FilterSet whose labels have no trailing colon (plain, easy to read)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.form.label_suffix = ""
