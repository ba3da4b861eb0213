"""A member's rights over their data: a JSON export of everything, and deletion that erases it everywhere.

Deletion follows the CRM's erasure (crm/services/privacy.py): what must stay for the statistics stays without a
name (registrations keep status and background, so event counts do not change); every other place that may
repeat the member's name or e-mail address is deleted or scrubbed: invitations, vacancy alerts, failed-login
records, admin log lines, task results, queued tasks and the audit-history tables of every model.
"""

import re
from typing import Any

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.apps import apps
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import User
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django_celery_results.models import TaskResult

from community.events.models import Registration
from community.talent.models import VacancySubscription
from establishments.models import RepresentativeInvitation
from kennispark.models import RoleInvitation, TaskOutbox

from .models import Member
from .selectors import follows_of
from .services import sessions_end_all

REDACTION = "[erased]"
TEXT_FIELDS = (models.CharField, models.TextField)


def member_export_data(*, member: Member) -> dict[str, Any]:
    """Return everything the portal holds about a member, for download as JSON."""
    user = member.user
    registrations = Registration.objects.filter(user_id=user.pk).select_related("event").order_by("created_at")
    return {
        "exported_at": timezone.now().isoformat(),
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        },
        "profile": {
            "background": member.background,
            "establishment": member.establishment.trade_name if member.establishment else None,
            "institution": member.institution,
            "interest_categories": member.interest_categories,
            "key_positions": [str(position) for position in member.key_positions.all()],
            "fields_of_work": [str(field) for field in member.fields_of_work.all()],
            "bio": member.bio,
            "photo": member.photo.name or None,
            "visibility": member.visibility,
            "language": member.language,
            "digest_frequency": member.digest_frequency,
            "confirmed_at": member.confirmed_at.isoformat() if member.confirmed_at else None,
        },
        "follows": [{"kind": follow.kind, "what": follow.label} for follow in follows_of(member=member)],
        "saved_events": [
            {"event": saved.event.title, "starts_at": saved.event.starts_at.isoformat()}
            for saved in member.saved_events.select_related("event")
        ],
        "registrations": [
            {
                "event": registration.event.title,
                "starts_at": registration.event.starts_at.isoformat(),
                "status": registration.status,
                "background": registration.background,
                "registered_at": registration.created_at.isoformat(),
            }
            for registration in registrations
        ],
    }


def _needles(user: User) -> list[str]:
    values = {user.email, user.username, user.get_full_name(), user.first_name, user.last_name}
    # Very short name parts ("Li") would scrub unrelated text; the full name and the address still go.
    return sorted((v.strip() for v in values if v and len(v.strip()) >= 3), key=len, reverse=True)


@transaction.atomic
def member_delete(*, member: Member) -> None:
    """Delete a member's account and erase their name and e-mail address everywhere; counts stay as they were."""
    user = User.objects.select_for_update().get(pk=member.user_id)
    needles = _needles(user)
    email = user.email
    Registration.objects.filter(Q(user_id=user.pk) | Q(email__iexact=email)).update(
        name="", email="", user=None, anonymised_at=timezone.now()
    )
    RoleInvitation.objects.filter(email__iexact=email).update(email="")
    RepresentativeInvitation.objects.filter(email__iexact=email).update(email="")
    VacancySubscription.objects.filter(email__iexact=email).delete()
    pattern = re.compile("|".join(re.escape(needle) for needle in needles), re.IGNORECASE)
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        model.objects.filter(_mentions(model, pattern)).delete()
    LogEntry.objects.filter(
        Q(object_repr__iregex=pattern.pattern) | Q(change_message__iregex=pattern.pattern) | Q(user_id=user.pk)
    ).delete()
    text_match = Q()
    for needle in needles:
        text_match |= Q(task_args__icontains=needle) | Q(task_kwargs__icontains=needle) | Q(result__icontains=needle)
    TaskResult.objects.filter(text_match).delete()
    for entry in TaskOutbox.objects.all():
        if pattern.search(f"{entry.args} {entry.kwargs}"):
            entry.delete()
    _history_scrub(pattern)
    sessions_end_all(user=user)
    if member.photo:
        member.photo.delete(save=False)
    user.delete()


def _text_fields(model: type[models.Model]) -> list[str]:
    return [f.attname for f in model._meta.concrete_fields if isinstance(f, TEXT_FIELDS)]


def _mentions(model: type[models.Model], pattern: re.Pattern[str]) -> Q:
    """Return the condition that one of the model's text columns holds the pattern."""
    match = Q(pk__in=[])
    for field in _text_fields(model):
        match |= Q(**{f"{field}__iregex": pattern.pattern})
    return match


def _history_scrub(pattern: re.Pattern[str]) -> None:
    """Replace the member's name and address in every audit-history table (simple_history models)."""
    for model in apps.get_models():
        if not model.__name__.startswith("Historical") or not hasattr(model, "history_date"):
            continue
        fields = _text_fields(model)
        manager = model._default_manager
        for row in manager.filter(_mentions(model, pattern)):
            changed = {field: pattern.sub(REDACTION, value) for field in fields if (value := getattr(row, field))}
            manager.filter(pk=row.pk).update(**changed)
