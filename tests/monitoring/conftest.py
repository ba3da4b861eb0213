"""A small register for the monitor's database tests: three sub-areas, both bases, two key positions."""

import datetime
from decimal import Decimal

import pytest

from tests.factories.establishments import (
    EstablishmentFactory,
    KeyPositionFactory,
    SbiDivisionFactory,
    SectorFactory,
    YearlyObservationFactory,
)


def build_register(size: int = 1) -> dict:
    """Create `size` copies of a five-establishment register with observations in 2021–2023; return its parts."""
    industry = SectorFactory(slug="industrie", name_nl="Industrie", name_en="Manufacturing", position=0)
    education = SectorFactory(slug="onderwijs", name_nl="Onderwijs", name_en="Education", position=7)
    basic = SbiDivisionFactory(code="26", sector=industry, base="stuwend")
    non_basic = SbiDivisionFactory(code="85", sector=education, base="verzorgend")
    medtech = KeyPositionFactory(slug="medtech", name_nl="MedTech", name_en="MedTech", position=0)
    chiptech = KeyPositionFactory(slug="chiptech", name_nl="ChipTech", name_en="ChipTech", position=1)
    plan = [
        # sub-area, division, key positions, founded, jobs per year 2021/2022/2023, added value (k€) 2023
        ("ut_campus", non_basic, [], datetime.date(1961, 1, 1), (3000, 3100, 3251), Decimal("250000")),
        ("ut_campus", basic, [medtech, chiptech], datetime.date(2020, 3, 1), (None, 4, 6), None),
        ("bs_park", basic, [chiptech], datetime.date(2001, 1, 1), (120, 118, 125), Decimal("15000.5")),
        ("bs_park", basic, [], datetime.date(2010, 1, 1), (1, 0, 1), Decimal("80")),
        ("twente_village", non_basic, [], datetime.date(1995, 1, 1), (40, 42, 44), None),
    ]
    establishments = []
    for _copy in range(size):
        for sub_area, division, key_positions, founded, jobs, added_value in plan:
            establishment = EstablishmentFactory(
                sub_area=sub_area,
                sbi_division=division,
                sbi_code=division.code + "100",
                founded_on=founded,
                is_knowledge_intensive=division is basic,
                is_startup=founded.year >= 2020,
            )
            establishment.key_positions.set(key_positions)
            for year, count in zip((2021, 2022, 2023), jobs, strict=True):
                if count is not None:
                    YearlyObservationFactory(
                        establishment=establishment,
                        year=year,
                        jobs=count,
                        added_value_keur=added_value if year == 2023 else None,
                    )
            establishments.append(establishment)
    return {"establishments": establishments, "medtech": medtech, "chiptech": chiptech}


@pytest.fixture
def register(db):
    return build_register()


@pytest.fixture(autouse=True)
def _dutch_first():
    """Start every test in Dutch: a request to /en/ leaves English active in the test thread for reverse()."""
    from django.utils import translation

    translation.activate("nl")
    yield
    translation.activate("nl")
