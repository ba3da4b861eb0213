"""What every user meets first, in Dutch and English, on a laptop and a phone: the not-found page, the start page
after logging in and the portal's own validation messages."""

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from tests.factories.crm import LeadFactory
from tests.factories.establishments import EstablishmentFactory
from tests.factories.users import DEFAULT_PASSWORD, UserFactory
from tests.fixtures.browser import DESKTOP, PHONE, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = pytest.mark.parametrize("language", ["nl", "en"])
VIEWPORTS = pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
NOT_FOUND = {"nl": ("Pagina niet gevonden", "Zoek in de bedrijven op Kennispark"),
             "en": ("Page not found", "Search the companies on Kennispark")}  # fmt: skip
REQUIRED = {"nl": "Dit veld is vereist.", "en": "This field is required."}


@pytest.fixture
def open_page(browser, live_server):
    """Return a function that opens a page of the given size on the live server."""
    contexts = []

    def opener(viewport):
        context = browser.new_context(
            viewport=viewport, base_url=live_server.url, locale="nl-NL", is_mobile=viewport == PHONE
        )
        context.set_default_timeout(60_000)  # the test server shares the CPU with the worker and other tests
        contexts.append(context)
        return context.new_page()

    yield opener
    for context in contexts:
        context.close()


def _prefix(language: str) -> str:
    return "" if language == "nl" else "/en"


def _path(language: str, name: str, *args) -> str:
    with translation.override(language):
        return reverse(name, args=args)


def _fits_the_screen(page, viewport) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]


@LANGUAGES
@VIEWPORTS
def test_a_mistyped_address_shows_the_branded_page_with_navigation_and_a_search(open_page, language, viewport):
    # given
    EstablishmentFactory(trade_name="Sensorwerk Twente")
    page = open_page(viewport)
    title, search_label = NOT_FOUND[language]

    # when
    response = page.goto(f"{_prefix(language)}/bestaat-niet/")

    # then: the portal's header, its navigation and a search, in the page's language, fitting the screen
    assert response.status == 404
    assert page.locator("html").get_attribute("lang") == language
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.locator("header.site-header")).to_be_visible()
    assert page.locator("nav.main-nav a").count() >= 4
    expect(page.locator(".error-links a").first).to_be_visible()
    assert _fits_the_screen(page, viewport)

    # when: the visitor searches from the not-found page
    page.get_by_label(search_label).fill("Sensorwerk")
    page.get_by_label(search_label).press("Enter")
    page.wait_for_load_state()

    # then
    assert page.url.split("?")[0].endswith(_path(language, "establishments:directory"))
    expect(page.get_by_text("Sensorwerk Twente").first).to_be_visible()


@LANGUAGES
@VIEWPORTS
@pytest.mark.parametrize("role", ["editor", "acquisition", "company"])
def test_each_role_lands_on_its_own_start_page_after_logging_in(open_page, language, viewport, role):
    # given
    user = UserFactory(roles=[role], is_staff=role == "editor")
    expected = {"editor": ("work",), "acquisition": ("crm:board",)}.get(role)
    if role == "company":
        establishment = EstablishmentFactory(trade_name="Sensorwerk Twente")
        establishment.representatives.add(user)
        expected = ("establishments:edit", establishment.pk)
    page = open_page(viewport)

    # when
    log_in(page, user.username, DEFAULT_PASSWORD, login_path=f"{_prefix(language)}/accounts/login/")

    # then: one step from their work, in the language they logged in with
    assert page.url.split("?")[0].endswith(_path(language, *expected))
    assert page.locator("html").get_attribute("lang") == language
    assert _fits_the_screen(page, viewport) or role == "acquisition"


@LANGUAGES
@VIEWPORTS
def test_an_empty_crm_activity_shows_the_portals_message_in_the_pages_language(open_page, language, viewport):
    # given
    user = UserFactory(roles=["acquisition"])
    lead = LeadFactory()
    page = open_page(viewport)
    log_in(page, user.username, DEFAULT_PASSWORD, login_path=f"{_prefix(language)}/accounts/login/")
    page.goto(_path(language, "crm:lead_detail", lead.pk))

    # when: nothing filled in; the browser must not stop the submit with its own bubble
    page.locator("form.crm-activity-form button[type=submit]").click()
    page.wait_for_load_state()

    # then
    assert page.url.split("?")[0].endswith(_path(language, "crm:activity_create", lead.pk))
    errors = page.locator("main .errorlist")
    expect(errors.first).to_be_visible()
    expect(errors.first).to_contain_text(REQUIRED[language])


@LANGUAGES
@VIEWPORTS
def test_an_import_without_a_file_shows_the_portals_message_in_the_pages_language(open_page, language, viewport):
    # given
    editor = UserFactory(roles=["editor"], is_staff=True)
    page = open_page(viewport)
    log_in(page, editor.username, DEFAULT_PASSWORD, login_path=f"{_prefix(language)}/accounts/login/")
    page.goto(_path(language, "establishments:import_upload"))

    # when: no file chosen
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()

    # then: the portal's message next to the file field, not the browser's "Please select a file."
    errors = page.locator("main .errorlist")
    expect(errors.first).to_be_visible()
    expect(errors.first).to_contain_text(REQUIRED[language])
    assert _fits_the_screen(page, viewport)


FILTER_PAGES = pytest.mark.parametrize("name", ["events:list", "establishments:directory", "talent:vacancy_list"])
LAYOUT_SHIFT = """() => new Promise((resolve) => {
  let total = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) { if (!entry.hadRecentInput) { total += entry.value; } }
  }).observe({type: "layout-shift", buffered: true});
  setTimeout(() => resolve(total), 500);
})"""


@LANGUAGES
@VIEWPORTS
@FILTER_PAGES
def test_filter_panels_are_folded_on_phones_open_on_laptops_and_nothing_moves_after_loading(
    open_page, language, viewport, name
):
    # given
    EstablishmentFactory(trade_name="Sensorwerk Twente")
    page = open_page(viewport)
    # when
    page.goto(_path(language, name))
    page.wait_for_load_state("load")
    # then: the results come first on a phone, the filters stand beside them on a laptop
    panel = page.locator("details[data-fold-narrow]")
    first_field = panel.locator("select, input").first
    if viewport == PHONE:
        expect(first_field).to_be_hidden()
        panel.locator("summary").click()
        expect(first_field).to_be_visible()
    else:
        expect(first_field).to_be_visible()
    assert page.evaluate(LAYOUT_SHIFT) < 0.1
    assert _fits_the_screen(page, viewport)


@LANGUAGES
def test_a_filtered_list_keeps_its_filter_panel_open_on_a_phone(open_page, language):
    # given
    page = open_page(PHONE)
    # when
    page.goto(_path(language, "establishments:directory") + "?q=sensor")
    # then
    expect(page.locator("details[data-fold-narrow] input[name=q]")).to_be_visible()
    expect(page.locator("details[data-fold-narrow] input[name=q]")).to_have_value("sensor")
