"""Yearly jobs of the demo establishments: a local search per published year that hits every published table.

Each published number becomes a group (members, lowest and highest allowed sum). A published job figure P
(rounded to tens) allows sums from P-4 to P+4, so the unrounded figure rounds back to P. Size classes are
counts of members per job band. The search changes one establishment's jobs, swaps two establishments' jobs or
moves a few jobs between two of the same row or sector; it keeps moves that do not worsen the violations (and,
early on, a few that do), and prefers small changes against the previous published year so that each firm's
history stays smooth.
"""

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from . import targets
from .population import DemoEstablishment

BANDS = {"zero": (0, 0), "one": (1, 1), "micro": (2, 9), "small": (10, 49), "medium": (50, 249), "large": (250, 600)}
# Zero-job establishments per year: the 2009 footnote says 20; later years keep a few (register entries without
# staff) within the rounding of the zzp jobs.
ZERO_JOBS = {2009: targets.ZERO_JOB_ESTABLISHMENTS_2009, 2015: 0, 2022: 4, 2023: 3}
TOLERANCE = 4
YOUNG_MAX_JOBS = 20  # young key-position firms (founded 2019 or later) are small: Tabel 11 averages 3 to 6 jobs
PINNED = {
    "university": {2009: 2905, 2015: 2868, 2022: 3843, 2023: 4086},
    "contact_centre": {2009: 566, 2015: 522},
    "largest_smart-manufacturing": {2023: 150},
    "largest_ai-smart-it": {2023: 130},
    "largest_medtech": {2023: 80},
    "largest_chiptech": {2023: 60},
}
LARGE_ROLES = ("engineering_large", "head_office_large")


@dataclass
class Group:
    """Establishments whose jobs must sum to between `low` and `high`."""

    members: list[int]
    low: int
    high: int
    total: int = 0

    def violation(self, total: int) -> int:
        return max(0, self.low - total, total - self.high)


def band_of(jobs: int) -> str:
    """Return the search band (zzp split into 0 and 1 job) of a number of jobs."""
    for band, (low, high) in BANDS.items():
        if low <= jobs <= high:
            return band
    return "large"  # the university: above the band's upper bound, which only limits the search's moves


def _around(value: int, tolerance: int = TOLERANCE) -> tuple[int, int]:
    return value - tolerance, value + tolerance


def year_groups(year: int, people: list[DemoEstablishment]) -> list[Group]:
    """Return the sum groups of a published year: rows, sub-areas, bases, sectors, BCI clusters per sub-area, total
    and key positions."""
    specs: list[tuple[Callable, tuple[int, int]]] = [(lambda e: True, _around(targets.TOTAL_JOBS[year]))]
    for row, jobs in targets.ROW_JOBS[year].items():
        specs.append((lambda e, row=row: e.row == row, _around(jobs)))
    for sub, jobs in targets.SUB_AREA_JOBS[year].items():
        specs.append((lambda e, sub=sub: e.sub_area == sub, _around(jobs)))
    for base, jobs in targets.BASE_JOBS.get(year, {}).items():
        specs.append((lambda e, base=base: e.base == base, _around(jobs)))
    for sector, jobs in targets.SECTOR_JOBS[year].items():
        specs.append((lambda e, sector=sector: e.sector == sector, _around(jobs)))
    for sub_area, clusters in targets.BCI_JOBS.items():
        for cluster, jobs in clusters[year].items():
            specs.append((lambda e, sub=sub_area, c=cluster: e.sub_area == sub and e.bci_cluster == c, _around(jobs)))
    for cluster, jobs in targets.BCI_TOTAL_JOBS[year].items():
        specs.append((lambda e, c=cluster: e.bci_cluster == c, _around(jobs)))
    if year == 2023:
        for slug, figures in targets.KEY_POSITIONS_2023.items():
            slugs = {slug, "robotics"} if slug == "smart-manufacturing" else {slug}
            specs.append((lambda e, slugs=slugs: bool(slugs & set(e.key_positions)), _around(figures["jobs"])))
            young = figures["young_jobs"]
            specs.append((lambda e, slugs=slugs: e.young and bool(slugs & set(e.key_positions)), (young, young)))
    return [Group([i for i, e in enumerate(people) if match(e)], low, high) for match, (low, high) in specs]


def band_targets(year: int) -> dict[str, tuple[int, tuple[int, int]]]:
    """Return per band the number of establishments and the allowed range of their jobs."""
    counts, jobs = targets.SIZE_COUNTS[year], targets.SIZE_JOBS[year]
    zero = ZERO_JOBS[year]
    result = {"zero": (zero, (0, 0)), "one": (counts["zzp"] - zero, (0, 99999))}
    for band in ("micro", "small", "medium", "large"):
        result[band] = (counts[band], _around(jobs[band]))
    return result


def bounds(establishment: DemoEstablishment, year: int) -> tuple[int, int]:
    """Return the lowest and highest jobs the search may give an establishment in a year."""
    pinned = PINNED.get(establishment.role, {}).get(year)
    if pinned is not None:
        return pinned, pinned
    if establishment.role in LARGE_ROLES:
        return 250, 600
    high = YOUNG_MAX_JOBS if establishment.young else 249
    if year == 2023:
        for slug in establishment.key_positions:
            largest = targets.KEY_POSITIONS_2023.get(slug, targets.KEY_POSITIONS_2023["smart-manufacturing"])["largest"]
            high = min(high, largest - 1)
    return 0, high


class YearSearch:
    """The local search for one published year.

    Size classes are dealt out first (the largest expected firms get the largest slots), so the band counts hold
    from the start; moves then change a firm's jobs within its band or swap two firms' jobs, which keeps them.
    """

    def __init__(self, year: int, people: list[DemoEstablishment], rng: random.Random, previous: dict[int, int]):
        self.year, self.people, self.rng, self.previous = year, people, rng, previous
        self.limits = [bounds(e, year) for e in people]
        self.groups = year_groups(year, people)
        for _count, (low, high) in band_targets(year).values():
            self.groups.append(Group([], low, high))
        self.band_group = {band: len(self.groups) - len(BANDS) + n for n, band in enumerate(BANDS)}
        self.membership: list[list[int]] = [[] for _ in people]
        for g, group in enumerate(self.groups):
            for i in group.members:
                self.membership[i].append(g)
        self.jobs = self._deal()
        self.neighbours: dict[tuple[str, str], list[int]] = {}
        for i, person in enumerate(people):
            if self.limits[i][0] < self.limits[i][1]:
                self.neighbours.setdefault(("row", person.row), []).append(i)
                self.neighbours.setdefault(("sector", person.sector), []).append(i)
        for i, jobs in enumerate(self.jobs):
            for g in self._groups_of(i, jobs):
                self.groups[g].total += jobs

    def _groups_of(self, i: int, jobs: int) -> list[int]:
        return [*self.membership[i], self.band_group[band_of(jobs)]]

    def _deal(self) -> list[int]:
        """Give every establishment a starting number of jobs so that the band counts hold exactly."""
        jobs: list[int | None] = [low if low == high else None for low, high in self.limits]
        slots = []
        for band, (count, (low, high)) in band_targets(self.year).items():
            fixed = [value for value in jobs if value is not None and band_of(value) == band]
            slots += self._slots(band, count - len(fixed), (low + high) // 2 - sum(fixed))
        expected = {i: self._expected(i) for i, value in enumerate(jobs) if value is None}
        order = sorted(expected, key=expected.__getitem__, reverse=True)
        for value in sorted(slots, reverse=True):
            i = next(i for i in order if self.limits[i][0] <= value <= self.limits[i][1])
            order.remove(i)
            jobs[i] = value
        return cast(list[int], jobs)  # each open place took one of the slots above

    def _slots(self, band: str, count: int, total: int) -> list[int]:
        band_low, band_high = BANDS[band]
        if count <= 0:
            return []
        if band_low == band_high:
            return [band_low] * count
        mean = min(max(total / count, band_low), band_high)
        values = [min(max(round(mean * math.exp(self.rng.gauss(0, 0.35))), band_low), band_high) for _ in range(count)]
        return values

    def _expected(self, i: int) -> float:
        if i in self.previous:
            return self.previous[i] * math.exp(self.rng.gauss(0, 0.2))
        person = self.people[i]
        row_mean = targets.ROW_JOBS[self.year][person.row] / targets.ROW_COUNTS[self.year][person.row]
        return min(row_mean, 40) * math.exp(self.rng.gauss(-0.5, 1.0))

    def penalty_of(self, i: int, jobs: int) -> float:
        if i not in self.previous:
            return 0.0
        return 0.3 * abs(math.log((jobs + 1) / (self.previous[i] + 1)))

    def change(self, i: int, jobs: int) -> float:
        """Set an establishment's jobs and return the change in penalty."""
        old = self.jobs[i]
        if old == jobs:
            return 0.0
        delta = self.penalty_of(i, jobs) - self.penalty_of(i, old)
        before_groups, after_groups = self._groups_of(i, old), self._groups_of(i, jobs)
        for g in set(before_groups) | set(after_groups):
            group = self.groups[g]
            before = group.violation(group.total)
            group.total += (jobs if g in after_groups else 0) - (old if g in before_groups else 0)
            delta += 2 * (group.violation(group.total) - before)
        self.jobs[i] = jobs
        return delta

    def hard_violation(self) -> int:
        return sum(group.violation(group.total) for group in self.groups)

    def proposal(self, i: int) -> int:
        low, high = self.limits[i]
        band_low, band_high = BANDS[band_of(self.jobs[i])]
        current = self.jobs[i]
        step = max(1, int(current * 0.15))
        value = current + self.rng.randint(-step, step)
        return min(max(value, low, band_low), high, band_high)

    def run(self, iterations: int) -> dict[int, int]:
        """Search until every published figure holds; return jobs per establishment index."""
        free = [i for i, (low, high) in enumerate(self.limits) if low < high]
        temperature = 2.0
        for step in range(iterations):
            if step % 2000 == 0:
                if self.hard_violation() == 0 and step >= iterations // 8:
                    break
                temperature *= 0.93
            i = self.rng.choice(free)
            roll = self.rng.random()
            if roll < 0.3:
                self._transfer(i, temperature)
                continue
            if roll < 0.5:
                j = self.rng.choice(free)
                a, b = self.jobs[i], self.jobs[j]
                if not (self.limits[i][0] <= b <= self.limits[i][1] and self.limits[j][0] <= a <= self.limits[j][1]):
                    continue
                delta = self.change(i, b) + self.change(j, a)
                if delta > 0 and self.rng.random() >= math.exp(-delta / temperature):
                    self.change(j, b)
                    self.change(i, a)
                continue
            old = self.jobs[i]
            delta = self.change(i, self.proposal(i))
            if delta > 0 and self.rng.random() >= math.exp(-delta / temperature):
                self.change(i, old)
        if self.hard_violation():
            raise RuntimeError(f"The demo jobs for {self.year} miss published figures: {self.report()}")
        return dict(enumerate(self.jobs))

    def _transfer(self, i: int, temperature: float) -> None:
        """Move a few jobs from one establishment to another of the same row or sector (totals stay put)."""
        person = self.people[i]
        neighbours = (
            self.neighbours["row", person.row] if self.rng.random() < 0.5 else self.neighbours["sector", person.sector]
        )
        j = self.rng.choice(neighbours)
        amount = self.rng.randint(1, 5)
        a, b = self.jobs[i] + amount, self.jobs[j] - amount
        if not (self._allowed(i, a) and self._allowed(j, b)):
            return
        delta = self.change(i, a) + self.change(j, b)
        if delta > 0 and self.rng.random() >= math.exp(-delta / temperature):
            self.change(j, b + amount)
            self.change(i, a - amount)

    def _allowed(self, i: int, jobs: int) -> bool:
        low, high = self.limits[i]
        band_low, band_high = BANDS[band_of(self.jobs[i])]
        return low <= jobs <= high and (band_low <= jobs <= band_high or low == high)

    def report(self) -> list[str]:
        """Describe the groups that are still off (for debugging the generator)."""
        return [f"group {g.low}-{g.high}: {g.total}" for g in self.groups if g.violation(g.total)]


def solve_published_years(people: list[DemoEstablishment], rng: random.Random) -> None:
    """Fill each establishment's jobs in the published years (2009, 2015, 2022, 2023)."""
    previous: dict[int, int] = {}
    for year in targets.ANCHOR_YEARS:
        present = [i for i, person in enumerate(people) if person.active_in(year)]
        local_previous = {n: previous[i] for n, i in enumerate(present) if i in previous}
        search = YearSearch(year, [people[i] for i in present], rng, local_previous)
        solved = search.run(iterations=400_000)
        previous = {}
        for n, i in enumerate(present):
            people[i].jobs[year] = solved[n]
            previous[i] = solved[n]
