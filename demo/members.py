"""Demo community members: a student, an employee of a demo company and a researcher, with follows and plans."""

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from community.events.models import Event, EventStatus, Registration, RegistrationStatus
from community.members.models import Follow, FollowKind, Member, SavedEvent, Visibility
from establishments.models import Establishment

from .users import DEMO_PASSWORD

MEMBERS = [
    # (username, first name, last name, background, institution, visibility, follows)
    ("student", "Sanne", "Student", "student", "ut", Visibility.HIDDEN, ["talent_cafe", "company_day"]),
    ("medewerker", "Mehmet", "Medewerker", "park_company", "", Visibility.VISIBLE, ["network_drinks"]),
    ("onderzoeker", "Olga", "Onderzoeker", "researcher", "", Visibility.VISIBLE, ["lecture"]),
]


@transaction.atomic
def members_load(stdout=None) -> None:
    """Create or refresh the demo members, their follows, a saved event and a registration each."""
    establishment = Establishment.objects.active().order_by("pk").first()
    events = list(Event.objects.filter(status=EventStatus.APPROVED, starts_at__gte=timezone.now()).order_by("pk"))
    for index, (username, first, last, background, institution, visibility, categories) in enumerate(MEMBERS):
        email = f"{username}@demo.kennispark.nl"
        user, _ = User.objects.get_or_create(username=email)
        user.email, user.first_name, user.last_name, user.is_active = email, first, last, True
        user.set_password(DEMO_PASSWORD)
        user.save()
        member = Member.objects.filter(user=user).first() or Member(user=user)
        member.background, member.institution, member.visibility = background, institution, visibility
        member.establishment = establishment if background == "park_company" else None
        if member.establishment is None and background == "park_company":
            member.background = "other"
        member.confirmed_at = member.confirmed_at or timezone.now()
        member.full_clean()
        member.save()
        for category in categories:
            Follow.objects.get_or_create(member=member, kind=FollowKind.CATEGORY, value=category)
        if establishment is not None:
            Follow.objects.get_or_create(member=member, kind=FollowKind.ESTABLISHMENT, establishment=establishment)
        if events:
            SavedEvent.objects.get_or_create(member=member, event=events[index % len(events)])
        _register(member, [event for event in events if event.registration_open and not event.is_recurring], index)
    if stdout:
        stdout.write(f"Members: {', '.join(f'{name}@demo.kennispark.nl' for name, *_ in MEMBERS)}")


def _register(member: Member, events: list[Event], index: int) -> None:
    if not events:
        return
    event = events[index % len(events)]
    if Registration.objects.filter(event=event, user=member.user).exists():
        return
    registration = Registration(
        event=event,
        user=member.user,
        name=member.user.get_full_name(),
        email=member.user.email,
        background=member.background,
        consent=True,
        status=RegistrationStatus.REGISTERED,
        language="nl",
    )
    registration.full_clean()
    registration.save()
