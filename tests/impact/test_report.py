"""The yearly impact report: the PDF and the XLSX contain every published indicator (read back)."""

import io
from decimal import Decimal

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from impact import selectors
from impact.models import Indicator, IndicatorValue, ReviewStatus
from impact.services.values import version_for_year

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(editor, second_editor):
    """An approved figure for 2023 and 2024 of every indicator."""
    for index, indicator in enumerate(Indicator.objects.prefetch_related("versions")):
        for year in (2023, 2024):
            IndicatorValue.objects.create(
                indicator=indicator, version=version_for_year(indicator=indicator, year=year), year=year,
                value=Decimal(100 + index * 10 + year - 2023), status=ReviewStatus.APPROVED,
                entered_by=editor, reviewed_by=second_editor,
            )  # fmt: skip
    return [series for series in selectors.all_series() if series.points]


def test_the_pdf_report_names_every_published_indicator(client, editor, published):
    # given
    client.force_login(editor)
    # when
    response = client.get(reverse("impact:report_download", kwargs={"year": 2024, "file_format": "pdf"}))
    # then
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(response.content)).pages)
    missing = [
        str(series.version.name) for series in published if " ".join(str(series.version.name).split()) not in text
    ]
    assert missing == []
    assert len(published) == Indicator.objects.count()


def test_the_xlsx_report_holds_every_published_figure(client, editor, published):
    # given
    client.force_login(editor)
    # when
    response = client.get(reverse("impact:report_download", kwargs={"year": 2024, "file_format": "xlsx"}))
    # then
    sheet = load_workbook(io.BytesIO(response.content), read_only=True).active
    rows = [row for row in sheet.iter_rows(min_row=2, values_only=True) if len(row) > 2 and row[0]]
    codes = {row[0] for row in rows if row[2] in (2023, 2024)}
    assert codes == {series.indicator.code for series in published}
    assert len([row for row in rows if row[2] in (2023, 2024)]) == 2 * len(published)


def test_a_company_user_gets_no_report(client, company_user):
    # given
    client.force_login(company_user)
    # when
    response = client.get(reverse("impact:report_download", kwargs={"year": 2024, "file_format": "pdf"}))
    # then
    assert response.status_code == 403
