"""Benchmark of the monitor snapshot on a register of 50,000 establishments × 16 years in PostgreSQL.

Prints the time of a whole snapshot (`snapshot_compute`: loading the register, computing figures, growth and shares,
storing and publishing) as a ratio to a baseline: loading the same rows with PostgreSQL COPY into pandas plus one
bare group-by per dimension. The issue's target is at most 3×. The register is written once into its own database,
`BENCH_MONITOR_DATABASE_URL` (default postgres://postgres@127.0.0.1:5432/kp_bench_monitor), which is created and
migrated when missing.
"""

import io
import os
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
DATABASE_URL = os.environ.get("BENCH_MONITOR_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/kp_bench_monitor")
os.environ["DATABASE_URL"] = DATABASE_URL
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kennispark.settings.base")

ESTABLISHMENTS = 50_000
YEARS = list(range(2009, 2025))
TARGET_RATIO = 3
SUB_AREAS = {"ut_campus": 0.3, "bs_park": 0.63, "twente_village": 0.07}
BASELINE_SQL = """
    SELECT o.establishment_id, o.year, o.jobs, o.added_value_keur, e.sub_area, d.base, s.slug AS sector,
           e.founded_on, e.is_knowledge_intensive, e.is_startup, e.is_spinoff, e.is_rd_branch
    FROM establishments_yearlyobservation o
    JOIN establishments_establishment e ON e.id = o.establishment_id
    JOIN establishments_sbidivision d ON d.id = e.sbi_division_id
    JOIN establishments_sector s ON s.id = d.sector_id
"""
KEY_POSITIONS_SQL = """
    SELECT l.establishment_id, k.slug FROM establishments_establishment_key_positions l
    JOIN establishments_keyposition k ON k.id = l.keyposition_id
"""
# One bare group-by per dimension of the monitor: total, sub-area, base, sub-area × base, sector, size class, young
# key position and profile by the observations' plain columns, and key position by the link rows.
BASELINE_GROUPS = [
    ["year"],
    ["year", "sub_area"],
    ["year", "base"],
    ["year", "sub_area", "base"],
    ["year", "sector"],
    ["year", "jobs"],
    ["year", "founded_on"],
    ["year", "is_startup"],
]


def database_prepare() -> None:
    """Create and migrate the benchmark's database when it does not exist yet."""
    import psycopg

    name = DATABASE_URL.rsplit("/", 1)[1]
    with psycopg.connect(DATABASE_URL.rsplit("/", 1)[0] + "/postgres", autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def _copy_in(cursor, table: str, frame: pd.DataFrame) -> None:
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, header=False, na_rep="\\N")
    columns = ", ".join(frame.columns)
    with cursor.copy(f"COPY {table} ({columns}) FROM STDIN WITH (FORMAT csv, NULL '\\N')") as copy:
        copy.write(buffer.getvalue())


def register_fill(seed: int = 2025) -> None:
    """Write a synthetic register with COPY, unless the database already holds it."""
    from django.db import connection, transaction

    from establishments.models import KeyPosition, SbiDivision, YearlyObservation

    if YearlyObservation.objects.count() == ESTABLISHMENTS * len(YEARS):
        return
    rng = np.random.default_rng(seed)
    ids = np.arange(1, ESTABLISHMENTS + 1)
    divisions = list(SbiDivision.objects.values_list("id", "code"))
    division_index = rng.integers(0, len(divisions), size=ESTABLISHMENTS)
    founded = pd.to_datetime(rng.integers(1950, 2024, size=ESTABLISHMENTS).astype(str) + "-01-01")
    now = pd.Timestamp.now(tz="UTC").isoformat()
    establishments = pd.DataFrame(
        {
            "id": ids,
            "kvk_number": [f"{number:08d}" for number in ids],
            "branch_number": [f"{number:012d}" for number in ids],
            "trade_name": [f"Bench {number}" for number in ids],
            "slug": [f"bench-{number}" for number in ids],
            "street_address": "",
            "postcode": "",
            "city": "Enschede",
            "sub_area": rng.choice(
                ["ut_campus", "bs_park", "twente_village"], size=ESTABLISHMENTS, p=[0.3, 0.63, 0.07]
            ),
            "sbi_code": [divisions[index][1] for index in division_index],
            "sbi_division_id": [divisions[index][0] for index in division_index],
            "bci_cluster": np.where(rng.random(ESTABLISHMENTS) < 0.1, "rd", ""),
            "founded_on": founded.strftime("%Y-%m-%d"),
            "is_knowledge_intensive": rng.random(ESTABLISHMENTS) < 0.3,
            "is_startup": rng.random(ESTABLISHMENTS) < 0.05,
            "is_spinoff": rng.random(ESTABLISHMENTS) < 0.02,
            "is_rd_branch": rng.random(ESTABLISHMENTS) < 0.01,
            "website": "",
            "description_nl": "",
            "description_en": "",
            "logo": "",
            "contact_name": "",
            "contact_email": "",
            "contact_phone": "",
            "is_active": True,
            "deactivation_reason": "",
            "deactivation_note": "",
            "created_at": now,
            "updated_at": now,
        }
    )
    positions = list(KeyPosition.objects.values_list("id", flat=True))
    links = pd.DataFrame({"establishment_id": ids, "keyposition_id": rng.choice(positions, size=ESTABLISHMENTS)})[
        rng.random(ESTABLISHMENTS) < 0.4
    ]
    second = links.assign(keyposition_id=rng.choice(positions, size=len(links)))[rng.random(len(links)) < 0.3]
    links = pd.concat([links, second]).drop_duplicates()
    base_jobs = rng.lognormal(mean=1.2, sigma=1.6, size=ESTABLISHMENTS).astype(int)
    observations = []
    for offset, year in enumerate(YEARS):
        jobs = np.maximum(0, base_jobs + rng.integers(-2, 3, size=ESTABLISHMENTS) * offset // 4)
        added_value = np.where(year >= 2013, np.round(jobs * rng.uniform(60, 120, size=ESTABLISHMENTS), 1), np.nan)
        observations.append(
            pd.DataFrame(
                {
                    "establishment_id": ids,
                    "year": year,
                    "jobs": jobs,
                    "added_value_keur": added_value,
                    "source": "register",
                }
            )
        )
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE establishments_yearlyobservation, establishments_establishment_key_positions, "
            "establishments_establishment CASCADE"
        )
        _copy_in(cursor, "establishments_establishment", establishments)
        _copy_in(cursor, "establishments_establishment_key_positions", links)
        _copy_in(cursor, "establishments_yearlyobservation", pd.concat(observations, ignore_index=True))
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def _copy_out(cursor, sql: str) -> pd.DataFrame:
    buffer = io.BytesIO()
    with cursor.copy(f"COPY ({sql}) TO STDOUT WITH (FORMAT csv, HEADER)") as copy:
        for block in copy:
            buffer.write(block)
    buffer.seek(0)
    return pd.read_csv(buffer)


def baseline() -> None:
    """Load the same rows with COPY into pandas, then group them once per dimension."""
    from django.db import connection

    with connection.cursor() as cursor:
        observations = _copy_out(cursor, BASELINE_SQL)
        key_positions = _copy_out(cursor, KEY_POSITIONS_SQL)
    for keys in BASELINE_GROUPS:
        observations.groupby(keys).agg(establishments=("establishment_id", "size"), jobs=("jobs", "sum"))
    key_positions.groupby("slug").size()


def snapshot():
    """Compute, store and publish one whole snapshot, as the worker does."""
    from monitoring.services import snapshot_compute

    computed = snapshot_compute(trigger="bench")
    if computed.status != "completed":
        raise RuntimeError(computed.error)
    return computed


def timed(function, repeat: int = 3):
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - started)
    return best, result


def main() -> int:
    database_prepare()
    register_fill()
    print(f"Register: {ESTABLISHMENTS:,} establishments × {len(YEARS)} years = {ESTABLISHMENTS * len(YEARS):,} rows")
    baseline_time, _ = timed(baseline)
    snapshot_time, computed = timed(snapshot)
    ratio = snapshot_time / baseline_time
    print(f"baseline (COPY + bare group-bys): {baseline_time:8.3f} s")
    print(f"whole snapshot:                   {snapshot_time:8.3f} s  ({computed.figures.count():,} figure rows)")
    print(f"ratio:                            {ratio:8.1f} ×  (target ≤ {TARGET_RATIO} ×)")
    if ratio > TARGET_RATIO:
        print("FAIL: the snapshot costs more than the target ratio to the baseline")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
