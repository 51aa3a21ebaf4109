"""The filters of /aanbod/ and /kaart/ (django-filter); every value lives in the query string."""

import django_filters
from django.db import connection
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from aanbod import keuzes
from aanbod.models import Aanbod, AanbodLocatie, Deelname, Kosten, Soort, Weekdag, Wijk
from aanbod.zoeken import MAX_RESULTATEN
from wijkportaal.filters import AlleenAanFilter, Filterset
from wijkportaal.widgets import SnelleSelect, SnelleVinkjes

MAX_ZOEKLENGTE = 200
DAGEN = {"ma": 0, "di": 1, "wo": 2, "do": 3, "vr": 4, "za": 5, "zo": 6}


def _rolstoeltoegankelijk(qs: QuerySet) -> QuerySet:
    toegankelijk = AanbodLocatie.objects.filter(locatie__rolstoeltoegankelijk=True)
    return qs.filter(pk__in=toegankelijk.values("aanbod"))


class AanbodFilter(Filterset):
    q = django_filters.CharFilter(label=_("Wat zoek je?"), method="filter_zoek")
    wijk = django_filters.ChoiceFilter(
        label=_("Wijk"),
        choices=keuzes.wijken,
        method="filter_wijk",
        empty_label=_("Alle wijken"),
        widget=SnelleSelect,
    )
    buurt = django_filters.ChoiceFilter(
        label=_("Buurt"),
        choices=keuzes.buurten,
        method="filter_buurt",
        empty_label=_("Alle buurten"),
        widget=SnelleSelect,
    )
    thema = django_filters.MultipleChoiceFilter(
        label=_("Thema"),
        choices=keuzes.themas,
        method="filter_thema",
        widget=SnelleVinkjes,
    )
    doelgroep = django_filters.MultipleChoiceFilter(
        label=_("Voor wie"),
        choices=keuzes.doelgroepen,
        method="filter_doelgroep",
        widget=SnelleVinkjes,
    )
    soort = django_filters.MultipleChoiceFilter(
        label=_("Soort"), choices=Soort.choices, method="filter_soort", widget=SnelleVinkjes
    )
    taal = django_filters.ChoiceFilter(
        label=_("Taal"),
        method="filter_taal",
        choices=keuzes.talen,
        empty_label=_("Alle talen"),
        widget=SnelleSelect,
    )
    dag = django_filters.ChoiceFilter(
        label=_("Op welke dag"),
        choices=[(code, Weekdag(nummer).label) for code, nummer in DAGEN.items()],
        method="filter_dag",
        empty_label=_("Elke dag"),
        widget=SnelleSelect,
    )
    nu_open = AlleenAanFilter(label=_("Nu open"), method="filter_nu_open")
    gratis = AlleenAanFilter(label=_("Gratis"), method="filter_gratis")
    binnenlopen = AlleenAanFilter(label=_("Gewoon binnenlopen"), method="filter_binnenlopen")
    rolstoel = AlleenAanFilter(label=_("Rolstoeltoegankelijk"), method="filter_rolstoel")

    class Meta:
        model = Aanbod
        fields: list[str] = []

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        """Every filter, the search last: it ranks among the offers the other filters left."""
        waarden = self.form.cleaned_data
        for naam in sorted(waarden, key=lambda naam: naam == "q"):
            queryset = self.filters[naam].filter(queryset, waarden[naam])
        return queryset

    def filter_zoek(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        # One more than the pages show, so they can say "meer dan 200".
        return qs.zoek(
            value[: MAX_ZOEKLENGTE * 2],
            voorkeur_wijk=self._voorkeur_wijk(),
            kandidaten=MAX_RESULTATEN + 1,
        )

    def _voorkeur_wijk(self) -> Wijk | None:
        """The wijk the visitor chose on the home page: offers there rank a little higher."""
        sessie = getattr(self.request, "session", None)
        slug = sessie.get("wijk") if sessie is not None else None
        return Wijk.objects.filter(slug=slug).first() if slug else None

    # On PostgreSQL every filter below is a word of the offer's vector (aanbod.zoektekst.
    # kenmerkwoorden): any combination with the search words is one GIN lookup. Elsewhere, and
    # for themes and target groups, "pk in (...)": a join would repeat an offer per match and
    # need DISTINCT, which sorts every matching row before the first page can be shown.
    @property
    def _met_kenmerken(self) -> bool:
        return connection.vendor == "postgresql"

    def _kenmerk(self, qs: QuerySet, soort: str, lijst: str, waarden: list[str]) -> QuerySet:
        """Offers with any of ``waarden`` (slugs or codes of ``lijst``) as filter word."""
        ids = keuzes.ids(lijst)
        return qs.met_kenmerk(soort, [ids[w] for w in waarden if w in ids])

    def filter_thema(self, qs: QuerySet, name: str, value: list[str]) -> QuerySet:
        if self._met_kenmerken:
            return self._kenmerk(qs, "thema", "themas", value)
        return qs.filter(
            pk__in=Aanbod.themas.through.objects.filter(thema__slug__in=value).values("aanbod")
        )

    def filter_doelgroep(self, qs: QuerySet, name: str, value: list[str]) -> QuerySet:
        if self._met_kenmerken:
            return self._kenmerk(qs, "doel", "doelgroepen", value)
        gekozen = Aanbod.doelgroepen.through.objects.filter(doelgroep__slug__in=value)
        return qs.filter(pk__in=gekozen.values("aanbod"))

    def filter_wijk(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        if self._met_kenmerken:
            return self._kenmerk(qs, "wijk", "wijken", [value])
        return qs.in_wijk(value)

    def filter_buurt(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        if self._met_kenmerken:
            return self._kenmerk(qs, "buurt", "buurten", [value])
        return qs.in_buurt(value)

    def filter_taal(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        if self._met_kenmerken:
            return self._kenmerk(qs, "taal", "talen", [value])
        return qs.filter(talen__code=value)

    def filter_soort(self, qs: QuerySet, name: str, value: list[str]) -> QuerySet:
        if self._met_kenmerken:
            return qs.met_kenmerk("soort", value)
        return qs.filter(soort__in=value)

    def filter_dag(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        if self._met_kenmerken:
            return qs.met_kenmerk("dag", [DAGEN[value]])
        return qs.op_weekdag(DAGEN[value])

    def filter_nu_open(self, qs: QuerySet, name: str, value: bool) -> QuerySet:
        return qs.open_op(timezone.now())

    def filter_gratis(self, qs: QuerySet, name: str, value: bool) -> QuerySet:
        if self._met_kenmerken:
            return qs.met_kenmerk("kosten", [Kosten.GRATIS])
        return qs.filter(kosten=Kosten.GRATIS)

    def filter_binnenlopen(self, qs: QuerySet, name: str, value: bool) -> QuerySet:
        if self._met_kenmerken:
            return qs.met_kenmerk("deelname", [Deelname.BINNENLOPEN])
        return qs.filter(deelname=Deelname.BINNENLOPEN)

    def filter_rolstoel(self, qs: QuerySet, name: str, value: bool) -> QuerySet:
        if self._met_kenmerken:
            return qs.met_kenmerk("rolstoel", [1])
        return _rolstoeltoegankelijk(qs)
