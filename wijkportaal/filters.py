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
    """A FilterSet whose labels have no trailing colon (plain, easy to read).

    Its form class is made once per FilterSet class, not on every request (django-filter
    builds a new class from the filters' fields each time: a sixth of a search page's filter
    work). That holds because no field here depends on the request: choices that change are
    callables, which Django's ChoiceField evaluates each time it is used."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.form.label_suffix = ""

    def get_form_class(self):
        klasse = type(self).__dict__.get("_formklasse")
        if klasse is None:
            klasse = super().get_form_class()
            type(self)._formklasse = klasse
        return klasse
