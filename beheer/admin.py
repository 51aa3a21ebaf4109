"""Admin for the coordinators' app; the history is read-only everywhere.

The offer admin is aanbod's; beheer adds to it from this side what belongs to the
coordinators' work: the history on the offer's page and the action 'checked today'.
"""

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from aanbod.admin import AanbodAdmin
from aanbod.models import Aanbod, AanbodWijziging
from beheer.models import (
    Correctie,
    Signaalsamenvatting,
    Verificatieverzoek,
    Wijzigingsvoorstel,
)
from beheer.services import aanbod_bevestigen


class AlleenLezen:
    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


class AanbodWijzigingInline(AlleenLezen, admin.TabularInline):
    """The offer's change history on its admin page (newest first)."""

    model = AanbodWijziging
    extra = 0
    fields = ["tijdstip", "veld_label", "oud", "nieuw", "wie", "via"]
    readonly_fields = fields
    verbose_name_plural = _("Geschiedenis: wie veranderde wat, en wanneer")
    classes = ["collapse"]

    @admin.display(description=_("veld"))
    def veld_label(self, obj: AanbodWijziging) -> str:
        return obj.veldnaam

    @admin.display(description=_("door"))
    def wie(self, obj: AanbodWijziging) -> str:
        return obj.wie

    def get_queryset(self, request: HttpRequest):
        return super().get_queryset(request).select_related("door")


admin.site.unregister(Aanbod)


@admin.register(Aanbod)
class AanbodBeheerAdmin(AanbodAdmin):
    inlines = [*AanbodAdmin.inlines, AanbodWijzigingInline]
    actions = [*AanbodAdmin.actions, "gecontroleerd_vandaag"]

    @admin.action(description=_("Markeer als vandaag gecontroleerd"), permissions=["change"])
    def gecontroleerd_vandaag(self, request: HttpRequest, queryset: QuerySet) -> None:
        # One by one through the service, so every confirmation is in the offer's history.
        aantal = 0
        for aanbod in queryset:
            aanbod_bevestigen(aanbod=aanbod, door=request.user)
            aantal += 1
        self.message_user(
            request,
            ngettext(
                "%(aantal)d aanbod gemarkeerd als vandaag gecontroleerd.",
                "%(aantal)d keer aanbod gemarkeerd als vandaag gecontroleerd.",
                aantal,
            )
            % {"aantal": aantal},
            messages.SUCCESS,
        )


@admin.register(AanbodWijziging)
class AanbodWijzigingAdmin(AlleenLezen, admin.ModelAdmin):
    list_display = ["tijdstip", "aanbod", "veld", "oud", "nieuw", "door", "via"]
    list_filter = ["via"]
    list_select_related = ["aanbod", "door"]
    search_fields = ["aanbod__naam", "veld"]
    date_hierarchy = "tijdstip"

    def has_view_permission(self, request: HttpRequest, obj=None) -> bool:
        return request.user.has_perm("beheer.view_dashboard")


@admin.register(Wijzigingsvoorstel)
class WijzigingsvoorstelAdmin(admin.ModelAdmin):
    list_display = ["aanbod", "organisatie", "status", "aangemaakt", "behandeld_door"]
    list_filter = ["status"]
    list_select_related = ["aanbod", "organisatie", "behandeld_door"]
    readonly_fields = [f.name for f in Wijzigingsvoorstel._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # proposals come from partners; review them on /beheer/


@admin.register(Correctie)
class CorrectieAdmin(admin.ModelAdmin):
    list_display = ["aanbod", "status", "aangemaakt", "afgehandeld_door"]
    list_filter = ["status"]
    list_select_related = ["aanbod", "afgehandeld_door"]
    readonly_fields = [
        "aanbod",
        "tekst",
        "email",
        "aangemaakt",
        "afgehandeld_door",
        "afgehandeld_op",
    ]


@admin.register(Verificatieverzoek)
class VerificatieverzoekAdmin(admin.ModelAdmin):
    list_display = ["organisatie", "aan", "aantal_verouderd", "verstuurd_op"]
    list_select_related = ["organisatie"]
    search_fields = ["organisatie__naam"]
    readonly_fields = ["organisatie", "aan", "aantal_verouderd", "verstuurd_op"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


@admin.register(Signaalsamenvatting)
class SignaalsamenvattingAdmin(admin.ModelAdmin):
    list_display = ["maand", "thema", "wijk", "bijgewerkt_door"]
    list_select_related = ["thema", "wijk", "bijgewerkt_door"]
