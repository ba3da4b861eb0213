"""The BCI cluster of an establishment: an editor's choice, else derived from the SBI code, alike in Python and SQL."""

import pytest

from establishments.bci import bci_cluster_expression, bci_cluster_for_sbi
from establishments.models import Establishment
from tests.factories.establishments import EstablishmentFactory

CODES = ["7219", "72", "2651", "3250", "3212", "7112", "5821", "5811", "6201", "6311", "6391", "8530", "4719", "00"]


@pytest.mark.parametrize(
    ("code", "cluster"),
    [
        ("7219", "rd"),
        ("2651", "high_tech_production"),
        ("3250", "high_tech_production"),
        ("3212", "other"),
        ("7112", "technical_services"),
        ("5821", "ict"),
        ("5811", "other"),
        ("6201", "ict"),
        ("6391", "other"),
        ("8530", "research_education"),
        ("4719", "other"),
    ],
)
def test_default_cluster_of_an_sbi_code(code, cluster):
    assert bci_cluster_for_sbi(code) == cluster


@pytest.mark.django_db
def test_the_database_derives_the_same_clusters_and_keeps_an_editors_choice():
    # given establishments of every code, one with a cluster an editor set
    for code in CODES:
        EstablishmentFactory(sbi_code=code)
    chosen = EstablishmentFactory(sbi_code="4719", bci_cluster="ict")

    # when
    found = dict(Establishment.objects.annotate(cluster=bci_cluster_expression()).values_list("pk", "cluster"))

    # then
    for establishment in Establishment.objects.exclude(pk=chosen.pk):
        assert found[establishment.pk] == bci_cluster_for_sbi(establishment.sbi_code)
        assert found[establishment.pk] == establishment.effective_bci_cluster
    assert found[chosen.pk] == "ict" == chosen.effective_bci_cluster
