"""The import of indicator values: all or nothing with errors by line; published only after approval."""

from decimal import Decimal

import pytest
from django.urls import reverse

from impact.models import IndicatorValue, ReviewStatus, Subsidy

pytestmark = pytest.mark.django_db

GOOD = (
    "indicator;jaar;categorie;waarde;bron\r\n"
    "patents;2024;;17;Novel-T jaarverslag\r\n"
    "investments;2024;private;1.250.000,50;Gebiedsorganisatie\r\n"
    "floor_area_realised;2024;labs;2400;Gemeente\r\n"
).encode("cp1252")


def _upload(client, content: bytes, kind: str = "values", name: str = "waarden.csv"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(
        reverse("impact:import"),
        {"import-kind": kind, "import-file": SimpleUploadedFile(name, content, content_type="text/csv")},
    )


def test_a_file_with_one_bad_line_writes_nothing_and_names_the_line(client, editor):
    # given
    bad = GOOD + "patents;2025;;veel;Novel-T\r\n".encode("cp1252")
    client.force_login(editor)
    # when
    response = _upload(client, bad)
    # then
    assert response.status_code == 400
    assert IndicatorValue.objects.filter(is_computed=False).count() == 0
    assert "Regel 5" in response.content.decode() or "Line 5" in response.content.decode()
    assert "veel" in response.content.decode()


def test_a_good_file_is_published_on_the_dashboard_only_after_approval(
    client, editor, second_editor, django_capture_on_commit_callbacks
):
    # given
    client.force_login(editor)
    # when
    response = _upload(client, GOOD)
    client.logout()
    before = client.get(reverse("impact:indicator", kwargs={"code": "investments"})).content.decode()
    dashboard_before = client.get(reverse("impact:dashboard")).content.decode()
    client.force_login(second_editor)
    with django_capture_on_commit_callbacks(execute=True):
        for value in IndicatorValue.objects.filter(is_computed=False):
            assert (
                client.post(reverse("impact:value", kwargs={"pk": value.pk}), {"action": "approve"}).status_code == 302
            )
    client.logout()
    after = client.get(reverse("impact:indicator", kwargs={"code": "investments"})).content.decode()
    dashboard_after = client.get(reverse("impact:dashboard")).content.decode()
    # then
    assert response.status_code == 302
    values = IndicatorValue.objects.filter(is_computed=False)
    assert values.count() == 3 and set(values.values_list("status", flat=True)) == {ReviewStatus.APPROVED}
    assert values.get(indicator__code="investments").value == Decimal("1250000.50")
    assert "1.250.000,5" not in before and "1.250.000,5" in after
    assert "Octrooien" in dashboard_after and "17" in dashboard_after.split("Octrooien", 1)[1][:400]
    assert "17" not in dashboard_before.split("Octrooien", 1)[1][:200]


def test_the_editor_who_imported_cannot_approve_the_import(client, editor):
    # given
    client.force_login(editor)
    _upload(client, GOOD)
    value = IndicatorValue.objects.filter(is_computed=False).first()
    # when
    client.post(reverse("impact:value", kwargs={"pk": value.pk}), {"action": "approve"})
    # then
    value.refresh_from_db()
    assert value.status == ReviewStatus.SUBMITTED


def test_computed_indicators_are_never_imported(client, editor):
    # given
    client.force_login(editor)
    # when
    response = _upload(client, b"indicator,year,value\njobs,2024,13000\n")
    # then
    assert response.status_code == 400
    assert "Line 2" in response.content.decode() or "Regel 2" in response.content.decode()
    assert not IndicatorValue.objects.exists()


def test_subsidies_are_imported_with_duration_and_amount_per_year(client, editor):
    # given
    content = (
        b"subsidiegever;soort_subsidiegever;programma;bedrag;start;einde\r\n"
        b"RVO;national;MIT;200.000,00;01-01-2024;31-12-2025\r\n"
    )
    client.force_login(editor)
    # when
    response = _upload(client, content, kind="subsidies")
    # then
    assert response.status_code == 302
    subsidy = Subsidy.objects.get()
    assert subsidy.status == ReviewStatus.SUBMITTED
    assert subsidy.duration_months == 24
    # 2024 is a leap year: 366 of the 731 days fall in it.
    assert subsidy.amount_per_year() == {
        2024: pytest.approx(200_000 * 366 / 731, abs=0.01),
        2025: pytest.approx(200_000 * 365 / 731, abs=0.01),
    }


def test_an_anonymous_visitor_or_a_company_cannot_import(client, company_user):
    # given / when
    anonymous = _upload(client, GOOD)
    client.force_login(company_user)
    company = _upload(client, GOOD)
    # then
    assert anonymous.status_code == 302 and company.status_code == 403
    assert not IndicatorValue.objects.exists()
