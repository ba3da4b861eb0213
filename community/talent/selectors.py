"""Read side of the talent pages: vacancies, saved searches and talent pages."""

from django.db.models import QuerySet

from .filters import VacancyFilter
from .models import TalentPage, Vacancy, VacancySubscription

HOME_VACANCY_COUNT = 4


def vacancy_list_public(*, data=None) -> VacancyFilter:
    """Return the filter set over the published vacancies, filtered by the query data."""
    queryset = Vacancy.objects.published().with_listing_data()
    return VacancyFilter(data=data or None, queryset=queryset)


def vacancy_get_any(*, slug: str) -> Vacancy:
    """Return a vacancy whatever its status (closed ones get a 'closed' page); raise Vacancy.DoesNotExist."""
    return Vacancy.objects.select_related("establishment", "field").get(slug=slug)


def vacancy_is_owned_by(*, vacancy: Vacancy, user) -> bool:
    """Return whether the user represents the vacancy's establishment."""
    return Vacancy.objects.owned_by(user).filter(pk=vacancy.pk).exists()


def vacancy_list_owned(*, user) -> QuerySet[Vacancy]:
    """Return every vacancy of the establishments the user represents, newest first."""
    return Vacancy.objects.owned_by(user).with_listing_data().order_by("status", "-posted_at")


def vacancy_get_owned(*, user, pk: int) -> Vacancy:
    """Return one of the user's vacancies; raise Vacancy.DoesNotExist for anyone else's."""
    return Vacancy.objects.owned_by(user).select_related("establishment", "field").get(pk=pk)


def vacancy_list_latest(*, limit: int = HOME_VACANCY_COUNT) -> list[Vacancy]:
    """Return the newest published vacancies."""
    return list(Vacancy.objects.published().with_listing_data()[:limit])


def vacancy_list_for_establishment(*, establishment) -> list[Vacancy]:
    """Return the published vacancies of one establishment."""
    return list(Vacancy.objects.published().filter(establishment=establishment).select_related("field"))


def vacancy_list_new_for_subscription(*, subscription: VacancySubscription, now) -> list[Vacancy]:
    """Return the vacancies matching a saved search that were posted since its last mailing (one query)."""
    return list(
        Vacancy.objects.published()
        .filter(posted_at__gt=subscription.matches_since, posted_at__lte=now)
        .matching(subscription.filters)
        .with_listing_data()
        .distinct()
    )


def home_latest_vacancies() -> list[Vacancy]:
    """Return the vacancies the home page shows."""
    return vacancy_list_latest()


def talent_page_list() -> QuerySet[TalentPage]:
    """Return the published talent pages in their order."""
    return TalentPage.objects.filter(is_published=True)


def talent_page_get(*, slug: str) -> TalentPage:
    """Return a published talent page; raise TalentPage.DoesNotExist otherwise."""
    return TalentPage.objects.get(slug=slug, is_published=True)


def subscription_get_by_token(*, token: str) -> VacancySubscription:
    """Return the saved search with this token; raise VacancySubscription.DoesNotExist otherwise."""
    return VacancySubscription.objects.get(token=token)
