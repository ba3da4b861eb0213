"""Each role starts on its own page after logging in; editors see what waits for them."""

import pytest
from django.urls import reverse

from community.events.models import EventStatus
from establishments.models import ImportStatus
from tests.factories.establishments import EstablishmentFactory, ImportJobFactory
from tests.factories.events import EventFactory
from tests.factories.users import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def log_in(client, user, next_url=None):
    data = {"username": user.username, "password": DEFAULT_PASSWORD}
    url = reverse("login") + (f"?next={next_url}" if next_url else "")
    return client.post(url, data, follow=True)


def test_an_editor_lands_on_the_work_page_with_events_to_review_and_failed_imports(client, editor):
    # given
    EventFactory(title_nl="Pitch night", status=EventStatus.SUBMITTED)
    ImportJobFactory(original_name="lisa-2025.xlsx", status=ImportStatus.FAILED)

    # when
    response = log_in(client, editor)

    # then
    page = response.content.decode()
    assert response.redirect_chain[-1][0] == reverse("work")
    assert "Pitch night" in page and "lisa-2025.xlsx" in page
    assert "Een van de laatste imports is mislukt." in page


def test_acquisition_staff_land_on_the_crm_board(client, acquisition_user):
    response = log_in(client, acquisition_user)

    assert response.redirect_chain[-1][0] == reverse("crm:board")


def test_a_representative_of_one_company_lands_on_its_profile(client, company_user):
    # given
    establishment = EstablishmentFactory()
    establishment.representatives.add(company_user)

    # when
    response = log_in(client, company_user)

    # then
    assert response.redirect_chain[-1][0] == reverse("establishments:edit", args=[establishment.pk])


def test_a_representative_of_several_companies_lands_on_the_list(client, company_user):
    for _ in range(2):
        EstablishmentFactory().representatives.add(company_user)

    response = log_in(client, company_user)

    assert response.redirect_chain[-1][0] == reverse("establishments:my_establishments")


def test_a_user_without_a_role_lands_on_the_home_page_and_next_wins(client):
    # given
    user = UserFactory()

    # when / then
    assert log_in(client, user).redirect_chain[-1][0] == reverse("home")
    client.logout()
    assert log_in(client, user, next_url="/agenda/").redirect_chain[-1][0] == "/agenda/"


def test_the_work_page_is_for_editors_only(client, company_user):
    client.force_login(company_user)

    assert client.get(reverse("work")).status_code == 403
