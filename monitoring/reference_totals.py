"""The totals of Enschede and Twente per year, derived from the report's shares, for the park's share figures;
and the import of the real ones, which editors receive from Kennispunt Twente per year.

In the published years each total is the report's Kennispark figure divided by its published share (Tabel 3,
the key figures and §3.2), chosen within the share's rounding so that the growth rates the report prints hold
too (jobs 2009–2023: Enschede +15%, Twente +13%; added value 2014–2023: Enschede +24%, Twente +25%). 2024
follows seed 001 ("ongeveer 12 procent" of Enschede's jobs). Other years are interpolated.

The totals per sector and size class (2009 and 2023) are chosen so that the demo park's shares round to Tabel 8 and
9 (whole percents) and add up to the area's total, spread like a regional economy (many zzp'ers, few large firms).
The totals per base give §2.2's shares of stuwend and verzorgend jobs in 2023 (Enschede 16% and 9%, Twente 4% and
3%); their 2009 values and the establishments per base are not published and are plausible choices.
"""

from decimal import Decimal

from django.db import transaction

from kennispark import content_versions
from kennispark.content_versions import content_version_bump
from kennispark.outbox import task_enqueue

from .models import ReferenceDimension, ReferenceTotal
from .reference_import import ParsedReferences, reference_totals_parse
from .tasks import compute_monitor_snapshot

PUBLISHED_SOURCE = (
    "Afgeleid uit het aandeel van Kennispark in Economische betekenis Kennispark (Kennispunt Twente; BIRO, LISA)"
)
STRATEGY_SOURCE = "Afgeleid uit Gebiedsstrategie Kennispark Twente 2026–2035 (aandeel ca. 12% van de banen in Enschede)"
INTERPOLATED_SOURCE = "Demo: geïnterpoleerd tussen gepubliceerde jaren"
# year: (establishments, jobs, added value in € million or None)
ANCHORS = {
    "enschede": {
        2009: (10857, 83000, None),
        2013: (11500, 83300, 5690),
        2014: (11700, 83450, 5727),
        2015: (11909, 83585, 5771),
        2022: (14552, 92946, 7000),
        2023: (16000, 95500, 7102),
        2024: (16600, 102500, 7250),
    },
    "twente": {
        2009: (47500, 310000, None),
        2013: (48700, 306500, 19800),
        2014: (48900, 306000, 19959),
        2015: (49125, 305517, 20290),
        2022: (60286, 335806, 24769),
        2023: (66286, 350000, 24949),
        2024: (68000, 355000, 25400),
    },
}
BREAKDOWN_SOURCE = (
    "Demo: afgeleid uit de aandelen in Tabel 8 en 9 en §2.2 van Economische betekenis Kennispark (Kennispunt Twente)"
)
# (area, year, breakdown, category, establishments, jobs)
BREAKDOWNS = [
    ("enschede", 2009, "sector", "industrie", 582, 11772),
    ("enschede", 2009, "sector", "bouw", 1427, 4916),
    ("enschede", 2009, "sector", "consumentendiensten", 2379, 14872),
    ("enschede", 2009, "sector", "logistiek-en-groothandel", 1189, 8193),
    ("enschede", 2009, "sector", "zakelijke-diensten", 3124, 13756),
    ("enschede", 2009, "sector", "financiele-diensten", 195, 1696),
    ("enschede", 2009, "sector", "overheid", 77, 4096),
    ("enschede", 2009, "sector", "onderwijs", 457, 8952),
    ("enschede", 2009, "sector", "zorg", 1189, 13928),
    ("enschede", 2009, "sector", "overig", 238, 819),
    ("enschede", 2009, "size_class", "zzp", 6445, 5974),
    ("enschede", 2009, "size_class", "micro", 3329, 13390),
    ("enschede", 2009, "size_class", "small", 859, 17597),
    ("enschede", 2009, "size_class", "medium", 185, 20066),
    ("enschede", 2009, "size_class", "large", 39, 25973),
    ("enschede", 2023, "sector", "industrie", 733, 9004),
    ("enschede", 2023, "sector", "bouw", 1782, 5240),
    ("enschede", 2023, "sector", "consumentendiensten", 4622, 14842),
    ("enschede", 2023, "sector", "logistiek-en-groothandel", 1220, 8734),
    ("enschede", 2023, "sector", "zakelijke-diensten", 4898, 19726),
    ("enschede", 2023, "sector", "financiele-diensten", 150, 1568),
    ("enschede", 2023, "sector", "overheid", 58, 6858),
    ("enschede", 2023, "sector", "onderwijs", 756, 11054),
    ("enschede", 2023, "sector", "zorg", 1484, 17600),
    ("enschede", 2023, "sector", "overig", 297, 874),
    ("enschede", 2023, "size_class", "zzp", 10820, 9522),
    ("enschede", 2023, "size_class", "micro", 3797, 12994),
    ("enschede", 2023, "size_class", "small", 1088, 20734),
    ("enschede", 2023, "size_class", "medium", 257, 24874),
    ("enschede", 2023, "size_class", "large", 38, 27376),
    ("twente", 2009, "sector", "industrie", 3519, 54934),
    ("twente", 2009, "sector", "bouw", 6032, 22522),
    ("twente", 2009, "sector", "consumentendiensten", 10053, 60058),
    ("twente", 2009, "sector", "logistiek-en-groothandel", 5026, 37536),
    ("twente", 2009, "sector", "zakelijke-diensten", 14871, 39589),
    ("twente", 2009, "sector", "financiele-diensten", 685, 5282),
    ("twente", 2009, "sector", "overheid", 356, 13512),
    ("twente", 2009, "sector", "onderwijs", 1508, 22501),
    ("twente", 2009, "sector", "zorg", 4445, 50312),
    ("twente", 2009, "sector", "overig", 1005, 3754),
    ("twente", 2009, "size_class", "zzp", 31102, 27429),
    ("twente", 2009, "size_class", "micro", 12711, 56534),
    ("twente", 2009, "size_class", "small", 2925, 72741),
    ("twente", 2009, "size_class", "medium", 640, 86089),
    ("twente", 2009, "size_class", "large", 122, 67207),
    ("twente", 2023, "sector", "industrie", 5314, 48471),
    ("twente", 2023, "sector", "bouw", 9111, 23681),
    ("twente", 2023, "sector", "consumentendiensten", 15184, 63151),
    ("twente", 2023, "sector", "logistiek-en-groothandel", 5689, 39469),
    ("twente", 2023, "sector", "zakelijke-diensten", 17236, 55468),
    ("twente", 2023, "sector", "financiele-diensten", 622, 3547),
    ("twente", 2023, "sector", "overheid", 191, 19735),
    ("twente", 2023, "sector", "onderwijs", 2278, 25434),
    ("twente", 2023, "sector", "zorg", 9143, 67097),
    ("twente", 2023, "sector", "overig", 1518, 3947),
    ("twente", 2023, "size_class", "zzp", 48404, 51429),
    ("twente", 2023, "size_class", "micro", 12267, 53600),
    ("twente", 2023, "size_class", "small", 4667, 77759),
    ("twente", 2023, "size_class", "medium", 814, 95939),
    ("twente", 2023, "size_class", "large", 134, 71273),
    ("enschede", 2009, "base", "stuwend", 5200, 30000),
    ("enschede", 2009, "base", "verzorgend", 5657, 53000),
    ("enschede", 2023, "base", "stuwend", 6500, 35250),
    ("enschede", 2023, "base", "verzorgend", 9500, 60250),
    ("twente", 2009, "base", "stuwend", 19000, 120000),
    ("twente", 2009, "base", "verzorgend", 28500, 190000),
    ("twente", 2023, "base", "stuwend", 24000, 150000),
    ("twente", 2023, "base", "verzorgend", 42286, 200000),
]
PUBLISHED_YEARS = {2009, 2014, 2015, 2022, 2023}
YEARS = range(min(ANCHORS["enschede"]), max(ANCHORS["enschede"]) + 1)


def _interpolated(area: str, year: int) -> tuple[int, int, float | None]:
    anchors = ANCHORS[area]
    before = max(y for y in anchors if y <= year)
    after = min(y for y in anchors if y >= year)
    if before == after:
        return anchors[year]
    share = (year - before) / (after - before)
    low, high = anchors[before], anchors[after]
    establishments, jobs = (round(a + (b - a) * share) for a, b in zip(low[:2], high[:2], strict=True))
    value = round(low[2] + (high[2] - low[2]) * share) if low[2] is not None and high[2] is not None else None
    return establishments, jobs, value


def _source(year: int) -> str:
    if year in PUBLISHED_YEARS:
        return PUBLISHED_SOURCE
    return STRATEGY_SOURCE if year == 2024 else INTERPOLATED_SOURCE


REFERENCE_TOTALS: list[dict] = [
    {
        "year": year,
        "area": area,
        "dimension": ReferenceDimension.TOTAL.value,
        "category": "",
        "establishments": establishments,
        "jobs": jobs,
        "added_value_meur": added_value,
        "source": _source(year),
    }
    for area in ANCHORS
    for year in YEARS
    for establishments, jobs, added_value in [_interpolated(area, year)]
] + [
    {
        "year": year,
        "area": area,
        "dimension": dimension,
        "category": category,
        "establishments": establishments,
        "jobs": jobs,
        "added_value_meur": None,
        "source": BREAKDOWN_SOURCE,
    }
    for area, year, dimension, category, establishments, jobs in BREAKDOWNS
]


@transaction.atomic
def reference_totals_load(rows: list[dict]) -> int:
    """Create or update reference totals from dicts with area, year, breakdown and category, establishments, jobs,
    added value and source."""
    existing = {
        (total.area, total.year, total.dimension, total.category): total for total in ReferenceTotal.objects.all()
    }
    for row in rows:
        dimension = row.get("dimension") or ReferenceDimension.TOTAL
        category = row.get("category") or ""
        added_value = row.get("added_value_meur")
        total = existing.get((row["area"], row["year"], dimension, category)) or ReferenceTotal(
            area=row["area"], year=row["year"], dimension=dimension, category=category
        )
        total.establishments = row["establishments"]
        total.jobs = row["jobs"]
        total.added_value_meur = Decimal(str(added_value)) if added_value is not None else None
        total.source = row.get("source") or "BIRO en LISA; bewerking Kennispunt Twente"
        total.full_clean()
        total.save()
    return len(rows)


@transaction.atomic
def reference_totals_import(*, content: bytes) -> ParsedReferences:
    """Import a file of reference totals: every line, or nothing when a line has an error; then recompute."""
    parsed = reference_totals_parse(content)
    if parsed.errors:
        return parsed
    reference_totals_load(parsed.rows)
    # The shares are part of the published snapshot: a new one is computed, and pages showing sources refresh now.
    task_enqueue(compute_monitor_snapshot)
    content_version_bump(area=content_versions.MONITOR)
    return parsed
