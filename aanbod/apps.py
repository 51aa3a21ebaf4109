from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AanbodConfig(AppConfig):
    name = "aanbod"
    verbose_name = _("Aanbod")
    demo = "aanbod.demo.demo_laden"  # run by manage.py demo_opzetten
    bewaartermijn = "aanbod.bewaartermijn.aanmeldingen_opschonen"  # run by manage.py bewaartermijn

    def ready(self) -> None:
        from aanbod import signals  # noqa: F401
