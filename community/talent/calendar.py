"""The talent pages' window on the events calendar (community.events) for Talent Cafés and company days.

The events app owns its models; this module only calls its public selector, and shows nothing when the
calendar is not installed or offers no such selector.
"""

from importlib import import_module

TALENT_EVENT_CATEGORIES = ("talent_cafe", "company_day")


def upcoming_talent_events(*, categories=TALENT_EVENT_CATEGORIES, limit: int = 4) -> list:
    """Return the next public occurrences of these calendar categories, soonest first."""
    try:
        selectors = import_module("community.events.selectors")
    except ModuleNotFoundError:
        return []
    provider = getattr(selectors, "upcoming_occurrences", None)
    if provider is None:
        return []
    occurrences = []
    for category in categories:
        occurrences += provider(params={"category": category}, limit=limit)
    return sorted(occurrences, key=lambda occurrence: occurrence.starts_at)[:limit]
