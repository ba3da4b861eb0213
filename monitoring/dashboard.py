"""The 2035 dashboard: each target's current value, required trajectory and whether the park is on track."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from community.events.selectors import community_indicators_by_year

from .charts import Chart, Series, line_chart
from .models import Indicator, MonitorSnapshot, Target
from .rounding import round_jobs

# Where each indicator's yearly values come from in a snapshot: (dimension, category, field).
SOURCES: dict[str, tuple[str, str, str]] = {
    Indicator.JOBS: ("total", "Kennispark", "jobs"),
    Indicator.ESTABLISHMENTS: ("total", "Kennispark", "establishments"),
    Indicator.KNOWLEDGE_INTENSIVE: ("profile", "knowledge_intensive", "establishments"),
    Indicator.STARTUPS: ("profile", "startup", "new_establishments"),
    Indicator.SPINOFFS: ("profile", "spinoff", "new_establishments"),
    Indicator.RD_BRANCHES: ("profile", "rd_branch", "new_establishments"),
}
HISTORY_YEARS = 5
ON_TRACK = "on_track"
BEHIND = "behind"
NO_DATA = "no_data"


@dataclass
class IndicatorStatus:
    target: Target
    year: int | None
    current: float | None
    required: int | None
    status: str
    history: list[tuple[int, float | None]]
    chart: Chart
    share_pct: float | None = None

    @property
    def status_label(self) -> str:
        return {ON_TRACK: _("On track"), BEHIND: _("Behind the trajectory"), NO_DATA: _("Not measured yet")}[
            self.status
        ]

    @property
    def rows(self) -> list[dict]:
        years = sorted({year for year, _value in self.history} | {self.target.baseline_year, self.target.target_year})
        actual = dict(self.history)
        return [
            {"year": year, "actual": actual.get(year), "required": _rounded(self.target.required_value(year))}
            for year in years
            if year >= self.target.baseline_year or actual.get(year) is not None
        ]


def _rounded(value: float) -> int:
    # Every indicator counts jobs or establishments: a required 13,072.7 jobs reads as noise, 13,073 does not.
    return round(value)


def indicator_statuses(
    snapshot: MonitorSnapshot | None, rows: list[dict], targets: list[Target]
) -> list[IndicatorStatus]:
    """Return the status of every target against the snapshot's latest year."""
    return [_status(target, rows, snapshot) for target in targets]


def _history(target: Target, rows: list[dict]) -> list[tuple[int, float | None]]:
    dimension, category, field = SOURCES[target.indicator]
    values = sorted(
        (row["year"], row[field])
        for row in rows
        if row["dimension"] == dimension and row["category"] == category and row[field] is not None
    )
    if target.indicator == Indicator.JOBS:
        return [(year, round_jobs(value)) for year, value in values]
    if target.indicator == Indicator.RD_BRANCHES:
        # The target counts new R&D branches since the baseline, so the history is cumulative from there.
        total, cumulative = 0, []
        for year, value in values:
            if year > target.baseline_year:
                total += value
                cumulative.append((year, total))
        return cumulative
    return values


def _status(target: Target, rows: list[dict], snapshot: MonitorSnapshot | None) -> IndicatorStatus:
    history = _history(target, rows)
    latest_year = max(snapshot.years) if snapshot and snapshot.years else None
    current = dict(history).get(latest_year) if latest_year else None
    if target.indicator == Indicator.RD_BRANCHES and latest_year and latest_year > target.baseline_year:
        current = current or 0
    # People and firms come whole: the page, the status and the chart all use the rounded trajectory.
    required = _rounded(target.required_value(latest_year)) if latest_year else None
    if (
        current is None
        or required is None
        or latest_year is None
        or (not target.is_rate and latest_year < target.baseline_year)
    ):
        status = NO_DATA
    else:
        status = ON_TRACK if current >= required else BEHIND
    trajectory: list[tuple[int, float | None]] = [
        (year, _rounded(target.required_value(year))) for year in range(target.baseline_year, target.target_year + 1)
    ]
    # The chart shows the recent past next to the road ahead; the whole history is on the key-figures page.
    recent = [(year, value) for year, value in history if year >= target.baseline_year - HISTORY_YEARS]
    chart = line_chart(
        slug=f"target-{target.indicator}",
        title=_("%(indicator)s: measured and required") % {"indicator": target.get_indicator_display()},
        description=_("Measured values and the straight trajectory from the baseline to the target of %(year)s.")
        % {"year": target.target_year},
        unit="count",
        series=[Series(_("Measured"), recent), Series(_("Required"), trajectory)],
    )
    result = IndicatorStatus(target, latest_year, current, required, status, recent, chart)
    if target.indicator == Indicator.KNOWLEDGE_INTENSIVE and current is not None:
        total = {row["year"]: row["establishments"] for row in rows if row["dimension"] == "total"}.get(latest_year)
        result.share_pct = round(current / total * 100, 1) if total else None
    return result


def community_rows() -> list[dict]:
    """Return the community indicators per year from the events calendar."""
    return community_indicators_by_year()
