"""Celery tasks of the talent pages: thin adapters around the services."""

from celery import shared_task

from .alerts import subscription_send_confirmation, subscriptions_purge_unconfirmed, subscriptions_send_digests
from .models import VacancySubscription
from .services import vacancy_expire_overdue


@shared_task(name="community.talent.tasks.expire_vacancies", acks_late=True, time_limit=120, soft_time_limit=100)
def expire_vacancies() -> int:
    """Expire the vacancies past their closing date."""
    return vacancy_expire_overdue()


@shared_task(name="community.talent.tasks.send_alert_confirmation", acks_late=True, time_limit=60, soft_time_limit=50)
def send_alert_confirmation(subscription_id: int) -> None:
    """Send the confirmation e-mail of a new saved search."""
    subscription = VacancySubscription.objects.filter(pk=subscription_id).first()
    if subscription is not None:
        subscription_send_confirmation(subscription=subscription)


@shared_task(
    name="community.talent.tasks.send_alert_digests", acks_late=True, time_limit=30 * 60, soft_time_limit=28 * 60
)
def send_alert_digests() -> int:
    """E-mail every confirmed subscriber the new vacancies matching the saved search."""
    return subscriptions_send_digests()


@shared_task(
    name="community.talent.tasks.purge_unconfirmed_alerts", acks_late=True, time_limit=120, soft_time_limit=100
)
def purge_unconfirmed_alerts() -> int:
    """Delete saved searches that were never confirmed."""
    return subscriptions_purge_unconfirmed()
