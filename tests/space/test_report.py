"""The housing report's numbers equal an independent count of the demo data; its XLSX opens; the indicators."""

import io
from collections import Counter

import pytest
from django.db import connection
from django.urls import reverse
from openpyxl import load_workbook

from demo.space import space_load
from demo.users import users_load
from space import indicators
from space.reports import housing_report
from tests.factories.crm import HousingNeedFactory
from tests.factories.establishments import EstablishmentFactory

pytestmark = pytest.mark.django_db

# The report's size bands, written out once more here on purpose.
BANDS = [(0, 99, "0–99 m²"), (100, 249, "100–249 m²"), (250, 499, "250–499 m²"), (500, 999, "500–999 m²")]


def _band(m2: int) -> str:
    return next((label for low, high, label in BANDS if low <= m2 <= high), "≥ 1000 m²")


@pytest.fixture
def demo():
    users_load()
    EstablishmentFactory.create_batch(4, is_knowledge_intensive=True)
    HousingNeedFactory(kind="office", floor_area_m2=400, desired_on=None)
    HousingNeedFactory(kind="lab", floor_area_m2=100)
    space_load()


def _offer_by_sql() -> Counter:
    # Public: approved, available or under option, confirmed within 120 days.
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT s.kind, s.floor_area_m2, b.sub_area FROM space_space s JOIN space_building b ON b.id = s.building_id
            WHERE s.review_status = 'approved' AND s.status IN ('available', 'option')
              AND s.confirmed_at >= now() - interval '120 days'
            """
        )
        rows = cursor.fetchall()
    counted: Counter = Counter()
    for kind, m2, _sub_area in rows:
        counted[(kind, _band(m2), "offer_count")] += 1
        counted[(kind, _band(m2), "offer_m2")] += m2
    return counted


def _demand_by_sql() -> Counter:
    with connection.cursor() as cursor:
        cursor.execute("SELECT kind, min_m2, max_m2 FROM space_housingquestion WHERE status = 'open'")
        questions = cursor.fetchall()
        cursor.execute(
            """
            SELECT n.kind, n.floor_area_m2 FROM crm_housingneed n JOIN crm_lead l ON l.id = n.lead_id
            WHERE l.stage IN ('new', 'contacted', 'qualified', 'site_visit', 'proposal')
            """
        )
        needs = cursor.fetchall()
    counted: Counter = Counter()
    for kind, low, high in questions:
        counted[(kind, _band((low + high) // 2), "demand_count")] += 1
        counted[(kind, _band((low + high) // 2), "demand_m2")] += (low + high) // 2
    for kind, area in needs:
        counted[(kind, _band(area), "demand_count")] += 1
        counted[(kind, _band(area), "demand_m2")] += area
    return counted


def _report_counter(report: dict) -> Counter:
    from space.models import SpaceKind

    values = {str(label): value for value, label in SpaceKind.choices}
    counted: Counter = Counter()
    for row in report["rows"]:
        for name in ("demand_count", "demand_m2", "offer_count", "offer_m2"):
            if row[name]:
                counted[(values[str(row["kind"])], row["band"], name)] += row[name]
    return counted


def test_the_report_equals_an_independent_count_of_the_demo_data(demo):
    # when
    report = housing_report()

    # then
    expected = _offer_by_sql() + _demand_by_sql()
    assert _report_counter(report) == expected
    assert report["totals"]["offer_count"] == 13  # 16 demo spaces: one in review, two let
    assert {row["year"]: (row["solved"], row["left"]) for row in report["years"]} == _closed_by_sql()


def _closed_by_sql() -> dict:
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT extract(year FROM closed_at AT TIME ZONE 'Europe/Amsterdam')::int,
                   count(*) FILTER (WHERE status = 'solved'), count(*) FILTER (WHERE status = 'left')
            FROM space_housingquestion WHERE status IN ('solved', 'left') GROUP BY 1
            """
        )
        return {year: (solved, left) for year, solved, left in cursor.fetchall()}


def test_the_report_xlsx_opens_with_the_pages_numbers(client, demo, acquisition_user):
    # given
    client.force_login(acquisition_user)
    report = housing_report()

    # when
    response = client.get(reverse("space:report_export", args=["offer"]))

    # then
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == len(report["rows"]) + 1
    assert sum(row[6] for row in rows[1:]) == report["totals"]["offer_m2"]
    assert sum(row[3] for row in rows[1:]) == report["totals"]["demand_count"]
    for table in ("quarters", "years"):
        assert load_workbook(io.BytesIO(client.get(reverse("space:report_export", args=[table])).content)).active


def test_the_report_page_shows_for_staff(client, demo, editor):
    # given
    client.force_login(editor)

    # when
    response = client.get("/en" + reverse("space:report"))

    # then
    assert response.status_code == 200
    assert "Housing report" in response.content.decode()


def test_the_indicators_are_computed_from_the_records(demo):
    # when
    bvo = indicators.gross_floor_area_per_sub_area()
    open_questions = indicators.open_housing_questions()
    let = indicators.m2_let_per_kind_and_year()
    offered = indicators.m2_offered_per_kind_and_year()

    # then
    with connection.cursor() as cursor:
        cursor.execute("SELECT sub_area, sum(gross_floor_area_m2) FROM space_building GROUP BY sub_area")
        assert dict(cursor.fetchall()) == {k: v for k, v in bvo.items() if v}
        cursor.execute("SELECT count(*) FROM space_housingquestion WHERE status = 'open'")
        assert open_questions["questions"] == cursor.fetchone()[0] == 4
        cursor.execute("SELECT sum(floor_area_m2) FROM space_space WHERE status = 'let'")
        assert sum(row["m2"] for row in let) == cursor.fetchone()[0] == 450 + 140
        cursor.execute("SELECT sum(floor_area_m2) FROM space_space WHERE first_approved_at IS NOT NULL")
        assert sum(row["m2"] for row in offered) == cursor.fetchone()[0]
