"""Query budgets measure what a page costs to build, so the whole-response cache is off here.

What a cached page costs is pinned in tests/kennispark/test_response_cache.py.
"""

import pytest


@pytest.fixture(autouse=True)
def _page_cache_off(page_cache_off):
    """Render every page in a budget test."""
