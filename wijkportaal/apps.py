from django.apps import AppConfig


class WijkportaalConfig(AppConfig):
    name = "wijkportaal"
    verbose_name = "Wijkportaal"

    def ready(self) -> None:
        from wijkportaal import checks  # noqa: F401  (registers the system checks)
