"""The roles as Django groups with their permissions.

vrijwilliger: volunteer at the desk; reads the catalogue.
medewerker: staff; reads the catalogue and keeps locations and opening times right.
coordinator: manages the whole catalogue and its lists.
partner: an account of a partner organisation; reads the catalogue.
Later migrations add the permissions of the question desk.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CATALOGUS = [
    "aanbod",
    "aanbodlocatie",
    "locatie",
    "organisatie",
    "tijdslot",
    "sluiting",
    "thema",
    "doelgroep",
    "taal",
    "wijk",
    "buurt",
]
BEKIJKEN = [f"view_{model}" for model in CATALOGUS]
ROOSTER = [
    f"{actie}_{model}"
    for model in ("locatie", "aanbodlocatie", "tijdslot", "sluiting")
    for actie in ("add", "change", "delete")
]
ALLES = [
    f"{actie}_{model}"
    for model in CATALOGUS
    if model not in ("wijk", "buurt")
    for actie in ("add", "change", "delete")
]

ROLLEN = {
    "vrijwilliger": BEKIJKEN,
    "medewerker": BEKIJKEN + ROOSTER,
    "coordinator": BEKIJKEN + ALLES + ["change_wijk", "change_buurt"],
    "partner": BEKIJKEN,
}


def rollen_maken(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for rol, codenames in ROLLEN.items():
        groep, _ = Group.objects.get_or_create(name=rol)
        groep.permissions.add(
            *Permission.objects.filter(content_type__app_label="aanbod", codename__in=codenames)
        )


def rollen_weghalen(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLLEN).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("aanbod", "0002_wijken_buurten_lijsten"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(rollen_maken, rollen_weghalen)]
