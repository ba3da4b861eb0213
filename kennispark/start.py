"""Where each role starts after logging in, and the editors' page of pending work.

Like the home page this is the roof of the portal: it reads every app's selectors, and no app imports it.
"""

from django.contrib.auth.models import AnonymousUser, User
from django.urls import reverse

from community.events.selectors import review_queue
from community.members.selectors import member_for_user
from establishments.models import ImportStatus
from establishments.selectors import (
    import_job_list,
    key_position_proposals_pending,
    represented_establishment_ids,
)
from programme.selectors import inbox_count as programme_inbox_count
from space.selectors import facility_review_queue, space_review_queue

from .roles import ACQUISITION, COMPANY, PARTNER, PROJECT_LEAD, PROPERTY_OWNER, user_has_role, user_is_editor

RECENT_IMPORTS = 5
LISTED = 10


def start_url(user: User | AnonymousUser) -> str:
    """Return the page a user starts on: editors their pending work, acquisition the CRM, companies their company."""
    if user_is_editor(user):
        return reverse("work")
    if user_has_role(user, ACQUISITION):
        return reverse("crm:board")
    if user_has_role(user, COMPANY) and isinstance(user, User):
        represented = represented_establishment_ids(user=user, limit=2)
        if len(represented) == 1:
            return reverse("establishments:edit", args=[represented[0]])
        return reverse("establishments:my_establishments")
    if user_has_role(user, PROPERTY_OWNER):
        return reverse("space:my_buildings")
    if user_has_role(user, PROJECT_LEAD, PARTNER):
        return reverse("programme:board")
    if isinstance(user, User) and member_for_user(user=user) is not None:
        return reverse("members:agenda")
    return reverse("home")


def editor_work() -> dict[str, object]:
    """Return what waits for an editor: events to review, key-position proposals and the latest imports."""
    imports = list(import_job_list()[:RECENT_IMPORTS])
    return {
        "events_to_review": review_queue()[:LISTED],
        "events_to_review_count": review_queue().count(),
        "proposals": key_position_proposals_pending()[:LISTED],
        "proposals_count": key_position_proposals_pending().count(),
        "imports": imports,
        "failed_imports": [job for job in imports if job.status == ImportStatus.FAILED],
        "spaces_to_review": space_review_queue()[:LISTED],
        "spaces_to_review_count": space_review_queue().count(),
        "facilities_to_review": facility_review_queue()[:LISTED],
        "facilities_to_review_count": facility_review_queue().count(),
        "programme_inbox_count": programme_inbox_count(),
    }
