"""WCAG 2.1 AA in a real browser: axe-core finds no serious or critical violation on the portal's pages.

Every role gets one test that visits its pages in Dutch and in English, at desktop and at phone width, in one browser
context (transactional tests flush the database afterwards, so the demo data is loaded once per test).
"""

from pathlib import Path

import pytest
from django.core.management import call_command

from demo.users import DEMO_PASSWORD
from tests.fixtures.browser import DESKTOP, PHONE, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE_SOURCE = (Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING_IMPACTS = {"serious", "critical"}
LANGUAGE_PREFIXES = {"nl": "", "en": "/en"}
AXE_RUN = """async (tags) => {
  const result = await window.axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
  return result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    summary: v.nodes.length ? v.nodes[0].failureSummary : '',
  }));
}"""


def public_paths(ids: dict) -> list[str]:
    """Return the Dutch paths every visitor can open."""
    return [
        "/",
        "/bedrijven/",
        f"/bedrijven/{ids['establishment_slug']}/",
        "/kerncijfers/",
        "/kerncijfers/definities/",
        "/kerncijfers/2035/",
        "/agenda/",
        "/agenda/maand/",
        "/agenda/week/",
        f"/agenda/{ids['event_pk']}/",
        "/agenda/embed/",
        "/talent/",
        "/talent/vacatures/",
        f"/talent/vacatures/{ids['vacancy_slug']}/",
        f"/talent/{ids['talent_page_slug']}/",
        "/crm/vestigen/",
        "/accounts/login/",
    ]


def editor_paths(ids: dict) -> list[str]:
    """Return the Dutch paths of the editor's own pages."""
    return [
        "/redactie/",
        "/agenda/redactie/",
        "/bedrijven/beheer/import/",
        f"/bedrijven/{ids['establishment_slug']}/geschiedenis/",
        "/accounts/two-step/",
    ]


def company_paths(ids: dict) -> list[str]:
    """Return the Dutch paths of a company representative's own pages."""
    return [
        "/mijn-bedrijf/",
        f"/mijn-bedrijf/{ids['represented_pk']}/bewerken/",
        "/agenda/mijn-evenementen/",
        "/agenda/nieuw/",
        "/talent/mijn-vacatures/",
        "/talent/mijn-vacatures/nieuw/",
    ]


def acquisition_paths(ids: dict) -> list[str]:
    """Return the Dutch paths of the acquisition team's CRM."""
    return ["/crm/", "/crm/leads/", f"/crm/leads/{ids['lead_pk']}/", "/crm/reports/", "/crm/follow-ups/"]


def demo_ids() -> dict:
    """Load the demo data and return the ids and slugs the page lists need."""
    from django.contrib.auth.models import User

    from community.events.models import Event
    from community.talent.models import TalentPage, Vacancy
    from crm.models import Lead
    from establishments.models import Establishment

    # The autouse _reference_data fixture has restored what the data migrations seed, which the demo builds on.
    call_command("load_demo")
    represented = Establishment.objects.represented_by(User.objects.get(username="company")).get()
    vacancy = Vacancy.objects.filter(status="published", establishment=represented).order_by("pk").first()
    return {
        "establishment_slug": represented.slug,
        "represented_pk": represented.pk,
        "event_pk": Event.objects.filter(status="approved").order_by("starts_at").first().pk,
        "vacancy_slug": vacancy.slug,
        "talent_page_slug": TalentPage.objects.order_by("pk").first().slug,
        "lead_pk": Lead.objects.order_by("pk").first().pk,
    }


def axe_violations(page) -> list[dict]:
    """Run axe-core's WCAG 2.1 A/AA rules on the loaded page and return its violations."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(AXE_SOURCE + "\n;0")
    # Check what collapsed <details> hide too: the account menu, filter panels, the board's stage forms.
    page.evaluate("() => document.querySelectorAll('details:not([open])').forEach((d) => { d.open = true; })")
    return page.evaluate(AXE_RUN, WCAG_AA_TAGS)


def audit(page, paths: list[str]) -> list[str]:
    """Visit every path in both languages at both widths; describe each serious or critical violation."""
    problems = []
    for viewport in (DESKTOP, PHONE):
        page.set_viewport_size(viewport)
        for prefix in LANGUAGE_PREFIXES.values():
            for path in paths:
                url = prefix + path
                response = page.goto(url)
                assert response.ok, f"{url} answered {response.status}"
                for violation in axe_violations(page):
                    if violation["impact"] in BLOCKING_IMPACTS:
                        problems.append(
                            f"{url} @{viewport['width']}px [{violation['impact']}] {violation['id']}: "
                            f"{violation['help']} -> {violation['targets']} {violation['summary'][:300]}"
                        )
    return problems


def _audit_as(browser, live_server, username: str | None, paths: list[str]) -> list[str]:
    context = browser.new_context(viewport=DESKTOP, base_url=live_server.url, locale="nl-NL")
    context.set_default_timeout(15_000)
    try:
        page = context.new_page()
        if username:
            log_in(page, username, DEMO_PASSWORD)
        return audit(page, paths)
    finally:
        context.close()


def _assert_accessible(problems: list[str]) -> None:
    assert not problems, f"{len(problems)} serious/critical axe violations:\n" + "\n".join(problems)


def test_public_pages_have_no_serious_accessibility_violations(browser, live_server):
    # given
    ids = demo_ids()

    # when
    problems = _audit_as(browser, live_server, None, public_paths(ids))

    # then
    _assert_accessible(problems)


def test_editor_pages_have_no_serious_accessibility_violations(browser, live_server):
    # given
    ids = demo_ids()

    # when
    problems = _audit_as(browser, live_server, "editor", editor_paths(ids))

    # then
    _assert_accessible(problems)


def test_company_pages_have_no_serious_accessibility_violations(browser, live_server):
    # given
    ids = demo_ids()

    # when
    problems = _audit_as(browser, live_server, "company", company_paths(ids))

    # then
    _assert_accessible(problems)


def test_acquisition_pages_have_no_serious_accessibility_violations(browser, live_server):
    # given
    ids = demo_ids()

    # when
    problems = _audit_as(browser, live_server, "acquisition", acquisition_paths(ids))

    # then
    _assert_accessible(problems)


def test_axe_reports_a_violation_on_an_unlabelled_input(browser, live_server):
    # given: a page with a form field nobody can name
    context = browser.new_context(viewport=DESKTOP, base_url=live_server.url)
    page = context.new_page()
    page.goto("/accounts/login/")
    page.evaluate("() => { const i = document.createElement('input'); i.type = 'text'; document.body.append(i); }")

    # when
    violations = axe_violations(page)
    context.close()

    # then: the check this module relies on can fail
    assert "label" in {violation["id"] for violation in violations}
