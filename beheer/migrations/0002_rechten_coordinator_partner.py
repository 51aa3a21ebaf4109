"""Permissions of the coordinators' app for the roles made in wijkportaal 0001_rollen.

coordinator: the dashboard, signals and reports (view_dashboard), reviews proposals,
    handles corrections, sees the history.
partner: proposes changes to the offers of their own organisation(s) (add_wijzigingsvoorstel).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLLEN = {
    "coordinator": [
        "view_dashboard",
        "view_wijzigingsvoorstel", "change_wijzigingsvoorstel",
        "view_correctie", "change_correctie",
        "view_aanbodwijziging",
        "view_verificatieverzoek",
        "view_signaalsamenvatting", "add_signaalsamenvatting", "change_signaalsamenvatting",
    ],
    "partner": ["add_wijzigingsvoorstel"],
}


def rechten_geven(apps, schema_editor):
    app_config = apps.get_app_config("beheer")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for rol, codenames in ROLLEN.items():
        groep, _ = Group.objects.get_or_create(name=rol)
        groep.permissions.add(
            *Permission.objects.filter(content_type__app_label="beheer", codename__in=codenames)
        )


def rechten_weghalen(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for groep in apps.get_model("auth", "Group").objects.filter(name__in=ROLLEN):
        groep.permissions.remove(*Permission.objects.filter(content_type__app_label="beheer"))


class Migration(migrations.Migration):
    dependencies = [
        ("beheer", "0001_geschiedenis_voorstellen_correcties_signalen"),
        ("wijkportaal", "0001_rollen"),
    ]

    operations = [migrations.RunPython(rechten_geven, rechten_weghalen)]
