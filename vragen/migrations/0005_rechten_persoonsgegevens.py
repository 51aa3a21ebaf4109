"""Coordinators (only) look up, export and delete a resident's data, and read the audit log.

Nobody gets add/change/delete on the audit log: it is written by the code, never by hand.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

RECHTEN = ["persoonsgegevens_inwoner", "view_auditregel"]


def rechten_geven(apps, schema_editor):
    app_config = apps.get_app_config("vragen")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    groep, _ = Group.objects.get_or_create(name="coordinator")
    groep.permissions.add(
        *Permission.objects.filter(content_type__app_label="vragen", codename__in=RECHTEN)
    )


def rechten_weghalen(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for groep in apps.get_model("auth", "Group").objects.filter(name="coordinator"):
        groep.permissions.remove(
            *Permission.objects.filter(content_type__app_label="vragen", codename__in=RECHTEN)
        )


class Migration(migrations.Migration):
    dependencies = [("vragen", "0004_auditlog_en_anonimiseren")]

    operations = [migrations.RunPython(rechten_geven, rechten_weghalen)]
