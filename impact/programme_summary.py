"""The programme board's summary per programme line for the overall dashboard, read through its selectors."""

from django.apps import apps

STATUSES = ("on_track", "at_risk", "late", "done")


def programme_line_summary(*, public_only: bool = True) -> list[dict]:
    """Return per programme line the number of projects on track, at risk, late and done; [] without the board."""
    if not apps.is_installed("programme"):
        return []
    from programme.selectors import line_status_summary

    return [
        {"line": row["line"], "counts": {status: row.get(status, 0) for status in STATUSES}, "total": row["total"]}
        for row in line_status_summary(public_only=public_only)
    ]
