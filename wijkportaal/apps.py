from django.apps import AppConfig
from django.core.management.commands.createcachetable import Command as Cachetabel
from django.db.models.signals import pre_migrate

# The tables of the database cache (settings.CACHES without REDIS_URL).
CACHETABELLEN = ("wijkportaal_cache", "wijkportaal_paginacache")


def cachetabellen_maken(sender, using: str = "default", **kwargs) -> None:
    """Make the database cache's tables before any migration runs: data migrations already
    save rows whose signals use the cache. Made also when Redis is the cache, so a server
    started without REDIS_URL finds them; a table that exists is left alone."""
    maker = Cachetabel()
    maker.verbosity = 0
    for tabel in CACHETABELLEN:
        maker.create_table(using, tabel, dry_run=False)


class WijkportaalConfig(AppConfig):
    name = "wijkportaal"
    verbose_name = "Wijkportaal"

    def ready(self) -> None:
        pre_migrate.connect(cachetabellen_maken, sender=self)
        # Registers the system checks and the login throttle's signal receiver.
        from wijkportaal import checks, drempels  # noqa: F401
