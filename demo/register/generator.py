"""The whole demo register, generated deterministically: establishments with their yearly observations."""

import datetime
import random
from functools import cache

from django.utils.text import slugify

from . import clusters, jobs, naming, population, profile, targets, timeline, values
from .population import DemoEstablishment

SEED = 20231231
EXISTING_RD_BRANCHES = 4
REASONS = (("moved_away", 6), ("closed", 3), ("merged", 1))
REASON_NOTES = {
    "moved_away": "Verhuisd naar een andere locatie (demo).",
    "closed": "Bedrijfsactiviteiten beëindigd (demo).",
    "merged": "Opgegaan in een andere vestiging (demo).",
}
SUB_AREA_NAMES = {"ut_campus": "UT Campus", "bs_park": "B&S-park", "twente_village": "Twente Village"}


@cache
def generate() -> tuple[dict, ...]:
    """Return every demo establishment as a dict of model fields plus `key_positions` and `observations`."""
    rng = random.Random(SEED)
    people = population.build_lifespans(rng)
    _mark_new_rd_branches(people)
    profile.assign_key_positions(people, rng)
    profile.assign_divisions(people, rng)
    clusters.assign_clusters(people)
    profile.assign_founding(people, rng)
    jobs.solve_published_years(people, rng)
    timeline.fill_2024(people, rng)
    timeline.fill_between(people, rng)
    values.fill_added_value(people, rng)
    flags = _flags(people, rng)
    taken: set[str] = set()
    return tuple(_row(person, flags[person.number], rng, taken) for person in people)


def _mark_new_rd_branches(people: list[DemoEstablishment]) -> None:
    newcomers = [
        p for p in people if p.first_year == 2024 and p.row == "bs_park|stuwend" and p.sector == "zakelijke-diensten"
    ]
    for person in newcomers[: len(timeline.RD_BRANCH_TEAMS)]:
        person.role = "rd_branch_2024"


def _flags(people: list[DemoEstablishment], rng: random.Random) -> dict[int, dict[str, bool]]:
    """Return the start-up, spin-off, R&D-branch and knowledge-intensive flags per establishment."""
    flags = {}
    older_labs = [
        p
        for p in people
        if p.division == "72" and not p.key_positions and p.first_year == targets.FIRST_YEAR and p.active_in(2024)
    ]
    rd_branches = {p.number for p in older_labs[:EXISTING_RD_BRANCHES]}
    rd_branches |= {p.number for p in people if p.role == "rd_branch_2024"}
    for person in people:
        assert person.founded_year is not None, "assign_founding runs before the rows are built"
        startup = (
            person.first_year > targets.FIRST_YEAR
            and person.founded_year >= person.first_year - 1
            and person.base == "stuwend"
            and person.sector in ("industrie", "zakelijke-diensten")
            and not person.role
        )
        flags[person.number] = {
            "is_startup": startup,
            "is_spinoff": startup and person.sub_area == "ut_campus" and rng.random() < 0.6,
            "is_rd_branch": person.number in rd_branches,
            "is_knowledge_intensive": False,
        }
    knowledge = sorted(
        people,
        key=lambda p: (
            not flags[p.number]["is_rd_branch"],
            not p.key_positions,
            p.division not in ("72", "62", "26", "71", "32"),
            p.number,
        ),
    )
    active = [p for p in knowledge if p.active_in(2024)][: targets.KNOWLEDGE_INTENSIVE_2024]
    for person in active + [p for p in knowledge if not p.active_in(2024) and p.key_positions]:
        flags[person.number]["is_knowledge_intensive"] = True
    return flags


def _date(rng: random.Random, year: int, first_month: int = 1, last_month: int = 12) -> datetime.date:
    return datetime.date(year, rng.randint(first_month, last_month), rng.randint(1, 28))


def _row(person: DemoEstablishment, flags: dict, rng: random.Random, taken: set[str]) -> dict:
    kvk_number, branch_number = naming.kvk_numbers(person)
    name = naming.trade_name(person, rng, taken)
    street_address, postcode = naming.address(person, rng)
    assert person.founded_year is not None, "assign_founding runs before the rows are built"
    founded_on = _date(rng, person.founded_year, 1, 6)
    if person.first_year == targets.FIRST_YEAR:
        settled_on = _date(rng, rng.randint(max(person.founded_year, 1990), 2008))
    else:
        settled_on = _date(rng, person.first_year, 7 if person.founded_year == person.first_year else 1)
    settled_on = max(settled_on, founded_on)
    active = person.last_year >= targets.LAST_YEAR
    reason = "" if active else rng.choices([r for r, _ in REASONS], weights=[w for _, w in REASONS])[0]
    if person.role == "contact_centre":
        reason = "closed"
    sub_area_name = SUB_AREA_NAMES[person.sub_area]
    slug = slugify(f"{name}-{branch_number[-4:]}")
    return {
        "kvk_number": kvk_number,
        "branch_number": branch_number,
        "trade_name": name,
        "slug": slug,
        "street_address": street_address,
        "postcode": postcode,
        "city": "Enschede",
        "sub_area": person.sub_area,
        "sbi_code": profile.sbi_code(person.division),
        # Set only where Bijlage 4 needs another cluster than the SBI code implies.
        "bci_cluster": "" if person.bci_cluster == clusters.default_cluster(person) else person.bci_cluster,
        "division": person.division,
        "settled_on": settled_on,
        "founded_on": founded_on,
        **flags,
        "website": "" if person.role == "university" else f"https://{slug}.example",
        "description_nl": f"Fictieve demo-vestiging op {sub_area_name}. Naam en cijfers zijn verzonnen.",
        "description_en": f"Fictitious demo establishment on {sub_area_name}. Name and figures are made up.",
        "is_active": active,
        "deactivated_on": None if active else _date(rng, person.last_year + 1, 1, 9),
        "deactivation_reason": reason,
        "deactivation_note": REASON_NOTES.get(reason, ""),
        "key_positions": tuple(person.key_positions),
        "observations": {
            year: (person.jobs[year], person.added_value.get(year))
            for year in population.YEARS
            if person.active_in(year)
        },
    }
