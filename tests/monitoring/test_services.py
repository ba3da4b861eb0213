"""The snapshot service: computes from the register, publishes atomically, records failures."""

import pytest

from establishments.models import Establishment
from establishments.services import observation_first_record
from monitoring import selectors
from monitoring.models import MonitorFigure, MonitorSnapshot, ReferenceTotal, SnapshotStatus
from monitoring.services import KEPT_SNAPSHOTS, snapshot_compute
from tests.factories.establishments import EstablishmentFactory, YearlyObservationFactory

pytestmark = pytest.mark.django_db


def figures_of(snapshot):
    return sorted(
        MonitorFigure.objects.filter(snapshot=snapshot).values_list(
            "year", "dimension", "category", "establishments", "jobs", "added_value_meur", "largest_establishment_jobs"
        )
    )


def test_snapshot_is_computed_from_the_register_and_published(register):
    # when
    snapshot = snapshot_compute(trigger="test")

    # then
    assert snapshot.status == SnapshotStatus.COMPLETED
    assert snapshot.is_published
    assert snapshot.years == [2021, 2022, 2023]
    rows = {(row["year"], row["dimension"], row["category"]): row for row in selectors.published_figures()}
    total = rows[(2023, "total", "Kennispark")]
    assert (total["establishments"], total["jobs"]) == (5, 3251 + 6 + 125 + 1 + 44)
    assert total["added_value_meur"] == pytest.approx(265.0805)
    assert rows[(2023, "sub_area", "UT Campus")]["jobs"] == 3257
    assert rows[(2023, "sub_area_base", "B&S-park|stuwend")]["establishments"] == 2
    assert rows[(2023, "sector", "onderwijs")]["jobs"] == 3295
    assert rows[(2022, "size_class", "zzp")]["establishments"] == 1
    assert rows[(2023, "key_position", "chiptech")]["largest_establishment_jobs"] == 125
    assert rows[(2023, "key_position_young", "medtech")]["jobs"] == 6
    assert rows[(2023, "base", "verzorgend")]["added_value_meur"] == pytest.approx(250.0)
    assert rows[(2023, "sub_area", "Twente Village")]["added_value_meur"] is None
    assert rows[(2022, "profile", "startup")]["new_establishments"] == 1


def test_same_register_gives_the_same_figures(register):
    # given
    first = snapshot_compute()

    # when
    second = snapshot_compute()

    # then
    first.refresh_from_db()
    assert second.is_published and not first.is_published
    assert figures_of(first) == figures_of(second)
    assert first.fingerprint == second.fingerprint
    assert first.growth == second.growth


def test_a_changed_register_changes_the_fingerprint(register):
    # given
    first = snapshot_compute()
    observation = register["establishments"][2].observations.get(year=2023)
    observation.jobs = 130
    observation.save()

    # when
    second = snapshot_compute()

    # then
    assert first.fingerprint != second.fingerprint
    assert selectors.published_figures(year=2023, dimension="total")[0]["jobs"] == 3251 + 6 + 130 + 1 + 44


def test_failed_run_is_recorded_and_keeps_the_previous_snapshot_published(register):
    # given
    published = snapshot_compute()
    # The register accepts anything at the database level; the computation rejects an unknown sub-area.
    Establishment.objects.filter(pk=register["establishments"][0].pk).update(sub_area="elsewhere")

    # when
    failed = snapshot_compute()

    # then
    assert failed.status == SnapshotStatus.FAILED
    assert "Unknown sub-areas: elsewhere" in failed.error
    assert not failed.is_published
    assert failed.finished_at is not None
    assert selectors.published_snapshot() == published
    assert not MonitorFigure.objects.filter(snapshot=failed).exists()
    assert selectors.failed_runs_since_published(published) == [failed]


def test_shares_use_the_reference_totals(register):
    # given
    ReferenceTotal.objects.create(area="enschede", year=2023, establishments=50, jobs=34270, source="BIRO")

    # when
    snapshot = snapshot_compute()

    # then
    share = next(row for row in snapshot.shares if row["area"] == "enschede" and row["year"] == 2023)
    assert share["establishments_pct"] == pytest.approx(10.0)
    assert share["jobs_pct"] == pytest.approx(10.0)
    assert share["added_value_pct"] is None
    assert snapshot.reference_sources == [{"area": "enschede", "source": "BIRO", "years": "2023"}]


def test_old_snapshots_are_pruned(register):
    # when
    for _ in range(KEPT_SNAPSHOTS + 3):
        snapshot_compute()

    # then
    assert MonitorSnapshot.objects.filter(status=SnapshotStatus.COMPLETED).count() == KEPT_SNAPSHOTS + 1


def test_empty_register_gives_an_empty_published_snapshot(db):
    # when
    snapshot = snapshot_compute()

    # then
    assert snapshot.status == SnapshotStatus.COMPLETED
    assert snapshot.years == []
    assert selectors.home_key_figures() is None


def test_reference_source_years_are_compacted():
    assert selectors._year_ranges([2023, 2009, 2014, 2015, 2022]) == "2009, 2014–2015, 2022–2023"


def test_a_won_lead_in_a_year_the_register_does_not_cover_adds_no_year_until_the_register_brings_it(register):
    # given: the register covers 2021–2023; a lead won in 2024 records its expected jobs for 2024
    newcomer = EstablishmentFactory(sbi_division=register["establishments"][0].sbi_division)
    observation_first_record(establishment=newcomer, year=2024, jobs=12)

    # when
    before_import = snapshot_compute(trigger="test")
    YearlyObservationFactory(establishment=register["establishments"][0], year=2024, jobs=3300)
    after_import = snapshot_compute(trigger="test")

    # then: no year of one establishment is published; once the register covers 2024 the newcomer counts in it
    assert before_import.years == [2021, 2022, 2023]
    assert after_import.years == [2021, 2022, 2023, 2024]
    total_2024 = after_import.figures.get(year=2024, dimension="total")
    assert (total_2024.establishments, total_2024.jobs) == (2, 3312)


def test_slugs_that_read_like_missing_values_stay_categories(register):
    # given: a key position and a sector slugged as words that CSV readers take for missing values
    sector = register["establishments"][0].sbi_division.sector
    sector.slug = "nan"
    sector.save()
    register["medtech"].slug = "null"
    register["medtech"].save()

    # when
    snapshot = snapshot_compute()

    # then
    assert snapshot.status == SnapshotStatus.COMPLETED, snapshot.error
    rows = {(row["year"], row["dimension"], row["category"]): row for row in selectors.published_figures()}
    assert rows[(2023, "sector", "nan")]["jobs"] == 3295
    assert rows[(2023, "key_position", "null")]["establishments"] == 1
