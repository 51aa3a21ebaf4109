"""The filters of the staff queue; every value lives in the query string."""

import django_filters
from django import forms
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from aanbod.models import Informatiepunt, Thema, Wijk
from vragen.models import OPEN_STATUSSEN, Vraag, VraagStatus
from wijkportaal.filters import AlleenAanFilter


class VraagFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Zoek (referentie of woord)"), method="filter_zoek")
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[
            ("open", _("Alle open vragen")),
            ("alle", _("Alle vragen, ook afgesloten")),
            ("afgesloten", _("Alleen afgesloten vragen")),
            *VraagStatus.choices,
        ],
        method="filter_status",
        empty_label=None,
    )
    thema = django_filters.ModelChoiceFilter(
        label=_("Thema"),
        field_name="themas",
        queryset=Thema.objects.all(),
        to_field_name="slug",
        empty_label=_("Alle thema's"),
    )
    wijk = django_filters.ModelChoiceFilter(
        label=_("Wijk"),
        queryset=Wijk.objects.all(),
        to_field_name="slug",
        empty_label=_("Alle wijken"),
    )
    informatiepunt = django_filters.ModelChoiceFilter(
        label=_("Informatiepunt"),
        queryset=Informatiepunt.objects.all(),
        to_field_name="slug",
        empty_label=_("Alle informatiepunten"),
    )
    mijn = AlleenAanFilter(label=_("Door mij geregistreerd"), method="filter_mijn")
    organisatie = AlleenAanFilter(label=_("Van mijn organisatie"), method="filter_organisatie")
    coordinatoren = AlleenAanFilter(
        label=_("Bij de coördinatoren (geen aanspreekpunt)"), method="filter_coordinatoren"
    )
    te_laat = AlleenAanFilter(label=_("Te laat"), method="filter_te_laat")

    class Meta:
        model = Vraag
        fields: list[str] = []

    def __init__(self, data=None, *args, gebruiker=None, **kwargs):
        # Open questions unless the user asks for others: closed ones are rarely work to do.
        if data is not None and not data.get("status"):
            data = data.copy()
            data["status"] = "open"
        super().__init__(data, *args, **kwargs)
        self.gebruiker = gebruiker
        self.form.fields["status"].widget = forms.Select(choices=self.form.fields["status"].choices)

    def filter_zoek(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        return qs.zoek(value[:200])

    def filter_status(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        if value == "open":
            return qs.filter(status__in=OPEN_STATUSSEN)
        if value == "afgesloten":
            return qs.exclude(status__in=OPEN_STATUSSEN)
        if value == "alle":
            return qs
        return qs.filter(status=value)

    def filter_mijn(self, qs: QuerySet, name: str, value: bool) -> QuerySet:
        return qs.filter(geregistreerd_door=self.gebruiker)

    def filter_organisatie(self, qs: QuerySet, name: str, value: bool) -> QuerySet:
        return qs.filter(aanspreekpunt_organisatie__in=self.gebruiker.organisaties.values("pk"))

    def filter_coordinatoren(self, qs: QuerySet, name: str, value: bool) -> QuerySet:
        return qs.filter(Q(aanspreekpunt_organisatie__isnull=True), status__in=OPEN_STATUSSEN)

    def filter_te_laat(self, qs: QuerySet, name: str, value: bool) -> QuerySet:
        return qs.te_laat(timezone.localdate())
