"""Fixtures shared by all tests: a fixed 'now' and fresh caches per test."""

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def amsterdam(jaar: int, maand: int, dag: int, uur: int = 0, minuut: int = 0) -> datetime:
    """An aware moment in Utrecht's local time."""
    return datetime(jaar, maand, dag, uur, minuut, tzinfo=AMSTERDAM)


@pytest.fixture
def zet_nu(monkeypatch) -> Callable[[datetime], datetime]:
    """Freeze django.utils.timezone.now (and so localtime/localdate) at a chosen moment."""

    def zet(moment: datetime) -> datetime:
        monkeypatch.setattr(timezone, "now", lambda: moment)
        return moment

    return zet


@pytest.fixture(autouse=True)
def _verse_cache():
    """Cached choices, search words, open offers and pages never leak from one test into another."""
    from django.core.cache import caches

    from aanbod import versie

    for alias in caches:
        caches[alias].clear()
    versie.vergeten()
    yield
    for alias in caches:
        caches[alias].clear()
    versie.vergeten()


@pytest.fixture
def zonder_paginacache(settings):
    """Every request renders its page. For tests that count a page's queries: a public page
    served from the shared page cache (wijkportaal/paginacache.py) makes none, so a warm-up
    request would hide every N+1 of the page behind it."""
    settings.PAGINACACHE_SECONDEN = 0


@pytest.fixture(autouse=True)
def _verse_gebieden():
    """The wijk/buurt boundaries are cached per process; start every test without them."""
    from aanbod.gebieden import vergeet_vormen

    vergeet_vormen()
    yield
    vergeet_vormen()


def _volgorde(item) -> int:
    """Tests in one transaction first, then the tests that commit, and last the tests that go
    back in the migrations: the tables a migration test rebuilds do not always get the
    migrations' data back for a test after it."""
    if item.get_closest_marker("migraties"):
        return 2
    db = item.get_closest_marker("django_db")
    return 1 if db is not None and db.kwargs.get("transaction") else 0


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    items.sort(key=_volgorde)


@pytest.fixture(autouse=True)
def _nederlands():
    """Every test starts in Dutch: a request in English (the test client runs the locale
    middleware in this thread) leaves English active for the code that runs after it."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def mailwerker():
    """What the mail worker (manage.py mail_versturen) does on the server with the mails a
    block of code queued, right after it: ``with mailwerker(): ...``, then read
    django.core.mail.outbox. Mails queued before the block stay in the outbox table."""
    from contextlib import contextmanager

    from wijkportaal.mail import mail_versturen
    from wijkportaal.models import Mailbericht

    def wachtend() -> set[int]:
        return set(
            Mailbericht.objects.filter(verstuurd_op__isnull=True).values_list("pk", flat=True)
        )

    @contextmanager
    def werken():
        al = wachtend()
        yield
        for pk in sorted(wachtend() - al):
            mail_versturen(pk)

    return werken
