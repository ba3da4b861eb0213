"""Login lock-outs per visitor and per address, and the retention of the records they leave."""

from datetime import timedelta
from typing import Any

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_failure_limit
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet, Sum
from django.http import HttpRequest
from django.utils import timezone


def _failures(attempts: QuerySet[Any]) -> int:
    return int(attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0)


class LoginLockoutHandler(AxesDatabaseHandler):  # type: ignore[misc]  # axes ships no types
    """Lock out a username at one address after AXES_FAILURE_LIMIT failures, and an address across usernames
    after LOGIN_FAILURE_LIMIT_PER_ADDRESS failures.

    AXES_LOCKOUT_PARAMETERS must list the (username, address) pair first and the address alone second.
    """

    def get_failures(self, request: HttpRequest, credentials: dict[str, Any] | None = None) -> int:
        """Return the pair's failures, or the failure limit once the address has reached its own limit."""
        pair_attempts, address_attempts = self.get_user_attempts(request, credentials)
        pair_failures = _failures(pair_attempts)
        if _failures(address_attempts) >= settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS:
            return max(pair_failures, int(get_failure_limit(request, credentials)))
        return pair_failures

    def reset_user_attempts(self, request: HttpRequest, credentials: dict[str, Any] | None = None) -> int:
        """Forget the failures of the username at this address only, so one good login cannot clear a spray."""
        pair_attempts, _address_attempts = self.filter_user_attempts(request, credentials)
        count, _ = pair_attempts.delete()
        return int(count)


@transaction.atomic
def login_records_purge(*, older_than_days: int) -> int:
    """Delete failed-login attempts and login logs older than the retention period; return how many."""
    threshold = timezone.now() - timedelta(days=older_than_days)
    deleted = 0
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        _total, per_model = model.objects.filter(attempt_time__lt=threshold).delete()
        deleted += per_model.get(model._meta.label, 0)
    return deleted
