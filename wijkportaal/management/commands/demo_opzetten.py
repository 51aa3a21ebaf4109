"""``manage.py demo_opzetten``: the demo of every app, in the order of INSTALLED_APPS.

An app that has demo data names its loader in its AppConfig (``demo = "app.demo.demo_laden"``);
the loader returns the lines to print. This command imports no app itself: it finds them
through the app registry, so the ground stays below the apps.
"""

from django.apps import apps
from django.core.management.base import BaseCommand
from django.utils.module_loading import import_string


class Command(BaseCommand):
    help = "Laadt de demo-catalogus en maakt de demo-accounts (wachtwoord: wijkportaal-demo)."

    def handle(self, *args, **options) -> None:
        for config in apps.get_app_configs():
            if laden := getattr(config, "demo", None):
                for regel in import_string(laden)():
                    self.stdout.write(regel)
