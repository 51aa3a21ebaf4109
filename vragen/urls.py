from django.urls import path

from vragen.views import (
    afdrukken,
    balie,
    inwoner,
    partner,
    publiek,
    terugbellen,
    terugkoppeling,
    wachtrij,
)

app_name = "vragen"

urlpatterns = [
    path("balie/", balie.balie, name="balie"),
    path("balie/registreren/", balie.registreren, name="registreren"),
    path("balie/aanbod-kiezen/", balie.aanbod_kiezen, name="aanbod_kiezen"),
    path("balie/voorstel/", balie.voorstel, name="voorstel"),
    path("balie/vragen/", wachtrij.wachtrij, name="wachtrij"),
    path("balie/vragen/<uuid:uuid>/", wachtrij.detail, name="detail"),
    path("balie/vragen/<uuid:uuid>/status/", wachtrij.status_wijzigen, name="status_wijzigen"),
    path("balie/vragen/<uuid:uuid>/notitie/", wachtrij.notitie_toevoegen, name="notitie"),
    path(
        "balie/vragen/<uuid:uuid>/aanspreekpunt/",
        wachtrij.aanspreekpunt_wijzigen,
        name="aanspreekpunt_wijzigen",
    ),
    path("balie/vragen/<uuid:uuid>/terugbellen/", terugbellen.plannen, name="terugbellen_plannen"),
    path("balie/vragen/<uuid:uuid>/acuut/", terugbellen.acuut, name="acuut"),
    path("balie/terugbellen/", terugbellen.terugbellen, name="terugbellen"),
    path("balie/terugbellen/<uuid:uuid>/", terugbellen.terugbelafspraak, name="terugbelafspraak"),
    path(
        "balie/terugbellen/<uuid:uuid>/resultaat/",
        terugbellen.belresultaat,
        name="belresultaat",
    ),
    path("balie/terugbellen/<uuid:uuid>/verzetten/", terugbellen.verzetten, name="verzetten"),
    path("balie/terugbellen/<uuid:uuid>/vervallen/", terugbellen.vervallen, name="vervallen"),
    path("balie/vragen/<uuid:uuid>/aanbod/", wachtrij.aanbod_wijzigen, name="aanbod_wijzigen"),
    path("balie/vragen/<uuid:uuid>/print/", afdrukken.briefje, name="briefje"),
    path("balie/mail/opnieuw/", wachtrij.mail_opnieuw, name="mails_opnieuw"),
    path("balie/mail/<uuid:uuid>/opnieuw/", wachtrij.mail_opnieuw, name="mail_opnieuw"),
    path("balie/inwoner/", inwoner.inwoner, name="inwoner"),
    path("balie/inwoner/export/", inwoner.inwoner_export, name="inwoner_export"),
    path("balie/inwoner/verwijderen/", inwoner.inwoner_verwijderen, name="inwoner_verwijderen"),
    path("balie/auditlog/", inwoner.auditlog, name="auditlog"),
    path("vraag/", publiek.online_vraag, name="online"),
    path("vraag/versturen/", publiek.online_vraag_versturen, name="online_versturen"),
    path("vraag/<str:code>/", publiek.status, name="status"),
    path("vraag/terugkoppeling/<str:token>/", terugkoppeling.terugkoppeling, name="terugkoppeling"),
    path("meterkastkaart/<slug:slug>/", publiek.meterkastkaart, name="meterkastkaart"),
    path("partner/<str:token>/", partner.partner, name="partner"),
    path("partner/<str:token>/actie/", partner.partner_actie, name="partner_actie"),
]
