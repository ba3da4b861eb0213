"""Editors manage reference totals and targets in the admin and see failed runs with their error."""

import pytest
from django.apps import apps
from django.urls import reverse

from establishments.models import Establishment
from monitoring.models import ReferenceTotal, Target
from monitoring.seeds import editors_grant, targets_seed
from monitoring.services import snapshot_compute

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _migration_data(db):
    """Re-run the data migration: tests with a real worker flush the tables its rows live in."""
    targets_seed(apps)
    editors_grant(apps)


def test_editor_sees_failed_runs_with_their_error(client, editor, register):
    # given
    snapshot_compute()
    Establishment.objects.filter(sub_area="bs_park").update(sub_area="nowhere")
    snapshot_compute()
    client.force_login(editor)

    # when
    response = client.get(reverse("admin:monitoring_monitorsnapshot_changelist"))

    # then
    assert response.status_code == 200
    content = response.content.decode()
    assert "Unknown sub-areas: nowhere" in content
    assert "mislukt" in content and "voltooid" in content


def test_editor_edits_reference_totals_and_targets(client, editor):
    # given
    client.force_login(editor)

    # when
    created = client.post(
        reverse("admin:monitoring_referencetotal_add"),
        {"area": "twente", "year": 2023, "dimension": "total", "category": "", "establishments": 66286,
         "jobs": 350000, "added_value_meur": "24949.0", "source": "BIRO en LISA"},
    )  # fmt: skip
    target = Target.objects.get(indicator="jobs")
    changed = client.post(
        reverse("admin:monitoring_target_change", args=[target.pk]),
        {"indicator": "jobs", "target_value": "17000", "target_year": 2035, "baseline_year": 2024,
         "baseline_value": "12730", "source": target.source, "note": "", "position": 0},
    )  # fmt: skip

    # then
    assert created.status_code == 302 and changed.status_code == 302
    assert ReferenceTotal.objects.get(area="twente", year=2023).jobs == 350000
    target.refresh_from_db()
    assert target.target_value == 17000


def test_a_target_before_its_baseline_is_refused(client, editor):
    client.force_login(editor)
    target = Target.objects.get(indicator="establishments")

    response = client.post(
        reverse("admin:monitoring_target_change", args=[target.pk]),
        {"indicator": "establishments", "target_value": "700", "target_year": 2020, "baseline_year": 2024,
         "baseline_value": "483", "source": target.source, "note": "", "position": 1},
    )  # fmt: skip

    assert response.status_code == 200
    target.refresh_from_db()
    assert target.target_year == 2035
