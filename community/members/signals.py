"""Record every login's session, so a user can sign out everywhere (a cross-cutting concern, hence a signal)."""

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from .services import session_record


@receiver(user_logged_in, dispatch_uid="members.session_record")
def _session_record(sender, request, user, **kwargs) -> None:
    session = getattr(request, "session", None)
    if session is not None:
        if session.session_key is None:
            session.save()
        session_record(user=user, session_key=session.session_key)
