"""Time the register import of 50,000 rows against a bare bulk_create of the same rows, in one run.

Run against PostgreSQL (the production database), from the project root:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kp_register .venv/bin/python bench/bench_import.py
    ... bench/bench_import.py --establishments 50000      # 50,000 establishments with one year each

The database must be migrated. Everything happens inside a transaction that is rolled back at the end, so the
database is left as it was. The import is timed in full: reading and validating the CSV, then the atomic upsert
with its history rows; the baseline only inserts the same establishments and observations with bulk_create.
On PostgreSQL the import writes through COPY and set-based upserts (establishments/bulk_upsert.py), so it can
beat the baseline (ratio below 1). The script exits with status 1 when the full import takes 10 s or more.
"""

import argparse
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kennispark.settings.base")

import django

django.setup()

from django.db import connection, transaction  # noqa: E402

from establishments.importers import parse_register  # noqa: E402
from establishments.models import (  # noqa: E402
    EconomicBase,
    Establishment,
    KeyPosition,
    SbiDivision,
    SbiSection,
    Sector,
    YearlyObservation,
)
from establishments.services import register_import  # noqa: E402

ROWS = 50_000
TARGET_SECONDS = 10
HEADER = (
    "jaar;kvk_nummer;vestigingsnummer;handelsnaam;adres;postcode;plaats;deelgebied;sbi_code;"
    "werkzame_personen;toegevoegde_waarde_keur;datum_vestiging;datum_oprichting;kernposities"
)
SUB_AREAS = ("UT Campus", "B&S-park", "Twente Village")


def ensure_reference() -> tuple[list[str], list[str]]:
    """Return SBI codes and key-position names to use, creating a minimal reference if the database has none."""
    if not SbiDivision.objects.exists():
        sector = Sector.objects.create(slug="bench", name_nl="Bench", name_en="Bench")
        section = SbiSection.objects.create(code="M", name_nl="M", name_en="M")
        for code in ("62", "71", "72"):
            SbiDivision.objects.create(
                code=code, section=section, sector=sector, name_nl=code, name_en=code, base=EconomicBase.BASIC
            )
    if not KeyPosition.objects.exists():
        KeyPosition.objects.create(slug="medtech", name_nl="MedTech", name_en="MedTech")
    codes = [f"{code}100" for code in SbiDivision.objects.values_list("code", flat=True)]
    return codes, list(KeyPosition.objects.values_list("name_en", flat=True))


def generate(establishments: int, codes: list[str], key_positions: list[str]) -> tuple[bytes, list[tuple]]:
    """Return a semicolon CSV of ROWS rows (establishments × years) and the same rows as tuples."""
    rng = random.Random(2035)
    years = ROWS // establishments
    lines, rows = [HEADER], []
    for n in range(establishments):
        kvk, branch = f"{50_000_000 + n:08d}", f"{500_000_000_000 + n:012d}"
        name = f"Benchbedrijf {n} B.V."
        area, code = rng.choice(SUB_AREAS), rng.choice(codes)
        kps = "|".join(rng.sample(key_positions, k=min(len(key_positions), rng.randint(0, 2))))
        jobs = rng.randint(1, 400)
        for year in range(2024 - years + 1, 2025):
            jobs = max(0, jobs + rng.randint(-5, 6))
            value = "" if rng.random() < 0.3 else f"{rng.randint(50, 90000)},{rng.randint(0, 9)}"
            lines.append(
                f"{year};{kvk};{branch};{name};Hengelosestraat {n % 900};7521AN;Enschede;{area};{code};"
                f"{jobs};{value};01-03-2015;2012-06-01;{kps}"
            )
            rows.append((kvk, branch, name, code, area, year, jobs))
    return ("\n".join(lines) + "\n").encode("cp1252"), rows


def bare_bulk_create(rows: list[tuple]) -> None:
    """Insert the same establishments and observations with nothing but bulk_create."""
    division_ids = dict(SbiDivision.objects.values_list("code", "pk"))
    establishments = {}
    for kvk, branch, name, code, _area, _year, _jobs in rows:
        establishments.setdefault(
            (kvk, branch),
            Establishment(
                kvk_number=kvk,
                branch_number=branch,
                trade_name=name,
                slug=f"bare-{kvk}-{branch}",
                sub_area="bs_park",
                sbi_code=code,
                sbi_division_id=division_ids[code[:2]],
            ),
        )
    Establishment.objects.bulk_create(establishments.values(), batch_size=2000)
    YearlyObservation.objects.bulk_create(
        [YearlyObservation(establishment=establishments[(r[0], r[1])], year=r[5], jobs=r[6]) for r in rows],
        batch_size=2000,
    )


def timed(function) -> float:
    start = time.perf_counter()
    with transaction.atomic():
        function()
        transaction.set_rollback(True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--establishments", type=int, default=5_000, help="distinct establishments (default 5,000)")
    args = parser.parse_args()
    print(f"database: {connection.vendor} {connection.settings_dict['NAME']}")
    with transaction.atomic():
        codes, key_positions = ensure_reference()
        content, rows = generate(args.establishments, codes, key_positions)
        print(f"rows: {len(rows):,} ({args.establishments:,} establishments), file {len(content) / 1e6:.1f} MB")
        baseline = timed(lambda: bare_bulk_create(rows))

        def full_import():
            parsed = parse_register(content)
            assert parsed.is_valid, parsed.errors[:5]
            register_import(parsed=parsed, source_name="bench.csv")

        import_time = timed(full_import)

        def import_twice():
            parsed = parse_register(content)
            register_import(parsed=parsed, source_name="bench.csv")
            start = time.perf_counter()
            register_import(parsed=parse_register(content), source_name="bench.csv")
            import_twice.repeat = time.perf_counter() - start

        timed(import_twice)
        transaction.set_rollback(True)
    print(f"bare bulk_create:           {baseline:6.2f} s")
    print(f"full import (read+validate+write+history): {import_time:6.2f} s")
    print(f"ratio import / bulk_create: {import_time / baseline:6.2f}")
    print(f"re-import of the same file (writes nothing): {import_twice.repeat:6.2f} s")
    print("target: full import under 10 s on 2 cores:", "OK" if import_time < TARGET_SECONDS else "TOO SLOW")
    if import_time >= TARGET_SECONDS:
        sys.exit(1)


if __name__ == "__main__":
    main()
