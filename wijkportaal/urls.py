from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.i18n import set_language

from wijkportaal import gezond, tweestaps, views
from wijkportaal.wachtwoorden import WachtwoordVergetenFormulier

admin.site.site_header = "Wijkportaal beheer"
admin.site.site_title = "Wijkportaal"
admin.site.index_title = "Beheer van het aanbod"

urlpatterns = [
    path("", include("aanbod.urls")),
    path("", include("vragen.urls")),
    path("taal/", set_language, name="set_language"),
    path("account/tweestaps/", tweestaps.instellen, name="tweestaps_instellen"),
    path("account/tweestaps/controleren/", tweestaps.controleren, name="tweestaps_controleren"),
    path(
        "account/password_reset/",
        auth_views.PasswordResetView.as_view(form_class=WachtwoordVergetenFormulier),
        name="password_reset",
    ),
    path("account/", include("django.contrib.auth.urls")),
    path("gezond/", gezond.gezond, name="gezond"),
    path("admin/", admin.site.urls),
    path("", include("opendata.urls")),
    path("beheer/", include("beheer.urls")),
    path("", include("beheer.urls_publiek")),
]

handler403 = "wijkportaal.views.geen_toegang"
handler404 = "wijkportaal.views.niet_gevonden"
handler500 = "wijkportaal.views.serverfout"

if settings.DEBUG:
    urlpatterns += [
        path("404/", views.niet_gevonden, {"exception": None}),
        path("500/", views.serverfout),
    ]
