"""The lead CRM in a real browser: from a new lead to a settled establishment by dragging it across the board."""

import datetime

import pytest
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from crm.models import CLOSED_STAGES, FollowUp, Lead, LeadStage
from establishments.models import Establishment
from tests.factories.crm import LeadFactory, LostReasonFactory
from tests.factories.establishments import SbiDivisionFactory
from tests.factories.users import DEFAULT_PASSWORD, UserFactory
from tests.fixtures.browser import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _find_in_register(page, name: str) -> None:
    """Find the establishment on the public directory, or else in the admin as a superuser."""
    try:
        page.goto(reverse("establishments:directory") + "?q=" + name.split()[0])
        page.get_by_text(name).first.wait_for()
    except (NoReverseMatch, Exception):  # noqa: BLE001 - the directory belongs to the register helper
        admin = UserFactory(is_staff=True, is_superuser=True)
        page.context.clear_cookies()
        log_in(page, admin.username, DEFAULT_PASSWORD)
        page.goto("/admin/establishments/establishment/?q=" + name.split()[0])
        page.get_by_text(name).first.wait_for()


def test_acquisition_user_takes_a_lead_from_new_to_settled(page):
    # given
    SbiDivisionFactory(code="72")
    user = UserFactory(roles=["acquisition"], first_name="Arjen")
    log_in(page, user.username, DEFAULT_PASSWORD)

    # when: a lead with a housing need is created
    page.goto("/crm/leads/new/")
    page.locator("#id_name").fill("Lichtgolf Photonics B.V.")
    page.locator("#id_type").select_option("scaleup")
    page.locator("#id_source").select_option("ut")
    page.locator("#id_expected_jobs").fill("12")
    page.locator("#id_housing-kind").select_option("cleanroom")
    page.locator("#id_housing-floor_area_m2").fill("250")
    page.locator("#id_housing-desired_on").fill("2027-01-01")
    page.locator("main form button[type=submit]").click()
    page.get_by_role("heading", level=1, name="Lichtgolf Photonics B.V.").wait_for()
    lead = Lead.objects.get(name="Lichtgolf Photonics B.V.")
    assert lead.housing_needs.get().floor_area_m2 == 250

    # when: a site visit is logged with a follow-up
    form = page.locator("form.crm-activity-form")
    form.locator("#id_kind").select_option("site_visit")
    form.locator("#id_text").fill("Rondleiding door de cleanroom van het NanoLab.")
    form.locator("#id_follow_up_due_on").fill((datetime.date.today() + datetime.timedelta(days=7)).isoformat())
    form.locator("#id_follow_up_text").fill("Offerte cleanroomruimte sturen")
    form.locator("button[type=submit]").click()
    page.locator(".crm-timeline").get_by_text("Rondleiding door de cleanroom").wait_for()
    assert page.locator(".crm-follow-ups").get_by_text("Offerte cleanroomruimte sturen").is_visible()

    # when: the card is dragged across the board to Won, and the settle form is filled in
    page.goto("/crm/")
    card = page.locator(f'.crm-card[data-lead="{lead.pk}"]')
    card.drag_to(page.locator(".crm-column-won [data-dropzone]"))
    page.wait_for_url(f"**/crm/leads/{lead.pk}/win/")
    page.locator("#id_kvk_number").fill("76543210")
    page.locator("#id_branch_number").fill("000076543210")
    page.locator("#id_settled_on").fill("2025-09-01")
    page.locator("#id_sub_area").select_option("ut_campus")
    page.locator("#id_sbi_code").fill("72190")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"**/crm/leads/{lead.pk}/")

    # then: the lead is won and the establishment is in the register
    lead.refresh_from_db()
    assert lead.stage == LeadStage.WON
    establishment = Establishment.objects.get(kvk_number="76543210")
    assert (establishment.trade_name, establishment.settled_on) == (
        "Lichtgolf Photonics B.V.",
        datetime.date(2025, 9, 1),
    )
    assert lead.converted_establishment == establishment
    assert lead.follow_ups.get().assignee == user
    _find_in_register(page, "Lichtgolf Photonics B.V.")


def test_company_representative_gets_403_on_the_crm(page):
    # given
    company = UserFactory(roles=["company"])
    log_in(page, company.username, DEFAULT_PASSWORD)

    # when
    response = page.goto("/crm/")

    # then
    assert response.status == 403


def _pipeline(owner) -> list[Lead]:
    """Leads with long names in every stage, one of them with an overdue follow-up."""
    closed = {"closed_at": timezone.now()}
    leads = [
        LeadFactory(
            name=f"Nanolab Fotonica Systemen Twente B.V. {stage}",
            stage=stage,
            owner=owner,
            **(closed if stage in CLOSED_STAGES else {}),
            **({"lost_reason": LostReasonFactory()} if stage == LeadStage.LOST else {}),
        )
        for stage in LeadStage.values
        for _ in range(2)
    ]
    FollowUp.objects.create(
        lead=leads[0], due_on=datetime.date.today() - datetime.timedelta(days=3), text="Nabellen", assignee=owner
    )
    return leads


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_the_board_on_a_phone_shows_one_stage_without_sideways_scrolling(phone_page, prefix):
    # given
    user = UserFactory(roles=["acquisition"])
    leads = _pipeline(user)
    log_in(phone_page, user.username, DEFAULT_PASSWORD, login_path=f"{prefix}/accounts/login/")

    # when
    phone_page.goto(f"{prefix}/crm/")

    # then: the page fits, one stage shows, no dragging is promised on a touch screen
    assert phone_page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")
    assert phone_page.locator(".crm-column:visible").count() == 1
    assert not phone_page.locator("[data-drag-hint]").is_visible()
    card = phone_page.locator(f'.crm-card[data-lead="{leads[0].pk}"]')
    assert card.locator(".crm-overdue").is_visible()

    # when: another stage is chosen in the stage switcher
    phone_page.locator(".crm-stage-switcher a").nth(LeadStage.values.index(LeadStage.ON_HOLD)).click()

    # then
    phone_page.locator(".crm-column-on_hold").wait_for(state="visible")
    assert phone_page.locator(".crm-column:visible").count() == 1
    assert phone_page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")
    expected = "In de wacht" if not prefix else "On hold"
    assert expected in phone_page.locator(".crm-column-on_hold h2").inner_text()


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_the_board_on_a_laptop_shows_all_eight_stages(page, prefix):
    # given
    user = UserFactory(roles=["acquisition"])
    _pipeline(user)
    log_in(page, user.username, DEFAULT_PASSWORD, login_path=f"{prefix}/accounts/login/")

    # when
    page.goto(f"{prefix}/crm/")

    # then: every column is visible side by side within the window
    columns = page.locator(".crm-column")
    assert columns.count() == len(LeadStage.values)
    boxes = [columns.nth(index).bounding_box() for index in range(columns.count())]
    assert len({round(box["y"]) for box in boxes}) == 1
    assert all(box["x"] + box["width"] <= 1280 for box in boxes)
    assert page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")
    assert page.locator("[data-drag-hint]").is_visible()


def test_a_won_lead_is_settled_with_one_submit_that_names_every_missing_field(page):
    # given
    SbiDivisionFactory(code="72")
    user = UserFactory(roles=["acquisition"])
    lead = LeadFactory(name="Quantumveld Sensoren B.V.", stage=LeadStage.PROPOSAL, owner=user)
    log_in(page, user.username, DEFAULT_PASSWORD)
    page.goto(f"/crm/leads/{lead.pk}/win/")

    # when: only the (unknown) KvK number is given
    for field in ("#id_sub_area", "#id_sbi_code"):
        assert page.locator(field).is_visible()  # every requirement is visible before the first submit
    page.locator("#id_kvk_number").fill("87654321")
    page.locator("main form button[type=submit]").click()

    # then: the one answer names both missing fields at once
    page.locator("#id_sub_area").locator("xpath=ancestor::*[contains(@class, 'field-error')]").wait_for()
    assert page.locator(".field-error").count() == 2

    # when: the form is filled in completely
    page.locator("#id_sub_area").select_option("ut_campus")
    page.locator("#id_sbi_code").fill("72190")
    page.locator("main form button[type=submit]").click()

    # then
    page.wait_for_url(f"**/crm/leads/{lead.pk}/")
    lead.refresh_from_db()
    assert lead.stage == LeadStage.WON
    assert Establishment.objects.get(kvk_number="87654321").sub_area == "ut_campus"
