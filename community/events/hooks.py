"""Hooks that apps above the calendar register to hear of changes to events (members e-mail those concerned).

The calendar imports no app above it; an app registers a callable here from its AppConfig.ready().
"""

from collections.abc import Callable

from .models import Event

EventChangedHook = Callable[..., None]
_event_changed_hooks: list[EventChangedHook] = []


def event_changed_hook_register(hook: EventChangedHook) -> None:
    """Register a callable run as hook(event_id=..., change=...) when a published event is moved or cancelled."""
    if hook not in _event_changed_hooks:
        _event_changed_hooks.append(hook)


def event_changed(*, event: Event, change: str) -> None:
    """Tell the registered hooks that a published event was moved ("moved") or cancelled ("cancelled")."""
    for hook in _event_changed_hooks:
        hook(event_id=event.pk, change=change)


AttendeeDetailsHook = Callable[..., dict[int, str]]
_attendee_details_hooks: list[AttendeeDetailsHook] = []


def attendee_details_hook_register(hook: AttendeeDetailsHook) -> None:
    """Register a callable run as hook(registrations=...) that returns per registration id what it knows of them."""
    if hook not in _attendee_details_hooks:
        _attendee_details_hooks.append(hook)


def attendee_details(*, registrations: list) -> dict[int, str]:
    """Return per registration id what the apps above share with organisers (a visible member's organisation)."""
    details: dict[int, str] = {}
    for hook in _attendee_details_hooks:
        details.update(hook(registrations=registrations))
    return details
