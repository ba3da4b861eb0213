"""Hold a signed-in user who owes a second factor at verification or enrolment, admin and API included."""

from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django_otp.middleware import is_verified

from .selectors import SecondFactorStep, second_factor_step

# Set once a session's user owes nothing, so users without a second factor cost no queries per request.
NOTHING_OWED_SESSION_KEY = "mfa_nothing_owed"
ALWAYS_OPEN = {"logout", "admin:logout", "health", "media"}
OPEN_DURING = {
    SecondFactorStep.VERIFY: ALWAYS_OPEN | {"mfa_verify"},
    SecondFactorStep.ENROL: ALWAYS_OPEN | {"mfa_setup", "mfa_recovery_codes"},
}
STEP_URL_NAMES = {SecondFactorStep.VERIFY: "mfa_verify", SecondFactorStep.ENROL: "mfa_setup"}


class SecondFactorMiddleware:
    """Redirect every page (or refuse every API call) of a session that still owes its second factor.

    Must come after django_otp's OTPMiddleware, which tells whether the session is verified.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self,
        request: HttpRequest,
        view_func: Callable[..., HttpResponse],
        view_args: tuple[Any, ...],
        view_kwargs: dict[str, Any],
    ) -> HttpResponse | None:
        user = request.user
        if not user.is_authenticated or is_verified(user):
            return None
        if request.session.get(NOTHING_OWED_SESSION_KEY) == user.pk:
            return None
        step = second_factor_step(user)
        if step is None:
            request.session[NOTHING_OWED_SESSION_KEY] = user.pk
            return None
        match = request.resolver_match
        if match is not None and match.view_name in OPEN_DURING[step]:
            return None
        if request.path_info.startswith("/api/"):
            return JsonResponse({"detail": _("Complete two-step verification first.")}, status=403)
        return redirect(f"{reverse(STEP_URL_NAMES[step])}?{urlencode({'next': request.get_full_path()})}")
