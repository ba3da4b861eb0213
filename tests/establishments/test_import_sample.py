"""Editors can start from a sample register file that the import itself accepts."""

import pytest
from django.urls import reverse

from establishments.import_sample import SAMPLE_COLUMNS
from establishments.importers import OPTIONAL_COLUMNS, REQUIRED_COLUMNS, parse_register

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_the_sample_file_is_accepted_by_the_import(client, editor, file_format):
    # given
    client.force_login(editor)

    # when
    response = client.get(reverse("establishments:import_sample", args=[file_format]))
    parsed = parse_register(response.content)

    # then
    assert response.status_code == 200
    assert "kennispark-register-voorbeeld" in response["Content-Disposition"]
    assert parsed.errors == []
    assert [(row.trade_name, row.jobs) for row in parsed.rows] == [
        ("Voorbeeld Sensoren B.V.", 18),
        ("Voorbeeld Lab Diensten", 4),
        ("Voorbeeld Software", 9),
    ]


def test_the_sample_shows_every_column_the_import_reads():
    assert set(SAMPLE_COLUMNS) == set(REQUIRED_COLUMNS) | set(OPTIONAL_COLUMNS)


def test_the_sample_is_for_editors_and_the_upload_page_links_it(client, editor, company_user):
    # given
    client.force_login(company_user)
    refused = client.get(reverse("establishments:import_sample", args=["csv"]))

    # when
    client.force_login(editor)
    page = client.get(reverse("establishments:import_upload")).content.decode()
    admin_index = client.get(reverse("admin:index")).content.decode()

    # then
    assert refused.status_code == 403
    assert reverse("establishments:import_sample", args=["xlsx"]) in page
    assert reverse("work") in admin_index and reverse("establishments:import_upload") in admin_index
