import pytest

from tests.factories.users import DEFAULT_PASSWORD, UserFactory
from tests.fixtures.browser import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_visitor_switches_to_english_and_an_editor_reaches_the_admin(page):
    # given
    editor = UserFactory(roles=["editor"], is_staff=True)

    # when: a visitor opens the Dutch home page and switches to English
    page.goto("/")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.get_by_role("heading", level=1).inner_text() == "Waar kennis bedrijvigheid wordt"
    page.get_by_role("link", name="English", exact=True).click()

    # then
    page.wait_for_url("**/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() == "Where knowledge becomes business"

    # when: the editor logs in (in English) and opens the administration
    log_in(page, editor.username, DEFAULT_PASSWORD, login_path="/en/accounts/login/")
    page.wait_for_url("**/en/redactie/")
    assert page.get_by_role("heading", level=1).inner_text() == "Editors' work"
    page.get_by_text("My account").click()
    page.get_by_role("link", name="Administration").click()

    # then
    page.wait_for_url("**/en/admin/")
    assert page.get_by_role("heading", name="Site administration").is_visible()


def test_home_page_fits_a_phone_screen(phone_page):
    # when
    phone_page.goto("/")

    # then: no horizontal scrolling and the navigation is reachable
    scroll_width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 390
    assert phone_page.get_by_role("navigation", name="Hoofdmenu").is_visible()
    assert phone_page.get_by_role("link", name="Inloggen").is_visible()
