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
