"""Unit tests of monitoring.stats on small hand-made frames; no database."""

import datetime
import math

import pandas as pd
import pytest

from monitoring import stats


def observation(establishment_id, year, jobs, **overrides):
    row = {
        "establishment_id": establishment_id,
        "year": year,
        "jobs": jobs,
        "added_value_keur": None,
        "sub_area": "bs_park",
        "base": "stuwend",
        "sector": "zakelijke-diensten",
        "key_positions": [],
        "founded_on": None,
        "is_knowledge_intensive": False,
        "is_startup": False,
        "is_spinoff": False,
        "is_rd_branch": False,
    }
    return {**row, **overrides}


@pytest.fixture
def register():
    return pd.DataFrame(
        [
            # 1: UT Campus, basic, 2 key positions, young in 2023 (founded 2018), knowledge-intensive start-up.
            observation(1, 2022, 0, sub_area="ut_campus", key_positions=["medtech", "chiptech"],
                        founded_on=datetime.date(2018, 5, 1), added_value_keur=None,
                        is_knowledge_intensive=True, is_startup=True),
            observation(1, 2023, 12, sub_area="ut_campus", key_positions=["medtech", "chiptech"],
                        founded_on=datetime.date(2018, 5, 1), added_value_keur=1500.0,
                        is_knowledge_intensive=True, is_startup=True),
            # 2: B&S-park, non-basic education, large, unknown added value.
            observation(2, 2022, 250, base="verzorgend", sector="onderwijs", added_value_keur=None),
            observation(2, 2023, 300, base="verzorgend", sector="onderwijs", added_value_keur=None),
            # 3: Twente Village, self-employed with 1 job, medtech, founded 2017 (six years old in 2023).
            observation(3, 2022, 1, sub_area="twente_village", key_positions=["medtech"],
                        founded_on=datetime.date(2017, 1, 1), added_value_keur=100.0),
            observation(3, 2023, 1, sub_area="twente_village", key_positions=["medtech"],
                        founded_on=datetime.date(2017, 1, 1), added_value_keur=0.0),
            # 4: new in 2023, size-class edges 9 (micro) and its neighbour 49 (small) below.
            observation(4, 2023, 9, sub_area="ut_campus", is_startup=True, added_value_keur=250.5),
            observation(5, 2023, 49, added_value_keur=None),
            observation(6, 2023, 50, added_value_keur=None),
            observation(7, 2023, 249, added_value_keur=None),
            observation(8, 2023, 2, added_value_keur=None),
            observation(9, 2023, 10, added_value_keur=None),
        ]
    )  # fmt: skip


def cell(figures, year, dimension, category, column="establishments"):
    match = figures[(figures.year == year) & (figures.dimension == dimension) & (figures.category == category)]
    assert len(match) == 1, (year, dimension, category)
    return match.iloc[0][column]


def test_total_counts_establishments_sums_jobs_and_known_added_value(register):
    # when
    figures = stats.compute_figures(register)

    # then
    assert cell(figures, 2022, "total", "Kennispark") == 3
    assert cell(figures, 2022, "total", "Kennispark", "jobs") == 251
    assert cell(figures, 2023, "total", "Kennispark") == 9
    assert cell(figures, 2023, "total", "Kennispark", "jobs") == 12 + 300 + 1 + 9 + 49 + 50 + 249 + 2 + 10
    assert cell(figures, 2023, "total", "Kennispark", "added_value_meur") == pytest.approx(1.7505)
    assert cell(figures, 2022, "total", "Kennispark", "added_value_meur") == pytest.approx(0.1)


def test_sub_area_base_and_sub_area_base(register):
    # when
    figures = stats.compute_figures(register)

    # then
    assert cell(figures, 2023, "sub_area", "UT Campus") == 2
    assert cell(figures, 2023, "sub_area", "UT Campus", "jobs") == 21
    assert cell(figures, 2023, "sub_area", "B&S-park") == 6
    assert cell(figures, 2023, "sub_area", "Twente Village", "jobs") == 1
    assert cell(figures, 2023, "base", "verzorgend", "jobs") == 300
    assert cell(figures, 2023, "base", "stuwend") == 8
    assert cell(figures, 2023, "sub_area_base", "UT Campus|stuwend", "jobs") == 21
    assert cell(figures, 2023, "sub_area_base", "B&S-park|verzorgend") == 1
    assert cell(figures, 2023, "sector", "onderwijs", "jobs") == 300
    assert cell(figures, 2023, "sector", "zakelijke-diensten") == 8


def test_size_class_edges_and_zero_jobs_count_as_self_employed(register):
    # when
    figures = stats.compute_figures(register)

    # then: 0 jobs (2022) and 1 job are zzp; 2 and 9 micro; 10 and 49 small; 50 and 249 medium; 250+ large
    assert cell(figures, 2022, "size_class", "zzp") == 2
    assert cell(figures, 2022, "size_class", "zzp", "jobs") == 1
    assert cell(figures, 2022, "size_class", "large", "jobs") == 250
    assert cell(figures, 2023, "size_class", "zzp") == 1
    assert cell(figures, 2023, "size_class", "micro", "jobs") == 11
    assert cell(figures, 2023, "size_class", "small", "jobs") == 12 + 10 + 49
    assert cell(figures, 2023, "size_class", "medium", "jobs") == 50 + 249
    assert cell(figures, 2023, "size_class", "large", "jobs") == 300


def test_size_class_bins_agree_with_the_register():
    # given
    from establishments.models import size_class_for_jobs

    jobs = pd.Series(list(range(0, 300)))

    # when
    classes = stats._size_classes(jobs)

    # then
    assert list(classes) == [str(size_class_for_jobs(value)) for value in jobs]


def test_key_positions_explode_with_largest_establishment(register):
    # when
    figures = stats.compute_figures(register)

    # then: establishment 1 counts in both medtech and chiptech
    assert cell(figures, 2023, "key_position", "medtech") == 2
    assert cell(figures, 2023, "key_position", "medtech", "jobs") == 13
    assert cell(figures, 2023, "key_position", "medtech", "largest_establishment_jobs") == 12
    assert cell(figures, 2023, "key_position", "chiptech", "jobs") == 12
    assert cell(figures, 2023, "key_position", "medtech", "added_value_meur") == pytest.approx(1.5)


def test_key_positions_are_the_same_whether_rows_share_one_list_or_not(register):
    # given: the selector hands all observations of an establishment one list object
    shared = register.copy()
    lists = {}
    pairs = zip(shared["establishment_id"], shared["key_positions"], strict=True)
    shared["key_positions"] = [lists.setdefault(pk, value) for pk, value in pairs]

    # when
    figures = stats.compute_figures(shared)

    # then
    pd.testing.assert_frame_equal(figures, stats.compute_figures(register))


def test_missing_key_positions_count_as_none(register):
    # given
    register["key_positions"] = register["key_positions"].astype(object)
    register.at[0, "key_positions"] = None
    register.at[1, "key_positions"] = ["medtech", None, math.nan]
    register.at[4, "key_positions"] = math.nan

    # when
    figures = stats.compute_figures(register)

    # then: establishments 1 and 3 are in medtech in 2023 only, and nobody is in chiptech
    key_positions = figures[figures.dimension == "key_position"]
    assert cell(figures, 2023, "key_position", "medtech") == 2
    assert set(zip(key_positions.year, key_positions.category, strict=True)) == {(2023, "medtech")}


def test_young_establishments_are_at_most_five_years_old(register):
    # when
    figures = stats.compute_figures(register)

    # then: founded 2018 is 5 in 2023 (young), founded 2017 is 6 (not) but 5 in 2022 (young)
    assert cell(figures, 2023, "key_position_young", "medtech") == 1
    assert cell(figures, 2023, "key_position_young", "medtech", "jobs") == 12
    assert cell(figures, 2022, "key_position_young", "medtech") == 2
    assert cell(figures, 2023, "key_position_young", "chiptech") == 1


def test_unknown_added_value_is_not_zero(register):
    # when
    figures = stats.compute_figures(register)

    # then: only unknown values -> NaN; a known 0 stays 0
    assert math.isnan(cell(figures, 2023, "base", "verzorgend", "added_value_meur"))
    assert cell(figures, 2023, "sub_area", "Twente Village", "added_value_meur") == 0
    assert math.isnan(cell(figures, 2022, "sub_area", "UT Campus", "added_value_meur"))


def test_profile_counts_new_establishments_except_in_the_first_year(register):
    # when
    figures = stats.compute_figures(register)

    # then
    assert cell(figures, 2023, "profile", "startup") == 2
    assert cell(figures, 2023, "profile", "startup", "new_establishments") == 1
    assert math.isnan(cell(figures, 2022, "profile", "startup", "new_establishments"))
    assert cell(figures, 2023, "profile", "knowledge_intensive") == 1


def test_growth_over_the_period_and_the_last_year():
    # given
    frame = pd.DataFrame(
        [observation(1, 2020, 5), observation(1, 2021, 20), observation(1, 2022, 30), observation(2, 2022, 10)]
    )

    # when
    growth = stats.compute_growth(stats.compute_figures(frame))

    # then
    total_jobs = growth[(growth.dimension == "total") & (growth.measure == "jobs")].set_index("period")
    assert total_jobs.loc["period", "from_year"] == 2020
    assert total_jobs.loc["period", "change"] == 35
    assert total_jobs.loc["period", "change_pct"] == pytest.approx(700.0)
    assert total_jobs.loc["last_year", "from_year"] == 2021
    assert total_jobs.loc["last_year", "change"] == 20
    assert total_jobs.loc["last_year", "change_pct"] == pytest.approx(100.0)
    # a size class absent in 2020 counts as 0 there
    small = growth[(growth.category == "small") & (growth.measure == "establishments") & (growth.period == "period")]
    assert small.iloc[0]["from_value"] == 0 and small.iloc[0]["to_value"] == 2


def test_growth_of_added_value_starts_at_its_first_known_year():
    # given
    frame = pd.DataFrame(
        [
            observation(1, 2012, 10),
            observation(1, 2013, 10, added_value_keur=2000.0),
            observation(1, 2014, 10, added_value_keur=3000.0),
        ]
    )

    # when
    growth = stats.compute_growth(stats.compute_figures(frame))

    # then
    period = growth[
        (growth.dimension == "total") & (growth.measure == "added_value_meur") & (growth.period == "period")
    ]
    assert period.iloc[0]["from_year"] == 2013
    assert period.iloc[0]["change_pct"] == pytest.approx(50.0)


def test_shares_of_enschede_and_twente():
    # given
    figures = stats.compute_figures(
        pd.DataFrame([observation(1, 2023, 100, added_value_keur=5000.0), observation(2, 2023, 10)])
    )
    references = pd.DataFrame(
        [
            {"area": "enschede", "year": 2023, "establishments": 40, "jobs": 1100, "added_value_meur": 50.0},
            {"area": "twente", "year": 2023, "establishments": 200, "jobs": 5500, "added_value_meur": None},
            {"area": "twente", "year": 2010, "establishments": 200, "jobs": 5500, "added_value_meur": None},
        ]
    )

    # when
    shares = stats.compute_shares(figures, references).set_index("area")

    # then
    assert shares.loc["enschede", "establishments_pct"] == pytest.approx(5.0)
    assert shares.loc["enschede", "jobs_pct"] == pytest.approx(10.0)
    assert shares.loc["enschede", "added_value_pct"] == pytest.approx(10.0)
    assert shares.loc["twente", "jobs_pct"] == pytest.approx(2.0)
    assert math.isnan(shares.loc["twente", "added_value_pct"])
    assert len(shares) == 2


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"sub_area": "elsewhere"}, "Unknown sub-areas"),
        ({"base": "other"}, "Unknown economic bases"),
        ({"jobs": -1}, "negative"),
        ({"sector": None}, "no sector"),
    ],
)
def test_data_the_computation_cannot_use_is_rejected(change, message):
    # given
    frame = pd.DataFrame([observation(1, 2023, 5) | change])

    # when / then
    with pytest.raises(stats.ObservationError, match=message):
        stats.compute_figures(frame)


def test_duplicate_observations_are_rejected():
    frame = pd.DataFrame([observation(1, 2023, 5), observation(1, 2023, 6)])

    with pytest.raises(stats.ObservationError, match="more than one observation"):
        stats.compute_figures(frame)


def test_bci_cluster_breakdowns_add_up_to_the_total():
    # given two clusters on two sub-areas
    frame = pd.DataFrame(
        [
            observation(1, 2023, 10, sub_area="ut_campus", bci_cluster="rd"),
            observation(2, 2023, 5, sub_area="bs_park", bci_cluster="rd"),
            observation(3, 2023, 7, sub_area="bs_park", bci_cluster="ict"),
        ]
    )

    # when
    figures = stats.compute_figures(frame).set_index(["dimension", "category"])

    # then
    assert figures.loc[("bci_cluster", "rd"), "establishments"] == 2
    assert figures.loc[("bci_cluster", "rd"), "jobs"] == 15
    assert figures.loc[("sub_area_bci_cluster", "B&S-park|ict"), "jobs"] == 7
    assert figures.loc[("sub_area_bci_cluster", "UT Campus|rd"), "jobs"] == 10


def test_figure_shares_are_fractions_of_the_matching_reference_total_or_nan():
    # given a total and one sector's total for Enschede only
    figures = stats.compute_figures(
        pd.DataFrame(
            [
                observation(1, 2023, 30, sector="industrie"),
                observation(2, 2023, 10, sector="zakelijke-diensten"),
            ]
        )
    )
    references = pd.DataFrame(
        [
            {"area": "enschede", "year": 2023, "dimension": "total", "category": "", "establishments": 20,
             "jobs": 400, "added_value_meur": None},
            {"area": "enschede", "year": 2023, "dimension": "sector", "category": "industrie", "establishments": 4,
             "jobs": 60, "added_value_meur": None},
        ]
    )  # fmt: skip

    # when
    shared = stats.compute_figure_shares(figures, references).set_index(["dimension", "category"])

    # then
    assert shared.loc[("total", "Kennispark"), "establishments_share_enschede"] == pytest.approx(2 / 20)
    assert shared.loc[("total", "Kennispark"), "jobs_share_enschede"] == pytest.approx(40 / 400)
    assert shared.loc[("sector", "industrie"), "jobs_share_enschede"] == pytest.approx(30 / 60)
    assert math.isnan(shared.loc[("sector", "zakelijke-diensten"), "jobs_share_enschede"])
    assert shared["jobs_share_twente"].isna().all()
    assert len(shared) == len(figures)
