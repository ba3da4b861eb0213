"""Lead and report downloads: Dutch Excel CSV, XLSX with a frozen bold header, never failing on stored text."""

import csv
import io

from django.urls import reverse
from openpyxl import load_workbook

from crm.models import Lead
from tests.factories.crm import LeadFactory


def test_the_xlsx_export_holds_a_lead_whose_stored_name_has_a_control_character(client, acquisition_user):
    # given: text that arrived before the edge refused control characters, written straight to the database
    lead = LeadFactory(owner=acquisition_user)
    Lead.objects.filter(pk=lead.pk).update(name="Quantum\x0b Koffie\x1f B.V.")
    client.force_login(acquisition_user)

    # when
    response = client.get(reverse("crm:lead_export", kwargs={"fmt": "xlsx"}))

    # then
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.bold
    assert [cell.value for cell in sheet[2]][:2] == [lead.pk, "Quantum Koffie B.V."]


def test_the_csv_export_is_for_dutch_excel_and_quotes_formulas(client, acquisition_user):
    # given
    lead = LeadFactory(owner=acquisition_user, name="=HYPERLINK(1)", expected_jobs=12)
    client.force_login(acquisition_user)

    # when
    response = client.get("/en" + reverse("crm:lead_export", kwargs={"fmt": "csv"}))

    # then
    assert response.status_code == 200
    assert 'filename="leads-' in response["Content-Disposition"]
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["id", "name", "KvK number"]
    assert rows[1][:2] == [str(lead.pk), "'=HYPERLINK(1)"]
    assert rows[1][7] == "12"
