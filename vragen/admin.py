"""Coordinators manage the routing rules and response norms here. Questions themselves are
not in the admin: their status changes only through vragen.services."""

from django.contrib import admin

from vragen.models import Reactienorm, Routeringsregel


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
