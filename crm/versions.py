"""Give the CRM's data a new version after every change, so the staff pages' cached parts are computed afresh.

Signals rather than calls in each service: the admin, the imports and the erasure change the same rows, and a
missed call would show a stale board. Bulk writes send no signals; the CRM's services make none.
"""

from django.contrib.auth import get_user_model
from django.db.models.signals import m2m_changed, post_delete, post_save

from kennispark import content_versions
from kennispark.content_versions import content_version_bump

# What the board, the lead list and their filters show: the leads and their parts, stages, owners' names.
SHOWN_MODELS = ("Lead", "HousingNeed", "Contact", "StageChange", "Activity", "FollowUp", "Stage", "LostReason")


def crm_data_changed(**_kwargs) -> None:
    """Bump the CRM's version once the current transaction commits."""
    content_version_bump(area=content_versions.CRM)


def user_changed(*, update_fields=None, **kwargs) -> None:
    """Bump the CRM's version when a user's name or state changes (not at each login's last_login)."""
    if update_fields is not None and set(update_fields) <= {"last_login", "password"}:
        return
    crm_data_changed(**kwargs)


def register() -> None:
    """Connect the receivers (called from the app's ready())."""
    from django.apps import apps

    for name in SHOWN_MODELS:
        model = apps.get_model("crm", name)
        post_save.connect(crm_data_changed, sender=model, dispatch_uid=f"crm-version-{name}")
        post_delete.connect(crm_data_changed, sender=model, dispatch_uid=f"crm-version-{name}-delete")
    lead = apps.get_model("crm", "Lead")
    m2m_changed.connect(crm_data_changed, sender=lead.key_positions.through, dispatch_uid="crm-version-positions")
    user = get_user_model()
    post_save.connect(user_changed, sender=user, dispatch_uid="crm-version-user")
    # An owner who joins or leaves the acquisition team appears in or leaves the owner filter.
    m2m_changed.connect(crm_data_changed, sender=user.groups.through, dispatch_uid="crm-version-groups")
