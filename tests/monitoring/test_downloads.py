"""Key-figure downloads as their readers open them: Dutch Excel (semicolons, decimal commas) and programs (tidy)."""

import io

import pandas as pd
import pytest
from django.urls import reverse

from monitoring.models import ReferenceTotal
from monitoring.services import snapshot_compute

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(register):
    ReferenceTotal.objects.create(area="enschede", year=2023, establishments=50, jobs=34270, source="BIRO 2023")
    ReferenceTotal.objects.create(area="twente", year=2023, establishments=400, jobs=171350, source="BIRO 2023")
    return snapshot_compute()


def _download(client, table: str, file_format: str, **params) -> bytes:
    url = reverse("monitoring:download", kwargs={"table": table, "file_format": file_format})
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content


def test_csv_read_the_dutch_excel_way_gives_numbers(client, published):
    # given the shares table, whose percentages have a decimal
    content = _download(client, "shares", "csv", from_year=2021, to_year=2023)

    # when it is read as Dutch Excel reads it: semicolons, decimal commas, the BOM taken for UTF-8
    frame = pd.read_csv(io.BytesIO(content), sep=";", decimal=",", encoding="utf-8-sig")

    # then the header is the first row and the figures are numbers, not text
    assert list(frame.columns[:4]) == ["Categorie", "2021", "2022", "2023"]
    assert all(pd.api.types.is_float_dtype(frame[column]) for column in ("2021", "2022", "2023"))
    jobs_rows = frame.index[frame["Categorie"].str.strip() == "Banen"][0]
    enschede = frame.loc[jobs_rows + 1]
    assert enschede["Categorie"].strip() == "Enschede"
    assert enschede["2023"] == pytest.approx(10.0)  # 3,427 of 34,270 jobs
    assert pd.isna(enschede["2021"])  # no reference total: an empty cell, not "-"
    twente_establishments = frame.loc[frame.index[frame["Categorie"].str.strip() == "Vestigingen"][0] + 2]
    assert twente_establishments["2023"] == pytest.approx(1.3)  # 5 of 400, one decimal: "1,3" read as 1.3


def test_csv_of_jobs_reads_as_whole_numbers_without_a_title_line(client, published):
    content = _download(client, "jobs-sub-area", "csv", from_year=2021, to_year=2023)

    frame = pd.read_csv(io.BytesIO(content), sep=";", decimal=",", encoding="utf-8-sig")

    assert content.startswith("\ufeff".encode())
    assert frame.columns[0] == "Categorie"
    ut_campus = frame[frame["Categorie"] == "UT Campus"].iloc[0]
    assert (ut_campus["2021"], ut_campus["2022"], ut_campus["2023"]) == (3000, 3100, 3260)


def test_tidy_csv_reads_with_pandas_defaults_one_observation_per_row(client, published):
    # when
    content = _download(client, "jobs-sub-area", "tidy.csv", from_year=2021, to_year=2023)
    frame = pd.read_csv(io.BytesIO(content))

    # then: the figures API's shape, numbers as numbers, no notes and no difference columns
    assert list(frame.columns) == ["table", "year", "dimension", "category", "label", "measure", "value"]
    assert pd.api.types.is_integer_dtype(frame["year"]) and pd.api.types.is_numeric_dtype(frame["value"])
    assert set(frame["year"]) == {2021, 2022, 2023}
    ut_campus = frame[(frame["dimension"] == "sub_area") & (frame["category"] == "UT Campus")]
    assert dict(zip(ut_campus["year"], ut_campus["value"], strict=True)) == {2021: 3000, 2022: 3100, 2023: 3260}
    assert len(frame) == 4 * 3  # three sub-areas and the total, three years
    assert not frame.duplicated(["year", "dimension", "category", "measure"]).any()


def test_tidy_csv_keeps_unknown_values_empty_and_decimals_with_a_point(client, published):
    content = _download(client, "shares", "tidy.csv", from_year=2021, to_year=2023)

    frame = pd.read_csv(io.BytesIO(content))

    jobs_enschede = frame[(frame["category"] == "enschede") & (frame["measure"] == "jobs_pct")]
    values = dict(zip(jobs_enschede["year"], jobs_enschede["value"], strict=True))
    assert values[2023] == pytest.approx(10.0) and pd.isna(values[2021])
    assert b";" not in content and b"\xef\xbb\xbf" not in content


def test_tidy_csv_of_a_single_year_table_names_each_measure(client, published):
    content = _download(client, "key-positions", "tidy.csv")

    frame = pd.read_csv(io.BytesIO(content))

    chiptech = frame[frame["category"] == "chiptech"].set_index("measure")["value"]
    assert chiptech.to_dict() == {
        "establishments": 2,
        "jobs": 130,
        "largest_establishment_jobs": 130,
        "added_value_meur": 15,
    }


def test_key_figures_page_links_the_tidy_download(client, published):
    content = client.get(reverse("monitoring:key_figures")).content.decode()

    assert reverse("monitoring:download", kwargs={"table": "jobs-sector", "file_format": "tidy.csv"}) in content
