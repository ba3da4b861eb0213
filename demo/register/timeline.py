"""Jobs in the years the report does not publish: 2024 from the area strategy, smooth paths in between."""

import math
import random

from . import targets
from .population import YEARS, DemoEstablishment

# 2024 newcomers: a few R&D branches of large companies settle with a team; start-ups start small.
RD_BRANCH_TEAMS = (38, 24)


def fill_2024(people: list[DemoEstablishment], rng: random.Random) -> None:
    """Give 2024 jobs so that the park has 12,730 jobs with the university's 4,177 (seed 001)."""
    present = [p for p in people if p.active_in(2024)]
    newcomers = [p for p in present if not p.active_in(2023)]
    branches = [p for p in newcomers if p.role == "rd_branch_2024"]
    for person, team in zip(branches, RD_BRANCH_TEAMS, strict=False):
        person.jobs[2024] = team
    for person in newcomers:
        person.jobs.setdefault(2024, rng.randint(1, 4))
    university = next(p for p in present if p.role == "university")
    university.jobs[2024] = targets.UNIVERSITY_JOBS_2024
    growing = [p for p in present if p.active_in(2023) and p is not university and p.jobs[2023] >= 2]
    for person in present:
        if person.active_in(2023) and person not in growing and person is not university:
            person.jobs[2024] = person.jobs[2023]
    fixed = sum(p.jobs[2024] for p in present if p not in growing)
    factor = (targets.TOTAL_JOBS[2024] - fixed) / sum(p.jobs[2023] for p in growing)
    for person in growing:
        person.jobs[2024] = max(2, round(person.jobs[2023] * factor * math.exp(rng.gauss(0, 0.05))))
    residual = targets.TOTAL_JOBS[2024] - sum(p.jobs[2024] for p in present)
    for person in sorted(growing, key=lambda p: -p.jobs[2024])[: abs(residual)]:
        person.jobs[2024] += 1 if residual > 0 else -1


def fill_between(people: list[DemoEstablishment], rng: random.Random) -> None:
    """Interpolate each establishment's jobs between the years that are set, with a little noise."""
    for person in people:
        known = sorted(person.jobs)
        for year in YEARS:
            if not person.active_in(year) or year in person.jobs:
                continue
            before = [y for y in known if y < year]
            after = [y for y in known if y > year]
            if before and after:
                start_year, end_year = before[-1], after[0]
                start, end = person.jobs[start_year], person.jobs[end_year]
            elif after:  # arrived after the previous published year: starts smaller
                start_year, end_year = person.first_year - 1, after[0]
                end = person.jobs[end_year]
                start = max(1, round(end * rng.uniform(0.4, 0.9))) if end else 0
            else:  # left before the next published year: shrinks a little first
                start_year, end_year = before[-1], person.last_year + 1
                start = person.jobs[start_year]
                end = round(start * rng.uniform(0.7, 1.0))
            person.jobs[year] = _between(start, end, (year - start_year) / (end_year - start_year), rng)


def _between(start: int, end: int, share: float, rng: random.Random) -> int:
    if start == 0 and end == 0:
        return 0
    value = start + (end - start) * share  # linear, so that the park's totals move smoothly between years
    noise = 0.04 if value < 50 else 0.012  # large employers' headcounts move less from year to year
    return max(0 if min(start, end) == 0 else 1, round(value * math.exp(rng.gauss(0, noise))))
