"""Write side of the vacancies: post, edit, withdraw, re-post and expire."""

import datetime
import logging
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from establishments.models import Establishment
from kennispark import content_versions
from kennispark.content_versions import content_version_bump
from kennispark.slugs import unique_slug

from .models import Vacancy, VacancyStatus

logger = logging.getLogger(__name__)

VACANCY_FIELDS = (
    "title_nl",
    "title_en",
    "description_nl",
    "description_en",
    "kind",
    "education_levels",
    "field",
    "hours_min",
    "hours_max",
    "language",
    "closing_date",
    "apply_url",
    "apply_email",
)


@transaction.atomic
def vacancy_create(*, establishment: Establishment, user: User | None = None, **data: Any) -> Vacancy:
    """Post a vacancy for an establishment; it is published at once."""
    vacancy = Vacancy(establishment=establishment, created_by=user, status=VacancyStatus.PUBLISHED)
    for name in VACANCY_FIELDS:
        if name in data:
            setattr(vacancy, name, data[name])
    vacancy.slug = unique_slug(
        f"{vacancy.title_nl} {establishment.trade_name}", taken=Vacancy.objects.all(), default="vacature"
    )
    vacancy.full_clean()
    vacancy.save()
    logger.info("Vacancy %s posted for establishment %s", vacancy.pk, establishment.pk)
    content_version_bump(area=content_versions.TALENT)
    return vacancy


@transaction.atomic
def vacancy_update(*, vacancy: Vacancy, **data: Any) -> Vacancy:
    """Change a vacancy's content; its address stays the same so shared links keep working."""
    for name in VACANCY_FIELDS:
        if name in data:
            setattr(vacancy, name, data[name])
    vacancy.full_clean()
    vacancy.save()
    content_version_bump(area=content_versions.TALENT)
    return vacancy


@transaction.atomic
def vacancy_withdraw(*, vacancy: Vacancy) -> Vacancy:
    """Take a vacancy offline before its closing date."""
    vacancy.status = VacancyStatus.WITHDRAWN
    vacancy.save(update_fields=["status", "updated_at"])
    content_version_bump(area=content_versions.TALENT)
    return vacancy


@transaction.atomic
def vacancy_repost(*, vacancy: Vacancy, closing_date: datetime.date) -> Vacancy:
    """Publish an expired or withdrawn vacancy again with a new closing date; it counts as new."""
    vacancy.status = VacancyStatus.PUBLISHED
    vacancy.closing_date = closing_date
    vacancy.posted_at = timezone.now()
    vacancy.full_clean()
    vacancy.save()
    content_version_bump(area=content_versions.TALENT)
    return vacancy


def vacancy_expire_overdue(*, today: datetime.date | None = None) -> int:
    """Mark every published vacancy past its closing date as expired, in one UPDATE; return how many."""
    count: int = Vacancy.objects.overdue(today=today).update(status=VacancyStatus.EXPIRED, updated_at=timezone.now())
    if count:
        logger.info("Expired %s vacancies past their closing date", count)
        content_version_bump(area=content_versions.TALENT)
    return count
