"""The board's XLSX and the progress PDF open, and hold every project and milestone."""

import io
import re

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from programme.models import Milestone, Project, Status
from tests.factories.programme import ProgressUpdateFactory

pytestmark = pytest.mark.django_db


def words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_the_xlsx_has_a_row_for_every_milestone(client, partner):
    # given
    client.force_login(partner)

    # when
    response = client.get(reverse("programme:board_xlsx") + "?year=2025")

    # then
    assert response["Content-Disposition"] == 'attachment; filename="programmabord-2025.xlsx"'
    sheet = load_workbook(io.BytesIO(response.content), read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    milestone_cells = {(row[0], row[10]) for row in rows[1:]}
    for milestone in Milestone.objects.filter(project__year_plans__year=2025).select_related("project"):
        assert (milestone.project.code, milestone.title_nl) in milestone_cells
    assert {row[0] for row in rows[1:]} == {p.code for p in Project.objects.filter(year_plans__year=2025)}


def test_the_progress_pdf_names_every_project_and_its_status(client, editor):
    # given
    project = Project.objects.get(number=1, sub_number=0)
    ProgressUpdateFactory(project=project, status=Status.AT_RISK, reason="Netcongestie", path_to_green="Opslag")
    client.force_login(editor)

    # when
    response = client.get(reverse("programme:progress_pdf") + "?year=2025")

    # then
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = words(" ".join(page.extract_text() for page in reader.pages))
    for name in Project.objects.filter(year_plans__year=2025).values_list("name_nl", flat=True):
        assert words(name) in text, name
    assert "at risk" in text or "risico" in text
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert round(float(width)) == 1191 and round(float(height)) == 842  # A3 landscape
