"""The monitor API: tidy figure rows of the published snapshot, filters, 400s and the OpenAPI schema."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from monitoring.models import ReferenceTotal
from monitoring.services import snapshot_compute
from tests.monitoring.conftest import build_register

pytestmark = pytest.mark.django_db
URL = "/api/monitor/figures/"


@pytest.fixture
def published(register):
    return snapshot_compute()


def test_rows_are_public_and_unrounded(client, published):
    # when
    response = client.get(URL, {"year": 2023, "dimension": "total"})

    # then
    assert response.status_code == 200
    assert response.json() == [
        {
            "year": 2023,
            "dimension": "total",
            "category": "Kennispark",
            "establishments": 5,
            "jobs": 3427,
            "added_value_meur": pytest.approx(265.0805),
            "establishments_share_enschede": None,
            "establishments_share_twente": None,
            "jobs_share_enschede": None,
            "jobs_share_twente": None,
        }
    ]


def test_rows_carry_their_share_of_the_reference_totals_where_one_exists(client, register):
    # given: Enschede's total and its manufacturing total for 2023, nothing for Twente's sectors
    ReferenceTotal.objects.create(area="enschede", year=2023, establishments=50, jobs=34270, source="BIRO")
    ReferenceTotal.objects.create(area="twente", year=2023, establishments=500, jobs=171350, source="BIRO")
    ReferenceTotal.objects.create(
        area="enschede",
        year=2023,
        dimension="sector",
        category="industrie",
        establishments=40,
        jobs=1000,
        source="BIRO",
    )
    snapshot_compute()

    # when
    rows = client.get(URL, {"year": 2023}).json()

    # then
    total = next(row for row in rows if row["dimension"] == "total")
    assert total["establishments_share_enschede"] == pytest.approx(5 / 50)
    assert total["jobs_share_enschede"] == pytest.approx(3427 / 34270)
    assert total["jobs_share_twente"] == pytest.approx(3427 / 171350)
    manufacturing = next(row for row in rows if (row["dimension"], row["category"]) == ("sector", "industrie"))
    assert manufacturing["establishments_share_enschede"] == pytest.approx(3 / 40)
    assert manufacturing["jobs_share_enschede"] == pytest.approx((6 + 125 + 1) / 1000)
    assert manufacturing["establishments_share_twente"] is None and manufacturing["jobs_share_twente"] is None
    education = next(row for row in rows if (row["dimension"], row["category"]) == ("sector", "onderwijs"))
    assert education["jobs_share_enschede"] is None
    assert all(row["jobs_share_enschede"] is None for row in rows if row["dimension"] == "sub_area")


def test_bci_clusters_follow_the_sbi_code_unless_an_editor_sets_one(client, register):
    # given: SBI 26 (electronics) is high-tech production and 85 (education) research and education by default;
    # an editor classifies the B&S-park firm without key positions as R&D
    lab = next(e for e in register["establishments"] if e.sub_area == "bs_park" and not e.key_positions.exists())
    lab.bci_cluster = "rd"
    lab.save()
    snapshot_compute()

    # when
    clusters = client.get(URL, {"year": 2023, "dimension": "bci_cluster"}).json()
    by_area = client.get(URL, {"year": 2023, "dimension": "sub_area_bci_cluster"}).json()

    # then
    assert {row["category"]: row["establishments"] for row in clusters} == {
        "high_tech_production": 2,
        "rd": 1,
        "research_education": 2,
    }
    assert {row["category"]: row["jobs"] for row in by_area} == {
        "B&S-park|high_tech_production": 125,
        "B&S-park|rd": 1,
        "Twente Village|research_education": 44,
        "UT Campus|high_tech_production": 6,
        "UT Campus|research_education": 3251,
    }


def test_filter_by_dimension_and_category(client, published):
    # when
    by_dimension = client.get(URL, {"year": 2023, "dimension": "sub_area"}).json()
    by_category = client.get(URL, {"dimension": "sub_area_base", "category": "UT Campus|stuwend"}).json()

    # then
    assert [row["category"] for row in by_dimension] == ["B&S-park", "Twente Village", "UT Campus"]
    assert {row["year"] for row in by_dimension} == {2023}
    assert [(row["year"], row["jobs"]) for row in by_category] == [(2022, 4), (2023, 6)]
    twente_village = next(row for row in by_dimension if row["category"] == "Twente Village")
    assert twente_village["added_value_meur"] is None


def test_every_dimension_is_present(client, published):
    rows = client.get(URL).json()

    assert {row["dimension"] for row in rows} >= {
        "total", "sub_area", "base", "sub_area_base", "sector", "size_class", "bci_cluster", "sub_area_bci_cluster",
        "key_position", "key_position_young",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("params", "field"),
    [({"dimension": "planet"}, "dimension"), ({"year": "twenty"}, "year"), ({"year": 1200}, "year")],
)
def test_bad_input_answers_400_with_field_errors(client, published, params, field):
    response = client.get(URL, params)

    assert response.status_code == 400
    assert field in response.json()


def test_empty_list_before_the_first_snapshot(client, db):
    response = client.get(URL)

    assert response.status_code == 200
    assert response.json() == []


def test_api_costs_the_same_queries_with_a_larger_snapshot(client, django_assert_num_queries, db, page_cache_off):
    # given
    build_register()
    snapshot_compute()
    with CaptureQueriesContext(connection) as small:
        client.get(URL)
    build_register(size=5)
    snapshot_compute()

    # when / then
    with django_assert_num_queries(len(small)):
        response = client.get(URL)
    assert response.status_code == 200
    total_2023 = next(row for row in response.json() if (row["year"], row["dimension"]) == (2023, "total"))
    assert (total_2023["establishments"], total_2023["jobs"]) == (30, 6 * 3427)


def test_figures_endpoint_is_in_the_openapi_schema(client, db):
    # when
    response = client.get("/api/schema/", {"format": "json"})

    # then
    schema = response.json()
    operation = schema["paths"]["/api/monitor/figures/"]["get"]
    parameters = {parameter["name"]: parameter for parameter in operation["parameters"]}
    assert {"year", "dimension", "category"} <= set(parameters)
    assert {"sub_area_base", "bci_cluster", "sub_area_bci_cluster"} <= set(parameters["dimension"]["schema"]["enum"])
    response_schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert response_schema["type"] == "array"
