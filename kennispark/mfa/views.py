"""Pages to verify a login with a second factor, and to turn it on, renew its recovery codes or turn it off."""

from base64 import b32encode

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render, resolve_url
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.middleware import is_verified

from . import selectors, services
from .forms import AppCodeForm, RecoveryCodeForm

RECOVERY_CODES_SESSION_KEY = "mfa_recovery_codes"


class SignedInRequest(HttpRequest):
    """A request that login_required let through: its user is signed in."""

    user: User


def _next_url(request: HttpRequest) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return resolve_url(settings.LOGIN_REDIRECT_URL)


def _with_next(url_name: str, next_url: str) -> str:
    return f"{reverse(url_name)}?{urlencode({'next': next_url})}"


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def verify(request: SignedInRequest) -> HttpResponse:
    """Ask for a code from the app, or a recovery code, before the login counts."""
    if is_verified(request.user) or not user_has_device(request.user, confirmed=True):
        return redirect(_next_url(request))
    app_form, recovery_form = AppCodeForm(), RecoveryCodeForm()
    if request.method == "POST":
        recovery = "recovery_code" in request.POST
        form: AppCodeForm | RecoveryCodeForm = RecoveryCodeForm(request.POST) if recovery else AppCodeForm(request.POST)
        field = "recovery_code" if recovery else "code"
        if form.is_valid():
            device = services.second_factor_verify(user=request.user, code=form.cleaned_data[field], recovery=recovery)
            if device is not None:
                otp_login(request, device)
                request.session.cycle_key()
                if recovery:
                    left = selectors.recovery_codes_left(request.user)
                    messages.warning(
                        request,
                        ngettext(
                            "You used a recovery code; %(count)d is left. Make new ones on the two-step "
                            "verification page.",
                            "You used a recovery code; %(count)d are left. Make new ones on the two-step "
                            "verification page.",
                            left,
                        )
                        % {"count": left},
                    )
                return redirect(_next_url(request))
            form.add_error(field, _("This code is not right or was used before. Try again."))
        if isinstance(form, RecoveryCodeForm):
            recovery_form = form
        else:
            app_form = form
    context = {"app_form": app_form, "recovery_form": recovery_form, "next": _next_url(request)}
    return render(request, "registration/mfa_verify.html", context)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def setup(request: SignedInRequest) -> HttpResponse:
    """Turn on two-step verification (scan or type the secret, confirm with a code), or show that it is on."""
    user = request.user
    if user_has_device(user, confirmed=True):
        if not is_verified(user):
            return redirect(_with_next("mfa_verify", request.get_full_path()))
        status = {"codes_left": selectors.recovery_codes_left(user), "required": selectors.second_factor_required(user)}
        return render(request, "registration/mfa_status.html", status)
    form = AppCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        enrolled = services.totp_enrolment_confirm(user=user, token=form.cleaned_data["code"])
        if enrolled is not None:
            device, codes = enrolled
            otp_login(request, device)
            request.session.cycle_key()
            request.session[RECOVERY_CODES_SESSION_KEY] = codes
            return redirect(_with_next("mfa_recovery_codes", _next_url(request)))
        form.add_error("code", _("This code is not right. Check the time on your phone and try the next code."))
    device = services.totp_enrolment_start(user=user)
    secret = b32encode(device.bin_key).decode()
    context: dict[str, object] = {
        "form": form,
        "secret": " ".join(secret[start : start + 4] for start in range(0, len(secret), 4)),
        "qr_svg": segno.make(device.config_url, error="m").svg_inline(scale=4),
        "required": selectors.second_factor_required(user),
        "next": _next_url(request),
    }
    return render(request, "registration/mfa_setup.html", context)


@never_cache
@login_required
@require_GET
def recovery_codes(request: SignedInRequest) -> HttpResponse:
    """Show new recovery codes once; a reload shows them no more."""
    codes = request.session.pop(RECOVERY_CODES_SESSION_KEY, None)
    if not codes:
        return redirect("mfa_setup")
    return render(request, "registration/mfa_recovery_codes.html", {"codes": codes, "next": _next_url(request)})


@login_required
@require_POST
def recovery_codes_renew(request: SignedInRequest) -> HttpResponse:
    """Replace the recovery codes and show the new ones."""
    if not is_verified(request.user):
        return redirect("mfa_setup")
    request.session[RECOVERY_CODES_SESSION_KEY] = services.recovery_codes_renew(user=request.user)
    return redirect("mfa_recovery_codes")


@login_required
@require_POST
def remove(request: SignedInRequest) -> HttpResponse:
    """Turn two-step verification off, unless this account must use it."""
    if not is_verified(request.user):
        return redirect("mfa_setup")
    if selectors.second_factor_required(request.user):
        messages.error(request, _("Your account must use two-step verification; it cannot be turned off."))
        return redirect("mfa_setup")
    services.second_factor_remove(user=request.user)
    messages.success(request, _("Two-step verification is off. Logging in now asks for your password only."))
    return redirect("mfa_setup")
