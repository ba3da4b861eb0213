"""Fixtures of the impact tests: two editors (one enters, the other approves) and a small register."""

import pytest

from tests.factories.users import UserFactory


@pytest.fixture
def second_editor(db):
    return UserFactory(roles=["editor"], is_staff=True)


@pytest.fixture(autouse=True)
def _dutch_first():
    """Start every test in Dutch: a request to /en/ leaves English active in the test thread for reverse()."""
    from django.utils import translation

    translation.activate("nl")
    yield
    translation.activate("nl")
