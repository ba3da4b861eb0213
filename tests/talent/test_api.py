import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from rest_framework.test import APIClient

from community.talent.models import Vacancy, VacancyStatus
from tests.factories.establishments import EstablishmentFactory
from tests.factories.talent import FieldOfWorkFactory, VacancyFactory
from tests.fixtures.openapi import api_schema

pytestmark = pytest.mark.django_db

URL = "/api/vacancies/"


@pytest.fixture
def api():
    return APIClient()


def _payload(establishment, **overrides):
    FieldOfWorkFactory(slug="engineering")
    return {
        "establishment": establishment.slug,
        "title_nl": "Mechanical engineer",
        "description_nl": "<p>Design machines</p><img src=x onerror=alert(1)>",
        "kind": "job",
        "education_levels": ["hbo"],
        "field": "engineering",
        "hours_min": 32,
        "hours_max": 40,
        "language": "en",
        "closing_date": (timezone.localdate() + datetime.timedelta(days=30)).isoformat(),
        "apply_url": "https://example.org/jobs/1",
        **overrides,
    }


def test_public_reads_only_published_vacancies_with_filters(api):
    # given
    VacancyFactory(title_nl="Open stage", kind="internship")
    VacancyFactory(title_nl="Open baan", kind="job")
    VacancyFactory(title_nl="Ingetrokken", kind="internship", status=VacancyStatus.WITHDRAWN)
    VacancyFactory(
        title_nl="Verlopen", kind="internship", closing_date=timezone.localdate() - datetime.timedelta(days=1)
    )

    # when
    everything = api.get(URL)
    internships = api.get(URL, {"kind": "internship"})

    # then
    assert everything.status_code == 200
    assert {row["title_nl"] for row in everything.json()["results"]} == {"Open stage", "Open baan"}
    assert [row["title_nl"] for row in internships.json()["results"]] == ["Open stage"]
    assert internships.json()["results"][0]["education_levels"] == ["hbo"]


def test_withdrawn_vacancy_is_404_for_the_public(api):
    vacancy = VacancyFactory(status=VacancyStatus.WITHDRAWN)
    assert api.get(f"{URL}{vacancy.slug}/").status_code == 404


def test_anonymous_cannot_write(api):
    establishment = EstablishmentFactory()
    assert api.post(URL, _payload(establishment), format="json").status_code == 403


def test_representative_creates_a_vacancy_for_their_establishment(api, company_user, establishment):
    # given
    api.force_authenticate(company_user)

    # when
    response = api.post(URL, _payload(establishment), format="json")

    # then
    assert response.status_code == 201, response.json()
    vacancy = Vacancy.objects.get()
    assert vacancy.establishment == establishment
    assert vacancy.status == VacancyStatus.PUBLISHED
    assert "onerror" not in vacancy.description
    assert response.json()["slug"] == vacancy.slug


def test_representative_cannot_post_for_another_establishment(api, company_user, establishment):
    # given
    other = EstablishmentFactory()
    api.force_authenticate(company_user)

    # when
    response = api.post(URL, _payload(other), format="json")

    # then
    assert response.status_code == 400
    assert "establishment" in response.json()
    assert not Vacancy.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"hours_min": 40, "hours_max": 20}, "hours_max"),
        ({"apply_url": "", "apply_email": ""}, "apply_url"),
        ({"education_levels": []}, "education_levels"),
        ({"kind": "astronaut"}, "kind"),
        ({"closing_date": "2001-01-01"}, "closing_date"),
        ({"field": "unknown"}, "field"),
        ({"title_nl": ""}, "title_nl"),
    ],
)
def test_invalid_input_is_400_with_field_errors(api, company_user, establishment, overrides, field):
    api.force_authenticate(company_user)
    response = api.post(URL, _payload(establishment, **overrides), format="json")
    assert response.status_code == 400
    assert field in response.json()


def test_owner_updates_and_withdraws_but_not_anothers_vacancy(api, company_user, establishment):
    # given
    own = VacancyFactory(establishment=establishment)
    others = VacancyFactory()
    others_title = others.title
    api.force_authenticate(company_user)

    # when
    patched = api.patch(f"{URL}{own.slug}/", {"title_nl": "Senior engineer"}, format="json")
    foreign_patch = api.patch(f"{URL}{others.slug}/", {"title_nl": "Hacked"}, format="json")
    foreign_delete = api.delete(f"{URL}{others.slug}/")
    withdrawn = api.delete(f"{URL}{own.slug}/")

    # then
    assert patched.status_code == 200
    assert foreign_patch.status_code == foreign_delete.status_code == 404
    assert withdrawn.status_code == 204
    own.refresh_from_db()
    others.refresh_from_db()
    assert (own.title, own.status) == ("Senior engineer", VacancyStatus.WITHDRAWN)
    assert patched.json()["title_nl"] == "Senior engineer"
    assert (others.title, others.status) == (others_title, VacancyStatus.PUBLISHED)


def test_editor_may_edit_any_vacancy(api, editor):
    # given: a vacancy of an establishment the editor does not represent
    vacancy = VacancyFactory(hours_min=32)
    api.force_authenticate(editor)

    # when
    response = api.patch(f"{URL}{vacancy.slug}/", {"hours_min": 20}, format="json")

    # then
    assert response.status_code == 200
    assert (response.json()["slug"], response.json()["hours_min"]) == (vacancy.slug, 20)
    vacancy.refresh_from_db()
    assert vacancy.hours_min == 20


def test_list_endpoint_costs_the_same_queries_with_few_and_many_vacancies(api, page_cache_off):
    # given
    VacancyFactory.create_batch(2)
    with CaptureQueriesContext(connection) as few:
        api.get(URL)

    # when
    VacancyFactory.create_batch(30)
    with CaptureQueriesContext(connection) as many:
        response = api.get(URL)

    # then
    assert response.json()["count"] == 32
    assert len(many.captured_queries) == len(few.captured_queries)


def test_vacancies_are_in_the_openapi_schema(api):
    schema = api.get("/api/schema/", {"format": "json"}).json()
    assert "/api/vacancies/" in schema["paths"]
    assert "/api/vacancies/{slug}/" in schema["paths"]
    parameters = {parameter["name"] for parameter in schema["paths"]["/api/vacancies/"]["get"]["parameters"]}
    assert {"kind", "level", "field", "key_position", "language", "q"} <= parameters


def test_a_vacancy_deleted_through_the_api_can_no_longer_be_read(api, company_user, establishment):
    # given
    vacancy = VacancyFactory(establishment=establishment)
    api.force_authenticate(company_user)

    # when
    deleted = api.delete(f"{URL}{vacancy.slug}/")
    owner_detail = api.get(f"{URL}{vacancy.slug}/")
    again = api.delete(f"{URL}{vacancy.slug}/")
    api.force_authenticate(None)
    public_detail = api.get(f"{URL}{vacancy.slug}/")
    public_list = api.get(URL)

    # then: withdrawn through the service, and gone from detail and list for everyone
    assert deleted.status_code == 204
    assert owner_detail.status_code == again.status_code == public_detail.status_code == 404
    assert public_list.json()["results"] == []
    vacancy.refresh_from_db()
    assert vacancy.status == VacancyStatus.WITHDRAWN


def test_a_control_character_in_a_slug_reference_is_refused_not_a_server_error(api, company_user, establishment):
    # given
    api.force_authenticate(company_user)

    # when: PostgreSQL cannot hold NUL, so looking the slug up would fail
    response = api.post(URL, _payload(establishment, field="engineering\x00"), format="json")

    # then
    assert response.status_code == 400
    assert list(response.json()) == ["field"]


def test_anyone_may_read_vacancies_and_events_as_the_schema_says(db):
    # given
    schema = api_schema()

    # when
    security = {
        (path, method): operation["security"]
        for path, operations in schema["paths"].items()
        for method, operation in operations.items()
        if path.startswith(("/api/vacancies/", "/api/events/"))
    }

    # then: reads are open (an empty requirement), writes need a session
    assert {key for key, requirements in security.items() if {} in requirements} == {
        key for key in security if key[1] == "get"
    }
