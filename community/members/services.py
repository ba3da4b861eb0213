"""Writes of the community members: sign-up and confirmation, profile, follows, saved events and registrations."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.contrib.auth.password_validation import validate_password
from django.contrib.sessions.backends.db import SessionStore
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _

from community.events import services as event_services
from community.events.filters import EventFilter
from community.events.models import Background, Event, PartnerOrganisation, Registration
from establishments.models import Establishment
from kennispark.outbox import task_enqueue

from .models import Follow, FollowKind, Member, MemberBackground, SavedEvent, UserSession, new_token
from .tokens import confirmation_tokens

PROFILE_FIELDS = (
    "background",
    "establishment",
    "institution",
    "interest_categories",
    "bio",
    "photo",
    "visibility",
    "language",
    "digest_frequency",
)
FILTER_KEYS = ("category", "audience", "organiser", "sub_area")


def _send_later(kind: str, member_id: int) -> None:
    from .tasks import send_member_mail

    task_enqueue(send_member_mail, kind, member_id)


@transaction.atomic
def member_signup(
    *, email: str, password: str, first_name: str, last_name: str, profile: dict, language: str
) -> Member | None:
    """Create an inactive account and send the confirmation link; an address already known gets a notice instead."""
    email = email.strip().lower()
    existing = Member.objects.filter(user__email__iexact=email).first()
    if existing is not None or get_user_model().objects.filter(username__iexact=email).exists():
        if existing is not None:
            _send_later("exists", existing.pk)
        return None
    user = User(username=email, email=email, first_name=first_name.strip(), last_name=last_name.strip())
    user.is_active = False
    validate_password(password, user)
    user.set_password(password)
    user.full_clean()
    user.save()
    member = Member(user=user, language=language, **{key: profile.get(key) for key in _given(profile)})
    member.full_clean()
    member.save()
    member.key_positions.set(profile.get("key_positions") or [])
    member.fields_of_work.set(profile.get("fields_of_work") or [])
    _send_later("confirm", member.pk)
    return member


def _given(profile: dict) -> list[str]:
    return [key for key in PROFILE_FIELDS if key in profile and profile[key] is not None]


@transaction.atomic
def member_confirm(*, user: User, token: str) -> Member | None:
    """Activate the account behind a confirmation link; None when the link is invalid or already used."""
    member = Member.objects.select_for_update().filter(user=user).first()
    if member is None or not confirmation_tokens.check_token(user, token):
        return None
    user.is_active = True
    user.save(update_fields=["is_active"])
    member.confirmed_at = timezone.now()
    member.digest_since = member.confirmed_at
    member.save(update_fields=["confirmed_at", "digest_since"])
    return member


@transaction.atomic
def member_create_for_invitation(*, user: User, establishment_id: int | None) -> Member:
    """Make an invited colleague a member working at the inviting establishment (the link confirmed the address)."""
    member = Member.objects.filter(user=user).first() or Member(user=user)
    member.background = MemberBackground.EMPLOYEE
    member.establishment = Establishment.objects.filter(pk=establishment_id or 0).first()
    member.confirmed_at = member.confirmed_at or timezone.now()
    if member.establishment is None:
        member.background = MemberBackground.OTHER
    member.full_clean()
    member.save()
    return member


@transaction.atomic
def member_profile_update(
    *, member: Member, first_name: str, last_name: str, profile: dict, key_positions=(), fields_of_work=()
) -> Member:
    """Change a member's name, background, interests, photo, bio, visibility, language and digest choice."""
    user = member.user
    user.first_name, user.last_name = first_name.strip(), last_name.strip()
    user.full_clean()
    user.save(update_fields=["first_name", "last_name"])
    for key in _given(profile):
        setattr(member, key, profile[key])
    member.full_clean()
    member.save()
    member.key_positions.set(key_positions)
    member.fields_of_work.set(fields_of_work)
    return member


def normalised_filter(params) -> str:
    """Return the agenda filter in the GET parameters as a canonical query string ("" when none or invalid)."""
    data = QueryDict(mutable=True)
    for key in FILTER_KEYS:
        value = params.get(key, "")
        if value:
            data[key] = value
    if not data or not EventFilter(data, queryset=Event.objects.none()).is_valid():
        return ""
    return data.urlencode()


@transaction.atomic
def follow_add(*, member: Member, kind: str, target: str) -> Follow:
    """Follow an organiser (by slug), a category, a sub-area or a filtered agenda; following twice changes nothing."""
    follow = Follow(member=member, kind=kind)
    if kind == FollowKind.ESTABLISHMENT:
        follow.establishment = Establishment.objects.filter(slug=target, is_active=True).first()
        if follow.establishment is None:
            raise ValidationError(_("This organiser does not exist."))
        found = member.follows.filter(kind=kind, establishment=follow.establishment).first()
    elif kind == FollowKind.PARTNER:
        follow.partner = PartnerOrganisation.objects.filter(slug=target).first()
        if follow.partner is None:
            raise ValidationError(_("This organiser does not exist."))
        found = member.follows.filter(kind=kind, partner=follow.partner).first()
    else:
        follow.value = normalised_filter(QueryDict(target)) if kind == FollowKind.FILTER else target
        if not follow.value:
            raise ValidationError(_("Choose at least one filter to follow."))
        found = member.follows.filter(kind=kind, value=follow.value).first()
    if found is not None:
        return found
    follow.full_clean()
    follow.save()
    return follow


def organiser_follow_target(key: str) -> tuple[str, str] | None:
    """Return the follow kind and target of an agenda organiser filter value (establishment or partner slug)."""
    if Establishment.objects.filter(slug=key, is_active=True).exists():
        return FollowKind.ESTABLISHMENT, key
    if PartnerOrganisation.objects.filter(slug=key).exists():
        return FollowKind.PARTNER, key
    return None


@transaction.atomic
def follow_remove(*, member: Member, follow_id: int) -> None:
    """Stop following (only the member's own follows are found)."""
    member.follows.filter(pk=follow_id).delete()


@transaction.atomic
def event_save_set(*, member: Member, event: Event, saved: bool) -> None:
    """Save an event as interesting, or remove it from the saved ones."""
    if saved:
        SavedEvent.objects.get_or_create(member=member, event=event)
    else:
        SavedEvent.objects.filter(member=member, event=event).delete()


def registration_background(member: Member) -> str:
    """Return the calendar's background code for a member (the calendar may know fewer backgrounds)."""
    return member.background if member.background in Background.values else "other"


@transaction.atomic
def member_register(
    *, member: Member, event: Event, language: str, occurrence_start: datetime.datetime | None = None
) -> Registration:
    """Register a member in one click (a series: for one date) with the name, e-mail and background of their profile."""
    return event_services.registration_create(
        occurrence_start=occurrence_start,
        event_id=event.pk,
        name=member.user.get_full_name() or member.user.email,
        email=member.user.email,
        background=registration_background(member),
        consent=True,
        language=language,
        user=member.user,
    )


@transaction.atomic
def member_registration_cancel(*, member: Member, registration_id: int) -> None:
    """Cancel one of the member's own registrations (another's id does not exist for them)."""
    registration = Registration.objects.filter(pk=registration_id, user_id=member.user_id).first()
    if registration is None:
        raise Registration.DoesNotExist
    event_services.registration_cancel(registration=registration)


@transaction.atomic
def feed_token_regenerate(*, member: Member) -> Member:
    """Give the member's personal feed a new secret address; the old one answers 404 from now on."""
    member.feed_token = new_token()
    member.save(update_fields=["feed_token"])
    return member


@transaction.atomic
def digest_unsubscribe(*, token: str) -> Member | None:
    """Stop the digest of the member behind a one-click unsubscribe link; None for an unknown link."""
    member = Member.objects.filter(unsubscribe_token=token).first() if token else None
    if member is not None and member.digest_frequency != "never":
        member.digest_frequency = "never"
        member.save(update_fields=["digest_frequency"])
    return member


def session_record(*, user: User, session_key: str | None) -> None:
    """Remember a session a user logged in with, so it can be ended from elsewhere."""
    if session_key:
        UserSession.objects.get_or_create(session_key=session_key, defaults={"user": user})


@transaction.atomic
def sessions_end_all(*, user: User) -> int:
    """Sign the user out of every session they logged in with, on any device; return how many ended."""
    keys = list(UserSession.objects.filter(user=user).values_list("session_key", flat=True))
    for key in keys:
        SessionStore(session_key=key).delete()
    UserSession.objects.filter(user=user).delete()
    return len(keys)


@transaction.atomic
def member_settings_update(*, member: Member, data: dict) -> Member:
    """Change a member's privacy, language, digest choice, bio or interests (from the API)."""
    for key in ("bio", "visibility", "language", "digest_frequency", "interest_categories"):
        if key in data:
            setattr(member, key, data[key])
    member.full_clean()
    member.save()
    return member
