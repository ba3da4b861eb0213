"""The talent pages' window on the events calendar (community.events) for Talent Cafés and company days.

The events app owns its models; this module only calls its public selector.
"""

from community.events.selectors import upcoming_occurrences

TALENT_EVENT_CATEGORIES = ("talent_cafe", "company_day")


def upcoming_talent_events(*, categories=TALENT_EVENT_CATEGORIES, limit: int = 4) -> list:
    """Return the next public occurrences of these calendar categories, soonest first."""
    occurrences = []
    for category in categories:
        occurrences += upcoming_occurrences(params={"category": category}, limit=limit)
    return sorted(occurrences, key=lambda occurrence: occurrence.starts_at)[:limit]
