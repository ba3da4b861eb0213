"""The monitor computed from the demo register reproduces every figure the report and the strategy publish."""

from decimal import ROUND_HALF_UP, Decimal

import pytest
from django.db import transaction

from demo.register.loader import register_load
from monitoring.reference_totals import REFERENCE_TOTALS, reference_totals_load
from monitoring.rounding import round_jobs
from monitoring.selectors import published_figures
from monitoring.services import snapshot_compute

from .published_figures import CONTRADICTIONS, FIGURES, GROWTH

# Marks the module as a database user, so that pytest-django sets up the test database before the module
# fixture below writes to it (a module fixture alone does not count).
pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def snapshot(django_db_setup, django_db_blocker):
    """Load the demo register, compute the monitor once, keep its rows and roll everything back."""
    with django_db_blocker.unblock(), transaction.atomic():
        register_load()
        reference_totals_load(REFERENCE_TOTALS)
        computed = snapshot_compute(trigger="test")
        assert computed.status == "completed", computed.error
        result = {"rows": published_figures(), "shares": list(computed.shares)}
        transaction.set_rollback(True)
    return result


def _round(value: float, places: int = 0) -> Decimal:
    return Decimal(str(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _value(snapshot: dict, year: int, dimension: str, category: str, measure: str) -> float | None:
    """Return a computed measure; `a+b` sums categories, `*_share` is the percentage of the park's total."""
    if dimension == "share":
        row = next(r for r in snapshot["shares"] if r["year"] == year and r["area"] == category)
        return row[measure]
    if measure.endswith("_share"):
        base_measure = measure.removesuffix("_share")
        part = _value(snapshot, year, dimension, category, base_measure)
        return part / _value(snapshot, year, "total", "Kennispark", base_measure) * 100
    rows = [r for r in snapshot["rows"] if r["year"] == year and r["dimension"] == dimension]
    found = [r for r in rows if r["category"] in category.split("+")]
    assert found, f"no computed row for {year} {dimension} {category}"
    values = [r[measure] for r in found]
    if any(value is None for value in values):
        return None
    return max(values) if measure == "largest_establishment_jobs" else sum(values)


def _matches(value: float, published: float, rounding: str) -> bool:
    if rounding == "exact":
        return value == published
    if rounding == "tens":
        return round_jobs(value) == published
    if rounding == "below":
        return value < published
    if rounding == "fraction_pct0":
        return _round(value * 100) == _round(published)
    places = {"million": 0, "pct0": 0, "pct1": 1}[rounding]
    return _round(value, places) == _round(published, places)


@pytest.mark.parametrize("figure", FIGURES, ids=str)
def test_published_figure_is_reproduced(snapshot, figure):
    # given the snapshot computed from the demo register
    # when the figure's measure is read from it
    value = _value(snapshot, figure.year, figure.dimension, figure.category, figure.measure)
    # then it rounds to the published number
    assert value is not None
    assert _matches(value, figure.value, figure.rounding), f"{figure}: computed {value}"


@pytest.mark.parametrize("figure", CONTRADICTIONS, ids=str)
def test_contradicting_totals_follow_the_rows(snapshot, figure):
    # given a printed total that contradicts the report's own rows
    value = _value(snapshot, figure.year, figure.dimension, figure.category, figure.measure)
    # then the demo follows the rows, not the printed total
    assert not _matches(value, figure.value, figure.rounding)


@pytest.mark.parametrize("growth", GROWTH, ids=lambda g: f"{g[0]} {g[2]} {g[3]} {g[4]}-{g[5]}")
def test_published_growth_is_reproduced(snapshot, growth):
    # given a growth percentage from the report's text
    _source, dimension, category, measure, start, end, percent = growth
    if dimension == "reference":
        totals = {(r["area"], r["year"]): r[measure] for r in REFERENCE_TOTALS if r["dimension"] == "total"}
        before, after = totals[(category, start)], totals[(category, end)]
    else:
        before = _value(snapshot, start, dimension, category, measure)
        after = _value(snapshot, end, dimension, category, measure)
    # then the demo grows by the same whole percentage
    assert _round((after / before - 1) * 100) == percent


def test_robotics_has_no_known_added_value(snapshot):
    # given Tabel 13, which prints "-" for Robotica
    # then its single establishment has no added value in the snapshot
    assert _value(snapshot, 2023, "key_position", "robotics", "added_value_meur") is None
