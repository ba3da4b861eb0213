"""Progress updates: fixed snapshots with reasons, corrections, acknowledgement, milestones and the current status."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from programme import selectors, services
from programme.hooks import _project_sections, project_section_register
from programme.models import ProgressUpdate, Status
from tests.factories.programme import MilestoneFactory, ProgressUpdateFactory
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db


def submit(project, author, **overrides):
    data = {"quarter": 20252, "status": Status.ON_TRACK, "summary": "Gestart.", "percent_done": 10, **overrides}
    return services.progress_update_submit(project=project, author=author, **data)


def test_a_status_other_than_on_track_needs_a_reason_and_a_path_to_green(client, lead, own_project):
    # given
    client.force_login(lead)
    url = reverse("programme:update_create", args=[own_project.pk])
    quarter = client.get(url).context["form"].fields["quarter"].choices[0][0]

    # when
    refused = client.post(url, {"quarter": quarter, "status": "late", "percent_done": 30, "summary": "Vertraagd."})

    # then
    assert refused.status_code == 400
    assert set(refused.context["form"].errors) == {"reason", "path_to_green"}
    with pytest.raises(ValidationError):
        submit(own_project, lead, status=Status.AT_RISK)  # the database constraint holds too


def test_a_reason_of_only_markup_is_refused_on_the_form_not_with_a_server_error(client, lead, own_project):
    # given: the form sees text, the service keeps plain text, which is empty
    client.force_login(lead)
    url = reverse("programme:update_create", args=[own_project.pk])
    quarter = client.get(url).context["form"].fields["quarter"].choices[0][0]
    data = {"quarter": quarter, "status": "late", "percent_done": 30, "summary": "Vertraagd.",
            "reason": "<p></p>", "path_to_green": "<b></b>"}  # fmt: skip

    # when
    refused = client.post(url, data)

    # then
    assert refused.status_code == 400
    assert set(refused.context["form"].errors) == {"reason", "path_to_green"}
    assert refused.context["form"]["summary"].value() == "Vertraagd."
    assert not own_project.updates.exists()


def test_the_current_status_is_the_latest_updates_and_a_correction_keeps_the_history(lead, own_project):
    # given
    first = submit(own_project, lead, status=Status.ON_TRACK)
    at_risk = submit(own_project, lead, status=Status.AT_RISK, reason="Vergunning", path_to_green="Bezwaar")

    # when
    correction = submit(
        own_project, lead, status=Status.LATE, reason="Vergunning", path_to_green="Bezwaar",
        corrects=at_risk, correction_reason="Het was al te laat",
    )  # fmt: skip

    # then
    project = selectors.project_visible(pk=own_project.pk)
    assert project.current_status == Status.LATE
    assert [u.pk for u in selectors.project_timeline(project=project)] == [correction.pk, at_risk.pk, first.pk]
    at_risk.refresh_from_db()
    assert at_risk.status == Status.AT_RISK  # the corrected snapshot is unchanged
    with pytest.raises(ValidationError):
        submit(own_project, lead, corrects=first)  # a correction needs its reason


def test_an_update_ticks_off_milestones_of_its_own_project_only(lead, own_project, other_project):
    # given
    own, foreign = MilestoneFactory(project=own_project), MilestoneFactory(project=other_project)

    # when
    update = submit(own_project, lead, milestones_done=[own, foreign])

    # then
    own.refresh_from_db(), foreign.refresh_from_db()
    assert own.done_on is not None and foreign.done_on is None
    assert list(update.milestones_done.all()) == [own]
    assert own.history.first().history_user == lead


def test_an_editor_other_than_the_author_acknowledges(client, editor, lead, own_project):
    # given
    update = submit(own_project, lead)
    own_update = ProgressUpdateFactory(project=own_project, author=editor)
    client.force_login(editor)

    # when
    client.post(reverse("programme:update_acknowledge", args=[update.pk]))
    client.post(reverse("programme:update_acknowledge", args=[own_update.pk]))

    # then
    update.refresh_from_db(), own_update.refresh_from_db()
    assert update.acknowledged_by == editor and update.acknowledged_at is not None
    assert own_update.acknowledged_at is None
    assert list(selectors.updates_awaiting_acknowledgement()) == [own_update]


def test_every_change_to_a_project_is_kept_with_who_and_when(client, editor, lead, own_project):
    # given
    client.force_login(lead)

    # when
    client.post(
        reverse("programme:project_edit", args=[own_project.pk]),
        {"description_nl": "<b>Nieuw</b> plan", "description_en": "New plan"},
    )

    # then
    own_project.refresh_from_db()
    assert own_project.description_nl == "Nieuw plan"
    changes = selectors.project_changes(project=own_project)
    assert changes[0]["user"] == lead and "description_nl" in changes[0]["fields"]
    client.force_login(editor)
    assert "description_nl" in client.get(own_project.get_absolute_url()).content.decode()


def test_an_editor_edits_every_attribute_leads_and_targets(client, editor, own_project):
    # given
    from monitoring.models import Target

    new_lead = UserFactory(roles=["project_lead"])
    client.force_login(editor)
    form = client.get(reverse("programme:project_edit", args=[own_project.pk])).context["form"]
    data = {
        name: value for name, value in form.initial.items() if value is not None and name not in ("leads", "targets")
    }
    data.update(
        {"name_nl": "Hernoemd", "end_quarter": 20274, "leads": [new_lead.pk],
         "targets": [Target.objects.get(indicator="jobs").pk], "theme": own_project.theme_id,
         "lead_organisation": own_project.lead_organisation_id, "is_public": ""}
    )  # fmt: skip
    data.pop("programme_line", None)

    # when
    response = client.post(reverse("programme:project_edit", args=[own_project.pk]), data)

    # then
    assert response.status_code == 302, response.context["form"].errors
    own_project.refresh_from_db()
    assert (own_project.name_nl, own_project.end_quarter, own_project.is_public) == ("Hernoemd", 20274, False)
    assert list(own_project.leads.all()) == [new_lead]
    assert list(own_project.targets.values_list("indicator", flat=True)) == ["jobs"]


def test_apps_above_add_a_section_to_the_project_page(client, partner, own_project):
    # given
    def section(project):
        return {"template": "programme/_status.html", "context": {"code": "done", "label": f"hook {project.code}"}}

    project_section_register(section)
    client.force_login(partner)
    try:
        # when
        page = client.get(own_project.get_absolute_url()).content.decode()
    finally:
        _project_sections.remove(section)

    # then
    assert f"hook {own_project.code}" in page


def test_the_dashboard_counts_projects_per_line_and_status(lead, own_project):
    # given
    from programme.models import ProgrammeLine, YearPlan

    line = ProgrammeLine.objects.get(slug="talent-ontmoeting")
    own_project.programme_line = line
    own_project.save()
    submit(own_project, lead, status=Status.LATE, reason="r", path_to_green="p")

    # when
    summary = {
        row["line"].slug: row for row in selectors.line_status_summary(year_plan=YearPlan.objects.get(year=2025))
    }

    # then: the plan's projects 17 and 18 have no update yet; the test project is late
    assert (summary["talent-ontmoeting"]["late"], summary["talent-ontmoeting"]["none"]) == (1, 2)
    assert summary["talent-ontmoeting"]["total"] == 3
    assert ProgressUpdate.objects.count() == 1


def test_running_projects_carry_over_into_the_next_plan_with_their_history(client, editor, lead):
    # given
    from programme.models import Project, YearPlan

    next_twente = Project.objects.get(number=1, sub_number=0)
    submit(next_twente, lead, quarter=20254)

    # when
    plan = services.year_plan_start(
        year=2026, title_nl="Jaarplan 2026", title_en="Year plan 2026", carry_over_from=YearPlan.objects.get(year=2025)
    )

    # then: projects ending in 2025 stay behind; the carried one keeps its updates and shows on the 2026 board
    carried = set(plan.projects.values_list("number", "sub_number"))
    assert (1, 0) in carried and (8, 1) in carried and (5, 0) not in carried
    client.force_login(editor)
    board = client.get(reverse("programme:board") + "?year=2026")
    assert board.context["project_count"] == len(carried)
    assert selectors.project_visible(pk=next_twente.pk).last_update_quarter == 20254
