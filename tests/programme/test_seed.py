"""The 22 key projects of the Jaarplan 2025 (seed 002) are reference data: a sample is checked against the plan."""

import pytest
from django.urls import reverse

from programme.models import ProgrammeLine, Project, Theme

pytestmark = pytest.mark.django_db

# Copied from /work/shared/seeds/002 (Jaarplan 2025): number, name as in the plan, "Trekker".
SAMPLE = [
    (1, "Next Twente", "ASR Dutch Science Park Fund"),
    (2, "Woongebouw", "Domijn / De Veste"),
    (3, "Parkeergebouw", "Gemeente Enschede"),
    (7, "Warmtenet", "Gemeente Enschede"),
    (9, "Realisatie MedTech Factory", "Stichting MedTech Factory"),
    (11, "Markeren van een markant gebied", "Kennispark Ondernemers"),
    (13, "Actualiseren gebiedsstrategie", "Gebiedsorganisatie Kennispark Twente"),
    (18, "Talent & Ontmoeting", "Kennispark Ondernemers"),
    (22, "Samenwerkingsovereenkomst verlengen", "Gebiedsorganisatie Kennispark Twente"),
]
# Project 8's sub-projects, each with its own lead and planning.
SUB_PROJECTS_8 = [
    (1, "Realisatie zonneveld Twente Village", "Gemeente Enschede", 20251, 20264),
    (2, "Regio Deal project Solar Parking op private parkeerterreinen", "Gebiedsorganisatie Kennispark Twente",
     20251, 20254),
    (3, "Planten van een zonneboom", "Kennispark Ondernemers", 20251, 20254),
    (4, "Certificering BREEAM 3 sterren Gebied", "Gemeente Enschede", 20251, 20251),
]  # fmt: skip


def test_the_year_plan_holds_22_key_projects_in_four_themes_and_three_lines():
    # when
    key_projects = Project.objects.filter(year_plan__year=2025, parent__isnull=True)

    # then
    assert sorted(key_projects.values_list("number", flat=True)) == list(range(1, 23))
    assert list(Theme.objects.filter(year_plan__year=2025).values_list("name_nl", flat=True)) == [
        "Toevoegen Innovatiedistrict Hengelosestraat",
        "Transformatie bestaand B&S-terrein",
        "Versterken profiel Kennispark",
        "Versterken samenwerking",
    ]
    assert list(ProgrammeLine.objects.values_list("name_nl", flat=True)) == [
        "Gebiedsstrategie & Acquisitie",
        "Fysieke Gebiedsontwikkeling",
        "Talent & Ontmoeting",
    ]


@pytest.mark.parametrize(("number", "name", "lead"), SAMPLE)
def test_a_sample_of_projects_matches_the_seed(number, name, lead):
    # when
    project = Project.objects.get(year_plan__year=2025, number=number, sub_number=0)

    # then
    assert project.name_nl.startswith(name)
    assert project.lead_organisation.name == lead
    assert project.name_en and project.description_nl and project.planning_note


def test_project_8_has_its_sub_projects_with_own_lead_and_planning():
    # when
    subs = Project.objects.filter(parent__number=8, parent__year_plan__year=2025).order_by("sub_number")

    # then
    assert [
        (s.sub_number, s.name_nl, s.lead_organisation.name, s.start_quarter, s.end_quarter) for s in subs
    ] == SUB_PROJECTS_8


def test_planning_in_quarters_follows_the_plan():
    # then: "Participatie sessies in Q1 en Q2, uitwerking in Q3, vaststellen in Q4" (project 13), "Q2 2025" (5)
    strategy = Project.objects.get(number=13, sub_number=0)
    assert list(strategy.milestones.values_list("planned_quarter", flat=True)) == [20251, 20252, 20253, 20254]
    assert Project.objects.get(number=5).end_quarter == 20252
    assert Project.objects.get(number=14).targets.count() == 4


def test_every_key_project_is_on_the_board(client, editor):
    # given
    client.force_login(editor)

    # when
    page = client.get(reverse("programme:board") + "?year=2025").content.decode()

    # then
    for project in Project.objects.filter(year_plan__year=2025):
        assert f"{project.code}. {project.name_nl}".replace("&", "&amp;") in page
