"""Saved vacancy searches ("vacancy alerts"): double opt-in, daily digests, unsubscribe and clean-up."""

import datetime
import logging

from django.db import transaction
from django.utils import timezone

from kennispark.mail import mail_send
from kennispark.outbox import task_enqueue

from .emails import confirmation_message, digest_message
from .filters import filter_names
from .models import VacancySubscription
from .selectors import vacancy_list_new_for_subscription

logger = logging.getLogger(__name__)

UNCONFIRMED_RETENTION = datetime.timedelta(days=3)
MAX_PENDING_PER_ADDRESS = 3
DIGEST_BATCH_SIZE = 200


@transaction.atomic
def subscription_create(*, email: str, filters: dict, language: str) -> VacancySubscription | None:
    """Save a search for an address and send it a confirmation e-mail; nothing else is sent before it confirms."""
    from .tasks import send_alert_confirmation

    existing = VacancySubscription.objects.filter(email__iexact=email, filters=filters).first()
    if existing and existing.confirmed_at:
        return existing
    pending = VacancySubscription.objects.filter(email__iexact=email, confirmed_at__isnull=True).count()
    if pending >= MAX_PENDING_PER_ADDRESS:
        # Someone is filling in this address again and again: stop mailing it until it confirms or is purged.
        logger.info("Vacancy alert not created: too many unconfirmed alerts for one address")
        return None
    subscription = VacancySubscription(email=email.strip(), filters=filters, language=language)
    subscription.full_clean()
    subscription.save()
    task_enqueue(send_alert_confirmation, subscription.pk)
    return subscription


def subscription_send_confirmation(*, subscription: VacancySubscription) -> None:
    """E-mail the confirmation link of an unconfirmed saved search."""
    if subscription.confirmed_at is None:
        mail_send(confirmation_message(subscription))


@transaction.atomic
def subscription_confirm(*, subscription: VacancySubscription) -> VacancySubscription:
    """Confirm a saved search; from now on new matching vacancies are e-mailed."""
    if subscription.confirmed_at is None:
        subscription.confirmed_at = timezone.now()
        subscription.save(update_fields=["confirmed_at"])
    return subscription


@transaction.atomic
def subscription_delete(*, subscription: VacancySubscription) -> None:
    """Delete a saved search together with its e-mail address."""
    subscription.delete()


def subscriptions_send_digests(*, now: datetime.datetime | None = None, batch_size: int = DIGEST_BATCH_SIZE) -> int:
    """E-mail each confirmed subscriber the matching vacancies posted since the last mailing; return how many."""
    now = now or timezone.now()
    sent, last_pk = 0, 0
    names = filter_names()
    confirmed = VacancySubscription.objects.confirmed().filter(confirmed_at__lte=now).order_by("pk")
    while batch := list(confirmed.filter(pk__gt=last_pk)[:batch_size]):
        messages = []
        for subscription in batch:
            vacancies = vacancy_list_new_for_subscription(subscription=subscription, now=now)
            if vacancies:
                messages.append(digest_message(subscription, vacancies, names=names))
        sent += mail_send(*messages)
        VacancySubscription.objects.filter(pk__in=[s.pk for s in batch]).update(last_sent_at=now)
        last_pk = batch[-1].pk
    logger.info("Vacancy alerts: %s digests sent", sent)
    return sent


def subscriptions_purge_unconfirmed(*, now: datetime.datetime | None = None) -> int:
    """Delete the saved searches left unconfirmed for longer than the retention period; return how many."""
    now = now or timezone.now()
    count, _ = VacancySubscription.objects.unconfirmed_before(now - UNCONFIRMED_RETENTION).delete()
    return count
