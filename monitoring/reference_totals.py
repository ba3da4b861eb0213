"""The totals of Enschede and Twente per year, derived from the report's shares, for the park's share figures.

In the published years each total is the report's Kennispark figure divided by its published share (Tabel 3,
the key figures and §3.2), chosen within the share's rounding so that the growth rates the report prints hold
too (jobs 2009–2023: Enschede +15%, Twente +13%; added value 2014–2023: Enschede +24%, Twente +25%). 2024
follows seed 001 ("ongeveer 12 procent" of Enschede's jobs). Other years are interpolated.
"""

from decimal import Decimal

from django.db import transaction

from .models import ReferenceTotal

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
        "establishments": establishments,
        "jobs": jobs,
        "added_value_meur": added_value,
        "source": _source(year),
    }
    for area in ANCHORS
    for year in YEARS
    for establishments, jobs, added_value in [_interpolated(area, year)]
]


@transaction.atomic
def reference_totals_load(rows: list[dict]) -> int:
    """Create or update reference totals from dicts with area, year, establishments, jobs, added value and source."""
    for row in rows:
        added_value = row.get("added_value_meur")
        total = ReferenceTotal.objects.filter(area=row["area"], year=row["year"]).first() or ReferenceTotal(
            area=row["area"], year=row["year"]
        )
        total.establishments = row["establishments"]
        total.jobs = row["jobs"]
        total.added_value_meur = Decimal(str(added_value)) if added_value is not None else None
        total.source = row.get("source") or "BIRO en LISA; bewerking Kennispunt Twente"
        total.full_clean()
        total.save()
    return len(rows)
