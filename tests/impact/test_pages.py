"""The public impact pages in Dutch and English, the downloads, the API, the comparison and the internal view."""

from decimal import Decimal

import pytest
from django.urls import reverse

from impact import selectors
from impact.models import Indicator, IndicatorValue, ReviewStatus
from impact.services.values import version_for_year

pytestmark = pytest.mark.django_db


def _value(code, year, amount, *, status=ReviewStatus.APPROVED, category=""):
    indicator = Indicator.objects.get(code=code)
    return IndicatorValue.objects.create(
        indicator=indicator, version=version_for_year(indicator=indicator, year=year), year=year,
        category=category, value=Decimal(amount), status=status,
    )  # fmt: skip


@pytest.mark.parametrize("prefix", ["", "/en"])
@pytest.mark.parametrize(
    "path", ["/dashboard/", "/dashboard/indicator/patents/", "/dashboard/vergelijken/", "/verhalen/"]
)
def test_public_pages_open_in_both_languages(client, prefix, path):
    # given
    _value("patents", 2023, 40)
    # when
    response = client.get(prefix + path)
    # then
    assert response.status_code == 200
    assert response["Content-Language"] == ("en" if prefix else "nl")


def test_the_indicator_page_shows_year_over_year_change_target_and_definition(client):
    # given
    _value("jobs", 2023, 10880)
    _value("jobs", 2024, 12730)
    # when
    html = client.get(reverse("impact:indicator", kwargs={"code": "jobs"})).content.decode()
    # then
    assert "+1.850" in html and "+17,0" in html
    assert "16.500" in html  # the 2035 target
    assert "afgerond op tientallen" in html  # how it is computed
    assert "/api/impact/indicators/jobs/" in html


def test_drafts_are_on_the_internal_dashboard_count_only_and_never_public(client, editor):
    # given
    _value("patents", 2024, 777, status=ReviewStatus.SUBMITTED)
    # when
    public = client.get(reverse("impact:dashboard")).content.decode()
    api = client.get("/api/impact/indicators/patents/").json()
    client.force_login(editor)
    internal = client.get(reverse("impact:dashboard")).content.decode()
    # then
    assert "777" not in public and api["points"] == []
    assert "Internal view" in internal or "Interne weergave" in internal
    assert "777" not in internal


def test_the_download_holds_the_published_series(client):
    # given
    _value("patents", 2023, 40)
    _value("patents", 2024, 44)
    # when
    response = client.get(reverse("impact:indicator_download", kwargs={"code": "patents", "file_format": "csv"}))
    # then
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[1].startswith("2023;40") and lines[2].startswith("2024;44;4;1;0")


def test_unknown_indicators_and_formats_are_not_found(client):
    # given / when / then
    assert client.get("/api/impact/indicators/nope/").status_code == 404
    assert client.get(reverse("impact:indicator", kwargs={"code": "nope"})).status_code == 404
    assert client.get("/dashboard/indicator/jobs.exe").status_code == 404


def test_the_comparison_indexes_every_indicator_to_the_base_year():
    # given
    _value("patents", 2020, 40)
    _value("patents", 2024, 50)
    _value("establishments", 2020, 400)
    _value("establishments", 2024, 440)
    # when
    rows = selectors.comparison(codes=["patents", "establishments"], base_year=2020)
    # then
    assert {row["series"].indicator.code: row["points"] for row in rows} == {
        "establishments": [(2020, 100.0), (2024, 110.0)],
        "patents": [(2020, 100.0), (2024, 125.0)],
    }


def test_a_bad_comparison_query_is_answered_not_crashed(client):
    # given / when
    response = client.get(reverse("impact:comparison"), {"indicators": "nope", "base_year": "1"})
    # then
    assert response.status_code == 200
