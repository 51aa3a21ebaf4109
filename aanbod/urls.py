from django.urls import path

from aanbod import views, views_aanmelden, views_dichtbij

app_name = "aanbod"

urlpatterns = [
    path("", views.home, name="home"),
    path("aanbod/", views.zoeken, name="zoeken"),
    path("aanbod/aanmelden/", views_aanmelden.aanmelden, name="aanmelden"),
    path("aanbod/aanmelden/bedankt/", views_aanmelden.aanmelden_bedankt, name="aanmelden_bedankt"),
    path("aanbod/<slug:slug>/", views.detail, name="detail"),
    path("aanbod/<slug:slug>/print/", views.detail_print, name="detail_print"),
    path("kaart/", views.kaart, name="kaart"),
    path("kaart/wijken.geojson", views.wijkgrenzen, name="wijkgrenzen"),
    path("agenda/", views.agenda, name="agenda"),
    path("organisaties/<slug:slug>/", views.organisatie, name="organisatie"),
    path("informatiepunten/", views_dichtbij.informatiepunten, name="informatiepunten"),
]
