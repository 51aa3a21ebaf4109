import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _lege_cache():
    """The online form's rate limit lives in the cache: every test starts without it."""
    cache.clear()
    yield
    cache.clear()
