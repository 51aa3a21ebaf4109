"""Public reads from the read replica (DATABASE_REPLICA_URL), everything else on the primary.

Residents without an account mostly read the catalogue: those reads may come from a
streaming replica. Everything else stays on the primary: every write, every request of a
logged-in person (staff, partners) and every request that is not a GET or HEAD, reads inside
a transaction, and the models of apps outside ``REPLICA_APPS`` (questions, sessions, accounts:
a resident who just sent a question and opens its status page must find it). For a few
seconds after any write through the site (``REPLICA_ACHTERSTAND_SECONDEN``) public reads stay
on the primary too, so a page rendered from a replica a moment behind is never cached under
the new catalogue version. Without DATABASE_REPLICA_URL the router is not installed.
"""

import time
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.db import connections

REPLICA = "replica"
ROUTER = "wijkportaal.databaserouter.ReplicaRouter"
# Until this moment (time.time()) public reads use the primary: a write happened just now.
SLEUTEL_PRIMAIR_TOT = "wijkportaal:primair-tot"
# None: read from the primary. A number: this request may read the catalogue from the
# replica, as long as no transaction deeper than this was opened on the primary since.
_publiek_lezen: ContextVar[int | None] = ContextVar("publiek_lezen", default=None)


class ReplicaMiddleware:
    """Marks a request whose catalogue reads may come from the replica (after authentication)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if ROUTER not in settings.DATABASE_ROUTERS:
            return self.get_response(request)
        veilig = request.method in ("GET", "HEAD")
        publiek = veilig and not request.user.is_authenticated and not _net_geschreven()
        diepte = len(connections["default"].atomic_blocks)
        token = _publiek_lezen.set(diepte if publiek else None)
        try:
            return self.get_response(request)
        finally:
            _publiek_lezen.reset(token)
            if not veilig:
                cache.set(
                    SLEUTEL_PRIMAIR_TOT,
                    time.time() + settings.REPLICA_ACHTERSTAND_SECONDEN,
                    settings.REPLICA_ACHTERSTAND_SECONDEN + 1,
                )


def _net_geschreven() -> bool:
    return (cache.get(SLEUTEL_PRIMAIR_TOT) or 0) > time.time()


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        diepte = _publiek_lezen.get()
        if (
            diepte is not None
            and model._meta.app_label in settings.REPLICA_APPS
            # inside a transaction on the primary, read what that transaction sees
            and len(connections["default"].atomic_blocks) <= diepte
        ):
            return REPLICA
        return "default"

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # one database, two doors

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"
