"""What a user's second factor asks of them: which step they still owe, how many recovery codes are left."""

from enum import Enum

from django.conf import settings
from django.contrib.auth.models import User
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticToken

from kennispark.roles import STAFF_ROLES, user_has_role


class SecondFactorStep(Enum):
    VERIFY = "verify"
    ENROL = "enrol"


def second_factor_required(user: User) -> bool:
    """Return whether the user must have a second factor: staff accounts, once MFA_REQUIRED_FOR_STAFF is on."""
    if not settings.MFA_REQUIRED_FOR_STAFF:
        return False
    return user.is_staff or user_has_role(user, *STAFF_ROLES)


def second_factor_step(user: User) -> SecondFactorStep | None:
    """Return the step an unverified session of the user still owes: verify a code, enrol, or none."""
    if user_has_device(user, confirmed=True):
        return SecondFactorStep.VERIFY
    if second_factor_required(user):
        return SecondFactorStep.ENROL
    return None


def recovery_codes_left(user: User) -> int:
    """Return how many unused recovery codes the user has."""
    return int(StaticToken.objects.filter(device__user=user, device__confirmed=True).count())
