"""`load_demo` runs every app's demo loader in order, and a second run changes nothing."""

import io

import pytest
from django.apps import apps
from django.core.management import call_command

from monitoring.models import MonitorFigure, MonitorSnapshot
from monitoring.selectors import published_figures

pytestmark = pytest.mark.django_db

# Each run computes the monitor afresh: a new snapshot with the same figures replaces the published one.
RECOMPUTED = {MonitorSnapshot, MonitorFigure}


def _row_counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in apps.get_models() if model not in RECOMPUTED}


def test_load_demo_twice_loads_every_app_once():
    # given: the demo loaded once
    first = io.StringIO()
    call_command("load_demo", stdout=first)
    counts, figures = _row_counts(), published_figures()

    # when: it is loaded again
    second = io.StringIO()
    call_command("load_demo", stdout=second)

    # then: every app reported in the loaders' order, and nothing was added, removed or recomputed differently
    lines = first.getvalue().splitlines()
    assert [line.split(":")[0] for line in lines if line.strip()] == [
        "Demo users",
        "Demo register",
        "CRM demo leads",
        "Monitor",
        "Events",
        "Members",
        "Talent",
        "Space",
        "Programme board",
        "Impact",
        "Demo data loaded.",
    ]
    assert counts["establishments.Establishment"] > 450 and counts["crm.Lead"] > 0
    assert counts["events.Event"] > 0 and counts["talent.Vacancy"] > 0
    assert counts["members.Member"] == 3 and counts["members.Follow"] > 3
    assert _row_counts() == counts
    assert published_figures() == figures
    assert "Demo register: 0 establishments created, 0 updated, 0 yearly observations written." in second.getvalue()
    assert "CRM demo leads already present" in second.getvalue()
