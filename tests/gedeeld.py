"""Helpers for tests against the machine's shared services (Redis)."""

import os
import uuid

REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"


def redis_cache(prefix: str | None = None, alias_prefix: str = "test") -> dict:
    """A CACHES entry on the machine's Redis with a key prefix of its own: tests never clear
    (that would wipe other people's keys) and never see another run's keys."""
    return {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": prefix or f"{alias_prefix}-{uuid.uuid4().hex[:12]}",
    }


def database_url(settings_dict: dict) -> str:
    """A DATABASE_URL for a child process on the database this test uses (the test database)."""
    from urllib.parse import quote

    gebruiker = quote(settings_dict.get("USER") or "", safe="")
    wachtwoord = settings_dict.get("PASSWORD") or ""
    inlog = f"{gebruiker}:{quote(wachtwoord, safe='')}@" if wachtwoord else f"{gebruiker}@"
    host = quote(settings_dict.get("HOST") or "", safe="")  # a socket folder is a path
    poort = f":{settings_dict['PORT']}" if settings_dict.get("PORT") else ""
    return f"postgres://{inlog}{host}{poort}/{settings_dict['NAME']}"


def omgeving(**extra: str) -> dict:
    """The environment of an app server or worker started by a test: the real settings
    (wijkportaal.settings, not the test settings), production-like, on the test database."""
    from django.db import connection

    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "DJANGO_SETTINGS"))}
    env.update(
        DJANGO_SETTINGS_MODULE="wijkportaal.settings",
        SECRET_KEY="twee-servers-test-niet-geheim",
        DEBUG="0",
        SECURE_SSL_REDIRECT="0",
        SECURE_COOKIES="0",
        DATABASE_URL=database_url(connection.settings_dict),
        CONN_MAX_AGE="0",
        LOG_FORMAT="tekst",
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


def redis_nodig() -> None:
    """Fail with a plain instruction when Redis is not there (CI starts it: .ci/run)."""
    import pytest
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as fout:
        pytest.fail(
            f"Redis antwoordt niet op {REDIS_URL} ({fout}). Deze test draait op de Redis van "
            "de machine: start hem (apt-get install redis-server) of zet REDIS_URL.",
            pytrace=False,
        )
