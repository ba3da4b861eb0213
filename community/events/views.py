"""Public pages of the agenda: list, month and week, detail, .ics, feed, embed and registration."""

import datetime

from csp.decorators import csp_replace
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_http_methods, require_POST

from establishments.models import Establishment
from kennispark import content_versions
from kennispark.errors import form_add_errors
from kennispark.response_cache import cache_public

from . import calendar_grid, ical, selectors, services
from .filters import EventFilter
from .forms import RegistrationForm
from .models import Category, PartnerOrganisation, RegistrationStatus
from .recurrence import occurrences
from .structured_data import event_json_ld

PAGE_SIZE = 20
EVENT_AREAS = (content_versions.EVENTS, content_versions.ESTABLISHMENTS)


def _filter_context(request) -> dict:
    event_filter = EventFilter(request.GET or None)
    params = request.GET.copy()
    params.pop("page", None)
    return {"filter_form": event_filter.form, "query": params.urlencode(), "has_filters": bool(params)}


@cache_public(*EVENT_AREAS)
def event_list(request):
    """Show the upcoming events, filtered by the GET parameters."""
    found = selectors.upcoming_occurrences(params=request.GET)
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
    found = selectors.occurrences_between(start=start, end=end, params=request.GET)
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
    found = selectors.occurrences_between(start=start, end=end, params=request.GET)
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
    now = timezone.now()
    found = occurrences(event, now, now + selectors.UPCOMING_HORIZON)[:limit]
    if found:
        return found
    return occurrences(event, event.starts_at, event.ends_at + datetime.timedelta(seconds=1))[:1]


def _event_detail(request, pk: int, registration_form=None):
    event = selectors.event_get_visible(pk=pk, user=request.user)
    upcoming = _next_occurrences(event)
    can_manage = selectors.event_is_manageable(event=event, user=request.user)
    context = {
        "event": event,
        "occurrence": upcoming[0] if upcoming else None,
        "upcoming": upcoming,
        "availability": selectors.event_availability(event=event),
        "registration_form": registration_form or RegistrationForm(),
        "can_manage": can_manage,
        "json_ld": event_json_ld(upcoming[0]) if upcoming and event.is_public else None,
        "takes_registrations": event.takes_registrations(),
    }
    return render(request, "events/detail.html", context)


@cache_public(*EVENT_AREAS)
def event_detail(request, pk: int):
    """Show an event with its dates, registration form and schema.org data."""
    return _event_detail(request, pk)


@cache_public(*EVENT_AREAS)
def event_ics(request, pk: int):
    """Download one event as an .ics file for the visitor's calendar."""
    event = selectors.event_get_visible(pk=pk, user=request.user)
    response = HttpResponse(ical.calendar_for([event], name=event.title), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="kennispark-{event.pk}.ics"'
    return response


@require_POST
def event_register(request, pk: int):
    """Register the visitor (or put them on the waiting list) and send the confirmation."""
    event = selectors.event_get_visible(pk=pk, user=request.user)
    form = RegistrationForm(request.POST)
    if form.is_valid():
        data = {key: form.cleaned_data[key] for key in ("name", "email", "background", "consent")}
        try:
            registration = services.registration_create(event_id=event.pk, language=get_language(), **data)
        except ValidationError as error:
            form_add_errors(form, error)
        else:
            if registration.status == RegistrationStatus.WAITING:
                messages.warning(
                    request, _("The event is full: you are on the waiting list. We have sent you an e-mail.")
                )
            else:
                messages.success(request, _("You are registered. We have sent you a confirmation by e-mail."))
            return redirect(event)
    return _event_detail(request, pk, registration_form=form)


@require_http_methods(["GET", "POST"])
def registration_cancel(request, token: str):
    """Confirm and cancel a registration from the link in the confirmation e-mail."""
    registration = selectors.registration_get_by_token(token=token)
    if request.method == "POST" and registration.status != RegistrationStatus.CANCELLED:
        services.registration_cancel(registration=registration)
        messages.success(request, _("Your registration has been cancelled."))
        return redirect("events:registration_cancel", token=token)
    return render(
        request, "events/registration_cancel.html", {"registration": registration, "event": registration.event}
    )


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
