"""Demo content of impact: entered figures through their review, subsidies, two surveys, value stories, then the
computed indicators from everything the loaders before it wrote."""

import datetime
import random
import uuid
from decimal import Decimal

from django.apps import apps
from django.contrib.auth.models import Group, User
from django.db import transaction

from establishments.models import Establishment
from impact.models import (
    Contribution,
    Indicator,
    IndicatorValue,
    QuestionKind,
    ReviewStatus,
    Story,
    Subsidy,
    Survey,
    SurveyAnswer,
    SurveyInvitation,
    SurveyResponse,
    SurveyStatus,
)
from impact.services.computed import computed_indicators_refresh
from impact.services.surveys import question_add, survey_create, token_hash
from impact.services.values import version_for_year

from .users import DEMO_PASSWORD

YEARS = range(2019, 2026)
# (code, category, value in 2019, growth per year)
ENTERED = [
    ("patents", "", 38, 3),
    ("floor_area_realised", "buildings", 4200, 600),
    ("floor_area_realised", "labs", 900, 150),
    ("floor_area_realised", "infrastructure", 1500, 100),
    ("investments", "private", 21_000_000, 2_500_000),
    ("investments", "public", 9_000_000, 750_000),
]
SUBSIDIES = [
    ("Europese Commissie", "european", "Horizon Europe – Chips JU", "NanoLab", 2_400_000, (2022, 1, 1), (2025, 12, 31)),
    ("RVO", "national", "MIT-haalbaarheid", "Start-up in fotonica", 20_000, (2024, 3, 1), (2024, 12, 31)),
    ("NWO", "national", "Groeifonds PhotonDelta", "Universiteit Twente", 1_200_000, (2023, 1, 1), (2026, 12, 31)),
    ("Provincie Overijssel", "regional", "Innovatiefonds", "MedTech-scale-up", 450_000, (2024, 1, 1), (2025, 6, 30)),
    (
        "Gemeente Enschede",
        "municipal",
        "Gebiedsontwikkeling Kennispark",
        "Gebiedsorganisatie",
        300_000,
        (2021, 1, 1),
        (2023, 12, 31),
    ),
    ("Interreg", "european", "Deutschland-Nederland", "Grensoverschrijdend lab", 800_000, (2025, 1, 1), (2027, 12, 31)),
]
STORIES = [
    (
        "van-lab-naar-fabriek",
        "Van lab naar fabriek op Kennispark",
        "From lab to factory on Kennispark",
        "Hoe een spin-off van de UT haar eerste productielijn op het B&S-park bouwde.",
        "How a University of Twente spin-off built its first production line on the B&S park.",
        ["startups", "spinoffs"],
    ),
    (
        "talent-blijft-in-twente",
        "Talent blijft in Twente",
        "Talent stays in Twente",
        "Drie afgestudeerden vertellen waarom ze na hun studie op het park bleven werken.",
        "Three graduates on why they kept working on the park after their studies.",
        ["jobs", "attendees"],
    ),
    (
        "cleanroom-gedeeld",
        "Een gedeelde cleanroom",
        "A shared cleanroom",
        "Vijf bedrijven delen sinds vorig jaar een cleanroom: minder kosten, meer samenwerking.",
        "Five companies have shared a cleanroom since last year: lower costs, more cooperation.",
        ["m2_let", "investments"],
    ),
]


def _second_editor() -> User:
    user, created = User.objects.get_or_create(
        username="editor2",
        defaults={
            "first_name": "Edo",
            "last_name": "Eindredacteur",
            "email": "editor2@demo.kennispark.nl",
            "is_staff": True,
        },
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    user.groups.add(Group.objects.get(name="editor"))
    return user


def _entered_values(editor: User, reviewer: User) -> None:
    indicators = {indicator.code: indicator for indicator in Indicator.objects.prefetch_related("versions")}
    for code, category, start, growth in ENTERED:
        indicator = indicators[code]
        for index, year in enumerate(YEARS):
            status = ReviewStatus.APPROVED if year < 2025 or code != "patents" else ReviewStatus.SUBMITTED
            IndicatorValue.objects.update_or_create(
                indicator=indicator,
                year=year,
                quarter=None,
                category=category,
                revision=0,
                defaults={
                    "version": version_for_year(indicator=indicator, year=year),
                    "value": Decimal(start + growth * index + (index % 3) * growth // 4),
                    "status": status,
                    "entered_by": editor,
                    "reviewed_by": reviewer if status == ReviewStatus.APPROVED else None,
                    "source_note": indicator.versions.all()[0].source_organisation,
                },
            )
    # A revised figure: the 2023 patents were counted again after late filings.
    first = IndicatorValue.objects.get(indicator=indicators["patents"], year=2023, category="", revision=0)
    IndicatorValue.objects.update_or_create(
        indicator=indicators["patents"],
        year=2023,
        quarter=None,
        category="",
        revision=1,
        defaults={
            "version": first.version,
            "value": first.value + 4,
            "status": ReviewStatus.APPROVED,
            "entered_by": reviewer,
            "reviewed_by": editor,
            "revision_reason": "Vier nagekomen octrooiaanvragen van UT-spin-offs",
        },
    )


def _subsidies(editor: User, reviewer: User) -> None:
    for funder, kind, programme, recipient, amount, start, end in SUBSIDIES:
        Subsidy.objects.update_or_create(
            funder=funder,
            programme=programme,
            defaults={
                "funder_kind": kind,
                "recipient": recipient,
                "amount": Decimal(amount),
                "starts_on": datetime.date(*start),
                "ends_on": datetime.date(*end),
                "status": ReviewStatus.APPROVED,
                "entered_by": editor,
                "reviewed_by": reviewer,
            },
        )


def _surveys(editor: User) -> None:
    generator = random.Random(2024)
    for year, status, responses in (
        (2023, SurveyStatus.CLOSED, 9),
        (2024, SurveyStatus.CLOSED, 14),
        (2025, SurveyStatus.OPEN, 3),
    ):
        if Survey.objects.filter(year=year).exists():
            continue
        survey = survey_create(
            year=year,
            title_nl=f"Gebruikersenquête Kennispark {year}",
            title_en=f"Kennispark user survey {year}",
            by=editor,
        )
        questions = [
            question_add(
                survey=survey,
                kind=QuestionKind.SCALE,
                text_nl="Hoe tevreden bent u over Kennispark als werkplek?",
                text_en="How satisfied are you with Kennispark as a place to work?",
                counts_for_overall=True,
            ),
            question_add(
                survey=survey,
                kind=QuestionKind.SCALE,
                text_nl="Hoe goed is het park bereikbaar?",
                text_en="How accessible is the park?",
                counts_for_accessibility=True,
            ),
            question_add(
                survey=survey,
                kind=QuestionKind.RECOMMEND,
                text_nl="Hoe waarschijnlijk raadt u het park aan?",
                text_en="How likely are you to recommend the park?",
            ),
            question_add(
                survey=survey,
                kind=QuestionKind.CHOICE,
                text_nl="Hoe komt u meestal naar het park?",
                text_en="How do you usually travel to the park?",
                choices_nl=["Fiets", "Auto", "Openbaar vervoer"],
                choices_en=["Bicycle", "Car", "Public transport"],
            ),
            question_add(
                survey=survey,
                kind=QuestionKind.TEXT,
                text_nl="Wat kan beter?",
                text_en="What could be better?",
                is_required=False,
            ),
        ]
        survey.status = status
        survey.save(update_fields=["status"])
        for number in range(responses):
            sub_area = ("ut_campus", "bs_park", "twente_village")[number % 3]
            SurveyInvitation.objects.create(
                survey=survey,
                email=f"respondent{number}@demo.kennispark.nl",
                sub_area=sub_area,
                token_hash=token_hash(uuid.uuid4().hex),
                is_used=True,
                sent_on=datetime.date(year, 4, 1),
            )
            response = SurveyResponse.objects.create(
                id=uuid.uuid4(), survey=survey, sub_area=sub_area, submitted_on=datetime.date(year, 4, 1 + number % 20)
            )
            lift = year - 2023
            SurveyAnswer.objects.bulk_create(
                [
                    SurveyAnswer(
                        id=uuid.uuid4(),
                        response=response,
                        question=questions[0],
                        number=min(5, generator.randint(3, 4) + (lift and generator.random() < 0.4)),
                    ),
                    SurveyAnswer(
                        id=uuid.uuid4(), response=response, question=questions[1], number=generator.randint(2, 4)
                    ),
                    SurveyAnswer(
                        id=uuid.uuid4(), response=response, question=questions[2], number=generator.randint(6, 10)
                    ),
                    SurveyAnswer(
                        id=uuid.uuid4(), response=response, question=questions[3], choice=generator.randint(0, 2)
                    ),
                    SurveyAnswer(
                        id=uuid.uuid4(),
                        response=response,
                        question=questions[4],
                        text=generator.choice(
                            [
                                "Meer fietsenstallingen",
                                "Betere busverbinding in de avond",
                                "Meer plekken om te lunchen",
                                "",
                            ]
                        ),
                    ),
                ]
            )


def _stories(editor: User) -> None:
    establishments = list(Establishment.objects.filter(is_active=True).order_by("pk")[:3])
    projects = _project_ids()
    for index, (slug, title_nl, title_en, summary_nl, summary_en, codes) in enumerate(STORIES):
        story, _created = Story.objects.update_or_create(
            slug=slug,
            defaults={
                "title_nl": title_nl,
                "title_en": title_en,
                "summary_nl": summary_nl,
                "summary_en": summary_en,
                "body_nl": f"<p>{summary_nl}</p><p>Een verhaal uit de praktijk van Kennispark Twente.</p>",
                "body_en": f"<p>{summary_en}</p><p>A story from the practice of Kennispark Twente.</p>",
                "published_on": datetime.date(2025, 3 + index * 3, 10),
                "is_published": True,
                "consent_recorded": True,
                "consent_note": "Tekst per e-mail goedgekeurd door de geïnterviewden",
                "consent_recorded_by": editor,
                "in_report": True,
            },
        )
        if establishments:
            story.establishments.set([establishments[index % len(establishments)]])
        story.indicators.set(Indicator.objects.filter(code__in=codes))
        story.projects.set(projects[index : index + 1])
    Story.objects.update_or_create(
        slug="in-voorbereiding",
        defaults={
            "title_nl": "Verhaal in voorbereiding",
            "title_en": "Story in preparation",
            "summary_nl": "Wacht op toestemming.",
            "summary_en": "Waiting for consent.",
            "body_nl": "<p>Concept.</p>",
            "body_en": "<p>Draft.</p>",
            "published_on": datetime.date(2025, 11, 1),
            "is_published": False,
        },
    )


def _project_ids() -> list[int]:
    if not apps.is_installed("programme"):
        return []
    return list(apps.get_model("programme", "Project").objects.order_by("pk").values_list("pk", flat=True)[:6])


def _contributions() -> None:
    projects = _project_ids()
    codes = ["establishments", "startups", "attendees", "m2_offered", "investments", "satisfaction_accessibility"]
    for project_id, code in zip(projects, codes, strict=False):
        Contribution.objects.get_or_create(indicator=Indicator.objects.get(code=code), project_id=project_id)


@transaction.atomic
def _load() -> None:
    editor = User.objects.get(username="editor")
    reviewer = _second_editor()
    _entered_values(editor, reviewer)
    _subsidies(editor, reviewer)
    _surveys(editor)
    _stories(editor)
    _contributions()


def impact_load(stdout=None) -> None:
    """Load the entered figures, subsidies, surveys and stories, then compute every computed indicator."""
    # Saving an unchanged row still writes a history row: a second run must not touch what the first wrote.
    if not Story.objects.exists():
        _load()
    changed = computed_indicators_refresh()
    if stdout:
        filled = sum(1 for indicator in Indicator.objects.all() if indicator.values.exists())
        total = Indicator.objects.count()
        stdout.write(f"Impact: {filled} of {total} indicators with figures, {sum(changed.values())} computed figures")
