"""Issue 12 end to end: an editor invites a project lead, the lead writes a quarterly update that ticks a milestone
and sets "at risk"; the board, the public page and the editors' digest show it."""

import re

import pytest
from django.conf import settings
from django.core import mail

from programme import services
from programme.models import Milestone, Project
from tests.factories.users import DEFAULT_PASSWORD, UserFactory
from tests.fixtures.browser import DESKTOP, PHONE, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
STRONG = "Zeer-geheim-programma-42!"


@pytest.fixture
def eager_celery():
    """Run tasks in the live server's process, so the invitation and the digest land in the test outbox."""
    from kennispark.celery import app

    previous = app.conf.task_always_eager, app.conf.task_eager_propagates
    app.conf.update(task_always_eager=True, task_eager_propagates=True)
    yield app
    app.conf.task_always_eager, app.conf.task_eager_propagates = previous


def test_invited_lead_reports_at_risk_and_board_public_page_and_digest_show_it(browser, live_server, eager_celery):
    # given: the seeded key project 14 (public) and an editor
    project = Project.objects.get(year_plan__year=2025, number=14, sub_number=0)
    milestone = Milestone.objects.get(project=project, title_en="Settlement policy adopted")
    editor = UserFactory(roles=["editor"], is_staff=True)

    def new_page(viewport=DESKTOP):
        context = browser.new_context(viewport=viewport, base_url=live_server.url, locale="en-GB")
        context.set_default_timeout(20_000)
        return context.new_page()

    # when: the editor invites the project lead from the project page
    page = new_page()
    log_in(page, editor.username, DEFAULT_PASSWORD, login_path="/en/accounts/login/")
    page.goto(f"/en/programma/projecten/{project.pk}/")
    page.get_by_role("link", name="Invite a project lead").click()
    page.get_by_label("E-mail address").fill("Lieke.Lead@example.org")
    page.get_by_role("button", name="Send invitation").click()
    page.get_by_text("The invitation has been sent.").wait_for()

    # then: the e-mail holds a personal link
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["lieke.lead@example.org"]
    link = re.search(r"https?://\S+(/en/accounts/uitnodiging/\S+/)", mail.outbox[0].body).group(1)

    # when: the lead creates an account through the link and writes the quarter's update
    lead_page = new_page()
    lead_page.goto(link)
    lead_page.get_by_label("First name").fill("Lieke")
    lead_page.get_by_label("Last name").fill("Lead")
    lead_page.get_by_label(re.compile(r"^Password\W*$")).fill(STRONG)
    lead_page.get_by_label("Password (again)").fill(STRONG)
    lead_page.get_by_role("button", name="Create account and accept").click()
    lead_page.get_by_role("heading", name=re.compile("Settlement policy")).wait_for()
    lead_page.get_by_role("link", name="Write an update").click()
    lead_page.get_by_label("at risk", exact=True).check()
    lead_page.get_by_label("Percentage done").fill("40")
    lead_page.get_by_label("What happened").fill("The settlement policy was adopted; the CRM is delayed.")
    lead_page.get_by_label("Reason for the status").fill("The CRM supplier is late.")
    lead_page.get_by_label("Path to green").fill("A second supplier starts next month.")
    lead_page.get_by_role("checkbox", name=re.compile("Settlement policy adopted")).check()
    lead_page.get_by_label("Public summary").fill("The settlement policy has been adopted.")
    lead_page.get_by_role("button", name="Submit update").click()
    lead_page.get_by_text("the update has been submitted").wait_for()

    # then: the board shows the new colour and the milestone ticked
    lead_page.goto("/en/programma/?year=2025")
    row = lead_page.locator("tr.board-row", has_text="14. Settlement policy")
    assert "status-row-at_risk" in row.get_attribute("class")
    assert row.locator(".status-badge").inner_text().strip() == "at risk"
    ticked = row.locator("li.milestone.is-done", has_text="Settlement policy adopted")
    assert ticked.locator(".milestone-mark").inner_text() == "✓"
    assert lead_page.locator("td.q-cell.bar-at_risk").count() >= 4
    lead_page.set_viewport_size(PHONE)
    assert row.locator(".status-badge").is_visible()
    milestone.refresh_from_db()
    assert milestone.done_on is not None
    assert project.leads.filter(username="lieke.lead@example.org").exists()

    # then: the public page shows it while the project is public, and not once it is internal
    visitor = new_page()
    line_url = f"/en/programma/voortgang/{project.programme_line.slug}/"
    visitor.goto(line_url)
    card = visitor.locator("article.public-project", has_text="Settlement policy")
    assert "at risk" in card.inner_text()
    assert "The settlement policy has been adopted." in card.inner_text()
    assert "CRM supplier" not in visitor.content()
    services.project_update(project=project, user=editor, data={"is_public": False})
    visitor = new_page()  # a new visitor: the first one's browser may keep the page for its max-age
    visitor.goto(line_url)
    assert visitor.locator("article.public-project", has_text="Settlement policy").count() == 0

    # then: the editors' digest (sent by the beat task) lists the project that turned at risk
    from programme.tasks import send_update_reminders

    mail.outbox.clear()
    send_update_reminders.delay().get()
    digest = [message for message in mail.outbox if settings.EDITORS_EMAIL in message.to]
    assert len(digest) == 1
    assert "14. Settlement policy" in digest[0].body or "14. Vestigingsbeleid" in digest[0].body
