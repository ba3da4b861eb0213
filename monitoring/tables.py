"""The report's tables, built from a snapshot's figure rows for the years a visitor chose."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise

from .rounding import round_half_up, round_jobs

SUB_AREA_ORDER = ("Twente Village", "B&S-park", "UT Campus")
BASE_LABELS = {"stuwend": _("Basic (stuwend)"), "verzorgend": _("Non-basic (verzorgend)")}
SIZE_CLASS_LABELS = {
    "zzp": _("Self-employed (0–1 jobs)"),
    "micro": _("Micro (2–9 jobs)"),
    "small": _("Small (10–49 jobs)"),
    "medium": _("Medium (50–249 jobs)"),
    "large": _("Large (250 jobs or more)"),
}
MEASURE_LABELS = {
    "establishments": _("Establishments"),
    "jobs": _("Jobs"),
    "added_value_meur": _("Added value (€ million)"),
}


@dataclass(frozen=True)
class YearChoice:
    """The years shown as columns and the two years of the long-term difference column."""

    years: tuple[int, ...]
    from_year: int
    to_year: int

    @property
    def previous_year(self) -> int:
        return self.to_year - 1

    @property
    def query(self) -> dict:
        return {"from": self.from_year, "to": self.to_year, "years": list(self.years)}


@dataclass(frozen=True)
class TableSpec:
    slug: str
    title: StrOrPromise
    dimension: str
    measure: str
    section: str
    single_year: bool = False


@dataclass
class Table:
    spec: TableSpec
    columns: list[str]
    rows: list[dict] = field(default_factory=list)
    year: int | None = None
    notes: list[str] = field(default_factory=list)
    # The years of the first columns (the rest are differences); a single-year table has `year` instead.
    years: tuple[int, ...] = ()

    @property
    def slug(self) -> str:
        return self.spec.slug


TABLES = [
    TableSpec("establishments-sub-area", _("Establishments by sub-area"), "sub_area", "establishments", "sub-areas"),
    TableSpec("jobs-sub-area", _("Jobs by sub-area"), "sub_area", "jobs", "sub-areas"),
    TableSpec(
        "establishments-base",
        _("Establishments, basic and non-basic, by sub-area"),
        "sub_area_base",
        "establishments",
        "base",
    ),
    TableSpec("jobs-base", _("Jobs, basic and non-basic, by sub-area"), "sub_area_base", "jobs", "base"),
    TableSpec("establishments-sector", _("Establishments by sector"), "sector", "establishments", "sectors"),
    TableSpec("jobs-sector", _("Jobs by sector"), "sector", "jobs", "sectors"),
    TableSpec("establishments-size", _("Establishments by size class"), "size_class", "establishments", "sizes"),
    TableSpec("jobs-size", _("Jobs by size class"), "size_class", "jobs", "sizes"),
    TableSpec(
        "key-positions",
        _("Establishments and jobs per key position"),
        "key_position",
        "jobs",
        "key-positions",
        single_year=True,
    ),
    TableSpec(
        "key-positions-young",
        _("Young establishments (at most five years old) per key position"),
        "key_position_young",
        "jobs",
        "key-positions",
        single_year=True,
    ),
    TableSpec(
        "added-value-sub-area",
        _("Added value by sub-area (€ million)"),
        "sub_area",
        "added_value_meur",
        "added-value",
    ),
    TableSpec(
        "added-value-base",
        _("Added value, basic and non-basic (€ million)"),
        "base",
        "added_value_meur",
        "added-value",
    ),
    TableSpec(
        "added-value-sector",
        _("Added value by sector (€ million)"),
        "sector",
        "added_value_meur",
        "added-value",
    ),
]
TABLES_BY_SLUG = {spec.slug: spec for spec in TABLES}


def public_value(measure: str, value):
    """Return a figure as published: jobs rounded to tens, added value to whole millions."""
    if value is None:
        return None
    if measure == "jobs":
        return round_jobs(value)
    if measure == "added_value_meur":
        return round_half_up(value)
    return int(value)


def difference_label(start: int, end: int) -> str:
    """Return a difference column's header in the report's style, e.g. ’09–’23."""
    return f"’{start % 100:02d}–’{end % 100:02d}"


def build_table(spec: TableSpec, rows: list[dict], choice: YearChoice, labels: dict) -> Table:
    """Return a report table for a spec from a snapshot's figure rows."""
    if spec.single_year:
        return _single_year_table(spec, rows, choice.to_year, labels)
    cells = {(row["dimension"], row["category"], row["year"]): row[spec.measure] for row in rows}
    differences = [(choice.from_year, choice.to_year)]
    if choice.previous_year in choice.years and choice.previous_year != choice.from_year:
        differences.append((choice.previous_year, choice.to_year))
    columns = [str(year) for year in choice.years] + [difference_label(*pair) for pair in differences]
    table = Table(spec=spec, columns=columns, years=choice.years)

    def add(label, dimension, category, *, level=0, total=False):
        values = [
            public_value(spec.measure, cells.get((dimension, category, year), _absent(spec))) for year in choice.years
        ]
        by_year = dict(zip(choice.years, values, strict=True))
        changes = [_change(by_year.get(start), by_year.get(end)) for start, end in differences]
        table.rows.append(
            {
                "label": label,
                "values": values + changes,
                "level": level,
                "total": total,
                "dimension": dimension,
                "category": category,
            }
        )

    if spec.dimension == "sub_area_base":
        for area in SUB_AREA_ORDER:
            table.rows.append({"label": area, "values": [], "level": 0, "heading": True})
            for base, base_label in BASE_LABELS.items():
                add(base_label, "sub_area_base", f"{area}|{base}", level=1)
        table.rows.append({"label": _("Kennispark total"), "values": [], "level": 0, "heading": True})
        for base, base_label in BASE_LABELS.items():
            add(base_label, "base", base, level=1, total=True)
        return table
    for category, label in _categories(spec.dimension, rows, labels):
        add(label, spec.dimension, category)
    add(_("Kennispark total"), "total", "Kennispark", total=True)
    return table


def _absent(spec: TableSpec):
    """Return what a category missing in a year counts as: none of it, or unknown for added value."""
    return None if spec.measure == "added_value_meur" else 0


def _change(start, end):
    if start is None or end is None:
        return None
    return end - start


def _categories(dimension: str, rows: list[dict], labels: dict) -> list[tuple[str, StrOrPromise]]:
    """Return the categories of a dimension in the report's order with their display labels."""
    present = {row["category"] for row in rows if row["dimension"] == dimension}
    if dimension == "sub_area":
        return [(area, area) for area in SUB_AREA_ORDER if area in present]
    if dimension == "base":
        return [(base, label) for base, label in BASE_LABELS.items() if base in present]
    if dimension == "size_class":
        return list(SIZE_CLASS_LABELS.items())
    known = labels.get("key_position" if dimension.startswith("key_position") else dimension, {})
    ordered = [(slug, name) for slug, name in known.items() if slug in present]
    return ordered + sorted((slug, slug) for slug in present - set(known))


def single_year_measures(spec: TableSpec) -> list[str]:
    """Return the measures of a single-year table's columns, in their order."""
    measures = ["establishments", "jobs"]
    if spec.dimension == "key_position":
        measures += ["largest_establishment_jobs", "added_value_meur"]
    return measures


def _single_year_table(spec: TableSpec, rows: list[dict], year: int, labels: dict) -> Table:
    """Return a one-year table of establishments, jobs (and the largest establishment or added value)."""
    columns = [str(_("Establishments")), str(_("Jobs"))]
    if spec.dimension == "key_position":
        columns += [str(_("Jobs at the largest establishment")), str(_("Added value (€ million)"))]
    table = Table(spec=spec, columns=columns, year=year)
    by_category = {row["category"]: row for row in rows if row["dimension"] == spec.dimension and row["year"] == year}
    for category, label in _categories(spec.dimension, rows, labels):
        row = by_category.get(category)
        if row is None:
            values = [0, 0] + ([None, None] if spec.dimension == "key_position" else [])
        else:
            values = [row["establishments"], round_jobs(row["jobs"])]
            if spec.dimension == "key_position":
                values += [
                    round_jobs(row["largest_establishment_jobs"]),
                    public_value("added_value_meur", row["added_value_meur"]),
                ]
        table.rows.append(
            {
                "label": label,
                "values": values,
                "level": 0,
                "total": False,
                "dimension": spec.dimension,
                "category": category,
            }
        )
    return table
