"""Pages of the coordinators' app that need no account: corrections and the check link."""

from django.urls import path

from beheer.views import aanbieders, correcties

app_name = "beheer_publiek"

urlpatterns = [
    path("aanbod/<slug:slug>/klopt-er-iets-niet/", correcties.correctie, name="correctie"),
    path("controle/<str:token>/", aanbieders.controle, name="controle"),
    path("controle/<str:token>/<int:pk>/klopt/", aanbieders.controle_klopt, name="controle_klopt"),
    path(
        "controle/<str:token>/<int:pk>/wijzigen/",
        aanbieders.controle_wijzigen,
        name="controle_wijzigen",
    ),
]
