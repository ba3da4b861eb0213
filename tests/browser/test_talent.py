import datetime
import json

import pytest
from django.utils import timezone

from tests.factories.establishments import EstablishmentFactory
from tests.factories.talent import FieldOfWorkFactory
from tests.factories.users import DEFAULT_PASSWORD, UserFactory
from tests.fixtures.browser import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_representative_posts_a_vacancy_and_a_visitor_finds_it_with_a_filter(page, browser, live_server):
    # given: a company representative and the list of fields of work
    representative = UserFactory(roles=["company"])
    establishment = EstablishmentFactory(trade_name="Sensortec Twente B.V.", website="https://sensortec.example")
    establishment.representatives.add(representative)
    FieldOfWorkFactory(slug="engineering", name_nl="Techniek en engineering", name_en="Engineering")
    closing = timezone.localdate() + datetime.timedelta(days=30)

    # when: the representative posts an internship through the portal
    log_in(page, representative.username, DEFAULT_PASSWORD)
    page.goto("/talent/mijn-vacatures/")
    page.get_by_role("link", name="Vacature plaatsen").click()
    page.get_by_label("Titel (Nederlands)").fill("Stage cleanroomtechniek")
    page.get_by_label("Soort").select_option("internship")
    page.get_by_label("HBO").check()
    page.get_by_label("Vakgebied").select_option(label="Techniek en engineering")
    page.get_by_label("Uren per week (minimaal)").fill("32")
    page.get_by_label("Uren per week (maximaal)").fill("40")
    page.get_by_label("Werktaal").select_option("both")
    page.get_by_label("Sluitingsdatum").fill(closing.isoformat())
    page.get_by_label("Beschrijving (Nederlands)").fill("Je werkt mee in onze cleanroom.\n\nVijf maanden, HBO-niveau.")
    page.get_by_label("Solliciteren via e-mail").fill("stage@sensortec.example")
    page.get_by_role("button", name="Vacature publiceren").click()

    # then: the vacancy is online
    page.wait_for_url("**/talent/vacatures/stage-cleanroomtechniek-*/")
    assert page.get_by_role("heading", level=1).inner_text() == "Stage cleanroomtechniek"

    # when: a visitor (another browser context) filters the vacancy list on internships
    visitor = browser.new_context(base_url=live_server.url, locale="nl-NL", viewport={"width": 390, "height": 844})
    visitor_page = visitor.new_page()
    visitor_page.goto("/talent/vacatures/")
    visitor_page.get_by_role("heading", name="Filter").click()  # folded on a phone so the vacancies come first
    visitor_page.get_by_label("Soort").select_option("internship")
    visitor_page.get_by_role("button", name="Toon vacatures").click()
    visitor_page.wait_for_url("**kind=internship**")

    # then: the visitor finds it, opens it and sees how to apply and the JobPosting data
    visitor_page.get_by_role("link", name="Stage cleanroomtechniek").click()
    assert visitor_page.get_by_role("link", name="Solliciteer per e-mail").is_visible()
    job_posting = json.loads(visitor_page.locator('script[type="application/ld+json"]').text_content())
    assert job_posting["hiringOrganization"]["name"] == "Sensortec Twente B.V."
    assert job_posting["employmentType"] == ["INTERN"]

    # and: with a filter that does not match, it is not listed
    visitor_page.goto("/talent/vacatures/?kind=job")
    assert visitor_page.get_by_text("Er zijn geen vacatures die bij deze filters passen.").is_visible()
    visitor.close()
