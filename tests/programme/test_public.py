"""The public progress pages: per programme line, public projects only, in NL and EN, cached and fresh."""

import pytest
from django.urls import reverse

from programme import services
from programme.models import Project, Status

pytestmark = pytest.mark.django_db


def test_the_public_pages_list_the_lines_and_their_public_projects(client):
    # when
    index = client.get(reverse("programme:public_index"))
    line_nl = client.get(reverse("programme:public_line", args=["talent-ontmoeting"])).content.decode()
    client.get("/en/")
    line_en = client.get("/en/programma/voortgang/talent-ontmoeting/").content.decode()

    # then
    assert index.status_code == 200 and "Talent &amp; Ontmoeting" in index.content.decode()
    assert "18. Talent &amp; Ontmoeting" in line_nl and "17. Communities verbinden" in line_nl
    assert "18. Talent &amp; Meeting" in line_en
    assert "Next Twente" not in line_nl  # another line's project
    assert client.get(reverse("programme:public_line", args=["geen-lijn"])).status_code == 404


def test_a_new_public_summary_shows_at_once_despite_the_page_cache(client, lead, django_capture_on_commit_callbacks):
    # given: the page is cached for anonymous visitors
    project = Project.objects.get(number=18, sub_number=0)
    project.leads.add(lead)
    url = reverse("programme:public_line", args=["talent-ontmoeting"])
    assert "Kennispark Run gelopen" not in client.get(url).content.decode()

    # when
    with django_capture_on_commit_callbacks(execute=True):
        services.progress_update_submit(
            project=project, author=lead, quarter=20252, status=Status.ON_TRACK, summary="Intern verslag",
            percent_done=50, public_summary="Kennispark Run gelopen met 800 deelnemers.",
        )  # fmt: skip

    # then
    page = client.get(url).content.decode()
    assert "Kennispark Run gelopen met 800 deelnemers." in page
    assert "Intern verslag" not in page
    assert "status-on_track" in page
