"""Shared state (issue 23): the cache every app server sees, with Redis and without it."""

import json
import os
import subprocess
import sys
import uuid

import pytest
from django.conf import settings
from django.core.cache.backends.db import DatabaseCache
from django.core.cache.backends.redis import RedisCache

from tests.gedeeld import REDIS_URL, redis_nodig


def _instellingen(**omgeving: str) -> dict:
    """CACHES and SESSION_ENGINE as the real settings make them with this environment."""
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "REDIS_PREFIX"}}
    env.update({"SECRET_KEY": "test", "DJANGO_SETTINGS_MODULE": "wijkportaal.settings"})
    env.update(omgeving)
    code = (
        "import json; from django.conf import settings as s; "
        "print(json.dumps({'caches': s.CACHES, 'sessies': s.SESSION_ENGINE}))"
    )
    uit = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=settings.BASE_DIR,
    )
    return json.loads(uit.stdout)


def test_zonder_redis_de_databasecache():
    gevonden = _instellingen()
    gedeeld = {gevonden["caches"][alias]["BACKEND"] for alias in ("default", "paginas")}
    assert gedeeld == {"django.core.cache.backends.db.DatabaseCache"}
    assert gevonden["sessies"] == "django.contrib.sessions.backends.db"


def test_met_redis_de_rediscache_en_sessies_cached_db():
    gevonden = _instellingen(REDIS_URL="redis://redis.intern:6379/1", REDIS_PREFIX="utrecht")
    standaard, paginas = gevonden["caches"]["default"], gevonden["caches"]["paginas"]
    assert (
        standaard["BACKEND"]
        == paginas["BACKEND"]
        == ("django.core.cache.backends.redis.RedisCache")
    )
    assert standaard["LOCATION"] == "redis://redis.intern:6379/1"
    assert standaard["KEY_PREFIX"] == "utrecht" != paginas["KEY_PREFIX"]
    assert gevonden["sessies"] == "django.contrib.sessions.backends.cached_db"


@pytest.mark.django_db
def test_de_cachetabellen_bestaan_na_migrate():
    """A fresh clone without Redis: `migrate` made the tables, the cache works."""
    for tabel in ("wijkportaal_cache", "wijkportaal_paginacache"):
        cache = DatabaseCache(tabel, {})
        sleutel = f"proef-{uuid.uuid4().hex}"
        cache.set(sleutel, {"koffie": 1}, 60)
        assert cache.get(sleutel) == {"koffie": 1}
        assert cache.incr(sleutel + "x", 1) if cache.add(sleutel + "x", 1) else True


def test_redis_deelt_tellers_tussen_verbindingen():
    """Two app servers are two clients of one Redis: what one counts, the other sees."""
    redis_nodig()
    prefix = f"test-{uuid.uuid4().hex[:12]}"
    a = RedisCache(REDIS_URL, {"KEY_PREFIX": prefix})
    b = RedisCache(REDIS_URL, {"KEY_PREFIX": prefix})
    assert a.add("teller", 1, 30)
    b.incr("teller")
    assert a.get("teller") == 2
    a.delete("teller")
