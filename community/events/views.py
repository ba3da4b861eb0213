"""Public pages of the agenda: list, month and week, detail, .ics, feed, embed and registration."""

import datetime

from csp.decorators import csp_replace
from django.apps import apps
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_http_methods, require_POST

from establishments.models import Establishment
from kennispark import content_versions
from kennispark.errors import form_add_errors
from kennispark.links import absolute_url
from kennispark.response_cache import cache_public

from . import calendar_grid, ical, selectors, services
from .calendar_links import calendar_links
from .filters import EARLIEST, LATEST, EventFilter
from .forms import RegistrationForm
from .models import Category, PartnerOrganisation, RegistrationStatus
from .recurrence import AMSTERDAM, occurrence_at, occurrences, open_occurrences
from .structured_data import event_json_ld

PAGE_SIZE = 20
# The dates of a series offered in the registration form.
MAX_DATES = 12
EVENT_AREAS = (content_versions.EVENTS, content_versions.ESTABLISHMENTS)


def _filter_context(request) -> dict:
    event_filter = EventFilter(request.GET or None)
    params = request.GET.copy()
    params.pop("page", None)
    return {"filter_form": event_filter.form, "query": params.urlencode(), "has_filters": bool(params)}


@cache_public(*EVENT_AREAS)
def event_list(request):
    """Show the upcoming events (a series once, at its next date), filtered by text, period and the other filters."""
    found = selectors.agenda_entries(params=request.GET)
    page = Paginator(found, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"page": page, "occurrences": page.object_list, "view": "list", **_filter_context(request)}
    return render(request, "events/list.html", context)


@cache_public(*EVENT_AREAS)
def event_month(request, year: int | None = None, month: int | None = None):
    """Show a month as a calendar grid (a list of days on small screens)."""
    today = timezone.localdate()
    year, month = year or today.year, month or today.month
    if not (1 <= month <= 12 and 1900 < year < 3000):
        raise Http404
    days = calendar_grid.month_days(year, month)
    start, end = calendar_grid.window_of(days)
    found = selectors.with_availability(selectors.occurrences_between(start=start, end=end, params=request.GET))
    first = datetime.date(year, month, 1)
    previous = first - datetime.timedelta(days=1)
    following = first + datetime.timedelta(days=32)
    context = {
        "view": "month",
        "first": first,
        "weeks": calendar_grid.weeks_of(calendar_grid.grid(days, found, month=month)),
        "weekdays": days[:7],
        "previous": previous,
        "following": following,
        "count": sum(1 for occurrence in found if occurrence.local_start.month == month),
        **_filter_context(request),
    }
    return render(request, "events/month.html", context)


@cache_public(*EVENT_AREAS)
def event_week(request, year: int | None = None, week: int | None = None):
    """Show one ISO week, day by day."""
    if year is None or week is None:
        year, week, _weekday = timezone.localdate().isocalendar()
    try:
        days = calendar_grid.week_days(year, week)
    except ValueError as error:
        raise Http404 from error
    start, end = calendar_grid.window_of(days)
    found = selectors.with_availability(selectors.occurrences_between(start=start, end=end, params=request.GET))
    context = {
        "view": "week",
        "days": calendar_grid.grid(days, found),
        "week": week,
        "year": year,
        "previous": (days[0] - datetime.timedelta(days=7)).isocalendar(),
        "following": (days[0] + datetime.timedelta(days=7)).isocalendar(),
        "count": len(found),
        **_filter_context(request),
    }
    return render(request, "events/week.html", context)


def _next_occurrences(event, limit=6):
    found = open_occurrences(event)[:limit]
    if found:
        return selectors.with_availability(found)
    return occurrences(event, event.starts_at, event.ends_at + datetime.timedelta(seconds=1))[:1]


def _event_detail(request, pk: int, registration_form=None):
    event = selectors.event_get_visible(pk=pk, user=request.user)
    upcoming = _next_occurrences(event, limit=MAX_DATES if event.registration_open else 6)
    occurrence = upcoming[0] if upcoming else None
    takes_registrations = event.takes_registrations()
    dates = upcoming if event.is_recurring and takes_registrations else None
    context = {
        "event": event,
        "occurrence": occurrence,
        "upcoming": upcoming,
        "availability": selectors.event_availability(event=event),
        "registration_form": registration_form or RegistrationForm(occurrences=dates),
        "can_manage": selectors.event_is_manageable(event=event, user=request.user),
        "json_ld": event_json_ld(occurrence) if occurrence and event.is_public else None,
        "takes_registrations": takes_registrations,
        "calendar": calendar_links(occurrence) if occurrence else None,
        # The members app (above this one) adds saving, following and one-click registration, when installed.
        "members_installed": apps.is_installed("community.members"),
    }
    return render(request, "events/detail.html", context)


@cache_public(*EVENT_AREAS)
def event_detail(request, pk: int):
    """Show an event with its dates, registration form and schema.org data."""
    return _event_detail(request, pk)


@cache_public(*EVENT_AREAS)
def event_ics(request, pk: int):
    """Download an event (or, with ?date=, one date of a series) as an .ics file for the visitor's calendar."""
    event = selectors.event_get_visible(pk=pk, user=request.user)
    occurrence = _occurrence_on(event, request.GET.get("date")) if "date" in request.GET else None
    calendar = ical.calendar_for([event], name=event.title, occurrence=occurrence)
    response = HttpResponse(calendar, content_type="text/calendar; charset=utf-8")
    suffix = f"-{occurrence.local_start:%Y%m%d}" if occurrence else ""
    response["Content-Disposition"] = f'attachment; filename="kennispark-{event.pk}{suffix}.ics"'
    return response


def _occurrence_on(event, value: str):
    try:
        day = datetime.date.fromisoformat(value)
    except ValueError as error:
        raise Http404 from error
    if not EARLIEST <= day <= LATEST:
        raise Http404
    start = datetime.datetime.combine(day, datetime.time(0), tzinfo=AMSTERDAM)
    found = [item for item in occurrences(event, start, start + datetime.timedelta(days=1)) if item.first_day == day]
    if not found:
        raise Http404
    return found[0]


@require_POST
def event_register(request, pk: int):
    """Register the visitor (or put them on the waiting list) and show their registration behind its manage link."""
    event = selectors.event_get_visible(pk=pk, user=request.user)
    dates = selectors.with_availability(open_occurrences(event)[:MAX_DATES]) if event.is_recurring else None
    form = RegistrationForm(request.POST, occurrences=dates)
    if form.is_valid():
        data = {key: form.cleaned_data[key] for key in ("name", "email", "background", "consent")}
        try:
            registration = services.registration_create(
                event_id=event.pk,
                language=get_language(),
                occurrence_start=form.cleaned_data.get("occurrence"),
                user=request.user if request.user.is_authenticated else None,
                **data,
            )
        except ValidationError as error:
            form_add_errors(form, error)
        else:
            token = services.registration_manage_token(registration=registration)
            return redirect("events:registration_manage", token=token)
    return _event_detail(request, pk, registration_form=form)


@require_http_methods(["GET", "POST"])
def registration_manage(request, token: str):
    """Show a registration's state (registered, waiting list place, cancelled) and let its holder cancel it."""
    registration = selectors.registration_get_by_token(token=token)
    if request.method == "POST" and registration.status != RegistrationStatus.CANCELLED:
        services.registration_cancel(registration=registration)
        messages.success(request, _("Your registration has been cancelled."))
        return redirect("events:registration_manage", token=token)
    occurrence = occurrence_at(registration.event, registration.occurrence_start)
    context = {
        "registration": registration,
        "event": registration.event,
        "occurrence": occurrence,
        "position": selectors.registration_waiting_position(registration=registration),
        "calendar": calendar_links(occurrence),
        "manage_url": absolute_url(reverse("events:registration_manage", kwargs={"token": token})),
    }
    response = render(request, "events/registration_manage.html", context)
    # The link is the key to the registration: keep it out of the Referer sent to calendar sites.
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex"
    return response


@cache_public(*EVENT_AREAS)
def event_feed(request):
    """Serve the iCalendar feed of all events, or of one category or organiser."""
    events = selectors.feed_events(params=request.GET)
    category = request.GET.get("category", "")
    organiser = request.GET.get("organiser", "")
    name = ical.feed_name(
        category_label=str(Category(category).label) if category in Category.values else "",
        organiser_name=_organiser_name(organiser),
    )
    response = HttpResponse(ical.calendar_for(events, name=name), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="kennispark-agenda.ics"'
    return response


def _organiser_name(key: str) -> str:
    if not key:
        return ""
    if key == "kennispark":
        return "Kennispark Twente"
    establishment = Establishment.objects.filter(slug=key).values_list("trade_name", flat=True).first()
    return establishment or PartnerOrganisation.objects.filter(slug=key).values_list("name", flat=True).first() or ""


@xframe_options_exempt
@csp_replace({"frame-ancestors": ["*"]})
@cache_public(*EVENT_AREAS)
def event_embed(request):
    """Show a bare list of upcoming events that partner sites may put in an iframe."""
    found = selectors.upcoming_occurrences(params=request.GET, limit=10)
    return render(request, "events/embed.html", {"occurrences": found, "query": request.GET.urlencode()})
