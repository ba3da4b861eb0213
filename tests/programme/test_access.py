"""Deny unless allowed: a lead edits only their projects, a partner edits nothing, the public sees nothing internal."""

import pytest
from django.urls import reverse

from programme.models import Milestone, ProgrammeLine, ProgressUpdate
from tests.factories.programme import MilestoneFactory, ProgressUpdateFactory, ProjectFactory

pytestmark = pytest.mark.django_db

UPDATE = {"quarter": "", "status": "on_track", "percent_done": 10, "summary": "Gestart."}


def edit_urls(project, milestone):
    return [
        reverse("programme:project_edit", args=[project.pk]),
        reverse("programme:update_create", args=[project.pk]),
        reverse("programme:milestone_add", args=[project.pk]),
        reverse("programme:milestone_edit", args=[project.pk, milestone.pk]),
    ]


def test_a_lead_edits_their_own_project_and_gets_404_for_another(client, lead, own_project, other_project):
    # given
    own_milestone, other_milestone = MilestoneFactory(project=own_project), MilestoneFactory(project=other_project)
    client.force_login(lead)

    # when
    own = [client.get(url).status_code for url in edit_urls(own_project, own_milestone)]
    other = [client.get(url).status_code for url in edit_urls(other_project, other_milestone)]
    posted = client.post(reverse("programme:update_create", args=[other_project.pk]), UPDATE)
    deleted = client.post(reverse("programme:milestone_delete", args=[other_project.pk, other_milestone.pk]))

    # then
    assert own == [200, 200, 200, 200]
    assert other == [404, 404, 404, 404]
    assert (posted.status_code, deleted.status_code) == (404, 404)
    assert not ProgressUpdate.objects.filter(project=other_project).exists()
    assert Milestone.objects.filter(pk=other_milestone.pk).exists()
    # and they see the whole board and the other project's page
    assert client.get(reverse("programme:board")).status_code == 200
    assert client.get(reverse("programme:project", args=[other_project.pk])).status_code == 200


def test_a_lead_of_a_project_edits_its_sub_projects(client, lead, own_project):
    # given
    sub = ProjectFactory(parent=own_project, number=own_project.number, sub_number=1)
    client.force_login(lead)

    # then
    assert client.get(reverse("programme:project_edit", args=[sub.pk])).status_code == 200


def test_a_lead_cannot_acknowledge_or_see_the_editors_inbox(client, lead, own_project):
    # given
    update = ProgressUpdateFactory(project=own_project)
    client.force_login(lead)

    # then
    assert client.get(reverse("programme:inbox")).status_code == 403
    assert client.post(reverse("programme:update_acknowledge", args=[update.pk])).status_code == 403
    assert client.get(reverse("programme:invite_lead", args=[own_project.pk])).status_code == 403


def test_a_partner_sees_the_board_and_edits_nothing(client, partner, own_project):
    # given
    milestone = MilestoneFactory(project=own_project)
    update = ProgressUpdateFactory(project=own_project)
    client.force_login(partner)

    # when
    reads = [
        client.get(url).status_code
        for url in (
            reverse("programme:board"),
            reverse("programme:project", args=[own_project.pk]),
            reverse("programme:board_xlsx"),
        )
    ]
    writes = [client.get(url).status_code for url in edit_urls(own_project, milestone)]
    api_writes = [
        client.patch(
            f"/api/programme/projects/{own_project.pk}/", {"description_nl": "x"}, content_type="application/json"
        ).status_code,
        client.post(
            "/api/programme/updates/", {"project": own_project.pk, **UPDATE, "quarter": 20252},
            content_type="application/json",
        ).status_code,
        client.patch(
            f"/api/programme/milestones/{milestone.pk}/", {"done_on": "2025-05-01"}, content_type="application/json"
        ).status_code,
    ]  # fmt: skip

    # then
    assert reads == [200, 200, 200]
    assert writes == [404, 404, 404, 404]
    assert api_writes == [403, 403, 403]
    assert client.post(reverse("programme:update_acknowledge", args=[update.pk])).status_code == 403
    page = client.get(reverse("programme:project", args=[own_project.pk])).content.decode()
    assert reverse("programme:project_edit", args=[own_project.pk]) not in page


def test_other_roles_do_not_see_the_board(client, company_user, own_project):
    # given
    client.force_login(company_user)

    # then
    assert client.get(reverse("programme:board")).status_code == 403
    assert client.get(reverse("programme:project", args=[own_project.pk])).status_code == 403
    assert client.get("/api/programme/projects/").status_code == 403


def test_the_public_sees_no_internal_project_or_update(client, lead):
    # given: an internal project with an update, and a public one whose latest update has no public summary
    internal = ProjectFactory(is_public=False, name_nl="Geheim intern project", leads=[lead])
    ProgressUpdateFactory(project=internal, summary="Interne stand van zaken", public_summary="Publiek zinnetje")
    public = ProjectFactory(name_nl="Openbaar project")
    ProgressUpdateFactory(project=public, summary="Vertrouwelijke toelichting", status="at_risk", reason="r",
                          path_to_green="p")  # fmt: skip
    line = ProgrammeLine.objects.get(slug="fysieke-gebiedsontwikkeling")
    for project in (internal, public):
        project.programme_line = line
        project.save()

    # when
    public_page = client.get(reverse("programme:public_line", args=[line.slug])).content.decode()
    internal_pages = [
        client.get(url)
        for url in (
            reverse("programme:board"),
            reverse("programme:project", args=[internal.pk]),
            reverse("programme:board_xlsx"),
            reverse("programme:progress_pdf"),
        )
    ]
    api = [client.get(url).status_code for url in ("/api/programme/projects/", "/api/programme/updates/",
                                                    f"/api/programme/projects/{internal.pk}/",
                                                    "/api/programme/milestones/")]  # fmt: skip

    # then
    assert "Openbaar project" in public_page
    assert "status-at_risk" in public_page
    assert "Geheim intern project" not in public_page
    assert "Publiek zinnetje" not in public_page
    assert "Vertrouwelijke toelichting" not in public_page
    assert all(response.status_code == 302 for response in internal_pages)
    assert all(reverse("login") in response["Location"] for response in internal_pages)
    assert api == [403, 403, 403, 403]


def test_project_leads_and_partners_start_on_the_board_and_editors_see_the_inbox_count(client, lead, partner, editor):
    # given
    from kennispark.start import start_url

    ProgressUpdateFactory(project=ProjectFactory(leads=[lead]), author=lead)
    client.force_login(editor)

    # when
    work = client.get(reverse("work")).content.decode()

    # then
    assert start_url(lead) == start_url(partner) == reverse("programme:board")
    assert reverse("programme:inbox") in work
    assert client.get(reverse("work")).context["programme_inbox_count"] >= 1
