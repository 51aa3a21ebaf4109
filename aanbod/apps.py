from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AanbodConfig(AppConfig):
    name = "aanbod"
    verbose_name = _("Aanbod")

    def ready(self) -> None:
        from aanbod import signals  # noqa: F401
