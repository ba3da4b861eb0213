"""Added value (k€, constant 2021 prices) of the demo establishments, 2013–2024, raked to the report's figures."""

import math
import random

from . import targets
from .population import YEARS, DemoEstablishment

FIRST_VALUE_YEAR = 2013  # §3.2 and Tabel 12 start in 2013, although the key figures say "2014, earlier unknown"
# Typical added value per job (k€) by sector, before raking; each firm gets its own factor around it.
PER_JOB = {
    "industrie": 140,
    "bouw": 90,
    "consumentendiensten": 30,
    "logistiek-en-groothandel": 130,
    "zakelijke-diensten": 105,
    "financiele-diensten": 180,
    "overheid": 90,
    "onderwijs": 62,
    "zorg": 40,
    "overig": 50,
}
UNKNOWN_SHARE = 0.03  # LISA cannot value every establishment the register holds (§3.3, "Nota bene")


def fill_added_value(people: list[DemoEstablishment], rng: random.Random) -> None:
    """Set added value per establishment and year so that the report's totals and breakdowns hold."""
    factors = {}
    for person in people:
        unknown = person.role == "robotics" or rng.random() < UNKNOWN_SHARE
        factors[person.number] = None if unknown else PER_JOB[person.sector] * math.exp(rng.gauss(0, 0.3))
    per_job = {year: _raked(year, people, factors) for year in (2013, 2023)}
    for year in YEARS:
        if year < FIRST_VALUE_YEAR:
            continue
        values = {}
        for person in people:
            jobs = person.jobs.get(year)
            if jobs and factors[person.number] is not None:
                values[person.number] = jobs * _per_job_in(year, person, per_job, factors)
        if year not in per_job:
            total = targets.ADDED_VALUE_TOTALS.get(year) or targets.ADDED_VALUE_PATH[year]
            scale = total * 1000 / sum(values.values())
            values = {number: value * scale for number, value in values.items()}
        for person in people:
            if person.active_in(year):
                value = values.get(person.number)
                person.added_value[year] = None if value is None else round(value, 1)


def _per_job_in(year: int, person: DemoEstablishment, per_job: dict, factors: dict) -> float:
    early, late = per_job[2013].get(person.number), per_job[2023].get(person.number)
    if early is not None and late is not None:
        share = min(max((year - 2013) / 10, 0), 1)
        if early > 0 and late > 0:
            return math.exp(math.log(early) * (1 - share) + math.log(late) * share)
        return early + (late - early) * share
    if early is not None:
        return early
    return late if late is not None else factors[person.number]


def _raked(year: int, people: list[DemoEstablishment], factors: dict) -> dict[int, float]:
    """Return added value per job per establishment after raking the year's values to the published margins."""
    members = [p for p in people if p.jobs.get(year) and factors[p.number] is not None]
    values = {p.number: p.jobs[year] * factors[p.number] for p in members}
    for _ in range(300):
        for partition in _partitions(year, members):
            for numbers, target in partition:
                current = sum(values[n] for n in numbers)
                if current:
                    for n in numbers:
                        values[n] *= target / current
    return {p.number: values[p.number] / p.jobs[year] for p in members}


def _partitions(year: int, members: list[DemoEstablishment]) -> list[list[tuple[list[int], float]]]:
    """Return the published margins of a year as partitions of the members with target sums in k€."""
    published = targets.ADDED_VALUE_SECTORS[year]
    # Each sector is printed rounded; spread the gap to the printed total evenly so that all of them round back.
    valued = [sector for sector, value in published.items() if value]
    adjustment = (targets.ADDED_VALUE_TOTALS[year] - sum(published.values())) / len(valued)
    sector_targets = {sector: (value + adjustment if value else 0) * 1000 for sector, value in published.items()}
    total = sum(sector_targets.values())

    def split(test, target: float) -> list[tuple[list[int], float]]:
        inside = [p.number for p in members if test(p)]
        outside = [p.number for p in members if not test(p)]
        return [(inside, target), (outside, total - target)]

    partitions = [
        [([p.number for p in members if p.sector == s], value) for s, value in sector_targets.items()],
        split(lambda p: p.base == "verzorgend", targets.ADDED_VALUE_VERZORGEND[year] * 1000),
        split(lambda p: p.sub_area == "bs_park", targets.ADDED_VALUE_BS_PARK_SHARE[year] * total),
    ]
    if year == 2023:
        groups: list[tuple[list[int], float]] = []
        for slug, figures in targets.KEY_POSITIONS_2023.items():
            groups.append(([p.number for p in members if p.key_positions[:1] == [slug]], figures["added_value"] * 1000))
        rest = [p.number for p in members if not p.key_positions]
        groups.append((rest, total - sum(target for _, target in groups)))
        partitions.append(groups)
    return partitions
