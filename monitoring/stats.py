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
    "bci_cluster",
    "sub_area_bci_cluster",
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
SHARE_COLUMNS = [
    "establishments_share_enschede",
    "establishments_share_twente",
    "jobs_share_enschede",
    "jobs_share_twente",
]
# The breakdowns of which regional reference totals exist (besides the total).
REFERENCE_DIMENSIONS = ("total", "sector", "size_class", "base")
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
    cells = _cells(frame)
    parts = [
        _rollup(cells, ["year"], "total"),
        _rollup(cells, ["year", "sub_area_label"], "sub_area"),
        _rollup(cells, ["year", "base"], "base"),
        _rollup(cells, ["year", "sub_area_label", "base"], "sub_area_base"),
        _rollup(cells, ["year", "sector"], "sector"),
        _rollup(cells, ["year", "size_class"], "size_class"),
        *(
            [
                _rollup(cells, ["year", "bci_cluster"], "bci_cluster"),
                _rollup(cells, ["year", "sub_area_label", "bci_cluster"], "sub_area_bci_cluster"),
            ]
            if "bci_cluster" in cells.columns
            else []
        ),
        *_key_position_parts(frame),
        _profile_part(frame),
    ]
    figures = pd.concat([part for part in parts if not part.empty], ignore_index=True)
    figures = figures.reindex(columns=FIGURE_COLUMNS)
    return figures.sort_values(["dimension", "category", "year"], ignore_index=True)


def _prepared(observations: pd.DataFrame) -> pd.DataFrame:
    """Validate the input and return it with numeric columns, sub-area labels, size classes and first years."""
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
    # Categories make every group-by below work on small integer codes instead of strings.
    for column in ("sub_area", "base", "sector"):
        frame[column] = frame[column].astype("category")
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
    if "bci_cluster" in frame.columns:
        if frame["bci_cluster"].isna().any():
            raise ObservationError("An observation's establishment has no BCI cluster.")
        frame["bci_cluster"] = frame["bci_cluster"].astype("category")
    frame["added_value_meur"] = pd.to_numeric(frame["added_value_keur"], errors="raise").astype("float64") / 1000
    frame["size_class"] = _size_classes(frame["jobs"])
    frame["first_year"] = frame.groupby("establishment_id")["year"].transform("min")
    return frame


def _cells(frame: pd.DataFrame) -> pd.DataFrame:
    """Return the counts and sums per year, sub-area, base, sector, size class (and BCI cluster): every breakdown
    adds up from them."""
    keys = ["year", "sub_area_label", "base", "sector", "size_class"]
    if "bci_cluster" in frame.columns:
        keys.append("bci_cluster")
    grouped = frame.groupby(keys, observed=True, sort=False)
    return grouped.agg(
        # An establishment has one observation a year (checked above), so counting rows counts establishments.
        establishments=("year", "size"),
        jobs=("jobs", "sum"),
        added_value_meur=("added_value_meur", "sum"),
        added_value_known=("added_value_meur", "count"),
    ).reset_index()


def _rollup(cells: pd.DataFrame, keys: list[str], dimension: str) -> pd.DataFrame:
    """Add the cells up to a breakdown by year and the given keys (unknown added value stays NaN)."""
    measures = ["establishments", "jobs", "added_value_meur", "added_value_known"]
    result = cells.groupby(keys, observed=True, sort=False)[measures].sum().reset_index()
    result["added_value_meur"] = result["added_value_meur"].where(result.pop("added_value_known") > 0)
    if len(keys) == 1:
        result["category"] = TOTAL_CATEGORY
    else:
        result["category"] = result[keys[1]].astype(str)
        for key in keys[2:]:
            result["category"] += "|" + result[key].astype(str)
    result["dimension"] = dimension
    result["largest_establishment_jobs"] = np.nan
    return result[["year", "category", "dimension", *measures[:-1], "largest_establishment_jobs"]]


def _aggregate(frame: pd.DataFrame, dimension: str) -> pd.DataFrame:
    """Count establishments and sum jobs and added value per year and category (unknown added value stays NaN)."""
    grouped = frame.groupby(["year", "category"], observed=True, sort=False)
    result = grouped.agg(
        establishments=("year", "size"),
        jobs=("jobs", "sum"),
        largest_establishment_jobs=("jobs", "max"),
        added_value_meur=("added_value_meur", "sum"),
        added_value_known=("added_value_meur", "count"),
    )
    result["added_value_meur"] = result["added_value_meur"].where(result.pop("added_value_known") > 0)
    result = result.reset_index()
    result["category"] = result["category"].astype(str)
    result["dimension"] = dimension
    if dimension != "key_position":
        result["largest_establishment_jobs"] = np.nan
    return result


def _size_classes(jobs: pd.Series) -> pd.Series:
    """Return the size class of each number of jobs; 0 jobs counts as zzp, as the report does."""
    return pd.cut(jobs, bins=list(SIZE_CLASS_BINS), labels=list(SIZE_CLASSES))


def _key_position_parts(frame: pd.DataFrame) -> list[pd.DataFrame]:
    """Return the key-position figures, one row per establishment and key position it belongs to."""
    if "key_positions" not in frame.columns:
        return []
    columns = ["year", "jobs", "added_value_meur", *(["founded_on"] if "founded_on" in frame.columns else [])]
    exploded = _key_position_rows(frame, columns)
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


def _key_position_rows(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """Return the columns once per observation and key position of it, the key position as `category`."""
    lists = frame["key_positions"].to_numpy()
    # Every observation of an establishment shares one list object, so each distinct object is unpacked once and
    # the rows are laid out with index arithmetic, instead of exploding hundreds of thousands of lists.
    codes, _distinct = pd.factorize(np.fromiter(map(id, lists), dtype=np.int64, count=len(lists)))
    _codes, first_rows = np.unique(codes, return_index=True)
    members = [_members(lists[row]) for row in first_rows]
    values = pd.Categorical([member for found in members for member in found])
    if not len(values):
        return pd.DataFrame(columns=[*columns, "category"])
    lengths = np.array([len(found) for found in members], dtype=np.int64)
    offsets = np.cumsum(lengths) - lengths
    row_lengths = lengths[codes]
    rows = np.repeat(np.arange(len(codes)), row_lengths)
    within = np.arange(len(rows)) - np.repeat(np.cumsum(row_lengths) - row_lengths, row_lengths)
    return frame[columns].iloc[rows].assign(category=values[np.repeat(offsets[codes], row_lengths) + within])


def _members(value) -> list:
    """Return the key positions in one cell: a list of them, a single one, or none."""
    if isinstance(value, str):
        return [value]
    if not pd.api.types.is_list_like(value):
        return []
    # Missing entries (None, NaN: the one value unequal to itself) are no key position.
    return [member for member in value if member is not None and member == member]


def _profile_part(frame: pd.DataFrame) -> pd.DataFrame:
    """Return the establishments per profile flag per year, with how many of them are new on the park that year."""
    present = {category: column for category, column in PROFILE_FLAGS.items() if column in frame.columns}
    flags = frame[list(present.values())].fillna(False).astype(bool).to_numpy()
    rows, flag_index = np.nonzero(flags)
    if not len(rows):
        return pd.DataFrame(columns=FIGURE_COLUMNS)
    flagged = frame[["year", "jobs", "added_value_meur", "first_year"]].iloc[rows]
    flagged = flagged.assign(category=pd.Categorical.from_codes(flag_index, categories=list(present)))
    part = _aggregate(flagged, "profile")
    is_new = flagged.assign(new=flagged["year"] == flagged["first_year"])
    new = is_new.groupby(["year", "category"], observed=True)["new"].sum()
    part["new_establishments"] = pd.MultiIndex.from_frame(part[["year", "category"]]).map(new).astype("float64")
    # In the first year of the data every establishment looks new, so "new" is unknown there.
    part.loc[part["year"] == frame["year"].min(), "new_establishments"] = np.nan
    return part


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


def compute_figure_shares(figures: pd.DataFrame, reference_totals: pd.DataFrame | None) -> pd.DataFrame:
    """Return the figures with each row's share (a fraction) of the establishments and jobs of Enschede and Twente
    in the same year, breakdown and category; NaN where no reference total exists."""
    result = figures.copy()
    for column in SHARE_COLUMNS:
        result[column] = np.nan
    if reference_totals is None or reference_totals.empty or figures.empty:
        return result
    references = _reference_breakdowns(reference_totals)
    keys = ["year", "dimension", "category"]
    for area in REFERENCE_AREAS:
        found = references[references["area"] == area].drop(columns="area").drop_duplicates(keys)
        merged = result[keys].merge(found, on=keys, how="left")
        for measure in ("establishments", "jobs"):
            denominator = pd.to_numeric(merged[measure], errors="coerce").astype("float64")
            numerator = result[measure].astype("float64").to_numpy()
            result[f"{measure}_share_{area}"] = (numerator / denominator.where(denominator > 0)).to_numpy()
    return result


def _reference_breakdowns(reference_totals: pd.DataFrame) -> pd.DataFrame:
    """Return the reference totals keyed like the figures: the total's empty category becomes the park's."""
    frame = reference_totals.copy()
    if "dimension" not in frame.columns:
        frame["dimension"] = "total"
        frame["category"] = ""
    frame["category"] = frame["category"].fillna("").astype(str)
    frame.loc[frame["dimension"] == "total", "category"] = TOTAL_CATEGORY
    frame["year"] = frame["year"].astype("int64")
    return frame[["area", "year", "dimension", "category", "establishments", "jobs"]]


def compute_shares(figures: pd.DataFrame, reference_totals: pd.DataFrame) -> pd.DataFrame:
    """Return Kennispark's share (in %) of the establishments, jobs and added value of Enschede and Twente per year."""
    columns = ["year", "area", "establishments_pct", "jobs_pct", "added_value_pct"]
    if reference_totals is None or reference_totals.empty:
        return pd.DataFrame(columns=columns)
    if "dimension" in reference_totals.columns:
        reference_totals = reference_totals[reference_totals["dimension"] == "total"].drop(
            columns=["dimension", "category"]
        )
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
