"""Template tags of the community members: the member panel on an event page and the follow-this-filter box."""

from django import template

from ..selectors import event_member_state, member_for_user
from ..services import normalised_filter

register = template.Library()


@register.filter
def get_item(mapping, key):
    """Return mapping[key], or None (for dictionaries keyed by id in templates)."""
    return mapping.get(key) if mapping else None


def _panel_context(context, event) -> dict:
    request = context["request"]
    member = member_for_user(user=request.user)
    return {
        **event_member_state(member=member, event=event),
        "event": event,
        "request": request,
        "user": request.user,
        "upcoming": [o for o in context.get("upcoming") or [] if o.event.pk == event.pk],
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("members/_event_actions_panel.html", takes_context=True)
def member_event_actions(context, event):
    """Show a member's save and follow-organiser buttons on an event page; the way to join to visitors."""
    return _panel_context(context, event)


@register.simple_tag(takes_context=True)
def member_event_state(context, event) -> dict:
    """Return the member (or None), their registration for the event and its dates, for the one-click panel."""
    return _panel_context(context, event)


@register.inclusion_tag("members/_follow_filter.html", takes_context=True)
def member_follow_filter(context):
    """Offer to follow the agenda's current filter (members) and to subscribe to it as a feed (everyone)."""
    request = context["request"]
    query = normalised_filter(request.GET)
    return {
        "query": query,
        "is_member": member_for_user(user=request.user) is not None,
        "user": request.user,
        "request": request,
        "csrf_token": context.get("csrf_token"),
    }
