"""Who is on the demo park when: cells (sub-area × base × sector) per year and each establishment's lifespan."""

import random
from dataclasses import dataclass, field

from . import targets

YEARS = tuple(range(targets.FIRST_YEAR, targets.LAST_YEAR + 1))
PLAN_YEARS = (*targets.ANCHOR_YEARS, 2024)

# Establishments per sub-area × base and per sector in 2024 (not published; only the total, 483, is).
ROW_COUNTS_2024 = {
    "twente_village|stuwend": 7,
    "twente_village|verzorgend": 20,
    "bs_park|stuwend": 235,
    "bs_park|verzorgend": 65,
    "ut_campus|stuwend": 98,
    "ut_campus|verzorgend": 58,
}
SECTOR_COUNTS_2024 = {
    "industrie": 36,
    "bouw": 5,
    "consumentendiensten": 53,
    "logistiek-en-groothandel": 32,
    "zakelijke-diensten": 290,
    "financiele-diensten": 10,
    "overheid": 5,
    "onderwijs": 17,
    "zorg": 33,
    "overig": 2,
}
ONLY_VERZORGEND = {"bouw", "overheid", "onderwijs", "zorg", "overig"}
# Verzorgend establishments in the sectors that have both bases (hotels are the stuwend consumer services);
# business services take the rest, so that the base totals of Tabel 4 hold.
VERZORGEND_IN_MIXED = {"industrie": 1, "logistiek-en-groothandel": 2, "financiele-diensten": 3}
STUWEND_CONSUMER_SERVICES = {2009: 2, 2015: 2, 2022: 3, 2023: 4, 2024: 4}
# How likely a sector is found in each sub-area (Twente Village: sport and leisure; UT Campus: the university,
# start-ups and campus services; B&S-park: business services and high-tech firms).
SUB_AREA_PRIOR = {
    ("stuwend", "industrie"): (0.02, 0.7, 0.28),
    ("stuwend", "consumentendiensten"): (0.5, 0.3, 0.2),
    ("stuwend", "logistiek-en-groothandel"): (0.04, 0.9, 0.06),
    ("stuwend", "zakelijke-diensten"): (0.02, 0.68, 0.3),
    ("stuwend", "financiele-diensten"): (0.02, 0.9, 0.08),
    ("verzorgend", "industrie"): (0.01, 0.9, 0.09),
    ("verzorgend", "bouw"): (0.2, 0.7, 0.1),
    ("verzorgend", "consumentendiensten"): (0.4, 0.25, 0.35),
    ("verzorgend", "logistiek-en-groothandel"): (0.01, 0.8, 0.19),
    ("verzorgend", "zakelijke-diensten"): (0.08, 0.72, 0.2),
    ("verzorgend", "financiele-diensten"): (0.01, 0.8, 0.19),
    ("verzorgend", "overheid"): (0.01, 0.6, 0.39),
    ("verzorgend", "onderwijs"): (0.05, 0.35, 0.6),
    ("verzorgend", "zorg"): (0.12, 0.45, 0.43),
    ("verzorgend", "overig"): (0.01, 0.5, 0.49),
}
# Yearly share of a cell's establishments that leaves and is replaced (start-ups come and go faster).
CHURN = {"ut_campus|stuwend": 0.06, "bs_park|stuwend": 0.03}
DEFAULT_CHURN = 0.025


@dataclass
class DemoEstablishment:
    """One generated establishment with its lifespan, yearly jobs and added value."""

    number: int
    sub_area: str
    base: str
    sector: str
    first_year: int
    last_year: int
    role: str = ""
    division: str = ""
    key_positions: list[str] = field(default_factory=list)
    young: bool = False
    jobs: dict[int, int] = field(default_factory=dict)
    added_value: dict[int, float | None] = field(default_factory=dict)
    founded_year: int | None = None
    bci_cluster: str = ""

    @property
    def row(self) -> str:
        return f"{self.sub_area}|{self.base}"

    def active_in(self, year: int) -> bool:
        """Return whether the establishment has an observation in this year."""
        return self.first_year <= year <= self.last_year


def cell_counts(year: int) -> dict[tuple[str, str, str], int]:
    """Return the establishments per (sub-area, base, sector) in a plan year, matching Tabel 4 and Tabel 6."""
    rows = targets.ROW_COUNTS.get(year, ROW_COUNTS_2024)
    sectors = targets.SECTOR_COUNTS.get(year, SECTOR_COUNTS_2024)
    verzorgend = _verzorgend_per_sector(year, rows, sectors)
    counts = {}
    for base in targets.BASES:
        per_sector = {s: (verzorgend[s] if base == "verzorgend" else sectors[s] - verzorgend[s]) for s in sectors}
        per_sub_area = {sub: rows[f"{sub}|{base}"] for sub in targets.SUB_AREAS}
        for (sub, sector), n in _split(base, per_sector, per_sub_area).items():
            counts[(sub, base, sector)] = n
    return counts


def _verzorgend_per_sector(year: int, rows: dict, sectors: dict) -> dict[str, int]:
    verzorgend = {s: (sectors[s] if s in ONLY_VERZORGEND else VERZORGEND_IN_MIXED.get(s, 0)) for s in sectors}
    verzorgend["consumentendiensten"] = sectors["consumentendiensten"] - STUWEND_CONSUMER_SERVICES[year]
    total = sum(rows[f"{sub}|verzorgend"] for sub in targets.SUB_AREAS)
    verzorgend["zakelijke-diensten"] = total - sum(v for s, v in verzorgend.items() if s != "zakelijke-diensten")
    return verzorgend


def _split(base: str, per_sector: dict[str, int], per_sub_area: dict[str, int]) -> dict[tuple[str, str], int]:
    """Split sector counts over sub-areas: proportional fitting on the prior, then rounding that keeps both sums."""
    subs = targets.SUB_AREAS
    weights = {(sub, s): SUB_AREA_PRIOR.get((base, s), (0, 0, 0))[i] for s in per_sector for i, sub in enumerate(subs)}
    for _ in range(200):
        for sub in subs:
            total = sum(weights[(sub, s)] for s in per_sector)
            for s in per_sector:
                weights[(sub, s)] *= per_sub_area[sub] / total if total else 0
        for s in per_sector:
            total = sum(weights[(sub, s)] for sub in subs)
            for sub in subs:
                weights[(sub, s)] *= per_sector[s] / total if total else 0
    counts = {key: int(value) for key, value in weights.items()}
    for s in per_sector:  # largest remainders within each sector
        missing = per_sector[s] - sum(counts[(sub, s)] for sub in subs)
        for sub in sorted(subs, key=lambda sub: counts[(sub, s)] - weights[(sub, s)])[:missing]:
            counts[(sub, s)] += 1
    _balance_sub_areas(counts, weights, per_sub_area)
    return counts


def _balance_sub_areas(counts: dict, weights: dict, per_sub_area: dict) -> None:
    """Move single establishments between sub-areas within a sector until every sub-area total holds."""
    sectors = sorted({s for _, s in counts})
    for _ in range(1000):
        excess = {sub: sum(counts[(sub, s)] for s in sectors) - per_sub_area[sub] for sub in per_sub_area}
        donor = max(excess, key=excess.__getitem__)
        if excess[donor] <= 0:
            return
        receiver = min(excess, key=excess.__getitem__)
        options = [s for s in sectors if counts[(donor, s)] > 0 and weights[(receiver, s)] > 0]
        sector = max(options, key=lambda s: weights[(receiver, s)] - counts[(receiver, s)])
        counts[(donor, sector)] -= 1
        counts[(receiver, sector)] += 1
    raise RuntimeError("The demo cell counts cannot be balanced.")


# The establishments the report's tables single out: the university, the large employers, the largest firm of
# each key position. (role, sub-area, base, sector, first year, last year)
SPECIAL = (
    ("university", "ut_campus", "verzorgend", "onderwijs", 2009, 2024),
    ("contact_centre", "twente_village", "stuwend", "zakelijke-diensten", 2009, 2017),
    ("engineering_large", "bs_park", "stuwend", "zakelijke-diensten", 2009, 2024),
    ("head_office_large", "bs_park", "stuwend", "zakelijke-diensten", 2009, 2024),
    ("largest_smart-manufacturing", "bs_park", "stuwend", "industrie", 2009, 2024),
    ("largest_ai-smart-it", "bs_park", "stuwend", "zakelijke-diensten", 2009, 2024),
    ("largest_medtech", "bs_park", "stuwend", "industrie", 2009, 2024),
    ("largest_chiptech", "ut_campus", "stuwend", "industrie", 2011, 2024),
    ("robotics", "ut_campus", "stuwend", "zakelijke-diensten", 2014, 2024),
)


def build_lifespans(rng: random.Random) -> list[DemoEstablishment]:
    """Return establishments whose presence per plan year matches the cell counts, with churn in between."""
    establishments: list[DemoEstablishment] = []
    plans = {year: cell_counts(year) for year in PLAN_YEARS}
    specials: dict[tuple[str, str, str], list[DemoEstablishment]] = {}
    for role, sub, base, sector, first, last in SPECIAL:
        special = _new(establishments, (sub, base, sector), first)
        special.last_year, special.role = last, role
        specials.setdefault((sub, base, sector), []).append(special)
    for cell in sorted(plans[PLAN_YEARS[0]]):
        fixed = specials.get(cell, [])
        active: list[DemoEstablishment] = []
        for previous, year, end in zip((None, *PLAN_YEARS), PLAN_YEARS, (*PLAN_YEARS[1:], None), strict=False):
            present = [special for special in fixed if special.active_in(year)]
            target = plans[year].get(cell, 0) - len(present)
            if target < 0:
                raise RuntimeError(f"Cell {cell} has too few establishments in {year} for its special ones.")
            while len(active) < target:
                first = year if previous is None else rng.randint(previous + 1, year)
                active.append(_new(establishments, cell, first))
            if end is None:
                break
            sub, base, _sector = cell
            rate = CHURN.get(f"{sub}|{base}", DEFAULT_CHURN)
            churn = round(rate * len(active) * (end - year) * rng.uniform(0.7, 1.3))
            next_target = plans[end].get(cell, 0) - len([s for s in fixed if s.active_in(end)])
            leaving = min(len(active), max(0, len(active) - next_target) + min(churn, max(next_target, 0)))
            for establishment in rng.sample(active, leaving):
                establishment.last_year = rng.randint(year, end - 1)
                active.remove(establishment)
    return establishments


def _new(establishments: list, cell: tuple[str, str, str], first_year: int) -> DemoEstablishment:
    sub, base, sector = cell
    establishment = DemoEstablishment(
        number=len(establishments) + 1,
        sub_area=sub,
        base=base,
        sector=sector,
        first_year=first_year,
        last_year=targets.LAST_YEAR,
    )
    establishments.append(establishment)
    return establishment
