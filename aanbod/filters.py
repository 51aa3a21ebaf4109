"""The filters of /aanbod/ and /kaart/ (django-filter); every value lives in the query string."""

import django_filters
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from aanbod import keuzes
from aanbod.models import Aanbod, Deelname, Kosten, Soort, Weekdag, Wijk
from aanbod.zoeken import MAX_RESULTATEN, Rangorde, Zoekresultaat, zoek
from wijkportaal.filters import AlleenAanFilter, Filterset
from wijkportaal.widgets import SnelleSelect, SnelleVinkjes

MAX_ZOEKLENGTE = 300  # a long sentence of a resident fits
DAGEN = {"ma": 0, "di": 1, "wo": 2, "do": 3, "vr": 4, "za": 5, "zo": 6}


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
        """Every filter but the search: aanbod.zoeken ranks among the offers these leave."""
        waarden = self.form.cleaned_data
        for naam, waarde in waarden.items():
            if naam != "q":
                queryset = self.filters[naam].filter(queryset, waarde)
        return queryset

    def filter_zoek(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        return qs  # the view searches, after the filters (filter_queryset)

    @property
    def zoekterm(self) -> str:
        """The search words, bounded (an empty string when the form did not validate)."""
        waarden = getattr(self.form, "cleaned_data", {})
        return (waarden.get("q") or "")[:MAX_ZOEKLENGTE]

    @property
    def gekozen_wijk(self) -> Wijk | None:
        """The wijk chosen in the filter, else the one chosen on the home page: offers there
        rank a little higher, and ties go to the nearest."""
        waarden = getattr(self.form, "cleaned_data", {})
        slug = waarden.get("wijk")
        if not slug:
            sessie = getattr(self.request, "session", None)
            slug = sessie.get("wijk") if sessie is not None else None
        return Wijk.objects.filter(slug=slug).first() if slug else None

    def resultaten(
        self, *, maximum: int = MAX_RESULTATEN, letterlijk: bool = False
    ) -> tuple[Rangorde, Zoekresultaat | None]:
        """The filtered offers in the order they are shown, at most ``maximum`` + 1 (one more
        says "meer dan"): by relevance when searched, else by name; and the search's result
        (None without search words)."""
        qs = self.qs
        resultaat = None
        if self.zoekterm:
            resultaat = zoek(
                qs,
                self.zoekterm,
                voorkeur_wijk=self.gekozen_wijk,
                kandidaten=maximum + 1,
                letterlijk=letterlijk,
            )
            if not resultaat.vraag.leeg:
                return resultaat.rangorde, resultaat
        return Rangorde(qs.ids_op_naam(maximum + 1)), resultaat

    # Every filter below is a word of the offer's vector (aanbod.zoeken.index.kenmerkwoorden):
    # any combination with the search words is one GIN lookup, never a join that would
    # repeat an offer per match and need DISTINCT.
    def _kenmerk(self, qs: QuerySet, soort: str, lijst: str, waarden: list[str]) -> QuerySet:
        """Offers with any of ``waarden`` (slugs or codes of ``lijst``) as filter word."""
        ids = keuzes.ids(lijst)
        return qs.met_kenmerk(soort, [ids[w] for w in waarden if w in ids])

    def filter_thema(self, qs: QuerySet, name: str, value: list[str]) -> QuerySet:
        return self._kenmerk(qs, "thema", "themas", value)

    def filter_doelgroep(self, qs: QuerySet, name: str, value: list[str]) -> QuerySet:
        return self._kenmerk(qs, "doel", "doelgroepen", value)

    def filter_wijk(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        return self._kenmerk(qs, "wijk", "wijken", [value])

    def filter_buurt(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        return self._kenmerk(qs, "buurt", "buurten", [value])

    def filter_taal(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        return self._kenmerk(qs, "taal", "talen", [value])

    def filter_soort(self, qs: QuerySet, name: str, value: list[str]) -> QuerySet:
        return qs.met_kenmerk("soort", value)

    def filter_dag(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        return qs.met_kenmerk("dag", [DAGEN[value]])

    def filter_nu_open(self, qs: QuerySet, name: str, value: bool) -> QuerySet:
        return qs.open_op(timezone.now())

    def filter_gratis(self, qs: QuerySet, name: str, value: bool) -> QuerySet:
        return qs.met_kenmerk("kosten", [Kosten.GRATIS])

    def filter_binnenlopen(self, qs: QuerySet, name: str, value: bool) -> QuerySet:
        return qs.met_kenmerk("deelname", [Deelname.BINNENLOPEN])

    def filter_rolstoel(self, qs: QuerySet, name: str, value: bool) -> QuerySet:
        return qs.met_kenmerk("rolstoel", [1])
