"""Editors import the reference totals of Enschede and Twente: all lines or none, errors by line."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from kennispark.models import TaskOutbox
from monitoring.models import ReferenceTotal
from tests.factories.establishments import SectorFactory

pytestmark = pytest.mark.django_db
URL = "/kerncijfers/beheer/referentietotalen/"

GOOD = (
    "jaar;gebied;indeling;categorie;vestigingen;banen;toegevoegde_waarde_meur;bron\r\n"
    "2023;Enschede;totaal;;16000;95500;7102,0;BIRO en LISA 2023\r\n"
    "2023;Enschede;sector;industrie;738;9044;;BIRO 2023\r\n"
    "2023;Twente;grootteklasse;large;191;71678;;BIRO 2023\r\n"
    "2023;Twente;stuwend_verzorgend;stuwend;24000;150000;;BIRO 2023\r\n"
)


@pytest.fixture
def sectors(db):
    SectorFactory(slug="industrie", name_nl="Industrie", name_en="Manufacturing", position=0)


def _upload(client, text: str, name: str = "referentie.csv"):
    upload = SimpleUploadedFile(name, ("\ufeff" + text).encode("utf-8"), content_type="text/csv")
    return client.post(URL, {"file": upload})


def test_a_good_file_is_imported_and_the_monitor_recomputed(
    client, editor, sectors, django_capture_on_commit_callbacks
):
    # given
    client.force_login(editor)
    ReferenceTotal.objects.create(area="enschede", year=2023, establishments=1, jobs=1, source="old")

    # when
    with django_capture_on_commit_callbacks():
        response = _upload(client, GOOD)

    # then: totals are created or replaced, and a new snapshot is queued
    assert response.status_code == 302
    totals = {(t.area, t.dimension, t.category): t for t in ReferenceTotal.objects.filter(year=2023)}
    assert len(totals) == 4
    assert totals[("enschede", "total", "")].jobs == 95500
    assert str(totals[("enschede", "total", "")].added_value_meur) == "7102.0"
    assert totals[("enschede", "sector", "industrie")].establishments == 738
    assert totals[("twente", "size_class", "large")].added_value_meur is None
    assert TaskOutbox.objects.filter(name="monitoring.tasks.compute_monitor_snapshot").exists()


def test_a_file_with_bad_lines_writes_nothing_and_names_each_line(client, editor, sectors):
    # given
    client.force_login(editor)
    bad = GOOD + (
        "2023;Almelo;totaal;;5;5;;x\r\n"
        "2023;Twente;sector;mijnbouw;10;20;;x\r\n"
        "2023;Enschede;sector;industrie;738;9044;;duplicate\r\n"
        "twintig;Twente;totaal;;0;-3;;x\r\n"
    )

    # when
    response = _upload(client, bad)

    # then
    assert response.status_code == 400
    assert not ReferenceTotal.objects.exists()
    errors = {(error.line, error.column) for error in response.context["errors"]}
    assert (6, "gebied") in errors
    assert (7, "categorie") in errors
    assert (8, "gebied") in errors  # the same total as on line 3
    assert {(9, "jaar"), (9, "vestigingen"), (9, "banen")} <= errors
    content = response.content.decode()
    assert "Er is niets geïmporteerd" in content or "Nothing was imported" in content


def test_a_file_without_the_required_columns_is_refused(client, editor):
    client.force_login(editor)

    response = _upload(client, "year;area\r\n2023;Twente\r\n")

    assert response.status_code == 400
    assert {error.column for error in response.context["errors"]} == {"vestigingen", "banen"}


def test_only_editors_import(client, company_user):
    # given a company representative
    client.force_login(company_user)

    # when / then
    assert client.get(URL).status_code == 403
    assert client.get(reverse("monitoring:reference_import")).status_code == 403
