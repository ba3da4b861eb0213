"""The survey in a real browser: an editor creates and sends it, respondents answer once, results from five on."""

import re

import pytest

from tests.factories.users import UserFactory
from tests.fixtures.browser import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "een-lang-wachtwoord-2025"


@pytest.fixture
def eager_tasks():
    from kennispark.celery import app

    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = previous


def _answer(browser, live_server, link: str, score: str) -> str:
    context = browser.new_context(base_url=live_server.url, locale="nl-NL")
    page = context.new_page()
    page.goto(link)
    page.locator(f"input[type=radio][value='{score}']").first.check()
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    heading = page.get_by_role("heading", level=1).inner_text()
    context.close()
    return heading


def test_editor_sends_a_survey_respondents_answer_once_results_from_five(
    browser, live_server, page, eager_tasks, mailoutbox
):
    # given: an editor
    editor = UserFactory(username="eva", roles=["editor"], is_staff=True)
    editor.set_password(PASSWORD)
    editor.save()
    log_in(page, "eva", PASSWORD)

    # when: the editor creates the 2025 survey with a question, opens it and invites five people
    page.goto("/enquete/beheer/")
    page.locator("[name=year]").fill("2025")
    page.locator("[name=title_nl]").fill("Gebruikersenquête 2025")
    page.locator("[name=title_en]").fill("User survey 2025")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/enquete/beheer/*/")
    page.locator("#question-form [name=kind]").select_option("scale")
    page.locator("#question-form [name=text_nl]").fill("Hoe tevreden bent u over het park?")
    page.locator("#question-form [name=text_en]").fill("How satisfied are you with the park?")
    page.locator("#question-form [name=counts_for_overall]").check()
    page.locator("#question-form button[type=submit]").click()
    page.locator("button[name=action][value=open]").click()
    page.locator("#invite-form [name=emails]").fill("\n".join(f"r{n}@example.org" for n in range(5)))
    page.locator("#invite-form [name=sub_area]").select_option("bs_park")
    page.locator("#invite-form button[type=submit]").click()
    page.wait_for_load_state()

    # then: five single-use links went out
    links = [re.search(r"(/enquete/[^/\s]+/)", message.body).group(1) for message in mailoutbox]
    assert len(links) == 5

    # when: two respondents answer, and the first tries again
    # (Dutch once the catalogue is compiled)
    assert _answer(browser, live_server, links[0], "4") in ("Bedankt", "Thank you")
    assert _answer(browser, live_server, links[1], "5") in ("Bedankt", "Thank you")
    again = browser.new_context(base_url=live_server.url, locale="nl-NL").new_page()
    response = again.goto(links[0])

    # then: the second use is refused and the results stay hidden with two answers
    assert response.status == 410
    page.reload()
    assert page.locator(".result-hidden").count() == 1 and page.locator(".result-shown").count() == 0

    # when: three more answer, making five
    for link, score in zip(links[2:], ["3", "4", "4"], strict=True):
        _answer(browser, live_server, link, score)
    page.reload()

    # then: the results appear, with the average of 4, 5, 3, 4, 4
    shown = page.locator(".result-shown").first
    assert shown.is_visible()
    assert "5" in shown.inner_text() and "4" in shown.inner_text()
