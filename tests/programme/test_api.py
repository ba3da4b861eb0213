"""The REST API: read for the board's roles, write for a project's leads and editors; 400 with field errors."""

import pytest

from programme.models import Milestone, ProgressUpdate
from tests.factories.programme import MilestoneFactory

pytestmark = pytest.mark.django_db


def post(client, url, data):
    return client.post(url, data, content_type="application/json")


def patch(client, url, data):
    return client.patch(url, data, content_type="application/json")


def test_a_partner_reads_projects_with_their_status(client, partner):
    # given
    client.force_login(partner)

    # when
    response = client.get("/api/programme/projects/?year=2025&line=fysieke-gebiedsontwikkeling")

    # then
    assert response.status_code == 200
    codes = [project["code"] for project in response.json()["results"]]
    assert "1" in codes and "8.1" in codes and "14" not in codes
    first = response.json()["results"][0]
    assert first["status"] is None and first["lead_organisation"] == "ASR Dutch Science Park Fund"


def test_a_lead_submits_an_update_and_ticks_a_milestone(client, lead, own_project):
    # given
    milestone = MilestoneFactory(project=own_project)
    client.force_login(lead)

    # when
    response = post(client, "/api/programme/updates/", {
        "project": own_project.pk, "quarter": 20252, "status": "at_risk", "percent_done": 40,
        "summary": "Vergunning vertraagd.", "reason": "Bezwaar", "path_to_green": "Hoorzitting",
        "path_to_green_by": 20253, "milestones_done": [milestone.pk],
    })  # fmt: skip

    # then
    assert response.status_code == 201, response.json()
    update = ProgressUpdate.objects.get()
    assert (update.author, update.status) == (lead, "at_risk")
    milestone.refresh_from_db()
    assert milestone.done_on is not None


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({"status": "late"}, {"reason", "path_to_green"}),
        ({"quarter": 20255}, {"quarter"}),
        ({"percent_done": 101}, {"percent_done"}),
        ({"status": "purple"}, {"status"}),
        ({"summary": 12}, {"summary"}),
        ({"unknown": "x"}, {"unknown"}),
    ],
)
def test_invalid_updates_answer_400_with_field_errors(client, lead, own_project, body, fields):
    # given
    client.force_login(lead)
    data = {"project": own_project.pk, "quarter": 20252, "status": "on_track", "percent_done": 5, "summary": "x"}

    # when
    response = post(client, "/api/programme/updates/", {**data, **body})

    # then
    assert response.status_code == 400
    assert fields <= set(response.json())


def test_a_lead_cannot_write_to_another_project(client, lead, own_project, other_project):
    # given
    foreign = MilestoneFactory(project=other_project)
    client.force_login(lead)

    # when
    update = post(client, "/api/programme/updates/", {
        "project": other_project.pk, "quarter": 20252, "status": "on_track", "percent_done": 5, "summary": "x",
    })  # fmt: skip
    milestone = post(client, "/api/programme/milestones/", {
        "project": other_project.pk, "title_nl": "Niet van mij", "title_en": "", "planned_quarter": 20252,
    })  # fmt: skip
    changed = patch(client, f"/api/programme/milestones/{foreign.pk}/", {"done_on": "2025-05-01"})
    project = patch(client, f"/api/programme/projects/{other_project.pk}/", {"description_nl": "Overgenomen"})

    # then
    assert (update.status_code, milestone.status_code) == (400, 400)
    assert "project" in update.json()
    assert (changed.status_code, project.status_code) == (404, 404)
    assert not ProgressUpdate.objects.exists()
    assert not Milestone.objects.filter(title_nl="Niet van mij").exists()


def test_a_lead_changes_their_projects_description_and_milestones(client, lead, own_project):
    # given
    milestone = MilestoneFactory(project=own_project)
    client.force_login(lead)

    # when
    project = patch(client, f"/api/programme/projects/{own_project.pk}/", {"description_nl": "Bijgewerkt"})
    name = patch(client, f"/api/programme/projects/{own_project.pk}/", {"name_nl": "Andere naam"})
    ticked = patch(client, f"/api/programme/milestones/{milestone.pk}/", {"done_on": "2025-05-01"})
    added = post(client, "/api/programme/milestones/", {
        "project": own_project.pk, "title_nl": "Oplevering", "title_en": "Completion", "planned_quarter": 20254,
    })  # fmt: skip

    # then
    assert project.status_code == 200 and project.json()["description_nl"] == "Bijgewerkt"
    assert name.status_code == 400  # the name is the editors'
    assert ticked.status_code == 200 and ticked.json()["done_on"] == "2025-05-01"
    assert added.status_code == 201
    assert own_project.milestones.count() == 2


def test_the_api_is_in_the_openapi_schema(client):
    # when
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()

    # then
    assert {"/api/programme/projects/", "/api/programme/milestones/", "/api/programme/updates/"} <= set(schema["paths"])
