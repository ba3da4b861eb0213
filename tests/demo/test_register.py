"""The demo register: idempotent, deterministic, realistic, and matching the report's tables by itself."""

import re
from collections import Counter, defaultdict

import pytest
from django.db import transaction

from demo.register import generator
from demo.register.loader import register_load
from establishments.models import Establishment, YearlyObservation, size_class_for_jobs
from tests.monitoring.published_figures import FIGURES

ESTABLISHMENT_FIELDS = (
    "id", "kvk_number", "branch_number", "trade_name", "slug", "postcode", "sub_area", "sbi_code",
    "sbi_division__code", "sbi_division__base", "sbi_division__sector__slug", "founded_on", "settled_on",
    "is_active", "deactivated_on", "deactivation_reason", "is_knowledge_intensive", "is_startup", "is_spinoff",
    "is_rd_branch",
)  # fmt: skip
# Marks the module as a database user, so that pytest-django sets up the test database before the module
# fixture below writes to it (a module fixture alone does not count).
pytestmark = pytest.mark.django_db

SUB_AREA_LABELS = {"ut_campus": "UT Campus", "bs_park": "B&S-park", "twente_village": "Twente Village"}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Load the demo twice in a transaction that is rolled back; return what the tests look at as plain data."""
    with django_db_blocker.unblock(), transaction.atomic():
        first = register_load()
        counts_after_first = (Establishment.objects.count(), YearlyObservation.objects.count())
        history_after_first = Establishment.history.count() + YearlyObservation.history.count()
        second = register_load()
        result = {
            "first": first,
            "second": second,
            "counts": (counts_after_first, (Establishment.objects.count(), YearlyObservation.objects.count())),
            "history": (history_after_first, Establishment.history.count() + YearlyObservation.history.count()),
            "establishments": {row["id"]: row for row in Establishment.objects.values(*ESTABLISHMENT_FIELDS)},
            "key_positions": _key_positions(),
            "observations": list(
                YearlyObservation.objects.values_list("establishment_id", "year", "jobs", "added_value_keur")
            ),
        }
        transaction.set_rollback(True)
    return result


def _key_positions() -> dict[int, set[str]]:
    found = defaultdict(set)
    through = Establishment.key_positions.through.objects.values_list("establishment_id", "keyposition__slug")
    for establishment_id, slug in through:
        found[establishment_id].add(slug)
    return found


def _category(establishment: dict, dimension: str, jobs: int) -> str:
    sub_area = SUB_AREA_LABELS[establishment["sub_area"]]
    return {
        "total": "Kennispark",
        "sub_area": sub_area,
        "base": establishment["sbi_division__base"],
        "sub_area_base": f"{sub_area}|{establishment['sbi_division__base']}",
        "sector": establishment["sbi_division__sector__slug"],
        "size_class": size_class_for_jobs(jobs),
    }[dimension]


def test_loading_twice_changes_nothing(demo):
    # given the demo loaded once
    # when it is loaded again
    # then nothing is created, updated or recorded in the history
    assert demo["first"]["establishments_created"] > 450
    assert demo["second"] == dict.fromkeys(demo["second"], 0)
    assert demo["counts"][0] == demo["counts"][1]
    assert demo["history"][0] == demo["history"][1]


def test_generation_is_deterministic():
    # given the register generated with its fixed seed
    # when it is generated again from scratch
    # then it is the same
    assert generator.generate.__wrapped__() == generator.generate()


@pytest.mark.parametrize("dimension", ["total", "sub_area", "base", "sub_area_base", "sector", "size_class"])
def test_register_counts_match_the_published_tables(demo, dimension):
    # given the published establishment and job counts of one breakdown
    figures = [
        f
        for f in FIGURES
        if f.dimension == dimension and f.measure in ("establishments", "jobs") and "+" not in f.category
    ]
    # when the register is aggregated directly (without the monitor)
    totals = defaultdict(lambda: {"establishments": 0, "jobs": 0})
    for establishment_id, year, jobs, _value in demo["observations"]:
        category = _category(demo["establishments"][establishment_id], dimension, jobs)
        totals[(year, category)]["establishments"] += 1
        totals[(year, category)]["jobs"] += jobs
    # then every count holds exactly and every job figure rounds (halves up) to the published one
    for figure in figures:
        value = totals[(figure.year, figure.category)][figure.measure]
        if figure.rounding == "exact":
            assert value == figure.value, figure
        elif figure.rounding == "tens":
            assert (value + 5) // 10 * 10 == figure.value, figure  # rounded to tens, halves up
        else:
            assert value < figure.value, figure


def test_register_looks_like_the_park(demo):
    # given the loaded register
    establishments = list(demo["establishments"].values())
    # then identifiers have the KvK formats and are unique, and everyone is on the park's postcodes
    assert all(
        re.fullmatch(r"\d{8}", e["kvk_number"]) and re.fullmatch(r"\d{12}", e["branch_number"]) for e in establishments
    )
    assert len({(e["kvk_number"], e["branch_number"]) for e in establishments}) == len(establishments)
    assert len({e["slug"] for e in establishments}) == len(establishments)
    assert all(e["postcode"][:4] in ("7521", "7522") for e in establishments)
    assert all(e["founded_on"] <= e["settled_on"] for e in establishments)
    assert all(e["sbi_code"].startswith(e["sbi_division__code"]) for e in establishments)


def test_university_is_one_large_establishment(demo):
    # given the register
    university = next(e for e in demo["establishments"].values() if e["trade_name"] == "Universiteit Twente")
    jobs = {year: count for pk, year, count, _ in demo["observations"] if pk == university["id"]}
    # then the university is on the campus, in higher education, with thousands of jobs every year
    assert (university["sub_area"], university["sbi_division__code"]) == ("ut_campus", "85")
    assert sorted(jobs) == list(range(2009, 2025))
    assert min(jobs.values()) > 2500
    assert jobs[2024] == 4177


def test_departed_establishments_keep_their_history(demo):
    # given the establishments that left the park
    years = defaultdict(set)
    for establishment_id, year, _jobs, _value in demo["observations"]:
        years[establishment_id].add(year)
    departed = [e for e in demo["establishments"].values() if not e["is_active"]]
    # then each has a date after its last observation and a reason, and its observations are kept
    assert len(departed) > 100
    for establishment in departed:
        assert establishment["deactivation_reason"]
        assert establishment["deactivated_on"].year == max(years[establishment["id"]]) + 1
        assert 2024 not in years[establishment["id"]]
    active = [e for e in demo["establishments"].values() if e["is_active"]]
    assert len(active) == 483
    assert all(2024 in years[e["id"]] for e in active)


def test_profile_flags_match_the_strategy(demo):
    # given the active establishments (2024)
    active = [e for e in demo["establishments"].values() if e["is_active"]]
    first_years = defaultdict(lambda: 9999)
    for establishment_id, year, _jobs, _value in demo["observations"]:
        first_years[establishment_id] = min(first_years[establishment_id], year)
    startups_per_year = Counter(first_years[e["id"]] for e in demo["establishments"].values() if e["is_startup"])
    # then 180 are knowledge-intensive (37%), start-ups and spin-offs arrive every year, R&D branches exist
    assert sum(e["is_knowledge_intensive"] for e in active) == 180
    assert all(startups_per_year[year] >= 1 for year in range(2010, 2025))
    assert 5 <= sum(startups_per_year[year] for year in range(2020, 2025)) / 5 <= 20  # the 2035 target is 20 a year
    assert sum(e["is_spinoff"] for e in demo["establishments"].values()) >= 20
    assert all(e["is_startup"] for e in demo["establishments"].values() if e["is_spinoff"])
    assert sum(e["is_rd_branch"] for e in active) >= 5


def test_young_key_position_firms_were_founded_recently(demo):
    # given the key-position establishments present in 2023
    present = {pk for pk, year, _jobs, _value in demo["observations"] if year == 2023}
    tagged = [e for pk, e in demo["establishments"].items() if pk in present and demo["key_positions"][pk]]
    # then none is on the edge of the five-year limit, so any reading of "at most five years" gives the same count
    assert len(tagged) == 181
    assert all(e["founded_on"].year >= 2019 or e["founded_on"].year <= 2016 for e in tagged)


def test_added_value_is_known_from_2013_except_for_some(demo):
    # given the observations
    observations = demo["observations"]
    # then added value exists from 2013 on (LISA), never before, and a few establishments lack it
    assert all(value is None for _pk, year, _jobs, value in observations if year < 2013)
    recent = [value for _pk, year, jobs, value in observations if year >= 2013 and jobs > 0]
    unknown = sum(value is None for value in recent)
    assert 0 < unknown < len(recent) * 0.1
    assert all(value is None or value >= 0 for value in recent)
    assert min(year for _pk, year, _jobs, _value in observations) == 2009
