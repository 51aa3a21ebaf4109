from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BeheerConfig(AppConfig):
    name = "beheer"
    verbose_name = _("Beheer door coördinatoren")
    demo = "beheer.demo.demo_laden"  # run by manage.py demo_opzetten
    bewaartermijn = "beheer.bewaartermijn.correcties_opschonen"  # run by manage.py bewaartermijn
