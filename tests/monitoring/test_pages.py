"""The monitor's public pages: key figures, downloads, definitions, the 2035 dashboard and the home tiles."""

import csv
import io
import re
from decimal import Decimal

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from establishments.models import Establishment
from monitoring.models import ReferenceTotal, Target
from monitoring.services import snapshot_compute
from tests.monitoring.conftest import build_register

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(register):
    ReferenceTotal.objects.create(area="enschede", year=2023, establishments=50, jobs=34270, source="BIRO 2023")
    ReferenceTotal.objects.create(area="twente", year=2023, establishments=500, jobs=171350, source="BIRO 2023")
    return snapshot_compute()


def test_key_figures_show_the_headline_of_the_last_year(client, published):
    # when
    response = client.get(reverse("monitoring:key_figures"))

    # then
    assert response.status_code == 200
    headline = response.context["headline"]
    assert headline["year"] == 2023
    assert headline["establishments"] == 5
    assert headline["jobs"] == 3430  # 3,427 rounded to tens
    assert headline["establishments_change"] == 0
    assert headline["jobs_change"] == 3430 - 3260
    assert headline["added_value_meur"] == Decimal("265")
    content = response.content.decode()
    assert "3.430" in content
    assert "Banen zijn afgerond op tientallen" in content
    assert 'role="img"' in content and "<title id=" in content
    assert "Berekend uit het register op" in content


def test_tables_use_the_chosen_years_and_keep_the_choice_in_download_links(client, published):
    # when
    response = client.get(reverse("monitoring:key_figures"), {"from_year": 2021, "to_year": 2022})

    # then
    assert response.status_code == 200
    table = next(table for table in response.context["tables"] if table.slug == "jobs-sub-area")
    assert table.columns == ["2021", "2022", "’21–’22"]
    rows = {str(row["label"]): row["values"] for row in table.rows}
    assert rows["UT Campus"] == [3000, 3100, 100]
    assert response.context["headline"]["year"] == 2022
    assert "from_year=2021&amp;to_year=2022" in response.content.decode()


def test_difference_columns_of_the_period_and_the_last_year(client, published):
    # when
    response = client.get(reverse("monitoring:key_figures"), {"from_year": 2021, "to_year": 2023, "years": [2022]})

    # then
    table = next(table for table in response.context["tables"] if table.slug == "establishments-sub-area")
    assert table.columns == ["2021", "2022", "2023", "’21–’23", "’22–’23"]
    rows = {str(row["label"]): row["values"] for row in table.rows}
    assert rows["UT Campus"] == [1, 2, 2, 1, 0]
    assert rows["Kennispark totaal"] == [4, 5, 5, 1, 0]


def test_an_impossible_year_choice_shows_an_error_and_the_default_years(client, published):
    # when
    response = client.get(reverse("monitoring:key_figures"), {"from_year": 2023, "to_year": 2021})

    # then
    assert response.status_code == 200
    assert response.context["form"].errors["to_year"]
    assert response.context["choice"].to_year == 2023
    assert "Het eindjaar moet na het beginjaar liggen." in response.content.decode()


def test_non_numeric_years_do_not_break_the_page(client, published):
    response = client.get(reverse("monitoring:key_figures"), {"from_year": "abc", "years": "x"})

    # then: the error is shown and the default years are used
    assert response.status_code == 200
    assert "from_year" in response.context["form"].errors
    assert response.context["headline"]["year"] == 2023


def test_csv_download_has_the_table_with_rounded_jobs(client, published):
    # when
    url = reverse("monitoring:download", kwargs={"table": "jobs-sub-area", "file_format": "csv"})
    response = client.get(url, {"from_year": 2021, "to_year": 2023})

    # then: Dutch Excel's CSV (BOM, semicolons) with the header in the first row and the notes below the table
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="kennispark-jobs-sub-area.csv"' in response["Content-Disposition"]
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Categorie", "2021", "2022", "2023", "’21–’23", "’22–’23"]
    assert ["UT Campus", "3000", "3100", "3260", "260", "160"] in rows
    assert ["Kennispark totaal", "3160", "3260", "3430", "270", "170"] in rows
    notes = rows[rows.index([]) + 1 :]
    assert any("afgerond op tientallen" in note[0] for note in notes)


def test_csv_download_opens_in_dutch_excel_with_decimal_commas_and_empty_unknowns(client, published):
    # when
    url = reverse("monitoring:download", kwargs={"table": "added-value-base", "file_format": "csv"})
    response = client.get(url)

    # then: every figure cell is empty or a number as Dutch Excel reads it (decimal comma, no thousands dots)
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    table = rows[1 : rows.index([])]
    figures = [cell for row in table for cell in row[1:]]
    assert figures and "-" not in figures
    assert all(cell == "" or re.fullmatch(r"-?\d+(,\d+)?", cell) for cell in figures)
    non_basic = next(row for row in table if row[0].strip().startswith("Verzorgend"))
    assert non_basic[1:4] == ["", "", "250"]


def test_xlsx_download_has_the_same_numbers(client, published):
    # when
    url = reverse("monitoring:download", kwargs={"table": "added-value-base", "file_format": "xlsx"})
    response = client.get(url)

    # then
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][0] == "Categorie"
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    non_basic = next(row for row in values if row[0] and str(row[0]).strip().startswith("Verzorgend"))
    assert non_basic[1:4] == [None, None, 250]


def test_shares_table_and_key_positions_table(client, published):
    # when
    response = client.get(reverse("monitoring:key_figures"), {"from_year": 2022, "to_year": 2023})

    # then
    shares = response.context["shares_table"]
    jobs_enschede = [row for row in shares.rows if not row.get("heading")][2]
    assert jobs_enschede["values"][1] == Decimal("10.0")
    key_positions = next(table for table in response.context["tables"] if table.slug == "key-positions")
    rows = {str(row["label"]): row["values"] for row in key_positions.rows}
    assert rows["ChipTech"] == [2, 130, 130, 15]


def test_unknown_table_or_format_is_404(client, published):
    bad_table = reverse("monitoring:download", kwargs={"table": "nope", "file_format": "csv"})
    bad_format = reverse("monitoring:download", kwargs={"table": "jobs-sub-area", "file_format": "pdf"})

    assert client.get(bad_table).status_code == 404
    assert client.get(bad_format).status_code == 404


def test_page_without_a_snapshot_says_so(client, db):
    response = client.get(reverse("monitoring:key_figures"))

    assert response.status_code == 200
    assert "nog niet berekend" in response.content.decode()


def test_english_page(client, published):
    response = client.get("/en/kerncijfers/")

    assert response.status_code == 200
    content = response.content.decode()
    assert "Key figures of Kennispark Twente" in content
    assert "3,430" in content


def test_editors_see_failed_runs_and_visitors_do_not(client, published, editor):
    # given
    Establishment.objects.filter(sub_area="twente_village").update(sub_area="elsewhere")
    snapshot_compute()

    # when
    anonymous = client.get(reverse("monitoring:key_figures")).content.decode()
    client.force_login(editor)
    as_editor = client.get(reverse("monitoring:key_figures")).content.decode()

    # then
    assert "Unknown sub-areas" not in anonymous
    assert "Unknown sub-areas: elsewhere" in as_editor
    assert "3.430" in as_editor  # the previous snapshot stays published


def test_key_figures_page_costs_the_same_queries_with_a_larger_snapshot(
    client, django_assert_num_queries, db, page_cache_off
):
    # given
    build_register()
    snapshot_compute()
    # Other years than the measured requests choose: each of those builds its snapshot's report once.
    response = client.get(reverse("monitoring:key_figures"), {"from_year": 2022, "to_year": 2023})
    assert response.status_code == 200
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small:
        client.get(reverse("monitoring:key_figures"), {"from_year": 2021, "to_year": 2023})
        client.get(reverse("monitoring:download", kwargs={"table": "jobs-sector", "file_format": "csv"}))

    build_register(size=4)
    snapshot_compute()

    # when / then
    with django_assert_num_queries(len(small)):
        page = client.get(reverse("monitoring:key_figures"), {"from_year": 2021, "to_year": 2023})
        download = client.get(reverse("monitoring:download", kwargs={"table": "jobs-sector", "file_format": "csv"}))
    assert page.status_code == download.status_code == 200
    assert page.context["headline"]["jobs"] == 17140  # five copies of the register: 5 × 3,427, rounded to tens
    assert "17.140" in page.content.decode()
    assert "17140" in download.content.decode("utf-8-sig")


def test_definitions_page(client, published):
    response = client.get(reverse("monitoring:definitions"))

    assert response.status_code == 200
    content = response.content.decode()
    assert "BIRO" in content and "LISA" in content and "2021" in content
    assert "BIRO 2023" in content


def test_dashboard_shows_targets_with_status_and_trajectory(client, published):
    # given
    Target.objects.update_or_create(
        indicator="jobs",
        defaults={"target_value": 4000, "target_year": 2035, "baseline_year": 2021, "baseline_value": 3160,
                  "source": "Gebiedsstrategie"},
    )  # fmt: skip
    Target.objects.update_or_create(
        indicator="establishments",
        defaults={"target_value": 50, "target_year": 2035, "baseline_year": 2021, "baseline_value": 4,
                  "source": "Gebiedsstrategie"},
    )  # fmt: skip

    # when
    response = client.get(reverse("monitoring:dashboard"))

    # then
    assert response.status_code == 200
    statuses = {status.target.indicator: status for status in response.context["statuses"]}
    jobs = statuses["jobs"]
    assert jobs.current == 3430
    assert jobs.required == 3280  # 3,160 + 840 × 2/14, whole jobs
    assert jobs.status == "on_track"
    assert statuses["establishments"].status == "behind"
    content = response.content.decode()
    assert "Op koers" in content and "Achter op het traject" in content


def test_home_page_shows_the_key_figures(client, published):
    response = client.get(reverse("home"))

    content = response.content.decode()
    assert 'class="figure-tiles"' in content
    assert "3.430" in content


def test_dashboard_costs_the_same_queries_with_a_larger_snapshot(client, django_assert_num_queries, db, page_cache_off):
    # given
    build_register()
    snapshot_compute()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small:
        assert client.get(reverse("monitoring:dashboard")).status_code == 200
    build_register(size=4)
    snapshot_compute()

    # when / then
    with django_assert_num_queries(len(small)):
        response = client.get(reverse("monitoring:dashboard"))
    assert response.status_code == 200
    statuses = {status.target.indicator: status for status in response.context["statuses"]}
    assert statuses["jobs"].current == 17140  # five copies of the register: 5 × 3,427, rounded to tens


def test_dashboard_shows_whole_people_and_firms_on_a_fractional_trajectory(client, published):
    # given a trajectory that passes 3,289.23 jobs and 30.4 establishments in 2023 (13 years from 2021)
    Target.objects.update_or_create(
        indicator="jobs",
        defaults={"target_value": 4000, "target_year": 2034, "baseline_year": 2021, "baseline_value": 3160,
                  "source": "Gebiedsstrategie"},
    )  # fmt: skip
    Target.objects.update_or_create(
        indicator="establishments",
        defaults={"target_value": 177, "target_year": 2034, "baseline_year": 2021, "baseline_value": 4,
                  "source": "Gebiedsstrategie"},
    )  # fmt: skip

    # when
    response = client.get(reverse("monitoring:dashboard"))

    # then: every count on the page is a whole number, the trajectory included
    statuses = {status.target.indicator: status for status in response.context["statuses"]}
    assert statuses["jobs"].required == 3289 and statuses["establishments"].required == 31
    assert all(isinstance(value, int) for status in statuses.values() for _year, value in status.chart.series[1].points)
    content = response.content.decode()
    facts = re.findall(r'<dl class="target-facts">(.*?)</dl>', content, flags=re.S)
    numbers = [number for fact in facts for number in re.findall(r"<dd>([^<(]*)", fact)]
    assert any(number.strip() == "3.289" for number in numbers)
    assert not any(re.search(r"\d,\d", number) for number in numbers)
    chart_tables = re.findall(r'<div class="table-wrap chart-table">(.*?)</div>', content, flags=re.S)
    assert chart_tables and not any(re.search(r">[\d.]+,\d+<", table) for table in chart_tables)


def test_share_chart_labels_break_into_lines_that_fit_beside_the_plot(client, published):
    # when
    response = client.get(reverse("monitoring:key_figures"), {"from_year": 2021, "to_year": 2023})

    # then: "Vestigingen – Enschede" is two lines, none longer than the right margin holds
    chart = next(chart for chart in response.context["charts"] if chart.slug == "shares")
    labels = {line["name"]: line["label_lines"] for line in chart.lines}
    assert labels["Vestigingen – Enschede"] == ["Vestigingen", "Enschede"]
    assert all(len(part) <= 20 for lines in labels.values() for part in lines)
    assert '<tspan x="' in response.content.decode()
