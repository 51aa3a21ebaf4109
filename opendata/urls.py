from django.urls import path

from opendata import api, views

app_name = "opendata"

urlpatterns = [
    path("api/", views.uitleg, name="uitleg"),
    path("api/hsds/", api.index, name="index"),
    # The base URL without its slash too: validators and clients join "<base>" + "/services"
    # and ask "<base>" itself for the API info; no redirect to follow.
    path("api/hsds", api.index),
    path("api/hsds/openapi.json", api.openapi, name="openapi"),
    path("api/hsds/services", api.services, name="services"),
    path("api/hsds/services/<str:hsds_id>", api.service, name="service"),
    path("api/hsds/organizations", api.organizations, name="organizations"),
    path("api/hsds/organizations/<str:hsds_id>", api.organization, name="organization"),
    path("api/hsds/service_at_locations", api.service_at_locations, name="service_at_locations"),
    path(
        "api/hsds/service_at_locations/<str:hsds_id>",
        api.service_at_location,
        name="service_at_location",
    ),
    path("api/hsds/taxonomies", api.taxonomies, name="taxonomies"),
    path("api/hsds/taxonomies/<str:hsds_id>", api.taxonomy, name="taxonomy"),
    path("api/hsds/taxonomy_terms", api.taxonomy_terms, name="taxonomy_terms"),
    path("api/hsds/taxonomy_terms/<str:hsds_id>", api.taxonomy_term, name="taxonomy_term"),
    path("api/hsds/export.zip", views.export_zip, name="export"),
    path("agenda.ics", views.agenda_ics, name="agenda_ics"),
    path("agenda/<slug:slug>.ics", views.aanbod_ics, name="aanbod_ics"),
]
