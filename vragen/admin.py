"""Coordinators manage the routing rules and response norms here. Questions themselves are
not in the admin: their status changes only through vragen.services."""

from django.contrib import admin

from vragen.models import AuditRegel, Reactienorm, Routeringsregel


@admin.register(Routeringsregel)
class RouteringsregelAdmin(admin.ModelAdmin):
    list_display = [
        "volgorde",
        "thema",
        "wijk",
        "doelgroep",
        "organisatie",
        "contactpersoon",
        "actief",
    ]
    list_display_links = ["thema"]
    list_editable = ["volgorde", "actief"]
    list_filter = ["actief", "thema", "wijk"]
    ordering = ["volgorde", "pk"]


@admin.register(Reactienorm)
class ReactienormAdmin(admin.ModelAdmin):
    list_display = ["thema", "werkdagen"]
    list_editable = ["werkdagen"]


@admin.register(AuditRegel)
class AuditRegelAdmin(admin.ModelAdmin):
    """Read-only: the audit log is written by the code, never by hand (docs/adr/0008)."""

    list_display = ["tijdstip", "referentie", "actie", "wie", "reden"]
    list_filter = ["actie"]
    search_fields = ["referentie"]
    list_select_related = ["door"]
    date_hierarchy = "tijdstip"

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
