"""The e-mails of saved vacancy searches, built in the subscriber's language."""

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from kennispark.links import absolute_url
from kennispark.mail import mail_message

from .filters import describe_filters
from .models import Vacancy, VacancySubscription


def _message(*, subscription: VacancySubscription, subject: str, template: str, context: dict, names=None):
    unsubscribe_url = absolute_url(reverse("talent:alert_unsubscribe", kwargs={"token": subscription.token}))
    context = {
        **context,
        "filters": describe_filters(subscription.filters, names=names),
        "unsubscribe_url": unsubscribe_url,
    }
    return mail_message(
        to=[subscription.email],
        subject=subject,
        body=render_to_string(f"talent/emails/{template}.txt", context),
        html=render_to_string(f"talent/emails/{template}.html", context),
        headers={
            # RFC 8058: mail clients offer a one-click unsubscribe that POSTs to this address.
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


def confirmation_message(subscription: VacancySubscription) -> EmailMultiAlternatives:
    """Return the e-mail that asks a new subscriber to confirm the saved search."""
    with translation.override(subscription.language):
        confirm_url = absolute_url(reverse("talent:alert_confirm", kwargs={"token": subscription.token}))
        return _message(
            subscription=subscription,
            subject=gettext("Confirm your vacancy alert from Kennispark Twente"),
            template="alert_confirm",
            context={"confirm_url": confirm_url},
        )


def digest_message(
    subscription: VacancySubscription, vacancies: list[Vacancy], *, names: dict | None = None
) -> EmailMultiAlternatives:
    """Return the e-mail with the new vacancies matching a saved search (names: see filters.filter_names)."""
    with translation.override(subscription.language):
        items = [{"vacancy": vacancy, "url": absolute_url(vacancy.get_absolute_url())} for vacancy in vacancies]
        search_url = absolute_url(reverse("talent:vacancy_list"))
        return _message(
            subscription=subscription,
            subject=gettext("New vacancies on Kennispark Twente"),
            template="alert_digest",
            context={"items": items, "search_url": search_url},
            names=names,
        )
