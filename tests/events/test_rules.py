import csv
import datetime
import io
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from community.events import services
from community.events.models import Event, EventStatus, RegistrationStatus
from community.events.selectors import community_indicators_by_year, home_upcoming_events
from tests.factories.events import EventFactory, RegistrationFactory, VenueFactory, in_days

pytestmark = pytest.mark.django_db


def _form_data(establishment, **changes):
    data = {
        "title_nl": "Open dag Sensorlab",
        "description_nl": '<p onclick="steal()">Welkom</p><script>alert(1)</script>',
        "category": "company_visit",
        "audience": ["students"],
        "starts_at": in_days(10).strftime("%Y-%m-%dT%H:%M"),
        "ends_at": in_days(10, 19).strftime("%Y-%m-%dT%H:%M"),
        "venue": VenueFactory().pk,
        "organiser_establishment": establishment.pk,
        "recurrence_interval": 1,
        "registration_open": "on",
        "capacity": 20,
    }
    return {**data, **changes}


def test_representative_submits_event_editors_notified_and_text_sanitised(
    client, representative, establishment, mailoutbox, django_capture_on_commit_callbacks, settings
):
    # given
    client.force_login(representative)

    # when
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("events:create"), _form_data(establishment))

    # then
    assert response.status_code == 302
    event = Event.objects.get()
    assert event.status == EventStatus.SUBMITTED and event.organiser_establishment == establishment
    assert event.description_nl == "<p>Welkom</p>"
    assert mailoutbox[0].to == [settings.EDITORS_EMAIL]


def test_unapproved_event_is_nowhere_public(client, establishment):
    # given
    event = EventFactory(status=EventStatus.SUBMITTED, published_at=None, establishment=establishment)

    # when / then
    for name in ["events:list", "events:month_current", "events:week_current", "events:embed"]:
        assert event.title_nl not in client.get(reverse(name)).content.decode()
    assert event.title_nl not in client.get(reverse("events:feed")).content.decode()
    assert client.get("/api/events/").json()["count"] == 0
    assert client.get(f"/api/events/{event.pk}/").status_code == 404
    assert client.get(reverse("events:detail", kwargs={"pk": event.pk})).status_code == 404
    assert home_upcoming_events() == []


def test_another_companys_event_is_404(client, representative, other_establishment):
    # given
    event = EventFactory(status=EventStatus.SUBMITTED, published_at=None, establishment=other_establishment)
    client.force_login(representative)

    # when / then
    for name in ["events:edit", "events:attendees", "events:attendees_csv", "events:detail"]:
        assert client.get(reverse(name, kwargs={"pk": event.pk})).status_code == 404
    assert (
        client.patch(f"/api/events/{event.pk}/", {"title_nl": "x"}, content_type="application/json").status_code == 404
    )


def test_organiser_edit_of_published_event_goes_back_to_review(client, representative, establishment):
    # given
    event = EventFactory(establishment=establishment)
    client.force_login(representative)

    # when
    response = client.post(reverse("events:edit", kwargs={"pk": event.pk}), _form_data(establishment, title_nl="Nieuw"))

    # then
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.status == EventStatus.SUBMITTED and event.sequence == 1
    assert client.logout() is None and client.get(event.get_absolute_url()).status_code == 404


def test_editor_approves_and_rejects_with_reason(
    client, editor, representative, establishment, mailoutbox, django_capture_on_commit_callbacks
):
    # given
    approved = EventFactory(
        status=EventStatus.SUBMITTED, published_at=None, establishment=establishment, submitted_by=representative
    )
    rejected = EventFactory(
        status=EventStatus.SUBMITTED, published_at=None, establishment=establishment, submitted_by=representative
    )
    client.force_login(editor)
    assert approved.title_nl in client.get(reverse("events:review_queue")).content.decode()

    # when
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("events:review", kwargs={"pk": approved.pk}), {"decision": "approve"})
        empty = client.post(reverse("events:review", kwargs={"pk": rejected.pk}), {"decision": "reject", "reason": ""})
        client.post(
            reverse("events:review", kwargs={"pk": rejected.pk}), {"decision": "reject", "reason": "Geen datum"}
        )

    # then
    approved.refresh_from_db()
    rejected.refresh_from_db()
    assert empty.status_code == 200 and empty.context["reject_form"].errors
    assert approved.status == EventStatus.APPROVED and approved.published_at
    assert rejected.status == EventStatus.REJECTED and rejected.rejection_reason == "Geen datum"
    assert [mail.to for mail in mailoutbox] == [[representative.email], [representative.email]]
    assert "Geen datum" in mailoutbox[1].body


def test_review_queue_is_for_editors_only(client, representative):
    client.force_login(representative)
    assert client.get(reverse("events:review_queue")).status_code == 403


def test_api_write_rules(client, representative, establishment, other_establishment):
    # given
    client.force_login(representative)
    payload = {
        "title_nl": "API-evenement",
        "starts_at": in_days(3).isoformat(),
        "ends_at": in_days(3, 19).isoformat(),
        "venue": VenueFactory().pk,
        "category": "lecture",
        "audience": ["public"],
        "organiser_establishment": establishment.slug,
    }

    # when
    created = client.post("/api/events/", payload, content_type="application/json")
    foreign = client.post(
        "/api/events/",
        {**payload, "organiser_establishment": other_establishment.slug},
        content_type="application/json",
    )
    backwards = client.post(
        "/api/events/", {**payload, "ends_at": in_days(2).isoformat()}, content_type="application/json"
    )
    client.logout()
    anonymous = client.post("/api/events/", payload, content_type="application/json")

    # then
    assert created.status_code == 201 and created.json()["status"] == "submitted"
    assert foreign.status_code == 400 and "organiser_establishment" in foreign.json()
    assert backwards.status_code == 400 and "ends_at" in backwards.json()
    assert anonymous.status_code == 403
    assert "/api/events/" in client.get("/api/schema/").content.decode()


def test_embed_may_be_framed_but_other_pages_not(client):
    embed = client.get(reverse("events:embed"))
    listing = client.get(reverse("events:list"))
    assert "X-Frame-Options" not in embed and "frame-ancestors *" in embed["Content-Security-Policy"]
    assert listing["X-Frame-Options"] == "DENY"


def test_detail_has_event_json_ld(client):
    event = EventFactory(title_nl="Lezing <script>")
    html = client.get(event.get_absolute_url()).content.decode()
    assert '<script type="application/ld+json">' in html and '"@type": "Event"' in html
    assert "Lezing \\u003Cscript\\u003E" in html


def test_filters_stay_in_url_and_narrow_the_list(client):
    EventFactory(category="sports", title_nl="Kennispark Run")
    EventFactory(category="lecture", title_nl="Lezing", for_students=True)
    html = client.get(reverse("events:list"), {"category": "sports"}).content.decode()
    assert "Kennispark Run" in html and "Lezing" not in html and "category=sports" in html


def test_purge_blanks_personal_data_after_retention_but_keeps_counts(settings):
    # given
    settings.EVENTS_PERSONAL_DATA_RETENTION_DAYS = 30
    old = EventFactory(
        starts_at=timezone.now() - datetime.timedelta(days=40), ends_at=timezone.now() - datetime.timedelta(days=40)
    )
    recent = EventFactory(
        starts_at=timezone.now() - datetime.timedelta(days=5), ends_at=timezone.now() - datetime.timedelta(days=5)
    )
    RegistrationFactory.create_batch(2, event=old, background="park_company")
    kept = RegistrationFactory(event=recent)

    # when
    purged = services.registrations_purge()

    # then
    assert purged == 2
    assert set(old.registrations.values_list("name", "email", "background", "status")) == {
        ("", "", "park_company", "registered")
    }
    assert recent.registrations.values_list("name", "email").get() == (kept.name, kept.email)


def test_community_indicators_by_year():
    # given
    held = EventFactory(
        starts_at=datetime.datetime(2025, 6, 1, 17, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2025, 6, 1, 19, tzinfo=datetime.UTC),
        for_public=True,
    )
    RegistrationFactory.create_batch(2, event=held, background="student")
    RegistrationFactory(event=held, status=RegistrationStatus.CANCELLED)
    EventFactory(
        status=EventStatus.SUBMITTED,
        starts_at=datetime.datetime(2025, 7, 1, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2025, 7, 1, 2, tzinfo=datetime.UTC),
    )

    # when
    rows = community_indicators_by_year()

    # then
    row = next(row for row in rows if row["year"] == 2025)
    assert row["events_held"] == 1 and row["registrations"] == 2 and row["attendees"] == 2
    assert row["attendees_by_background"]["student"] == 2 and row["events_open_to_outside"] == 1
    assert row["events_by_audience"]["employees"] == 1


def test_recurring_event_appears_on_each_date_except_exceptions(client):
    start = datetime.datetime(2027, 2, 3, 16, tzinfo=datetime.UTC)
    EventFactory(
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=2),
        recurrence_frequency="weekly",
        recurrence_count=4,
        recurrence_exceptions=["2027-02-10"],
        title_nl="Talent Café",
    )
    html = client.get(reverse("events:month", kwargs={"year": 2027, "month": 2})).content.decode()
    assert html.count("Talent Café</a>") == 3


@pytest.mark.parametrize("count", [2, 12])
def test_list_and_api_query_counts_do_not_grow(client, django_assert_max_num_queries, count, establishment):
    EventFactory.create_batch(count, establishment=establishment)
    EventFactory.create_batch(count, recurrence_frequency="weekly", recurrence_count=3)
    with django_assert_max_num_queries(6):
        listing = client.get(reverse("events:list"))
    with django_assert_max_num_queries(4):
        api = client.get("/api/events/")
    with django_assert_max_num_queries(6):
        month = client.get(reverse("events:month_current"))
    assert listing.status_code == api.status_code == month.status_code == 200
    assert api.json()["count"] == 2 * count
    # A series of three dates is listed once, at its next date, saying two more follow.
    assert len(listing.context["occurrences"]) == min(2 * count, 20)
    entries = listing.context["page"].paginator.object_list
    assert sorted(entry.later_dates for entry in entries) == [0] * count + [2] * count


def test_data_migrations_schedule_the_purge_and_grant_editors():
    from django.apps import apps
    from django.contrib.auth.models import Group
    from django_celery_beat.models import PeriodicTask

    from community.events.seeds import PURGE_TASK_NAME, editors_grant, purge_schedule

    # given: the migration's seeders (a transactional test elsewhere may have flushed their rows)
    # when: run twice, as a re-run must be harmless
    for _ in range(2):
        purge_schedule(apps)
        editors_grant(apps)

    # then
    tasks = PeriodicTask.objects.filter(name=PURGE_TASK_NAME)
    assert tasks.count() == 1
    assert tasks.first().task == "community.events.tasks.purge_attendee_personal_data"
    editor_codenames = set(Group.objects.get(name="editor").permissions.values_list("codename", flat=True))
    assert {"change_event", "view_registration", "add_venue"} <= editor_codenames


def test_home_partial_and_directory_tag_render_upcoming_events(rf, establishment):
    from django.template import Context, Template
    from django.template.loader import render_to_string

    # given
    EventFactory(title_nl="Borrel op het park")
    EventFactory(title_nl="Open dag Sensorlab", establishment=establishment)

    # when
    home = render_to_string("events/_home_upcoming.html", {"upcoming_events": home_upcoming_events()})
    directory = Template("{% load events_tags %}{% establishment_events establishment %}").render(
        Context({"establishment": establishment})
    )

    # then
    assert '<section class="section"' in home and "Borrel op het park" in home and "/agenda/" in home
    assert "Open dag Sensorlab" in directory and "Borrel op het park" not in directory


def test_organiser_exports_attendees_as_csv(client, representative, establishment):
    # given
    event = EventFactory(establishment=establishment, registration_open=True, capacity=5)
    RegistrationFactory(event=event, name="=HYPERLINK(1)", email="x@example.org")
    client.force_login(representative)

    # when
    response = client.get(reverse("events:attendees_csv", kwargs={"pk": event.pk}))

    # then
    assert response["Content-Type"].startswith("text/csv")
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Naam", "E-mailadres", "Achtergrond", "Status", "Aangemeld op"]
    assert rows[1][:2] == ["'=HYPERLINK(1)", "x@example.org"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", rows[1][4])
