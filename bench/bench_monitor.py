"""Benchmark of the monitor computation on a register of 50,000 establishments × 16 years.

Prints the time of `compute_figures` against a bare pandas group-by over the same frame (the ratio is the cost of
all breakdowns together), and of the whole snapshot computation (figures, growth, shares and the rows to store),
which must stay under 20 seconds on a 2-core machine. The database query itself is not part of it: measure that
with `python manage.py compute_monitor --wait` on a full register.
"""

import os
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kennispark.settings.base")

from monitoring import stats

ESTABLISHMENTS = 50_000
YEARS = list(range(2009, 2025))
SNAPSHOT_BUDGET_SECONDS = 20
SECTORS = ["industrie", "bouw", "consumentendiensten", "logistiek", "zakelijke-diensten", "financiele-diensten",
           "overheid", "onderwijs", "zorg", "overig"]  # fmt: skip
KEY_POSITIONS = ["medtech", "chiptech", "advanced-manufacturing", "materials", "smart-it"]


def register_frame(seed: int = 2025) -> pd.DataFrame:
    """Return a synthetic register: every establishment observed every year, like the selector's rows."""
    rng = np.random.default_rng(seed)
    ids = np.arange(1, ESTABLISHMENTS + 1)
    sub_areas = rng.choice(list(stats.SUB_AREA_LABELS), size=ESTABLISHMENTS, p=[0.3, 0.63, 0.07])
    bases = rng.choice(list(stats.BASES), size=ESTABLISHMENTS, p=[0.7, 0.3])
    sectors = rng.choice(SECTORS, size=ESTABLISHMENTS)
    founded = pd.to_datetime(rng.integers(1950, 2024, size=ESTABLISHMENTS).astype(str) + "-01-01").date
    choices = [[], [], [], ["medtech"], ["smart-it"], ["chiptech", "materials"], ["advanced-manufacturing"]]
    key_positions = [choices[index] for index in rng.integers(0, len(choices), size=ESTABLISHMENTS)]
    base_jobs = rng.lognormal(mean=1.2, sigma=1.6, size=ESTABLISHMENTS).astype(int)
    frames = []
    for offset, year in enumerate(YEARS):
        jobs = np.maximum(0, base_jobs + rng.integers(-2, 3, size=ESTABLISHMENTS) * offset // 4)
        added_value = np.where(year >= 2013, jobs * rng.uniform(60, 120, size=ESTABLISHMENTS), np.nan)
        frames.append(
            pd.DataFrame(
                {
                    "establishment_id": ids,
                    "year": year,
                    "jobs": jobs,
                    "added_value_keur": added_value,
                    "sub_area": sub_areas,
                    "base": bases,
                    "sector": sectors,
                    "founded_on": founded,
                    "key_positions": key_positions,
                    "is_knowledge_intensive": bases == "stuwend",
                    "is_startup": rng.random(ESTABLISHMENTS) < 0.05,
                    "is_spinoff": rng.random(ESTABLISHMENTS) < 0.02,
                    "is_rd_branch": rng.random(ESTABLISHMENTS) < 0.01,
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def bare_groupby(frame: pd.DataFrame) -> pd.DataFrame:
    """The baseline: one plain group-by of the same frame by year and sub-area."""
    return frame.groupby(["year", "sub_area"]).agg(establishments=("establishment_id", "size"), jobs=("jobs", "sum"))


def timed(function, *args, repeat: int = 3):
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function(*args)
        best = min(best, time.perf_counter() - started)
    return best, result


def whole_snapshot(records: list[tuple], columns: list[str], key_positions: dict, references: pd.DataFrame):
    """Everything the snapshot service does after the database answered: build the frame, compute, make the rows."""
    import django

    django.setup()
    from monitoring.services import _figure_objects, _records

    frame = pd.DataFrame.from_records(records, columns=columns)
    frame["key_positions"] = frame["establishment_id"].map(lambda pk: key_positions.get(pk, []))
    figures = stats.compute_figures(frame)
    growth = stats.compute_growth(figures)
    shares = stats.compute_shares(figures, references)
    return _figure_objects(None, figures), _records(growth), _records(shares)


def main() -> int:
    frame = register_frame()
    references = pd.DataFrame(
        [{"area": area, "year": year, "establishments": 20_000, "jobs": 100_000, "added_value_meur": 9000.0}
         for area in stats.REFERENCE_AREAS for year in YEARS]
    )  # fmt: skip
    print(f"Register: {ESTABLISHMENTS:,} establishments × {len(YEARS)} years = {len(frame):,} observations")
    baseline, _ = timed(bare_groupby, frame)
    figures_time, figures = timed(stats.compute_figures, frame)
    columns = [column for column in frame.columns if column != "key_positions"]
    records = list(frame[columns].itertuples(index=False, name=None))  # what the selector's values_list yields
    key_positions = dict(zip(frame["establishment_id"], frame["key_positions"], strict=True))
    snapshot_time, (rows, _growth, _shares) = timed(
        whole_snapshot, records, columns, key_positions, references, repeat=1
    )
    print(f"bare pandas group-by:  {baseline:8.3f} s")
    print(f"compute_figures:       {figures_time:8.3f} s  ({len(figures):,} rows)")
    print(f"ratio:                 {figures_time / baseline:8.1f} ×")
    budget = f"budget {SNAPSHOT_BUDGET_SECONDS} s"
    print(f"whole snapshot:        {snapshot_time:8.3f} s  ({len(rows):,} rows to store; {budget})")
    if snapshot_time >= SNAPSHOT_BUDGET_SECONDS:
        print("FAIL: the snapshot computation is over budget")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
