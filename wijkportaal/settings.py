"""Settings for Wijkportaal, read from environment variables with safe development defaults.

DATABASE_URL unset means the embedded PostgreSQL server of the virtualenv; ``postgres://...``
means that PostgreSQL server.
DEBUG is off unless set; with DEBUG off the site refuses to start without SECRET_KEY.
"""

import importlib.util
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from wijkportaal.csp import oorsprong, stijl_hashes

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on", "ja"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG and not env_bool("WIJKPORTAAL_DEV"):
        raise ImproperlyConfigured("Zet SECRET_KEY in de omgeving (of DEBUG=1 voor ontwikkeling).")
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django_filters",
    "django_htmx",
    "template_partials",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "csp",
    "wijkportaal",
    "aanbod",
    "vragen",
    "opendata",
    "beheer",
]

MIDDLEWARE = [
    "wijkportaal.middleware.OpgewarmdBevriezen",
    "wijkportaal.gezond.GezondMiddleware",
    "wijkportaal.middleware.VerzoekGrootteMiddleware",
    "wijkportaal.beveiliging.OngeldigeTekensMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "wijkportaal.databaserouter.ReplicaMiddleware",  # only acts with a read replica
    "wijkportaal.beveiliging.BeveiligingsKoppenMiddleware",
    "wijkportaal.drempels.DrempelMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "wijkportaal.tweestaps.TweestapsMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "wijkportaal.urls"
WSGI_APPLICATION = "wijkportaal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wijkportaal.context_processors.site",
            ],
        },
    },
]

# One database engine: PostgreSQL. DATABASE_URL names a server (CI, production); without it
# the embedded server from the virtualenv (wijkportaal/ingebouwde_database.py, ADR 0011).
if os.environ.get("DATABASE_URL"):
    DATABASES = {
        "default": dj_database_url.parse(
            os.environ["DATABASE_URL"],
            conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
            conn_health_checks=True,
        )
    }
else:
    from wijkportaal import ingebouwde_database

    try:
        DATABASES = {
            "default": ingebouwde_database.instellingen(
                CONN_MAX_AGE=int(os.environ.get("CONN_MAX_AGE", "60")), CONN_HEALTH_CHECKS=True
            )
        }
    except ingebouwde_database.NietBeschikbaar as fout:
        raise SystemExit(str(fout)) from None
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Read replica (issue 23): with DATABASE_REPLICA_URL (a streaming replica of the primary),
# the catalogue reads of residents without an account go there; writes, staff and partners,
# questions and sessions stay on the primary (wijkportaal/databaserouter.py).
REPLICA_APPS = {"aanbod", "opendata", "contenttypes"}
REPLICA_ACHTERSTAND_SECONDEN = int(os.environ.get("REPLICA_ACHTERSTAND_SECONDEN", "5"))
if os.environ.get("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = dj_database_url.parse(
        os.environ["DATABASE_REPLICA_URL"],
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
    DATABASE_ROUTERS = ["wijkportaal.databaserouter.ReplicaRouter"]

# Shared state (issue 23): every app server and worker must see the same rate limits, page
# cache, catalogue version and sessions. With REDIS_URL: Django's Redis cache (redis-py) and
# sessions as cached_db (the database stays the record, Redis spares the read). Without it:
# the database cache tables made by migration wijkportaal 0003, so one server is correct too.
# "paginas" holds whole public pages for visitors without a session (wijkportaal/paginacache.py),
# apart so that pages never push out the smaller entries of "default". REDIS_PREFIX keeps
# several sites (or test runs) on one Redis apart.
REDIS_URL = os.environ.get("REDIS_URL", "")
REDIS_PREFIX = os.environ.get("REDIS_PREFIX", "wp")
PAGINACACHE_MAXIMUM = int(os.environ.get("PAGINACACHE_MAXIMUM", "1000"))
if REDIS_URL:
    _redis = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        # A Redis that does not answer must not hang a request for long.
        "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
    }
    CACHES = {
        "default": {**_redis, "KEY_PREFIX": REDIS_PREFIX},
        "paginas": {**_redis, "KEY_PREFIX": f"{REDIS_PREFIX}-paginas"},
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "wijkportaal_cache",
            # Room for the catalogue version, rate limits and throttles (Django's default of 300
            # would cull the catalogue version, and with it every process's derived lists).
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
        "paginas": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "wijkportaal_paginacache",
            "OPTIONS": {"MAX_ENTRIES": PAGINACACHE_MAXIMUM},
        },
    }
# What each process renders the same for every visitor of one catalogue version (the filter
# form's fragment): kept in the process's own memory, its key carries the version.
CACHES["lokaal"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "wijkportaal-lokaal",
    "OPTIONS": {"MAX_ENTRIES": 1000},
}
# Seconds a shared public page is kept at most (it is renewed sooner on every change to the
# catalogue and whenever some offer opens or closes); 0 turns the page cache off. Off by
# default with DEBUG: a developer changing a template sees the change at once.
PAGINACACHE_SECONDEN = int(os.environ.get("PAGINACACHE_SECONDEN", "0" if DEBUG else "120"))

# Django's four password rules, with a minimum of 12 characters and plain-Dutch messages.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "wijkportaal.wachtwoorden.LijktOpGegevens"},
    {"NAME": "wijkportaal.wachtwoorden.MinimaleLengte", "OPTIONS": {"min_length": 12}},
    {"NAME": "wijkportaal.wachtwoorden.VeelGebruikt"},
    {"NAME": "wijkportaal.wachtwoorden.AlleenCijfers"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "aanbod:home"
LOGOUT_REDIRECT_URL = "aanbod:home"

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# Leaflet's files come from the django-leaflet package. The package is not an installed app:
# its admin module needs GDAL, which we do not use.
LEAFLET_STATIC = Path(importlib.util.find_spec("leaflet").origin).parent / "static" / "leaflet"
STATICFILES_DIRS = [BASE_DIR / "static", ("leaflet", LEAFLET_STATIC)]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
FIXTURE_DIRS = [BASE_DIR / "fixtures"]

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", "")  # only for the filebased backend
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Wijkportaal <noreply@wijkportaal.example>"
)
# The mail worker (manage.py mail_versturen --blijf-draaien, issue 23) sends the outbox; no
# web request ever talks to the mail server. A server that accepts and then says nothing
# costs the worker at most EMAIL_TIMEOUT seconds per attempt. A failed mail is tried again
# after 1, 2, 4 ... minutes, at most every 6 hours; the worker looks every few seconds.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
MAIL_BACKOFF_SECONDEN = int(os.environ.get("MAIL_BACKOFF_SECONDEN", "60"))
MAIL_BACKOFF_MAXIMUM_SECONDEN = int(os.environ.get("MAIL_BACKOFF_MAXIMUM_SECONDEN", "21600"))
MAIL_WERKER_INTERVAL = float(os.environ.get("MAIL_WERKER_INTERVAL", "5"))

# Production hardening; all on when DEBUG is off (docs/beveiliging.md explains each one).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
# The load balancer probes /gezond/ over plain HTTP inside the network.
SECURE_REDIRECT_EXEMPT = [r"^gezond/$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Only staff have sessions: one working day at most, and gone when the browser closes
# (a shared computer at the desk).
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(8 * 60 * 60)))
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
PASSWORD_RESET_TIMEOUT = 24 * 60 * 60

# Request bodies: forms are small; files (the HSDS import, at most 20 MB, checked by the
# form) stream to a temporary file above 2.5 MB. A body over MAX_REQUEST_BODY gets a 413
# before anything reads it (wijkportaal.middleware.VerzoekGrootteMiddleware).
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_PERMISSIONS = 0o600
MAX_REQUEST_BODY = int(os.environ.get("MAX_REQUEST_BODY", str(21 * 1024 * 1024)))

# Login throttling (django-axes): 5 failures for one username from one address lock that
# pair for 15 minutes. Failures are stored in the database, so every app server sees them.
AUTHENTICATION_BACKENDS = [
    "wijkportaal.inloggen.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True  # no log of every successful login: collect little
AXES_LOCKOUT_CALLABLE = "wijkportaal.inloggen.geblokkeerd"
AXES_CLIENT_IP_CALLABLE = "wijkportaal.inloggen.client_ip"
AXES_USERNAME_CALLABLE = "wijkportaal.inloggen.gebruikersnaam"
# Our proxies (load balancers) in front of gunicorn, as addresses or CIDR networks
# ("10.0.0.0/8,2001:db8::/32"): only from them X-Forwarded-For is read, from the right, to
# find the person's address (wijkportaal/clientadres.py; login throttling and the rate limits
# of the public forms). A number (the old form, "1") means the private and loopback ranges.
VERTROUWDE_PROXIES = (
    int(os.environ["VERTROUWDE_PROXIES"])
    if os.environ.get("VERTROUWDE_PROXIES", "").strip().isdigit()
    else env_list("VERTROUWDE_PROXIES")
)

# Two-step login (django-otp, TOTP): required for every account on the staff pages
# (volunteers, staff, partners, coordinators). See wijkportaal/tweestaps.py.
OTP_TOTP_ISSUER = "Wijkportaal Utrecht"
TWEESTAPS_PADEN = ["/admin/", "/beheer/", "/balie/"]

# Logging: JSON lines in production (one event per line, for the log collector), readable
# lines in development. LOG_FORMAT=json or tekst overrides.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "tekst" if DEBUG else "json")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "tekst": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "json": {"()": "wijkportaal.logging.JsonFormatter"},
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        },
    },
    # Tokens in paths (partner, status, verification, password reset links) are masked in
    # every log line, also runserver's request lines (wijkportaal.logging.TokensMaskeren).
    "filters": {"tokens": {"()": "wijkportaal.logging.TokensMaskeren"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": LOG_FORMAT,
            "filters": ["tokens"],
        },
        "django.server": {
            "class": "logging.StreamHandler",
            "formatter": "django.server",
            "filters": ["tokens"],
        },
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
        # Every failed login is already logged by axes; keep its chatter at warnings.
        "axes": {"level": "WARNING"},
    },
}

# Wijkportaal's own settings.
KAART_TEGELS_URL = os.environ.get(
    "KAART_TEGELS_URL",
    "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png",
)
KAART_TEGELS_ATTRIBUTIE = os.environ.get(
    "KAART_TEGELS_ATTRIBUTIE",
    'Kaart: <a href="https://www.pdok.nl">Kadaster / PDOK</a> (BRT Achtergrondkaart)',
)
KAART_CENTRUM = (52.0907, 5.1214)
DEMOGEGEVENS = env_bool("DEMOGEGEVENS", True)
AANBOD_PER_PAGINA = 20

# Question desk (vragen).
WIJKPORTAAL_URL = os.environ.get("WIJKPORTAAL_URL", "http://127.0.0.1:8000")  # links in e-mails
VRAGEN_REACTIENORM_WERKDAGEN = int(os.environ.get("VRAGEN_REACTIENORM_WERKDAGEN", "3"))
VRAGEN_PARTNERLINK_DAGEN = int(os.environ.get("VRAGEN_PARTNERLINK_DAGEN", "14"))
VRAGEN_ONLINE_PER_UUR = int(os.environ.get("VRAGEN_ONLINE_PER_UUR", "5"))  # per IP address
VRAGEN_PER_PAGINA = 25

# Content Security Policy (django-csp 4): no inline script anywhere. Inline <style> blocks
# are allowed by their hash only (500.html must not depend on static files).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, *stijl_hashes(BASE_DIR / "templates")],
        "img-src": [SELF, "data:", *oorsprong(KAART_TEGELS_URL)],
        "connect-src": [SELF],
        "font-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

# Coordinators' app (beheer): freshness of the catalogue and verification requests.
AANBOD_VEROUDERD_NA_DAGEN = int(os.environ.get("AANBOD_VEROUDERD_NA_DAGEN", "183"))  # 6 months
AANBOD_VERIFICATIELINK_DAGEN = int(os.environ.get("AANBOD_VERIFICATIELINK_DAGEN", "30"))
# At most one verification mail per organisation per this many days.
AANBOD_VERIFICATIEVERZOEK_INTERVAL_DAGEN = int(
    os.environ.get("AANBOD_VERIFICATIEVERZOEK_INTERVAL_DAGEN", "30")
)
CORRECTIES_PER_UUR = int(os.environ.get("CORRECTIES_PER_UUR", "5"))  # per IP address

# Retention of questions (docs/adr/0008): personal data of questions closed longer ago than
# this is wiped by `manage.py bewaartermijn` (daily cron); the anonymous figures stay.
VRAGEN_BEWAARTERMIJN_MAANDEN = int(os.environ.get("VRAGEN_BEWAARTERMIJN_MAANDEN", "12"))

# Closing the loop with the resident (issue 22; docs/berichten-en-terugkoppeling.md).
# Text messages: a class with versturen(aan, tekst); the console backend prints them. A
# provider's backend plugs in here, like EMAIL_BACKEND.
SMS_BACKEND = os.environ.get("SMS_BACKEND", "wijkportaal.sms.ConsoleBackend")
# "Heeft dit je geholpen?": asked this many days after a question was closed
# (`manage.py terugkoppeling_vragen`, daily cron); the link works this many days.
VRAGEN_TERUGKOPPELING_NA_DAGEN = int(os.environ.get("VRAGEN_TERUGKOPPELING_NA_DAGEN", "7"))
VRAGEN_TERUGKOPPELLINK_DAGEN = int(os.environ.get("VRAGEN_TERUGKOPPELLINK_DAGEN", "30"))
# Follow-up calls and the crisis flag (issue 22, docs/terugbellen.md).
# A vulnerable resident who agreed to be called gets a call proposed this many working days on.
VRAGEN_TERUGBELLEN_KWETSBAAR_WERKDAGEN = int(
    os.environ.get("VRAGEN_TERUGBELLEN_KWETSBAAR_WERKDAGEN", "3")
)
# Extra addresses (comma-separated, e.g. a duty mailbox) told at once of an acute question,
# besides the coordinators of the question's informatiepunt.
VRAGEN_ACUUT_EMAIL = [
    adres.strip() for adres in os.environ.get("VRAGEN_ACUUT_EMAIL", "").split(",") if adres.strip()
]
# Open data sources (issue 20, docs/hsds-bronnen.md): uploaded HSDS files of registered sources
# are kept here; `manage.py bronnen_bijwerken` (cron) refreshes the sources that are due.
HSDS_BRONNEN_MAP = Path(os.environ.get("HSDS_BRONNEN_MAP", BASE_DIR / "var" / "bronnen"))
HSDS_DOWNLOAD_MAX_MB = int(os.environ.get("HSDS_DOWNLOAD_MAX_MB", "100"))
HSDS_DOWNLOAD_TIMEOUT = int(os.environ.get("HSDS_DOWNLOAD_TIMEOUT", "60"))  # seconds
# Design system (issue 21): every form widget gets its class from Utrecht's NL Design System
# components (utrecht-textbox, utrecht-select, utrecht-checkbox ...); see docs/ontwerp.md.
FORM_RENDERER = "wijkportaal.formulierweergave.UtrechtRenderer"
# A form whose CSRF check fails gets the Dutch 403 page (templates/403.html), not Django's.
CSRF_FAILURE_VIEW = "wijkportaal.views.csrf_mislukt"
# Security review (issue 23): headers, logs, throttles, limits. See docs/beveiliging.md.
# Browser features no page uses (wijkportaal/beveiliging.py); the location only for our own
# pages ("Gebruik mijn locatie" for the nearest desk).
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(self), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)
# Throttles per address, whatever the username (wijkportaal/drempels.py, Django's cache):
# failed logins from one address in INLOGGEN_ADRES_SECONDEN, reset mails per hour.
INLOGGEN_PER_ADRES = int(os.environ.get("INLOGGEN_PER_ADRES", "20"))
INLOGGEN_ADRES_SECONDEN = int(os.environ.get("INLOGGEN_ADRES_SECONDEN", str(15 * 60)))
WACHTWOORD_VERGETEN_PER_UUR = int(os.environ.get("WACHTWOORD_VERGETEN_PER_UUR", "5"))
# HSDS import (beheer/views/importeren.py, opendata/lezen.py): a previewed upload waits in
# this private folder (0700, files 0600, removed after applying or after a day); a zip may
# unpack to at most IMPORT_MAX_UITGEPAKT bytes and IMPORT_MAX_RIJEN lines, which one
# worker reads well within gunicorn's 30-second timeout.
IMPORT_UPLOAD_MAP = Path(os.environ.get("IMPORT_UPLOAD_MAP", BASE_DIR / "uploads" / "hsds-import"))
IMPORT_MAX_UITGEPAKT = int(os.environ.get("IMPORT_MAX_UITGEPAKT", str(50 * 1024 * 1024)))
IMPORT_MAX_RIJEN = int(os.environ.get("IMPORT_MAX_RIJEN", "100000"))
