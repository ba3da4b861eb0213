"""The space indicators for the dashboard, computed from the records, never typed: offer, let, BVO, questions."""

from django.db.models import Count, Q, Sum
from django.db.models.functions import ExtractYear

from crm.models import OPEN_STAGES, HousingNeed
from establishments.models import SubArea

from .models import Building, HousingQuestion, QuestionStatus, Space


def m2_offered_per_kind_and_year() -> list[dict]:
    """Return the m² of the spaces first approved for the public list, per year of approval and kind."""
    rows = (
        Space.objects.filter(first_approved_at__isnull=False)
        .annotate(year=ExtractYear("first_approved_at"))
        .values("year", "kind")
        .annotate(m2=Sum("floor_area_m2"), spaces=Count("pk"))
        .order_by("year", "kind")
    )
    return list(rows)


def m2_let_per_kind_and_year() -> list[dict]:
    """Return the m² of the spaces let, per year they were let and kind."""
    rows = (
        Space.objects.filter(status="let", let_on__isnull=False)
        .annotate(year=ExtractYear("let_on"))
        .values("year", "kind")
        .annotate(m2=Sum("floor_area_m2"), spaces=Count("pk"))
        .order_by("year", "kind")
    )
    return list(rows)


def gross_floor_area_per_sub_area() -> dict[str, int]:
    """Return the gross floor area (m² BVO) of the registered buildings per sub-area (0 for a sub-area without)."""
    found = dict(Building.objects.values_list("sub_area").annotate(m2=Sum("gross_floor_area_m2")).order_by())
    return {sub_area: found.get(sub_area, 0) or 0 for sub_area in SubArea.values}


def open_housing_questions() -> dict[str, int]:
    """Return how many housing questions of companies and housing needs of open leads are open."""
    return {
        "questions": HousingQuestion.objects.open().count(),
        "lead_needs": HousingNeed.objects.filter(lead__stage__in=OPEN_STAGES).count(),
    }


def questions_solved_per_year() -> list[dict]:
    """Return per year how many questions were solved on the park and how many companies left it instead."""
    rows = (
        HousingQuestion.objects.filter(status__in=[QuestionStatus.SOLVED, QuestionStatus.LEFT])
        .annotate(year=ExtractYear("closed_at"))
        .values("year")
        .annotate(
            solved=Count("pk", filter=Q(status=QuestionStatus.SOLVED)),
            left=Count("pk", filter=Q(status=QuestionStatus.LEFT)),
        )
        .order_by("year")
    )
    return list(rows)
