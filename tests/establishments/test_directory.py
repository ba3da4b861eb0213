import json
import re

import pytest
from django.urls import reverse

from tests.factories.establishments import EstablishmentFactory, YearlyObservationFactory

pytestmark = pytest.mark.django_db
DIRECTORY_URL = reverse("establishments:directory")


def names(response) -> list[str]:
    return re.findall(r'<h2><a href="[^"]+">([^<]+)</a></h2>', response.content.decode())


@pytest.fixture
def park(reference):
    medtech = reference["medtech"]
    sensor = EstablishmentFactory(
        trade_name="Sensorwerk",
        description_nl="Wij ontwikkelen medische sensoren.",
        sbi_division=reference["instruments"],
    )
    sensor.key_positions.add(medtech)
    YearlyObservationFactory(establishment=sensor, year=2023, jobs=5)
    YearlyObservationFactory(establishment=sensor, year=2024, jobs=60)
    campus = EstablishmentFactory(
        trade_name="Campus Code", sub_area="ut_campus", is_startup=True, sbi_division=reference["it"]
    )
    YearlyObservationFactory(establishment=campus, year=2024, jobs=3)
    EstablishmentFactory(trade_name="Vertrokken B.V.", is_active=False, deactivated_on="2023-01-01")
    return {"sensor": sensor, "campus": campus}


def test_the_directory_lists_active_establishments_only(client, park):
    # when
    response = client.get(DIRECTORY_URL)

    # then
    assert response.status_code == 200
    assert names(response) == ["Campus Code", "Sensorwerk"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("key_position=medtech", ["Sensorwerk"]),
        ("sub_area=ut_campus", ["Campus Code"]),
        ("size_class=medium", ["Sensorwerk"]),  # the latest year counts: 60 jobs in 2024
        ("size_class=micro", ["Campus Code"]),
        ("kind=startup", ["Campus Code"]),
        ("q=sensoren", ["Sensorwerk"]),
        ("q=campus", ["Campus Code"]),
        ("q=Vertrokken", []),
        ("q=medische+sensoren+Campus", []),  # every word must match
        ("q=Sensor", ["Sensorwerk"]),  # part of a name
    ],
)
def test_directory_filters_and_search(client, park, query, expected):
    # when
    response = client.get(f"{DIRECTORY_URL}?{query}")

    # then
    assert response.status_code == 200
    assert names(response) == expected


def test_the_sector_filter_uses_the_sbi_division(client, park):
    # given: electronics (SBI 26) and IT services (SBI 62) belong to different sectors
    sector = park["sensor"].sbi_division.sector
    assert park["campus"].sbi_division.sector != sector

    # when
    response = client.get(DIRECTORY_URL, {"sector": sector.slug})

    # then
    assert response.status_code == 200
    assert names(response) == ["Sensorwerk"]


def test_bad_filter_input_shows_an_error_not_a_crash(client, park):
    # when
    response = client.get(DIRECTORY_URL, {"size_class": "enormous", "key_position": "nope"})

    # then
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()


def test_htmx_requests_get_only_the_results(client, park):
    # when
    response = client.get(DIRECTORY_URL, {"q": "sensor"}, headers={"HX-Request": "true"})

    # then
    assert "<html" not in response.content.decode()
    assert names(response) == ["Sensorwerk"]


def test_the_detail_page_shows_the_profile_with_escaped_json_ld_and_no_jobs(client, park):
    # given
    sensor = park["sensor"]
    sensor.description_nl = "Sensoren </script><script>alert(1)</script> & meer"
    sensor.save()

    # when
    response = client.get(sensor.get_absolute_url())

    # then
    html = response.content.decode()
    assert response.status_code == 200
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(block)
    assert data["@type"] == "Organization"
    assert data["name"] == "Sensorwerk"
    assert "<script>alert(1)" not in html
    assert "60" not in re.sub(r"<[^>]+>", " ", html.split("<main", 1)[1].split("</main>")[0]).split()


def test_an_inactive_establishment_has_no_public_page(client, park):
    # given
    from establishments.models import Establishment

    gone = Establishment.objects.get(trade_name="Vertrokken B.V.")

    # when
    response = client.get(reverse("establishments:detail", args=[gone.slug]))

    # then
    assert response.status_code == 404


def test_the_directory_says_why_it_counts_more_than_the_key_figures(client, park):
    # given a company won by the acquisition team after the regional register's last year (2024)
    newcomer = EstablishmentFactory(trade_name="Nieuwkomer")
    YearlyObservationFactory(establishment=newcomer, year=2025, jobs=4, source="conversion")

    # when
    content = client.get(DIRECTORY_URL).content.decode()

    # then: 3 companies, 2 counted by the register of 2024 (as the key figures do) and 1 settled since
    assert re.search(r"\b3 (bedrijven|companies)\b", content)
    coverage = re.search(r'<p class="directory-coverage muted">(.*?)</p>', content, flags=re.S)
    assert coverage is not None
    assert "2024" in coverage[1] and " 2 " in coverage[1] and " 1 " in coverage[1]


def test_the_directory_needs_no_explanation_when_the_counts_agree(client, park):
    content = client.get(DIRECTORY_URL).content.decode()

    assert "directory-coverage" not in content
