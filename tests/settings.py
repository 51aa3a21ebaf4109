"""Settings for the test suite: the project's settings with a test key and a fast hasher."""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-not-secret")

from wijkportaal.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# The test client speaks plain HTTP; tests that need HTTPS behaviour turn it on themselves.
SECURE_SSL_REDIRECT = False
# The shared page cache as production runs it, also when DEBUG is set in the environment.
PAGINACACHE_SECONDEN = 120
# Two runs of the suite on one server (a second terminal) each need a test database of their own.
if os.environ.get("TEST_DATABASE_NAME"):
    DATABASES["default"]["TEST"] = {"NAME": os.environ["TEST_DATABASE_NAME"]}  # noqa: F405
# The suite keeps each process's caches in its own memory, whatever REDIS_URL says: every
# test starts with empty caches (tests/conftest.py clears them, which on a shared Redis would
# wipe other people's keys) and a cache read is no database query in assertNumQueries.
# tests/wijkportaal/test_gedeelde_staat.py checks the Redis and database caches themselves.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "wp",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
    "paginas": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "wp-paginas",
        "OPTIONS": {"MAX_ENTRIES": 1000},
    },
    "lokaal": CACHES["lokaal"],  # noqa: F405
}
SESSION_ENGINE = "django.contrib.sessions.backends.db"
# A read replica as a mirror of the test database: the same server and data behind a second
# alias. The router is off here; tests/wijkportaal/test_replica.py turns it on.
DATABASES["replica"] = {**DATABASES["default"], "TEST": {"MIRROR": "default"}}  # noqa: F405
