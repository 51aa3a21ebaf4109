"""The demo served the way production serves it, for the benches that load pages in a browser
(bench/paginagewicht.py, bench/lighthouse.py).

DEBUG off, collectstatic into a temporary STATIC_ROOT (WhiteNoise's compressed, hashed files),
a fresh database of the bench's own on the configured PostgreSQL server (bench/databank.py)
with the demo catalogue and accounts, and a threaded wsgiref server on a free port of
127.0.0.1. Call ``django_opzetten`` before importing anything that needs Django's apps.
"""

import gzip
import os
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def django_opzetten(database: str, voorvoegsel: str) -> Path:
    """Production settings with a throwaway key, the bench's own database (``BENCH_DATABASE``
    overrides the name, for two runs side by side) and a temporary STATIC_ROOT; returns the
    temporary working folder."""
    werkmap = Path(tempfile.mkdtemp(prefix=voorvoegsel))
    os.environ.pop("DEBUG", None)
    os.environ.setdefault("SECRET_KEY", "bench-demoserver-niet-geheim")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
    os.environ.setdefault("SECURE_COOKIES", "0")
    os.environ.setdefault("SECURE_HSTS_SECONDS", "0")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ["DJANGO_SETTINGS_MODULE"] = "wijkportaal.settings"
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

    import django
    from django.conf import settings

    from bench.databank import bench_database

    settings.STATIC_ROOT = werkmap / "static"  # before anything reads it
    bench_database(os.environ.get("BENCH_DATABASE", database))
    django.setup()
    return werkmap


def voorbereiden() -> None:
    """collectstatic, migrate, and the demo catalogue with its accounts."""
    from django.core.management import call_command

    from aanbod.demo import accounts_maken, catalogus_laden

    call_command("collectstatic", interactive=False, verbosity=0)
    call_command("migrate", interactive=False, verbosity=0)
    catalogus_laden()
    accounts_maken()


class _Server(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _StilHandler(WSGIRequestHandler):
    def log_message(self, *args) -> None:
        pass


def gzip_html(app: Callable) -> Callable:
    """Gzip HTML answers as the proxy in front of production does (Django sends them plain;
    WhiteNoise already sends its own compressed static files)."""

    def ingepakt(environ: dict, start_response: Callable) -> Iterable[bytes]:
        vastgehouden = {}

        def start(status, headers, exc_info=None):
            vastgehouden.update(status=status, headers=headers, exc_info=exc_info)

        lichaam = app(environ, start)
        try:
            inhoud = b"".join(lichaam)
        finally:
            if hasattr(lichaam, "close"):
                lichaam.close()
        headers = vastgehouden["headers"]
        namen = {naam.lower(): waarde for naam, waarde in headers}
        if (
            "gzip" in environ.get("HTTP_ACCEPT_ENCODING", "")
            and namen.get("content-type", "").startswith("text/html")
            and "content-encoding" not in namen
            and inhoud
        ):
            inhoud = gzip.compress(inhoud, 6)
            headers = [(n, w) for n, w in headers if n.lower() != "content-length"]
            headers += [
                ("Content-Encoding", "gzip"),
                ("Content-Length", str(len(inhoud))),
                ("Vary", "Accept-Encoding"),
            ]
        start_response(vastgehouden["status"], headers, vastgehouden["exc_info"])
        return [inhoud]

    return ingepakt


def starten(*, html_gzippen: bool = False) -> tuple[WSGIServer, str]:
    """Serve the site in a background thread; returns the server and its base URL."""
    from django.core.wsgi import get_wsgi_application

    app = get_wsgi_application()
    if html_gzippen:
        app = gzip_html(app)
    server = make_server("127.0.0.1", 0, app, server_class=_Server, handler_class=_StilHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}"


def aanbod_met_plek():
    """A visible demo offer with a place: its detail page has the map button."""
    from aanbod.models import Aanbod

    return Aanbod.objects.zichtbaar().filter(aanbodlocaties__isnull=False).first()
