import io
import time
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from establishments.models import Establishment, YearlyObservation
from tests.factories.establishments import REGISTER_COLUMNS, EstablishmentFactory, register_csv, register_row
from tests.fixtures.spreadsheets import xlsx_bomb

pytestmark = pytest.mark.django_db


def run_import(tmp_path, content: bytes, name: str = "register.csv", *args) -> str:
    path = tmp_path / name
    path.write_bytes(content)
    out = io.StringIO()
    call_command("import_register", str(path), *args, stdout=out, stderr=out)
    return out.getvalue()


def run_failing_import(tmp_path, content: bytes) -> str:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_register", str(path), stdout=io.StringIO(), stderr=err)
    return err.getvalue()


def two_companies(**overrides) -> list[dict]:
    return [
        register_row(jaar=2023, werkzame_personen=12),
        register_row(
            jaar=2024, werkzame_personen=15, toegevoegde_waarde_keur="1250,5", kernposities="MedTech|robotica"
        ),
        register_row(
            kvk_nummer="87654321",
            vestigingsnummer="000087654321",
            handelsnaam="Lab op de Campus",
            deelgebied=" ut  campus ",
            sbi_code="62010",
            werkzame_personen=3,
            kernposities="",
            **overrides,
        ),
    ]


def test_a_valid_file_creates_establishments_observations_and_key_positions(reference, tmp_path):
    # given
    content = register_csv(two_companies()).encode()

    # when
    output = run_import(tmp_path, content)

    # then
    assert "3 rijen geïmporteerd: 2 vestigingen aangemaakt, 0 bijgewerkt; 3 jaarcijfers aangemaakt" in output
    sensor = Establishment.objects.get(kvk_number="12345678")
    assert sensor.trade_name == "Sensorwerk Twente B.V."
    assert sensor.sub_area == "bs_park"
    assert sensor.postcode == "7521AN"
    assert sensor.sbi_division == reference["research"]
    assert sensor.settled_on.isoformat() == "2015-03-01"
    assert set(sensor.key_positions.values_list("slug", flat=True)) == {"medtech", "robotics"}
    observations = {o.year: o for o in sensor.observations.all()}
    assert observations[2023].jobs == 12
    assert observations[2023].added_value_keur is None  # empty means unknown, not zero
    assert observations[2024].added_value_keur == Decimal("1250.5")
    lab = Establishment.objects.get(kvk_number="87654321")
    assert lab.sub_area == "ut_campus"
    assert lab.slug
    assert lab.history.count() == 1
    assert YearlyObservation.history.count() == 3


@pytest.mark.parametrize(
    ("encoding", "delimiter", "bom"),
    [("utf-8", ",", False), ("utf-8", ";", False), ("utf-8", ";", True), ("cp1252", ";", False)],
    ids=["comma", "semicolon", "utf8-bom", "windows-1252"],
)
def test_csv_variants_are_read(reference, tmp_path, encoding, delimiter, bom):
    # given
    rows = [register_row(handelsnaam="Café Campus & Co", toegevoegde_waarde_keur="12,5")]
    content = register_csv(rows, delimiter=delimiter).encode(encoding)
    if bom:
        content = b"\xef\xbb\xbf" + content

    # when
    run_import(tmp_path, content)

    # then
    establishment = Establishment.objects.get()
    assert establishment.trade_name == "Café Campus & Co"
    assert establishment.observations.get().added_value_keur == Decimal("12.5")


def test_an_xlsx_file_is_read_with_columns_in_any_order_and_extra_columns(reference, tmp_path):
    # given
    import datetime

    workbook = Workbook()
    sheet = workbook.active
    columns = ["Opmerking", *reversed(REGISTER_COLUMNS)]
    sheet.append([name.upper() for name in columns])
    row = register_row(datum_vestiging=datetime.date(2016, 5, 1), jaar=2022, werkzame_personen=40)
    sheet.append(["extra", *(row[name] for name in reversed(REGISTER_COLUMNS))])
    buffer = io.BytesIO()
    workbook.save(buffer)

    # when
    run_import(tmp_path, buffer.getvalue(), "register.xlsx")

    # then
    establishment = Establishment.objects.get()
    assert establishment.settled_on == datetime.date(2016, 5, 1)
    assert establishment.observations.get(year=2022).jobs == 40


def test_importing_the_same_file_twice_changes_nothing(reference, tmp_path):
    # given
    content = register_csv(two_companies()).encode()
    run_import(tmp_path, content)
    state = list(YearlyObservation.objects.order_by("pk").values())
    history = (Establishment.history.count(), YearlyObservation.history.count())
    updated_at = list(Establishment.objects.order_by("pk").values_list("updated_at", flat=True))

    # when
    output = run_import(tmp_path, content)

    # then
    assert "0 vestigingen aangemaakt, 0 bijgewerkt; 0 jaarcijfers aangemaakt, 0 bijgewerkt" in output
    assert list(YearlyObservation.objects.order_by("pk").values()) == state
    assert (Establishment.history.count(), YearlyObservation.history.count()) == history
    assert list(Establishment.objects.order_by("pk").values_list("updated_at", flat=True)) == updated_at


def test_a_changed_row_updates_only_what_changed_and_records_history(reference, tmp_path):
    # given
    existing = EstablishmentFactory(kvk_number="12345678", branch_number="000012345678", description_nl="Eigen tekst")
    run_import(tmp_path, register_csv([register_row(werkzame_personen=12)]).encode())
    observation_history = YearlyObservation.history.count()

    # when
    run_import(tmp_path, register_csv([register_row(werkzame_personen=20, handelsnaam="Sensorwerk B.V.")]).encode())

    # then
    existing.refresh_from_db()
    assert existing.trade_name == "Sensorwerk B.V."
    assert existing.description_nl == "Eigen tekst"  # the profile written by the company is kept
    assert existing.observations.get().jobs == 20
    assert YearlyObservation.history.count() == observation_history + 1
    latest = existing.history.first()
    assert latest.history_type == "~"
    assert latest.description_nl == "Eigen tekst"


BAD_FILES = {
    "unknown-sbi": ({"sbi_code": "04100"}, "sbi_code"),
    "kvk-not-8-digits": ({"kvk_nummer": "1234567"}, "kvk_nummer"),
    "branch-not-12-digits": ({"vestigingsnummer": "12345"}, "vestigingsnummer"),
    "unknown-sub-area": ({"deelgebied": "Hengelo Noord"}, "deelgebied"),
    "negative-jobs": ({"werkzame_personen": -4}, "werkzame_personen"),
    "non-integer-jobs": ({"werkzame_personen": "3,5"}, "werkzame_personen"),
    "unparseable-date": ({"datum_oprichting": "31/12/2019"}, "datum_oprichting"),
    "unknown-key-position": ({"kernposities": "MedTech|Quantum"}, "kernposities"),
}


@pytest.mark.parametrize("kind", BAD_FILES, ids=list(BAD_FILES))
def test_a_bad_row_is_reported_with_line_and_column_and_nothing_is_written(reference, tmp_path, kind):
    # given: two bad lines (3 and 5) among good ones
    bad, column = BAD_FILES[kind]
    rows = [
        register_row(kvk_nummer="11111111", vestigingsnummer="000011111111"),
        register_row(**{"kvk_nummer": "22222222", "vestigingsnummer": "000022222222", **bad}),
        register_row(kvk_nummer="33333333", vestigingsnummer="000033333333"),
        register_row(**{"kvk_nummer": "44444444", "vestigingsnummer": "000044444444", **bad}),
    ]

    # when
    errors = run_failing_import(tmp_path, register_csv(rows).encode())

    # then
    assert f"3 [{column}]" in errors
    assert f"5 [{column}]" in errors
    assert Establishment.objects.count() == 0
    assert YearlyObservation.objects.count() == 0


def test_a_duplicate_key_in_the_file_is_reported(reference, tmp_path):
    # given
    rows = [register_row(), register_row(werkzame_personen=99)]

    # when
    errors = run_failing_import(tmp_path, register_csv(rows).encode())

    # then
    assert "3 [vestigingsnummer]" in errors
    assert "staan al op regel 2" in errors
    assert Establishment.objects.count() == 0


def test_a_missing_required_column_is_reported(reference, tmp_path):
    # given
    columns = [c for c in REGISTER_COLUMNS if c not in ("werkzame_personen", "deelgebied")]

    # when
    errors = run_failing_import(tmp_path, register_csv([register_row()], columns=columns).encode())

    # then
    assert "werkzame_personen" in errors
    assert "deelgebied" in errors
    assert Establishment.objects.count() == 0


def test_all_errors_of_a_file_are_reported_at_once_in_dutch(reference, tmp_path):
    # given
    rows = [register_row(kvk_nummer="12", deelgebied="Mars", werkzame_personen=-1, sbi_code="34000")]

    # when
    errors = run_failing_import(tmp_path, register_csv(rows).encode())

    # then
    assert errors.count("regel 2") == 4
    assert "Onbekend deelgebied" in errors


def test_an_xlsx_bomb_fails_at_once_with_the_limit_and_writes_nothing(reference, tmp_path):
    # given: 100 KB that unpacks to 100 MB, like the 287 KB register file that held the worker for minutes
    bomb = xlsx_bomb(list(REGISTER_COLUMNS))

    # when
    started = time.monotonic()
    errors = run_failing_import(tmp_path, bomb)

    # then
    assert time.monotonic() - started < 2
    assert "60,0\xa0MB" in errors
    assert Establishment.objects.count() == 0


def test_amounts_with_dutch_thousands_dots_are_read(reference, tmp_path):
    # given
    rows = [register_row(toegevoegde_waarde_keur="1.250,5")]

    # when
    run_import(tmp_path, register_csv(rows).encode())

    # then
    assert YearlyObservation.objects.get().added_value_keur == Decimal("1250.5")


def test_dry_run_validates_without_writing(reference, tmp_path):
    # when
    output = run_import(tmp_path, register_csv(two_companies()).encode(), "register.csv", "--dry-run")

    # then
    assert "3 rijen zijn geldig; er is niets weggeschreven (proefdraai)." in output
    assert Establishment.objects.count() == 0


def test_a_successful_import_asks_the_monitor_to_recompute(reference, tmp_path, django_capture_on_commit_callbacks):
    # given
    from kennispark.models import TaskOutbox

    # when
    with django_capture_on_commit_callbacks() as callbacks:
        run_import(tmp_path, register_csv(two_companies()).encode())

    # then: written to the outbox with the data, published after commit
    assert list(TaskOutbox.objects.values_list("name", flat=True)) == ["monitoring.tasks.compute_monitor_snapshot"]
    assert [callback.func.__name__ for callback in callbacks if hasattr(callback, "func")] == ["outbox_publish"]
