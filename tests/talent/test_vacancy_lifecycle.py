import datetime

import pytest
from django.db import IntegrityError
from django.urls import reverse
from django.utils import timezone

from community.talent import services
from community.talent.models import Vacancy, VacancyStatus
from community.talent.tasks import expire_vacancies
from tests.factories.talent import FieldOfWorkFactory, VacancyFactory
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db


def test_expiry_marks_only_published_vacancies_past_their_closing_date(django_assert_num_queries):
    # given
    today = timezone.localdate()
    overdue = VacancyFactory(closing_date=today - datetime.timedelta(days=1))
    closing_today = VacancyFactory(closing_date=today)
    withdrawn = VacancyFactory(closing_date=today - datetime.timedelta(days=3), status=VacancyStatus.WITHDRAWN)
    VacancyFactory.create_batch(5, closing_date=today - datetime.timedelta(days=2))

    # when: one bulk UPDATE whatever the number of vacancies
    with django_assert_num_queries(1):
        count = services.vacancy_expire_overdue()

    # then
    assert count == 6
    overdue.refresh_from_db()
    closing_today.refresh_from_db()
    withdrawn.refresh_from_db()
    assert overdue.status == VacancyStatus.EXPIRED
    assert closing_today.status == VacancyStatus.PUBLISHED
    assert withdrawn.status == VacancyStatus.WITHDRAWN


def test_expire_task_runs_the_service_and_is_idempotent():
    # given
    VacancyFactory(closing_date=timezone.localdate() - datetime.timedelta(days=1))

    # when
    first, second = expire_vacancies.apply().get(), expire_vacancies.apply().get()

    # then
    assert (first, second) == (1, 0)


def test_expired_vacancy_is_hidden_even_before_the_task_runs(client):
    # given
    vacancy = VacancyFactory(closing_date=timezone.localdate() - datetime.timedelta(days=1))

    # when
    listing = client.get(reverse("talent:vacancy_list"))
    detail = client.get(vacancy.get_absolute_url())

    # then: gone from the list; its page says it is closed (410) without JSON-LD or apply buttons
    assert vacancy.title not in listing.content.decode()
    assert detail.status_code == 410
    assert "application/ld+json" not in detail.content.decode()
    assert "jobs@example.org" not in detail.content.decode()


def test_owner_reposts_an_expired_vacancy_in_one_step(client, company_user, establishment):
    # given
    vacancy = VacancyFactory(establishment=establishment, status=VacancyStatus.EXPIRED)
    old_posted_at = vacancy.posted_at
    new_closing = timezone.localdate() + datetime.timedelta(days=40)
    client.force_login(company_user)

    # when
    response = client.post(
        reverse("talent:vacancy_repost", args=[vacancy.pk]), {"closing_date": new_closing.isoformat()}
    )

    # then
    assert response.status_code == 302
    vacancy.refresh_from_db()
    assert vacancy.status == VacancyStatus.PUBLISHED
    assert vacancy.closing_date == new_closing
    assert vacancy.posted_at > old_posted_at
    assert client.get(vacancy.get_absolute_url()).status_code == 200


def test_repost_rejects_a_closing_date_in_the_past_and_keeps_the_vacancy_offline(client, company_user, establishment):
    # given
    vacancy = VacancyFactory(establishment=establishment, status=VacancyStatus.EXPIRED)
    client.force_login(company_user)

    # when
    response = client.post(reverse("talent:vacancy_repost", args=[vacancy.pk]), {"closing_date": "2001-01-01"})

    # then
    assert response.status_code == 200
    assert "verleden" in response.content.decode()
    vacancy.refresh_from_db()
    assert vacancy.status == VacancyStatus.EXPIRED


@pytest.mark.parametrize("action", ["vacancy_edit", "vacancy_withdraw", "vacancy_repost"])
def test_representative_gets_404_for_another_companys_vacancy(client, company_user, establishment, action):
    # given
    others = VacancyFactory(status=VacancyStatus.EXPIRED if action == "vacancy_repost" else VacancyStatus.PUBLISHED)
    client.force_login(company_user)

    # when
    get = client.get(reverse(f"talent:{action}", args=[others.pk]))
    post = client.post(
        reverse(f"talent:{action}", args=[others.pk]), {"title_nl": "Hacked", "closing_date": "2099-01-01"}
    )

    # then
    assert get.status_code == 404
    assert post.status_code == 404
    others.refresh_from_db()
    assert others.title != "Hacked"


def test_other_companys_offline_vacancy_is_closed_but_the_owner_can_preview_it(client, company_user, establishment):
    # given
    own = VacancyFactory(establishment=establishment, status=VacancyStatus.WITHDRAWN)
    others = VacancyFactory(status=VacancyStatus.WITHDRAWN)
    client.force_login(company_user)

    # when
    own_page = client.get(own.get_absolute_url())
    others_page = client.get(others.get_absolute_url())

    # then
    assert own_page.status_code == 200
    assert reverse("talent:vacancy_edit", args=[own.pk]) in own_page.content.decode()
    assert others_page.status_code == 410
    assert reverse("talent:vacancy_edit", args=[others.pk]) not in others_page.content.decode()
    assert client.get("/talent/vacatures/bestaat-niet/").status_code == 404


def test_my_vacancies_lists_only_own_vacancies(client, company_user, establishment):
    # given
    own = VacancyFactory(establishment=establishment, title_nl="Eigen vacature")
    VacancyFactory(title_nl="Vacature van een ander")
    client.force_login(company_user)

    # when
    content = client.get(reverse("talent:my_vacancies")).content.decode()

    # then
    assert own.title in content
    assert "Vacature van een ander" not in content


def test_representative_posts_edits_and_withdraws_a_vacancy(client, company_user, establishment):
    # given
    field = FieldOfWorkFactory(slug="engineering")
    client.force_login(company_user)
    data = {
        "establishment": establishment.pk,
        "title_nl": "Mechatronica engineer",
        "kind": "job",
        "education_levels": ["hbo", "wo"],
        "field": field.pk,
        "hours_min": 32,
        "hours_max": 40,
        "language": "both",
        "closing_date": (timezone.localdate() + datetime.timedelta(days=30)).isoformat(),
        "description_nl": "Je ontwerpt robots.\n\nIn een klein team.<script>alert(1)</script>",
        "apply_url": "https://sensortec.example/jobs",
        "apply_email": "",
    }

    # when
    created = client.post(reverse("talent:vacancy_create"), data)
    vacancy = Vacancy.objects.get()
    edited = client.post(reverse("talent:vacancy_edit", args=[vacancy.pk]), {**data, "title_nl": "Robotica engineer"})
    withdrawn = client.post(reverse("talent:vacancy_withdraw", args=[vacancy.pk]))

    # then
    assert created.status_code == edited.status_code == withdrawn.status_code == 302
    vacancy.refresh_from_db()
    assert vacancy.title == "Robotica engineer"
    assert vacancy.education_levels == ["hbo", "wo"]
    assert vacancy.created_by == company_user
    assert "<script>" not in vacancy.description
    assert "<p>Je ontwerpt robots.</p>" in vacancy.description
    assert vacancy.status == VacancyStatus.WITHDRAWN


def test_vacancy_form_shows_errors_in_dutch_and_keeps_the_input(client, company_user, establishment):
    # given
    client.force_login(company_user)

    # when
    response = client.post(
        reverse("talent:vacancy_create"),
        {"establishment": establishment.pk, "title_nl": "Mijn titel", "hours_min": 40, "hours_max": 20},
    )

    # then
    content = response.content.decode()
    assert response.status_code == 200
    assert 'value="Mijn titel"' in content
    assert "Het maximum kan niet lager zijn dan het minimum." in content
    assert "Vertel kandidaten hoe ze kunnen solliciteren" in content
    assert not Vacancy.objects.exists()


def test_cannot_post_for_an_establishment_one_does_not_represent(client, company_user, establishment):
    # given
    stranger = UserFactory(roles=["company"])
    client.force_login(stranger)
    data = {
        "establishment": establishment.pk, "title_nl": "Overgenomen vacature", "kind": "job",
        "education_levels": ["hbo"],
        "field": FieldOfWorkFactory(slug="engineering").pk, "hours_min": 32, "hours_max": 40, "language": "nl",
        "closing_date": (timezone.localdate() + datetime.timedelta(days=30)).isoformat(),
        "description_nl": "Tekst", "apply_email": "jobs@example.org",
    }  # fmt: skip

    # when
    form = client.get(reverse("talent:vacancy_create"))
    posted = client.post(reverse("talent:vacancy_create"), data)

    # then
    assert form.status_code == posted.status_code == 404
    assert not Vacancy.objects.exists()


def test_database_refuses_hours_min_above_max():
    with pytest.raises(IntegrityError, match="vacancy_hours_min_le_max"):
        VacancyFactory(hours_min=40, hours_max=20)
