"""Reads of the community members: their follows, agenda, feed, digests and what organisers may see of them."""

import datetime

from django.db.models import Count, Q, QuerySet
from django.http import Http404, QueryDict
from django.utils import timezone

from community.events.filters import EventFilter
from community.events.models import Event, Registration, RegistrationStatus
from community.events.recurrence import Occurrence, expand
from community.talent.models import Vacancy
from establishments.models import Establishment

from .models import Follow, FollowKind, Member, SavedEvent, Visibility

AGENDA_HORIZON = datetime.timedelta(days=366)
PAST_ATTENDED_LIMIT = 10
AGENDA_UPCOMING_LIMIT = 15


def member_for_user(*, user) -> Member | None:
    """Return the member profile of a logged-in user, or None (staff, anonymous, no profile)."""
    if not user.is_authenticated:
        return None
    return Member.objects.select_related("user", "establishment").filter(user=user).first()


def member_get_by_feed_token(*, token: str) -> Member:
    """Return the active member whose personal feed this token opens, else raise Http404."""
    member = Member.objects.filter(feed_token=token, user__is_active=True).select_related("user").first()
    if member is None or not token:
        raise Http404
    return member


def member_unsubscribe_exists(*, token: str) -> bool:
    """Return whether a digest unsubscribe link is known."""
    return bool(token) and Member.objects.filter(unsubscribe_token=token).exists()


def member_get_visible(*, pk: int, viewer) -> Member:
    """Return a member's profile if the viewer may see it (their own, or a visible one to another member)."""
    member = Member.objects.select_related("user", "establishment").filter(pk=pk, user__is_active=True).first()
    if member is None:
        raise Http404
    if member.user_id == viewer.pk:
        return member
    if member.visibility != Visibility.VISIBLE or member_for_user(user=viewer) is None:
        raise Http404
    return member


def follows_of(*, member: Member) -> QuerySet[Follow]:
    """Return a member's follows with their organisers."""
    return member.follows.select_related("establishment", "partner")


def followed_events(*, member: Member, queryset: QuerySet[Event] | None = None) -> QuerySet[Event]:
    """Return the events matching anything the member follows (organisers, categories, sub-areas, filters)."""
    queryset = Event.objects.in_feed() if queryset is None else queryset
    condition = Q(pk__in=[])
    for follow in follows_of(member=member):
        condition |= _follow_condition(follow, queryset)
    return queryset.filter(condition)


def _follow_condition(follow: Follow, queryset: QuerySet[Event]) -> Q:
    if follow.kind == FollowKind.ESTABLISHMENT:
        return Q(organiser_establishment_id=follow.establishment_id)
    if follow.kind == FollowKind.PARTNER:
        return Q(organiser_partner_id=follow.partner_id)
    if follow.kind == FollowKind.CATEGORY:
        return Q(category=follow.value)
    if follow.kind == FollowKind.SUB_AREA:
        return Q(venue__sub_area=follow.value)
    event_filter = EventFilter(QueryDict(follow.value), queryset=queryset)
    return Q(pk__in=event_filter.qs.values("pk")) if event_filter.is_valid() else Q(pk__in=[])


def member_registrations(*, member: Member) -> QuerySet[Registration]:
    """Return the member's registrations that are not cancelled, with their events."""
    return (
        Registration.objects.filter(user_id=member.user_id)
        .exclude(status=RegistrationStatus.CANCELLED)
        .select_related("event", "event__venue", "event__organiser_establishment", "event__organiser_partner")
    )


def feed_events_of(*, member: Member) -> QuerySet[Event]:
    """Return the events of a member's personal feed: followed, saved and registered for."""
    in_feed = Event.objects.in_feed()
    saved = SavedEvent.objects.filter(member=member).values("event_id")
    registered = member_registrations(member=member).values("event_id")
    followed = followed_events(member=member, queryset=in_feed).values("pk")
    return (
        in_feed.filter(Q(pk__in=followed) | Q(pk__in=saved) | Q(pk__in=registered))
        .with_related()
        .order_by("starts_at", "pk")
    )


def member_agenda(*, member: Member, now: datetime.datetime | None = None) -> dict:
    """Return My agenda: registrations with status, upcoming followed and saved events, past attended events."""
    now = now or timezone.now()
    end = now + AGENDA_HORIZON
    registrations = sorted(member_registrations(member=member), key=lambda r: r.occurrence_start or r.event.starts_at)
    registered_ids = {registration.event_id for registration in registrations}
    saved_ids = set(SavedEvent.objects.filter(member=member).values_list("event_id", flat=True))
    followed = followed_events(member=member, queryset=Event.objects.public())
    candidates = (
        Event.objects.public()
        .filter(Q(pk__in=followed.values("pk")) | Q(pk__in=saved_ids))
        .exclude(pk__in=registered_ids)
        .with_related()
        .overlapping(now, end)
    )
    upcoming: list[Occurrence] = expand(candidates, now, end)[:AGENDA_UPCOMING_LIMIT]
    followed_organisers = _followed_organiser_ids(member)
    past = [r for r in registrations if r.status == RegistrationStatus.REGISTERED and _registration_end(r) < now]
    return {
        "registrations": [r for r in registrations if _registration_end(r) >= now],
        "upcoming": upcoming,
        "saved_ids": saved_ids,
        "past": [
            {"registration": r, "can_follow_organiser": _can_follow_organiser(r.event, followed_organisers)}
            for r in reversed(past[-PAST_ATTENDED_LIMIT:])
        ],
    }


def _registration_end(registration: Registration) -> datetime.datetime:
    """Return when the registered event (a series: the registered date) ends."""
    event = registration.event
    if registration.occurrence_start:
        return registration.occurrence_start + (event.ends_at - event.starts_at)
    return event.ends_at


def _followed_organiser_ids(member: Member) -> dict[str, set[int]]:
    rows = member.follows.filter(kind__in=[FollowKind.ESTABLISHMENT, FollowKind.PARTNER])
    return {
        "establishment": {row.establishment_id for row in rows if row.establishment_id},
        "partner": {row.partner_id for row in rows if row.partner_id},
    }


def _can_follow_organiser(event: Event, followed: dict[str, set[int]]) -> bool:
    if event.organiser_establishment_id:
        return event.organiser_establishment_id not in followed["establishment"]
    if event.organiser_partner_id:
        return event.organiser_partner_id not in followed["partner"]
    return False


def participating_establishments(*, events: list[Event]) -> dict[int, list[dict]]:
    """Return per company-day event its participating establishments with their open vacancies."""
    if not events or not hasattr(Event, "participating_establishments"):
        return {}
    today = timezone.localdate()
    through = Event.participating_establishments.through
    pairs = list(
        through.objects.filter(event_id__in=[e.pk for e in events]).values_list("event_id", "establishment_id")
    )
    establishment_ids = {establishment_id for _event_id, establishment_id in pairs}
    establishments = Establishment.objects.in_bulk(establishment_ids)
    vacancies: dict[int, list[Vacancy]] = {}
    for vacancy in Vacancy.objects.published(today=today).filter(establishment_id__in=establishment_ids):
        vacancies.setdefault(vacancy.establishment_id, []).append(vacancy)
    result: dict[int, list[dict]] = {}
    for event_id, establishment_id in pairs:
        establishment = establishments[establishment_id]
        result.setdefault(event_id, []).append(
            {"establishment": establishment, "vacancies": vacancies.get(establishment_id, [])}
        )
    return result


def event_member_state(*, member: Member | None, event: Event) -> dict:
    """Return whether the member saved the event, follows its organiser, and their registration for it."""
    if member is None:
        return {"member": None}
    registration = member_registrations(member=member).filter(event=event).first()
    organiser = (
        Q(kind=FollowKind.ESTABLISHMENT, establishment_id=event.organiser_establishment_id)
        if (event.organiser_establishment_id)
        else Q(kind=FollowKind.PARTNER, partner_id=event.organiser_partner_id)
    )
    return {
        "member": member,
        "is_saved": SavedEvent.objects.filter(member=member, event=event).exists(),
        "registration": registration,
        "follows_organiser": member.follows.filter(organiser).exists()
        if (event.organiser_establishment_id or event.organiser_partner_id)
        else None,
    }


def digest_items(*, member: Member, since: datetime.datetime, until: datetime.datetime) -> dict:
    """Return the events and vacancies published in (since, until] that match what the member follows."""
    upcoming = Event.objects.public().filter(published_at__gt=since, published_at__lte=until, ends_at__gte=until)
    events = list(
        followed_events(member=member, queryset=upcoming)
        .select_related("venue", "organiser_establishment", "organiser_partner")
        .order_by("starts_at")
    )
    follows = member.follows.filter(kind=FollowKind.ESTABLISHMENT).values("establishment_id")
    field_ids = member.fields_of_work.values("pk")
    vacancies = list(
        Vacancy.objects.published()
        .filter(posted_at__gt=since, posted_at__lte=until)
        .filter(Q(establishment_id__in=follows) | Q(field_id__in=field_ids))
        .select_related("establishment")
        .order_by("-posted_at")
    )
    return {"events": events, "vacancies": vacancies}


def members_due_for_digest(*, frequency: str) -> QuerySet[Member]:
    """Return the active, confirmed members who chose this digest frequency, in a stable order."""
    return (
        Member.objects.filter(digest_frequency=frequency, user__is_active=True, confirmed_at__isnull=False)
        .select_related("user")
        .order_by("pk")
    )


def follower_counts(*, establishment_ids: list[int]) -> dict[int, int]:
    """Return how many members follow each of these establishments."""
    rows = (
        Follow.objects.filter(kind=FollowKind.ESTABLISHMENT, establishment_id__in=establishment_ids)
        .values("establishment_id")
        .annotate(total=Count("pk"))
        .order_by()
    )
    return {row["establishment_id"]: row["total"] for row in rows}


def establishment_members(*, establishment: Establishment) -> dict:
    """Return how many active members work at an establishment and the names of those who are visible."""
    members = Member.objects.filter(establishment=establishment, user__is_active=True).select_related("user")
    return {
        "count": members.count(),
        "visible": list(members.filter(visibility=Visibility.VISIBLE).order_by("user__last_name")),
        "followers": follower_counts(establishment_ids=[establishment.pk]).get(establishment.pk, 0),
    }


def attendee_members(*, registrations) -> dict[int, Member]:
    """Return per registration id the member behind it, for an organiser's attendee list (one query)."""
    by_user = {r.user_id: r.pk for r in registrations if getattr(r, "user_id", None)}
    members = Member.objects.filter(user_id__in=by_user).select_related("user", "establishment")
    return {by_user[m.user_id]: m for m in members}


def members_following_event(*, event_id: int) -> QuerySet[Member]:
    """Return the members who saved an event or registered for it (not cancelled)."""
    registered = Registration.objects.filter(event_id=event_id).exclude(status=RegistrationStatus.CANCELLED)
    return (
        Member.objects.filter(
            Q(saved_events__event_id=event_id) | Q(user_id__in=registered.values("user_id")), user__is_active=True
        )
        .select_related("user")
        .distinct()
    )
