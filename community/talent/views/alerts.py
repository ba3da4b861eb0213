"""Vacancy alerts: subscribe from a filtered list, confirm, unsubscribe; links carry opaque tokens only."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .. import alerts, selectors
from ..filters import VacancyFilter, describe_filters
from ..forms import VacancyAlertForm
from ..models import VacancySubscription


def _subscription_or_404(token: str) -> VacancySubscription:
    try:
        return selectors.subscription_get_by_token(token=token)
    except VacancySubscription.DoesNotExist:
        raise Http404 from None


@require_http_methods(["GET", "POST"])
def alert_subscribe(request):
    """Save the current vacancy filters for an e-mail address and send the confirmation e-mail."""
    source = request.POST if request.method == "POST" else request.GET
    filterset = VacancyFilter(data=source)
    filters = filterset.cleaned_filters() if filterset.is_valid() else {}
    form = VacancyAlertForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        alerts.subscription_create(email=form.cleaned_data["email"], filters=filters, language=get_language())
        # The same answer whatever happened, so the page reveals nothing about an address.
        return redirect("talent:alert_pending")
    return render(
        request,
        "talent/alert_subscribe.html",
        {"form": form, "filters": filters, "described_filters": describe_filters(filters)},
    )


def alert_pending(request):
    """Tell the visitor to look for the confirmation e-mail."""
    return render(request, "talent/alert_pending.html")


@require_http_methods(["GET", "POST"])
def alert_confirm(request, token):
    """Confirm a saved search; a button (POST) so that link scanners in mail systems cannot confirm it."""
    subscription = _subscription_or_404(token)
    if request.method == "POST":
        alerts.subscription_confirm(subscription=subscription)
        messages.success(request, _("Your vacancy alert is active. You will receive new vacancies by e-mail."))
        return redirect("talent:vacancy_list")
    return render(
        request,
        "talent/alert_confirm.html",
        {"subscription": subscription, "described_filters": describe_filters(subscription.filters)},
    )


@csrf_exempt  # RFC 8058 one-click unsubscribe: mail clients POST without a CSRF token; the token is the secret.
@require_http_methods(["GET", "POST"])
def alert_unsubscribe(request, token):
    """Delete a saved search and its e-mail address."""
    subscription = _subscription_or_404(token)
    if request.method == "POST":
        alerts.subscription_delete(subscription=subscription)
        return render(request, "talent/alert_unsubscribed.html")
    return render(
        request,
        "talent/alert_unsubscribe.html",
        {"subscription": subscription, "described_filters": describe_filters(subscription.filters)},
    )
