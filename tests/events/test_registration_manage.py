"""Registration per date of a series, the manage link, the e-mail's .ics and calendar links, agenda search."""

import datetime
import re
from urllib.parse import parse_qs, urlsplit

import icalendar
import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import translation

from community.events import hooks, selectors, services
from community.events.calendar_links import calendar_links
from community.events.emails import send_registration_mail
from community.events.models import RegistrationStatus
from community.events.recurrence import occurrence_at, open_occurrences
from tests.factories.events import EventFactory, RegistrationFactory, in_days
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db


def _series(**extra):
    start = in_days(3, 16)
    return EventFactory(
        title_nl="Talent Café",
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=2),
        recurrence_frequency="weekly",
        recurrence_count=3,
        registration_open=True,
        capacity=1,
        **extra,
    )


def _register(event, email, **extra):
    return services.registration_create(
        event_id=event.pk, name="Bezoeker", email=email, background="student", consent=True, **extra
    )


def test_each_date_of_a_series_has_its_own_places_and_waiting_list():
    # given
    event = _series()
    first, second, _third = (occurrence.starts_at for occurrence in open_occurrences(event))

    # when
    on_second = _register(event, "a@example.org", occurrence_start=second)
    waiting = _register(event, "b@example.org", occurrence_start=second)
    on_first = _register(event, "b@example.org", occurrence_start=first)

    # then
    assert on_second.status == on_first.status == RegistrationStatus.REGISTERED
    assert waiting.status == RegistrationStatus.WAITING
    assert selectors.registration_waiting_position(registration=waiting) == 1
    dates = {item.starts_at: item.places_left for item in selectors.with_availability(open_occurrences(event))}
    assert dates == {first: 0, second: 0, _third: 1}


def test_a_series_needs_one_of_its_open_dates():
    # given
    event = _series()

    # when / then
    with pytest.raises(ValidationError) as missing:
        _register(event, "a@example.org")
    with pytest.raises(ValidationError) as unknown:
        _register(event, "a@example.org", occurrence_start=event.starts_at + datetime.timedelta(days=1))
    assert "occurrence" in missing.value.message_dict and "occurrence" in unknown.value.message_dict


def test_cancelling_a_date_promotes_only_that_dates_waiting_list():
    # given
    event = _series()
    first, second, _third = (occurrence.starts_at for occurrence in open_occurrences(event))
    taken = _register(event, "a@example.org", occurrence_start=first)
    waiting_first = _register(event, "b@example.org", occurrence_start=first)
    _register(event, "c@example.org", occurrence_start=second)
    waiting_second = _register(event, "d@example.org", occurrence_start=second)

    # when
    promoted = services.registration_cancel(registration=taken)

    # then
    waiting_second.refresh_from_db()
    assert promoted == waiting_first
    assert waiting_second.status == RegistrationStatus.WAITING


def test_a_member_registers_once_per_date():
    # given
    event = EventFactory(registration_open=True, capacity=5)
    member = UserFactory()

    # when
    registration = _register(event, "lid@example.org", user=member)

    # then: a second registration of the same account is refused, even with another address
    assert registration.user == member
    with pytest.raises(ValidationError):
        _register(event, "ander@example.org", user=member)
    assert list(selectors.registrations_of_user(user=member)) == [registration]


def test_the_confirmation_mail_carries_a_valid_ics_of_the_registered_date(mailoutbox):
    # given
    event = _series()
    second = open_occurrences(event)[1]
    registration = _register(event, "a@example.org", occurrence_start=second.starts_at)

    # when
    send_registration_mail("registration", registration.pk)

    # then: one VEVENT, at the chosen date, that does not replace the whole series in the calendar
    (message,) = mailoutbox
    name, content, mimetype = message.attachments[0]
    calendar = icalendar.Calendar.from_ical(content)
    (vevent,) = calendar.walk("VEVENT")
    assert name.endswith(".ics") and mimetype.startswith("text/calendar")
    assert vevent.decoded("DTSTART") == second.local_start
    assert vevent.decoded("DTEND") == second.local_end
    assert "RRULE" not in vevent and str(vevent["UID"]) != f"{event.uid}@agenda.kennispark.nl"
    manage = reverse("events:registration_manage", kwargs={"token": registration.manage_token})
    assert manage in message.body


def test_the_manage_page_is_personal_and_never_cached():
    # given
    event = EventFactory(registration_open=True, capacity=1)
    RegistrationFactory(event=event)
    waiting = RegistrationFactory(event=event, status=RegistrationStatus.WAITING)
    url = reverse("events:registration_manage", kwargs={"token": waiting.manage_token})

    # when
    first, second = Client().get(url), Client().get(url)

    # then
    assert "public" not in second.get("Cache-Control", "")
    assert 'data-state="waiting"' in first.content.decode() and 'data-state="waiting"' in second.content.decode()
    assert "noindex" in first["X-Robots-Tag"]


def test_the_cached_event_page_shows_no_visitors_state_and_the_list_follows_registrations(
    client, django_capture_on_commit_callbacks
):
    # given: the pages are cached
    event = EventFactory(title_nl="Open lab", title_en="Open lab", registration_open=True, capacity=2)
    client.get(event.get_absolute_url())
    client.get(reverse("events:list"))

    # when: someone registers
    with django_capture_on_commit_callbacks(execute=True):
        _register(event, "a@example.org")

    # then: the next anonymous visitors see one place left, and nobody's registration
    for language in ("nl", "en"):
        with translation.override(language):
            page = Client().get(event.get_absolute_url()).content.decode()
            listing = Client().get(reverse("events:list")).content.decode()
        assert "data-state" not in page and 'id="register"' in page
        badge = re.search(r"Open lab</a>.*?badge-accent\">([^<]*)<", listing, re.S)[1]
        assert re.search(r"\b1\b", badge) and "2" not in badge


def test_calendar_links_for_google_outlook_webcal_and_download(settings):
    # given
    settings.SITE_URL = "https://portal.kennispark.example/"
    event = _series()
    occurrence = open_occurrences(event)[0]

    # when
    links = calendar_links(occurrence)

    # then
    google = parse_qs(urlsplit(links["google"]).query)
    outlook = parse_qs(urlsplit(links["outlook"]).query)
    start_utc = occurrence.starts_at.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    assert google["text"] == ["Talent Café"] and google["dates"][0].startswith(start_utc + "/")
    assert outlook["startdt"] == [occurrence.local_start.isoformat()]
    assert links["subscribe"] == f"webcal://portal.kennispark.example/agenda/{event.pk}/agenda.ics"
    assert links["download"].endswith(f"?date={occurrence.local_start.date().isoformat()}")


def test_the_ics_of_one_date_and_an_unknown_date(client):
    # given
    event = _series()
    second = open_occurrences(event)[1]
    url = reverse("events:ics", kwargs={"pk": event.pk})

    # when
    one = client.get(url, {"date": second.local_start.date().isoformat()})
    wrong = client.get(url, {"date": (second.local_start + datetime.timedelta(days=1)).date().isoformat()})
    garbage = client.get(url, {"date": "morgen"})
    far = client.get(url, {"date": "9999-12-31"})

    # then
    (vevent,) = icalendar.Calendar.from_ical(one.content).walk("VEVENT")
    assert vevent.decoded("DTSTART") == second.local_start
    assert wrong.status_code == garbage.status_code == far.status_code == 404


def test_agenda_text_search_and_period(client):
    # given
    EventFactory(title_nl="Lezing chiptechnologie", starts_at=in_days(10), ends_at=in_days(10, 19))
    EventFactory(title_nl="Netwerkborrel", starts_at=in_days(40), ends_at=in_days(40, 19))
    soon = (in_days(0).date(), in_days(20).date())

    # when
    by_text = client.get(reverse("events:list"), {"q": "chip"})
    by_period = client.get(reverse("events:list"), {"date_from": soon[0].isoformat(), "date_to": soon[1].isoformat()})
    backwards = client.get(reverse("events:list"), {"date_from": soon[1].isoformat(), "date_to": soon[0].isoformat()})
    api = client.get("/api/events/", {"q": "borrel", "date_from": "1999-01-01"})

    # then
    assert [item.event.title_nl for item in by_text.context["occurrences"]] == ["Lezing chiptechnologie"]
    assert [item.event.title_nl for item in by_period.context["occurrences"]] == ["Lezing chiptechnologie"]
    assert backwards.status_code == 200 and backwards.context["occurrences"] == []
    assert api.status_code == 400 and "date_from" in api.json()


def test_cancelling_or_moving_a_published_event_tells_the_hooks(editor):
    # given
    heard = []

    def hook(*, event_id, change):
        heard.append((event_id, change))

    hooks.event_changed_hook_register(hook)
    event = _series()
    second = open_occurrences(event)[1]
    registration = _register(event, "a@example.org", occurrence_start=second.starts_at)

    try:
        # when: the series moves an hour later, then is cancelled
        event.starts_at += datetime.timedelta(hours=1)
        event.ends_at += datetime.timedelta(hours=1)
        services.event_save(event=event, user=editor)
        services.event_cancel(event=event, user=editor)
    finally:
        hooks._event_changed_hooks.remove(hook)

    # then: the registration moved along with its date
    registration.refresh_from_db()
    assert heard == [(event.pk, "moved"), (event.pk, "cancelled")]
    assert registration.occurrence_start == second.starts_at + datetime.timedelta(hours=1)
    assert occurrence_at(event, registration.occurrence_start).local_start.hour == 17
