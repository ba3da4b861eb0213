"""The digest e-mail of new events and vacancies, sent by beat: batched, idempotent, one failure stops none."""

import datetime
import logging

from django.db import transaction
from django.utils import timezone

from kennispark.mail import mail_send_each

from .emails import digest_message
from .models import DigestFrequency, Member
from .selectors import digest_items, members_due_for_digest

logger = logging.getLogger(__name__)

DIGEST_BATCH_SIZE = 100
# A weekly member gets a digest once the last one is this old; the margin absorbs beat running a little early.
WEEKLY_INTERVAL = datetime.timedelta(days=7) - datetime.timedelta(hours=2)
DAILY_INTERVAL = datetime.timedelta(days=1) - datetime.timedelta(hours=2)
INTERVALS = {DigestFrequency.WEEKLY: WEEKLY_INTERVAL, DigestFrequency.DAILY: DAILY_INTERVAL}


def digests_send(*, frequency: str, now: datetime.datetime | None = None, batch_size: int = DIGEST_BATCH_SIZE) -> int:
    """E-mail each member of this frequency who is due what is new since their last digest; return how many went.

    A member's rows are locked while their batch is sent, so a second beat running alongside skips them; the
    watermark moves only for members whose e-mail went, so a failed address is tried again next time.
    """
    now = now or timezone.now()
    due_before = now - INTERVALS[DigestFrequency(frequency)]
    sent, last_pk = 0, 0
    while True:
        with transaction.atomic():
            batch = list(
                members_due_for_digest(frequency=frequency)
                .filter(pk__gt=last_pk)
                .exclude(digest_sent_at__gt=due_before)
                .select_for_update(skip_locked=True, of=("self",))[:batch_size]
            )
            if not batch:
                return sent
            last_pk = batch[-1].pk
            sent += _batch_send(batch, now)


def _batch_send(batch: list[Member], now: datetime.datetime) -> int:
    messages, with_news, without_news = [], [], []
    for member in batch:
        items = digest_items(member=member, since=member.digest_since, until=now)
        if items["events"] or items["vacancies"]:
            messages.append(digest_message(member, items))
            with_news.append(member.pk)
        else:
            without_news.append(member.pk)
    results = mail_send_each(*messages)
    delivered = [pk for pk, ok in zip(with_news, results, strict=True) if ok]
    Member.objects.filter(pk__in=delivered).update(digest_since=now, digest_sent_at=now)
    # Nothing new is not a digest: the watermark stays so the next digest still covers the whole period.
    failed = len(with_news) - len(delivered)
    if failed:
        logger.warning("Member digests: %s of %s could not be sent", failed, len(with_news))
    return len(delivered)
