"""A version of the catalogue that changes whenever anything in it is saved or deleted.

Derived data that every visitor shares (which offers are open this minute, whole public
pages) is cached under the current version, so a change shows at once in the process that
made it. With the default per-process cache, other app servers keep their copy until it
expires (at most a minute); with a shared cache (Redis, Memcached) they see the change at once.
"""

import uuid

from django.core.cache import cache

SLEUTEL = "aanbod:catalogusversie"


def catalogusversie() -> str:
    versie = cache.get(SLEUTEL)
    if versie is None:
        cache.add(SLEUTEL, uuid.uuid4().hex, timeout=None)
        versie = cache.get(SLEUTEL)
    return versie


def catalogus_gewijzigd() -> None:
    cache.set(SLEUTEL, uuid.uuid4().hex, timeout=None)
