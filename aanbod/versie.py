"""A version of the catalogue that changes whenever anything in it is saved or deleted.

Derived data that every visitor shares (which offers are open now, whole public pages) is
cached under the current version, so a change shows at once in the process that made it.
With the default per-process cache, other app servers and workers keep their copy until it
expires (pages: PAGINACACHE_SECONDEN, 2 minutes); with a shared cache (Redis, Memcached)
they see the change at once.
"""

import uuid

from django.core.cache import cache
from django.utils import timezone

SLEUTEL = "aanbod:catalogusversie"


def catalogusversie() -> str:
    versie = cache.get(SLEUTEL)
    if versie is None:
        cache.add(SLEUTEL, uuid.uuid4().hex, timeout=None)
        versie = cache.get(SLEUTEL)
    return versie


def catalogus_gewijzigd() -> None:
    cache.set(SLEUTEL, uuid.uuid4().hex, timeout=None)


def paginaversie() -> str:
    """What a public page of the catalogue depends on: the catalogue and the stretch of the
    day (open and closed statuses only change when some offer opens or closes)."""
    from aanbod.openingstijden import tijdvak

    return f"{catalogusversie()}:{tijdvak(timezone.now())}"
