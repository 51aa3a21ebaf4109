from django.urls import path

from beheer.views import (
    aanbieders,
    aanmeldingen,
    bronnen,
    dashboard,
    importeren,
    rapportage,
    signalen,
    voorstellen,
)

app_name = "beheer"

urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path(
        "correcties/<int:pk>/afhandelen/",
        dashboard.correctie_afhandelen_view,
        name="correctie_afhandelen",
    ),
    path("voorstellen/<uuid:uuid>/", voorstellen.voorstel, name="voorstel"),
    path("partner/", aanbieders.partner_lijst, name="partner"),
    path("partner/<int:pk>/klopt/", aanbieders.partner_klopt, name="partner_klopt"),
    path("partner/<int:pk>/wijzigen/", aanbieders.partner_wijzigen, name="partner_wijzigen"),
    path("signalen/", signalen.signalen_view, name="signalen"),
    path("signalen/rapport/", signalen.signalen_rapport, name="signalen_rapport"),
    path("signalen/signalen.csv", signalen.signalen_csv, name="signalen_csv"),
    path("signalen/hiaten.csv", signalen.hiaten_csv, name="hiaten_csv"),
    path("signalen/samenvatting/", signalen.samenvatting_opslaan, name="samenvatting"),
    path("rapportage/", rapportage.rapportage_view, name="rapportage"),
    path("rapportage/<slug:tabel>.csv", rapportage.rapportage_csv, name="rapportage_csv"),
    path("aanmeldingen/", aanmeldingen.aanmeldingen, name="aanmeldingen"),
    path("aanmeldingen/<uuid:uuid>/", aanmeldingen.aanmelding, name="aanmelding"),
    path("open-data/import/", importeren.importeren, name="importeren"),
    path("open-data/import/bevestigen/", importeren.import_bevestigen, name="import_bevestigen"),
    path("open-data/bronnen/", bronnen.bronnen, name="bronnen"),
    path("open-data/bronnen/<int:pk>/", bronnen.bron, name="bron"),
    path("open-data/bronnen/<int:pk>/verversen/", bronnen.bron_verversen, name="bron_verversen"),
    path(
        "open-data/bronnen/aanbod/<int:pk>/afhandelen/",
        bronnen.verdwenen_afhandelen,
        name="verdwenen_afhandelen",
    ),
]
