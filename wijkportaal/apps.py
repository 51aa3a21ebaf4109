from django.apps import AppConfig


class WijkportaalConfig(AppConfig):
    name = "wijkportaal"
    verbose_name = "Wijkportaal"

    def ready(self) -> None:
        # Registers the system checks and the login throttle's signal receiver.
        from wijkportaal import checks, drempels  # noqa: F401
