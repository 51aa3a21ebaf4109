import gc
import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkportaal.settings")
application = get_wsgi_application()
VOLLEDIG_NA = 100  # middle collections before a full one (Python's default: 10)


def opstart_bevriezen() -> None:
    """Load every view now and move what start-up made out of the garbage collector's sight.

    Those ~130,000 objects (modules, functions, URL patterns, templates) live as long as the
    process; without this, every full collection walks them all again, in the middle of a
    request, every few requests (bench/RESULTS.md). It also keeps the pages that gunicorn's
    workers share with the master after the fork unwritten (the Python documentation on
    gc.freeze)."""
    get_resolver().url_patterns  # noqa: B018 (imports every view module)
    gc.collect()
    gc.freeze()
    # A full collection still walks every object made since and by default comes after
    # every 10 middle ones (bench/RESULTS.md). Nearly all garbage
    # here is freed by reference counting; cycles can wait ten times longer.
    jong, midden, _ = gc.get_threshold()
    gc.set_threshold(jong, midden, VOLLEDIG_NA)


opstart_bevriezen()
