"""The admin, made pleasant for coordinators who keep the catalogue right."""

from contextlib import nullcontext
from datetime import timedelta

from django.conf import settings
from django.contrib import admin
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from aanbod.historie import GEVOLGDE_VELDEN, LIJSTVELDEN, aanbodhistorie_bijhouden
from aanbod.models import (
    Aanbod,
    AanbodLocatie,
    Aanmelding,
    Bron,
    Buurt,
    Doelgroep,
    Informatiepunt,
    Locatie,
    Organisatie,
    Sluiting,
    Taal,
    Thema,
    Tijdslot,
    Wijk,
    Zoekwoord,
)
from aanbod.models.zoekwoord import Behoefte, ZoekwoordTelling
from aanbod.zoeken.index import zoektekst_uitstellen
from aanbod.zoeken.woordenlijst import betekenende_woorden


def verouderd_na() -> timedelta:
    return timedelta(days=settings.AANBOD_VEROUDERD_NA_DAGEN)


class TijdslotInline(admin.TabularInline):
    model = Tijdslot
    extra = 1
    fields = [
        "weekdag",
        "opent",
        "sluit",
        "frequentie",
        "week_van_de_maand",
        "interval",
        "startdatum",
        "geldig_van",
        "geldig_tot",
        "open_op_feestdagen",
    ]


class SluitingInline(admin.TabularInline):
    model = Sluiting
    extra = 0
    fields = ["van", "tot", "reden"]


class AanbodLocatieInline(admin.TabularInline):
    model = AanbodLocatie
    extra = 0
    fields = ["locatie", "toelichting", "openingstijden"]
    readonly_fields = ["openingstijden"]
    autocomplete_fields = ["locatie"]
    show_change_link = True
    verbose_name_plural = _("Locaties (klik op 'wijzigen' voor de openingstijden)")

    @admin.display(description=_("openingstijden"))
    def openingstijden(self, obj: AanbodLocatie) -> str:
        if not obj.pk:
            return "—"
        return "; ".join(
            f"{slot.omschrijving} {slot.opent:%H:%M}-{slot.sluit:%H:%M}"
            for slot in obj.tijdsloten.all()
        ) or str(_("geen vaste tijden"))

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return (
            super().get_queryset(request).select_related("locatie").prefetch_related("tijdsloten")
        )


class ZoekwoordInline(admin.TabularInline):
    model = Zoekwoord
    extra = 3
    fields = ["woord"]
    verbose_name_plural = _("Zoekwoorden: woorden die inwoners gebruiken (bijv. 'geldzorgen')")


class VerouderdFilter(admin.SimpleListFilter):
    title = _("gecontroleerd")
    parameter_name = "verouderd"

    def lookups(self, request, model_admin):
        dagen = settings.AANBOD_VEROUDERD_NA_DAGEN
        return [
            ("ja", _("langer dan %(dagen)s dagen geleden") % {"dagen": dagen}),
            ("nee", _("in de laatste %(dagen)s dagen") % {"dagen": dagen}),
        ]

    def queryset(self, request, queryset):
        grens = timezone.localdate() - verouderd_na()
        if self.value() == "ja":
            return queryset.filter(
                Q(laatst_gecontroleerd__lt=grens) | Q(laatst_gecontroleerd__isnull=True)
            )
        if self.value() == "nee":
            return queryset.filter(laatst_gecontroleerd__gte=grens)
        return queryset


class WijkFilter(admin.SimpleListFilter):
    title = _("wijk")
    parameter_name = "wijk"

    def lookups(self, request, model_admin):
        return [(w.slug, w.naam) for w in Wijk.objects.all()]

    def queryset(self, request, queryset):
        wijk = Wijk.objects.filter(slug=self.value()).first() if self.value() else None
        return queryset.in_wijk(wijk) if wijk else queryset


@admin.register(Aanbod)
class AanbodAdmin(admin.ModelAdmin):
    list_display = ["naam", "organisatie", "soort", "status", "laatst_gecontroleerd"]
    list_filter = [
        "status",
        "soort",
        WijkFilter,
        VerouderdFilter,
        "themas",
        "doelgroepen",
        "kosten",
        "deelname",
    ]
    list_select_related = ["organisatie"]
    search_fields = ["naam", "beschrijving", "organisatie__naam"]
    autocomplete_fields = ["organisatie"]
    filter_horizontal = ["themas", "doelgroepen", "talen"]
    readonly_fields = ["hsds_id", "gecontroleerd_door", "aangemaakt", "gewijzigd"]
    inlines = [AanbodLocatieInline, ZoekwoordInline]
    save_on_top = True
    fieldsets = [
        (None, {"fields": ["naam", "organisatie", "soort", "status"]}),
        (_("Wat en voor wie"), {"fields": ["beschrijving", "voor_wie", "themas", "doelgroepen"]}),
        (
            _("Meedoen"),
            {"fields": ["kosten", "kosten_bedrag", "kosten_toelichting", "deelname", "talen"]},
        ),
        (_("Contact"), {"fields": ["contactpersoon", "telefoon", "email", "website"]}),
        (
            _("Controle"),
            {
                "fields": [
                    "laatst_gecontroleerd",
                    "gecontroleerd_door",
                    "hsds_id",
                    "aangemaakt",
                    "gewijzigd",
                ]
            },
        ),
    ]

    def changeform_view(self, request, *args, **kwargs):
        # The offer's search text is computed once, after the offer and all its inlines.
        with zoektekst_uitstellen():
            return super().changeform_view(request, *args, **kwargs)

    # A change saved here is recorded in the offer's history as made by this user: the fields
    # when the offer is saved, its lists (themes, target groups, languages) with the form's
    # related objects. A new offer has no history yet.
    def _historie(self, request: HttpRequest, aanbod: Aanbod, change: bool, velden: list[str]):
        if not change:
            return nullcontext()
        return aanbodhistorie_bijhouden(aanbod, via=Bron.ADMIN, door=request.user, velden=velden)

    def save_model(self, request, obj, form, change) -> None:
        if "laatst_gecontroleerd" in form.changed_data:
            obj.gecontroleerd_door = request.user
        with self._historie(request, obj, change, GEVOLGDE_VELDEN):
            super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change) -> None:
        with self._historie(request, form.instance, change, LIJSTVELDEN):
            super().save_related(request, form, formsets, change)


@admin.register(AanbodLocatie)
class AanbodLocatieAdmin(admin.ModelAdmin):
    list_display = ["aanbod", "locatie"]
    list_select_related = ["aanbod", "locatie"]
    search_fields = ["aanbod__naam", "locatie__naam"]
    autocomplete_fields = ["aanbod", "locatie"]
    readonly_fields = ["hsds_id"]
    inlines = [TijdslotInline, SluitingInline]

    def changeform_view(self, request, *args, **kwargs):
        # Each time slot is a word of the offer's vector (the day filter): update it once.
        with zoektekst_uitstellen():
            return super().changeform_view(request, *args, **kwargs)


@admin.register(Locatie)
class LocatieAdmin(admin.ModelAdmin):
    list_display = [
        "naam",
        "straat",
        "huisnummer",
        "wijk",
        "buurt",
        "rolstoeltoegankelijk",
        "vertrouwelijk_adres",
    ]
    list_filter = [
        "wijk",
        "rolstoeltoegankelijk",
        "toegankelijk_toilet",
        "ringleiding",
        "vertrouwelijk_adres",
    ]
    list_select_related = ["wijk", "buurt"]
    search_fields = ["naam", "straat", "postcode"]
    autocomplete_fields = ["organisatie"]
    readonly_fields = ["hsds_id"]
    fieldsets = [
        (None, {"fields": ["naam", "organisatie"]}),
        (
            _("Adres"),
            {"fields": ["straat", "huisnummer", "postcode", "plaats", "vertrouwelijk_adres"]},
        ),
        (_("Op de kaart"), {"fields": ["lat", "lon", "wijk", "buurt"]}),
        (
            _("Toegankelijkheid"),
            {
                "fields": [
                    "rolstoeltoegankelijk",
                    "toegankelijk_toilet",
                    "ringleiding",
                    "toegankelijkheid",
                ]
            },
        ),
        (_("Techniek"), {"fields": ["hsds_id"], "classes": ["collapse"]}),
    ]


@admin.register(Organisatie)
class OrganisatieAdmin(admin.ModelAdmin):
    list_display = ["naam", "telefoon", "email", "website"]
    search_fields = ["naam"]
    filter_horizontal = ["gebruikers"]
    readonly_fields = ["hsds_id"]
    prepopulated_fields = {"slug": ["naam"]}


@admin.register(Doelgroep)
class LijstAdmin(admin.ModelAdmin):
    list_display = ["naam", "naam_en", "volgorde"]
    list_editable = ["volgorde"]
    search_fields = ["naam", "naam_en"]
    prepopulated_fields = {"slug": ["naam"]}


@admin.register(Thema)
class ThemaAdmin(LijstAdmin):
    list_display = ["naam", "naam_en", "volgorde", "zoekwoorden_lijst"]
    inlines = [ZoekwoordInline]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).prefetch_related("zoekwoorden")

    @admin.display(description=_("zoekwoorden"))
    def zoekwoorden_lijst(self, obj: Thema) -> str:
        return ", ".join(z.woord for z in obj.zoekwoorden.all())


@admin.register(Zoekwoord)
class ZoekwoordAdmin(admin.ModelAdmin):
    list_display = ["woord", "thema", "aanbod"]
    list_filter = ["thema"]
    list_select_related = ["thema", "aanbod"]
    search_fields = ["woord", "aanbod__naam"]
    autocomplete_fields = ["aanbod"]


@admin.register(Taal)
class TaalAdmin(admin.ModelAdmin):
    list_display = ["naam", "naam_en", "code"]
    search_fields = ["naam", "code"]


class GebiedAdmin(admin.ModelAdmin):
    """Wijken and buurten come from the city's boundaries: rename them, never add or delete."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


@admin.register(Wijk)
class WijkAdmin(GebiedAdmin):
    list_display = ["naam", "code"]
    fields = ["naam", "code", "slug"]
    readonly_fields = ["code", "slug"]


@admin.register(Buurt)
class BuurtAdmin(GebiedAdmin):
    list_display = ["naam", "code", "wijk"]
    list_filter = ["wijk"]
    list_select_related = ["wijk"]
    search_fields = ["naam"]
    fields = ["naam", "code", "slug", "wijk"]
    readonly_fields = ["code", "slug", "wijk"]


@admin.register(Informatiepunt)
class InformatiepuntAdmin(admin.ModelAdmin):
    list_display = ["naam", "aanbod"]
    search_fields = ["naam"]
    autocomplete_fields = ["aanbod"]
    filter_horizontal = ["wijken", "medewerkers"]
    readonly_fields = ["hsds_id"]
    prepopulated_fields = {"slug": ["naam"]}


@admin.register(Aanmelding)
class AanmeldingAdmin(admin.ModelAdmin):
    """Read-only here: coordinators review proposals at /beheer/aanmeldingen/."""

    list_display = ["naam", "status", "wijk", "aangemaakt"]
    list_filter = ["status", "wijk"]
    search_fields = ["naam", "beschrijving"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


@admin.register(Behoefte)
class BehoefteAdmin(admin.ModelAdmin):
    """The needs vocabulary: a change counts from the next search (docs/behoeften.md)."""

    list_display = ["uitdrukking", "zoekwoorden", "themalijst", "groep", "actief"]
    list_editable = ["actief"]
    list_filter = ["actief", "groep", "themas"]
    search_fields = ["uitdrukking", "zoekwoorden", "groep"]
    filter_horizontal = ["themas"]
    fields = ["uitdrukking", "themas", "zoekwoorden", "groep", "actief", "herkend"]
    readonly_fields = ["herkend"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("themas")

    @admin.display(description=_("thema's"))
    def themalijst(self, behoefte: Behoefte) -> str:
        return ", ".join(t.naam for t in behoefte.themas.all())

    @admin.display(description=_("zo herkent de zoekfunctie het"))
    def herkend(self, behoefte: Behoefte) -> str:
        woorden = betekenende_woorden(behoefte.uitdrukking)
        if not woorden:
            return _("Geen woord om te herkennen: alleen woorden als 'ik' of 'de'.")
        return _("Een zoekvraag met al deze woorden (of vormen ervan): %(woorden)s") % {
            "woorden": ", ".join(woorden)
        }


@admin.register(ZoekwoordTelling)
class ZoekwoordTellingAdmin(admin.ModelAdmin):
    """Read only: what residents searched and did not find (also on the signals page)."""

    list_display = ["woord", "maand", "niets_gevonden", "weinig_gevonden"]
    list_filter = ["maand"]
    search_fields = ["woord"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
