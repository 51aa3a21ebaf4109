"""Browser tests: Playwright from PyPI drives Debian's chromium against pytest-django's live server.

Locally the tests skip with a clear message when /usr/bin/chromium is missing; in CI (CI=true)
they run and a missing chromium fails loudly. Nothing goes to the network: map tiles get an empty
1x1 PNG, every other outside request is aborted.
"""

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.e2e.browser import CHROMIUM, CHROMIUM_ARGS, LEGE_PNG

# Playwright's sync API runs an event loop in this thread; Django refuses ORM calls then.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

IN_CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}
INSTALLATIE = "sudo apt-get update && sudo apt-get install -y chromium"
SCHERMAFDRUKKEN = Path(__file__).resolve().parent / "screenshots"
TELEFOON = {"width": 390, "height": 844}
BUREAU = {"width": 1280, "height": 900}

# live_server needs a transactional database that is flushed after every test; without
# serialized_rollback that flush would delete the wijken, themes and groups the migrations load.
e2e = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def pytest_collection_modifyitems(config, items):
    if CHROMIUM.exists() or IN_CI:
        return
    overslaan = pytest.mark.skip(
        reason=f"Browsertests overgeslagen: {CHROMIUM} ontbreekt. Installeer het: {INSTALLATIE}"
    )
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(overslaan)


@pytest.fixture(scope="session", autouse=True)
def _gewoon_http():
    """The live server speaks plain HTTP on localhost: no redirect to HTTPS (it has no TLS)."""
    from django.test import override_settings

    with override_settings(SECURE_SSL_REDIRECT=False):
        yield


def _serialisatie_meenemen():
    """Keep Django's serialized_rollback working once Playwright runs.

    Playwright's sync API runs an asyncio loop in this thread. From then on asgiref's
    thread-critical Local (where Django keeps its connections) stores per context instead of
    per thread, so this thread gets new connection objects without the copy of the migration
    data (wijken, themes, groups) that Django took at set-up. Without it, serialized_rollback
    silently restores nothing, here and in every test after the browser tests.
    """
    from django.db import connections

    bewaard = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }

    def meenemen() -> None:
        for alias, inhoud in bewaard.items():
            connections[alias]._test_serialized_contents = inhoud

    return meenemen


@pytest.fixture(scope="session")
def browser(django_db_setup):
    """One headless chromium for the whole session (Debian's, never a downloaded one)."""
    if not CHROMIUM.exists():
        pytest.fail(f"Chromium ontbreekt op {CHROMIUM}. Installeer het: {INSTALLATIE}")
    from playwright.sync_api import sync_playwright

    meenemen = _serialisatie_meenemen()
    with sync_playwright() as playwright:
        meenemen()
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def demo(live_server):
    """The demo catalogue and accounts, as `make run` loads them."""
    from django.core.cache import cache

    from aanbod.demo import accounts_maken, catalogus_laden

    cache.clear()  # the online form's rate limit and failed logins live there
    catalogus_laden()
    accounts_maken()
    yield live_server
    cache.clear()


@pytest.fixture
def demo_vragen(demo):
    """The demo plus routing rules and questions in every status."""
    from vragen.demo import vragen_laden

    vragen_laden()
    return demo


def _alleen_lokaal(live_url: str):
    def route(route) -> None:
        verzoek = route.request
        if verzoek.url.startswith(live_url):
            route.continue_()
        elif verzoek.resource_type == "image":
            route.fulfill(status=200, content_type="image/png", body=LEGE_PNG)
        else:
            route.abort()

    return route


@pytest.fixture
def nieuwe_pagina(browser, live_server) -> Iterator[Callable]:
    """Make a page: ``nieuwe_pagina(breedte=390, javascript=False, zoom=1)``."""
    contexten = []

    def maak(breedte: int = 1280, hoogte: int = 900, javascript: bool = True, zoom: float = 1):
        context = browser.new_context(
            viewport={"width": breedte, "height": hoogte},
            device_scale_factor=zoom,
            java_script_enabled=javascript,
            locale="nl-NL",
            timezone_id="Europe/Amsterdam",
            base_url=live_server.url,
        )
        context.set_default_timeout(10_000)
        context.route("**/*", _alleen_lokaal(live_server.url))
        contexten.append(context)
        return context.new_page()

    yield maak
    for context in contexten:
        context.close()


def schermafdruk(pagina, naam: str) -> list[Path]:
    """Save full-page screenshots at 390 and 1280 px wide under tests/e2e/screenshots/."""
    SCHERMAFDRUKKEN.mkdir(exist_ok=True)
    oorspronkelijk = pagina.viewport_size
    paden = []
    for breedte in (TELEFOON["width"], BUREAU["width"]):
        pagina.set_viewport_size({"width": breedte, "height": oorspronkelijk["height"]})
        pad = SCHERMAFDRUKKEN / f"{naam}-{breedte}.png"
        pagina.screenshot(path=str(pad), full_page=True, animations="disabled")
        paden.append(pad)
    pagina.set_viewport_size(oorspronkelijk)
    return paden
