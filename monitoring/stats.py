"""The monitor's statistics: pure pandas functions, DataFrame in, DataFrame out (no ORM, no Celery)."""

import numpy as np
import pandas as pd

TOTAL_CATEGORY = "Kennispark"
SUB_AREA_LABELS = {"ut_campus": "UT Campus", "bs_park": "B&S-park", "twente_village": "Twente Village"}
BASES = ("stuwend", "verzorgend")
SIZE_CLASSES = ("zzp", "micro", "small", "medium", "large")
# Upper job bounds of zzp (0 or 1), micro (2–9), small (10–49), medium (50–249); the rest is large.
SIZE_CLASS_BINS = (-np.inf, 1, 9, 49, 249, np.inf)
YOUNG_MAX_AGE = 5
DIMENSIONS = (
    "total",
    "sub_area",
    "base",
    "sub_area_base",
    "sector",
    "size_class",
    "key_position",
    "key_position_young",
    "profile",
)
PROFILE_FLAGS = {
    "knowledge_intensive": "is_knowledge_intensive",
    "startup": "is_startup",
    "spinoff": "is_spinoff",
    "rd_branch": "is_rd_branch",
}
FIGURE_COLUMNS = [
    "year",
    "dimension",
    "category",
    "establishments",
    "jobs",
    "added_value_meur",
    "largest_establishment_jobs",
    "new_establishments",
]
REQUIRED_COLUMNS = ("establishment_id", "year", "jobs", "added_value_keur", "sub_area", "base", "sector")
MEASURES = ("establishments", "jobs", "added_value_meur")
REFERENCE_AREAS = ("enschede", "twente")


class ObservationError(ValueError):
    """The register's observations hold data the monitor cannot compute with."""


def compute_figures(observations: pd.DataFrame) -> pd.DataFrame:
    """Return tidy figures per year, dimension and category from the register's yearly observations."""
    frame = _prepared(observations)
    if frame.empty:
        return pd.DataFrame(columns=FIGURE_COLUMNS)
    parts = [
        _aggregate(frame.assign(category=TOTAL_CATEGORY), "total"),
        _aggregate(frame.rename(columns={"sub_area_label": "category"}), "sub_area"),
        _aggregate(frame.rename(columns={"base": "category"}), "base"),
        _aggregate(frame.assign(category=frame["sub_area_label"] + "|" + frame["base"]), "sub_area_base"),
        _aggregate(frame.rename(columns={"sector": "category"}), "sector"),
        _aggregate(frame.assign(category=_size_classes(frame["jobs"])), "size_class"),
        *_key_position_parts(frame),
        _profile_part(frame),
    ]
    figures = pd.concat([part for part in parts if not part.empty], ignore_index=True)
    figures = figures.reindex(columns=FIGURE_COLUMNS)
    return figures.sort_values(["dimension", "category", "year"], ignore_index=True)


def _prepared(observations: pd.DataFrame) -> pd.DataFrame:
    """Validate the input and return it with numeric columns, sub-area labels and first years on the park."""
    missing = [column for column in REQUIRED_COLUMNS if column not in observations.columns]
    if missing:
        raise ObservationError(f"Observations lack the columns {', '.join(missing)}.")
    frame = observations.copy()
    if frame["year"].isna().any() or frame["jobs"].isna().any():
        raise ObservationError("Every observation needs a year and a number of jobs.")
    frame["year"] = frame["year"].astype("int64")
    frame["jobs"] = frame["jobs"].astype("int64")
    if (frame["jobs"] < 0).any():
        raise ObservationError("An observation has a negative number of jobs.")
    if frame.duplicated(["establishment_id", "year"]).any():
        raise ObservationError("An establishment has more than one observation in the same year.")
    labels = {code: SUB_AREA_LABELS.get(code, code) for code in frame["sub_area"].unique()}
    unknown_areas = {label for label in labels.values() if label not in SUB_AREA_LABELS.values()}
    if unknown_areas:
        raise ObservationError(f"Unknown sub-areas: {', '.join(sorted(map(str, unknown_areas)))}.")
    frame["sub_area_label"] = frame["sub_area"].map(labels)
    unknown_bases = set(frame["base"].unique()) - set(BASES)
    if unknown_bases:
        raise ObservationError(f"Unknown economic bases: {', '.join(sorted(map(str, unknown_bases)))}.")
    if frame["sector"].isna().any():
        raise ObservationError("An observation's establishment has no sector.")
    frame["added_value_meur"] = pd.to_numeric(frame["added_value_keur"], errors="raise").astype("float64") / 1000
    frame["first_year"] = frame.groupby("establishment_id")["year"].transform("min")
    return frame


def _aggregate(frame: pd.DataFrame, dimension: str) -> pd.DataFrame:
    """Count establishments and sum jobs and added value per year and category (unknown added value stays NaN)."""
    grouped = frame.groupby(["year", "category"], observed=True, sort=False)
    result = grouped.agg(
        # An establishment has one observation a year (checked above), so counting rows counts establishments.
        establishments=("establishment_id", "size"),
        jobs=("jobs", "sum"),
        largest_establishment_jobs=("jobs", "max"),
    )
    result["added_value_meur"] = grouped["added_value_meur"].sum(min_count=1)
    result = result.reset_index()
    result["category"] = result["category"].astype(str)
    result["dimension"] = dimension
    if dimension != "key_position":
        result["largest_establishment_jobs"] = np.nan
    return result


def _size_classes(jobs: pd.Series) -> pd.Series:
    """Return the size class of each number of jobs; 0 jobs counts as zzp, as the report does."""
    return pd.cut(jobs, bins=list(SIZE_CLASS_BINS), labels=list(SIZE_CLASSES)).astype(str)


def _key_position_parts(frame: pd.DataFrame) -> list[pd.DataFrame]:
    """Return the key-position figures, one row per establishment and key position it belongs to."""
    if "key_positions" not in frame.columns:
        return []
    exploded = frame.explode("key_positions").dropna(subset=["key_positions"])
    exploded = exploded.rename(columns={"key_positions": "category"})
    if exploded.empty:
        return []
    parts = [_aggregate(exploded, "key_position")]
    if "founded_on" in exploded.columns:
        founded_year = pd.to_datetime(exploded["founded_on"], errors="coerce").dt.year
        age = exploded["year"] - founded_year
        young = exploded[age.notna() & (age >= 0) & (age <= YOUNG_MAX_AGE)]
        if not young.empty:
            parts.append(_aggregate(young, "key_position_young"))
    return parts


def _profile_part(frame: pd.DataFrame) -> pd.DataFrame:
    """Return the establishments per profile flag per year, with how many of them are new on the park that year."""
    rows = []
    first_data_year = frame["year"].min()
    for category, column in PROFILE_FLAGS.items():
        if column not in frame.columns:
            continue
        flagged = frame[frame[column].fillna(False).astype(bool)]
        if flagged.empty:
            continue
        part = _aggregate(flagged.assign(category=category), "profile")
        new = flagged[flagged["year"] == flagged["first_year"]].groupby("year")["establishment_id"].nunique()
        part["new_establishments"] = part["year"].map(new).fillna(0)
        # In the first year of the data every establishment looks new, so "new" is unknown there.
        part.loc[part["year"] == first_data_year, "new_establishments"] = np.nan
        rows.append(part)
    return pd.concat(rows, ignore_index=True) if rows else pd.DataFrame(columns=FIGURE_COLUMNS)


def compute_growth(figures: pd.DataFrame) -> pd.DataFrame:
    """Return each series' change over the whole period and over the last year (a missing category counts as 0)."""
    columns = ["dimension", "category", "measure", "period", "from_year", "to_year", "from_value", "to_value"]
    if figures.empty:
        return pd.DataFrame(columns=[*columns, "change", "change_pct"])
    years = sorted(int(year) for year in figures["year"].unique())
    last = years[-1]
    rows = []
    for measure in MEASURES:
        totals = figures[(figures["dimension"] == "total") & figures[measure].notna()]
        if totals.empty:
            continue
        indexed = figures.set_index(["dimension", "category", "year"])
        known = [year for year in years if year >= int(totals["year"].min())]
        wide = indexed[measure].astype("float64").unstack("year").reindex(columns=known)
        present = indexed["establishments"].unstack("year").reindex(columns=known)
        # A category absent in a year had nothing there (0); a present one with unknown added value stays unknown.
        wide = wide.where(present.notna(), 0)
        starts = {"period": known[0], "last_year": last - 1 if last - 1 in known else None}
        for period, start in starts.items():
            if start is None or start == last:
                continue
            part = pd.DataFrame({"from_value": wide[start], "to_value": wide[last]}).reset_index()
            rows.append(part.assign(measure=measure, period=period, from_year=start, to_year=last))
    if not rows:
        return pd.DataFrame(columns=[*columns, "change", "change_pct"])
    growth = pd.concat(rows, ignore_index=True)[columns]
    growth["change"] = growth["to_value"] - growth["from_value"]
    growth["change_pct"] = growth["change"] / growth["from_value"].where(growth["from_value"] != 0) * 100
    return growth


def compute_shares(figures: pd.DataFrame, reference_totals: pd.DataFrame) -> pd.DataFrame:
    """Return Kennispark's share (in %) of the establishments, jobs and added value of Enschede and Twente per year."""
    columns = ["year", "area", "establishments_pct", "jobs_pct", "added_value_pct"]
    if reference_totals is None or reference_totals.empty:
        return pd.DataFrame(columns=columns)
    totals = figures[figures["dimension"] == "total"][["year", *MEASURES]]
    merged = reference_totals.merge(totals, on="year", suffixes=("_area", ""))
    if merged.empty:
        return pd.DataFrame(columns=columns)
    shares = pd.DataFrame({"year": merged["year"].astype("int64"), "area": merged["area"]})
    for measure, name in zip(MEASURES, ("establishments_pct", "jobs_pct", "added_value_pct"), strict=True):
        denominator = pd.to_numeric(merged[f"{measure}_area"], errors="coerce").astype("float64")
        numerator = pd.to_numeric(merged[measure], errors="coerce").astype("float64")
        shares[name] = (numerator / denominator.where(denominator > 0)) * 100
    return shares.sort_values(["area", "year"], ignore_index=True)[columns]
