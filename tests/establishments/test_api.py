import pytest
from django.urls import reverse

from establishments.models import SbiDivision
from tests.factories.establishments import EstablishmentFactory, YearlyObservationFactory
from tests.fixtures.openapi import schema_errors

pytestmark = pytest.mark.django_db


@pytest.fixture
def companies(reference):
    sensor = EstablishmentFactory(trade_name="Sensorwerk", is_startup=True)
    sensor.key_positions.add(reference["medtech"])
    YearlyObservationFactory(establishment=sensor, year=2024, jobs=60, added_value_keur=1234)
    EstablishmentFactory(trade_name="Campus Code", sub_area="ut_campus")
    return sensor


def test_the_public_reads_the_establishment_list_without_jobs_figures(client, companies):
    # when
    response = client.get("/api/establishments/")

    # then
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 2
    first = body["results"][1]
    assert first["trade_name"] == "Sensorwerk"
    assert [kp["slug"] for kp in first["key_positions"]] == ["medtech"]
    assert not {"jobs", "latest_jobs", "added_value_keur", "observations", "representatives"} & set(first)


def test_the_api_filters_like_the_directory(client, companies):
    # when
    response = client.get("/api/establishments/", {"key_position": "medtech", "size_class": "medium", "q": "sensor"})

    # then
    assert [row["trade_name"] for row in response.json()["results"]] == ["Sensorwerk"]


def test_bad_filter_input_answers_400_with_field_errors(client, companies):
    # when
    response = client.get("/api/establishments/", {"size_class": "giant", "sub_area": "mars"})

    # then
    assert response.status_code == 400
    assert set(response.json()) == {"size_class", "sub_area"}


def test_the_detail_is_found_by_slug(client, companies):
    # when
    response = client.get(f"/api/establishments/{companies.slug}/")

    # then
    assert response.status_code == 200
    body = response.json()
    assert (body["slug"], body["trade_name"]) == (companies.slug, companies.trade_name)
    assert body["profile_url"].endswith(companies.get_absolute_url())


def test_the_sbi_list_holds_every_division_with_section_sector_and_base(client, reference):
    # when
    response = client.get("/api/sbi/")

    # then
    body = response.json()
    assert response.status_code == 200
    assert len(body) == SbiDivision.objects.count()
    research = next(row for row in body if row["code"] == "72")
    assert set(research) == {"code", "name_nl", "name_en", "section", "sector", "base"}
    assert research["section"]["code"] == "M"


def test_the_register_endpoints_are_in_the_openapi_schema(client):
    # when
    response = client.get(reverse("api-schema"), {"format": "json"})

    # then
    paths = response.json()["paths"]
    assert "/api/establishments/" in paths
    assert "/api/establishments/{slug}/" in paths
    assert "/api/sbi/" in paths
    parameters = {p["name"] for p in paths["/api/establishments/"]["get"]["parameters"]}
    assert {"q", "key_position", "sector", "sub_area", "size_class", "kind", "page"} <= parameters


def test_an_establishment_without_public_e_mail_or_website_keeps_to_the_schema(client, db):
    # given
    establishment = EstablishmentFactory(contact_email="", website="")

    # when
    response = client.get(f"/api/establishments/{establishment.slug}/")

    # then: the schema admits the empty strings the register holds
    assert response.status_code == 200
    assert (response.json()["contact_email"], response.json()["website"]) == ("", "")
    assert schema_errors(response.json(), "Establishment") == []
