"""Template tags of the events calendar: an establishment's events, and how an occurrence's time reads."""

from django import template
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from ..recurrence import Occurrence
from ..selectors import establishment_upcoming_events

register = template.Library()


@register.inclusion_tag("events/_establishment_events.html")
def establishment_events(establishment, limit: int = 5):
    """Render the establishment's upcoming approved events (for its directory page)."""
    return {
        "establishment": establishment,
        "occurrences": establishment_upcoming_events(establishment=establishment, limit=limit),
    }


@register.simple_tag
def occurrence_when(occurrence: Occurrence) -> str:
    """Return a readable date and time range of an occurrence, in Amsterdam time."""
    start, end = occurrence.local_start, occurrence.local_end
    same_day = start.date() == end.date()
    if occurrence.event.is_all_day:
        if same_day:
            return date_format(start, "l j F Y")
        return f"{date_format(start, 'j F')} – {date_format(end, 'j F Y')}"
    if same_day:
        return f"{date_format(start, 'l j F Y')}, {start:%H:%M}–{end:%H:%M}"
    return f"{date_format(start, 'j F Y')} {start:%H:%M} – {date_format(end, 'j F Y')} {end:%H:%M}"


@register.simple_tag
def occurrence_time(occurrence: Occurrence) -> str:
    """Return just the time range of an occurrence (or "all day")."""
    if occurrence.event.is_all_day:
        return _("all day")
    return f"{occurrence.local_start:%H:%M}–{occurrence.local_end:%H:%M}"


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """Return the current query string with some parameters replaced (empty values removed)."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        params.pop(key, None)
        if value not in (None, ""):
            params[key] = value
    return params.urlencode()
