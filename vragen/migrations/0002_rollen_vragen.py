"""The question desk's permissions for the roles made in wijkportaal 0001_rollen.

vrijwilliger: logs questions, sees the ones they logged (and their outcome).
medewerker: sees and handles every question, retries failed e-mails.
coordinator: as medewerker, plus the routing rules and response norms.
partner: sees and handles the questions of their own organisation(s) only.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLLEN = {
    "vrijwilliger": ["add_vraag", "view_vraag"],
    "medewerker": [
        "add_vraag", "view_vraag", "change_vraag", "view_alle_vragen",
        "view_mailbericht", "change_mailbericht",
    ],
    "coordinator": [
        "add_vraag", "view_vraag", "change_vraag", "view_alle_vragen",
        "view_mailbericht", "change_mailbericht",
        "view_routeringsregel", "add_routeringsregel", "change_routeringsregel",
        "delete_routeringsregel",
        "view_reactienorm", "add_reactienorm", "change_reactienorm", "delete_reactienorm",
    ],
    "partner": ["view_vraag", "change_vraag"],
}


def rechten_geven(apps, schema_editor):
    app_config = apps.get_app_config("vragen")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for rol, codenames in ROLLEN.items():
        groep, _ = Group.objects.get_or_create(name=rol)
        groep.permissions.add(
            *Permission.objects.filter(content_type__app_label="vragen", codename__in=codenames)
        )


def rechten_weghalen(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for groep in apps.get_model("auth", "Group").objects.filter(name__in=ROLLEN):
        groep.permissions.remove(
            *Permission.objects.filter(content_type__app_label="vragen")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("vragen", "0001_vragen_routering_statushistorie_mail"),
        ("wijkportaal", "0001_rollen"),
    ]

    operations = [migrations.RunPython(rechten_geven, rechten_weghalen)]
