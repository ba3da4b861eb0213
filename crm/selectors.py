"""Read side of the lead CRM: the board, lists, a lead's timeline, follow-ups and the audit history."""

from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from django.contrib.auth.models import User
from django.db.models import Count, F, IntegerField, OuterRef, Subquery, Sum, Value, Window
from django.db.models.functions import Coalesce, RowNumber
from django.utils import timezone
from django_stubs_ext import StrOrPromise

from .models import (
    Activity,
    Contact,
    FollowUp,
    HousingNeed,
    Lead,
    LeadStage,
    LostReason,
    Stage,
    StageChange,
)
from .services.pipeline import stage_probabilities

# A column shows its most recently moved cards; the rest are one click away in the lead list.
BOARD_CARDS_PER_STAGE = 10


def _area_subquery():
    return Coalesce(
        Subquery(
            HousingNeed.objects.filter(lead=OuterRef("pk"))
            .values("lead")
            .annotate(total=Sum("floor_area_m2"))
            .values("total")[:1],
            output_field=IntegerField(),
        ),
        Value(0),
    )


def _next_follow_up_subquery():
    return Subquery(
        FollowUp.objects.filter(lead=OuterRef("pk"), done_at__isnull=True).order_by("due_on").values("due_on")[:1]
    )


def lead_list(*, filters: dict | None = None):
    """Return the leads with owner, key positions and total floor area, for lists and exports."""
    return Lead.objects.for_listing().filter(**(filters or {})).annotate(total_area_m2=_area_subquery())


@dataclass
class BoardColumn:
    stage: str
    label: StrOrPromise
    probability: int
    count: int = 0
    jobs: int = 0
    area_m2: int = 0
    cards: list = field(default_factory=list)

    @property
    def weighted_jobs(self) -> float:
        return round(self.jobs * self.probability / 100, 1)

    @property
    def weighted_area_m2(self) -> float:
        return round(self.area_m2 * self.probability / 100)

    @property
    def hidden(self) -> int:
        return self.count - len(self.cards)


def board_columns(*, owner: User | None = None) -> list[BoardColumn]:
    """Return one column per stage with its newest cards and its weighted forecast, in a fixed number of queries."""
    leads = Lead.objects.all() if owner is None else Lead.objects.filter(owner=owner)
    probabilities = stage_probabilities()
    columns = {
        code: BoardColumn(stage=code, label=label, probability=probabilities[code]) for code, label in LeadStage.choices
    }
    for row in leads.values("stage").annotate(count=Count("pk"), jobs=Coalesce(Sum("expected_jobs"), 0)):
        columns[row["stage"]].count, columns[row["stage"]].jobs = row["count"], row["jobs"]
    areas = HousingNeed.objects.filter(lead__in=leads).values("lead__stage").annotate(total=Sum("floor_area_m2"))
    for row in areas:
        columns[row["lead__stage"]].area_m2 = row["total"]
    ranked = (
        leads.select_related("owner")
        .annotate(
            total_area_m2=_area_subquery(),
            next_follow_up_on=_next_follow_up_subquery(),
            rank=Window(RowNumber(), partition_by=F("stage"), order_by=[F("stage_changed_at").desc(), F("pk").desc()]),
        )
        .filter(rank__lte=BOARD_CARDS_PER_STAGE)
        .order_by("stage", "rank")
    )
    for lead in ranked:
        columns[lead.stage].cards.append(lead)
    return list(columns.values())


def board_forecast(columns: list[BoardColumn]) -> dict:
    """Return the open pipeline's expected jobs and floor area, raw and weighted by stage probability."""
    open_columns = [column for column in columns if column.stage not in (LeadStage.WON, LeadStage.LOST)]
    return {
        "jobs": sum(column.jobs for column in open_columns),
        "weighted_jobs": round(sum(column.weighted_jobs for column in open_columns), 1),
        "area_m2": sum(column.area_m2 for column in open_columns),
        "weighted_area_m2": round(sum(column.weighted_area_m2 for column in open_columns)),
    }


def lead_detail(*, pk: int) -> Lead:
    """Return a lead with everything its page shows."""
    return (
        Lead.objects.select_related("owner", "lost_reason", "converted_establishment")
        .prefetch_related("key_positions", "housing_needs", "contacts")
        .get(pk=pk)
    )


def lead_timeline(*, lead: Lead) -> list[dict]:
    """Return the lead's activities and stage changes, newest first."""
    activities = lead.activities.select_related("author")
    changes = lead.stage_changes.select_related("changed_by")
    entries = chain(
        (
            {"kind": "activity", "at": a.occurred_on, "sort": (a.occurred_on, a.created_at), "item": a}
            for a in activities
        ),
        (
            {"kind": "stage", "at": c.changed_at, "sort": (timezone.localdate(c.changed_at), c.changed_at), "item": c}
            for c in changes
        ),
    )
    return sorted(entries, key=lambda entry: entry["sort"], reverse=True)


def lead_follow_ups(*, lead: Lead):
    """Return a lead's follow-ups, open ones first."""
    return lead.follow_ups.select_related("assignee").order_by(F("done_at").asc(nulls_first=True), "due_on")


def follow_ups_of(*, user: User, include_done: bool = False):
    """Return a user's follow-ups with their leads, soonest first."""
    follow_ups = FollowUp.objects.filter(assignee=user).select_related("lead")
    if not include_done:
        follow_ups = follow_ups.filter(done_at__isnull=True)
    return follow_ups.order_by("due_on", "pk")


def lost_reasons_active():
    """Return the lost reasons staff may choose."""
    return LostReason.objects.filter(is_active=True)


def stage_settings() -> list[Stage]:
    """Return a Stage row per stage code, unsaved defaults included."""
    probabilities = stage_probabilities()
    existing = {stage.code: stage for stage in Stage.objects.all()}
    return [existing.get(code) or Stage(code=code, probability=probabilities[code]) for code in LeadStage.values]


AUDITED_MODELS = (Lead, Contact, HousingNeed, Activity, FollowUp, StageChange, Stage, LostReason)


def audit_entries(*, model_name: str = "", lead_id: int | None = None, limit: int = 100) -> list:
    """Return the newest history rows over every CRM model (personal fields of contacts are never shown)."""
    rows: list[Any] = []
    for model in AUDITED_MODELS:
        if model_name and model._meta.model_name != model_name:
            continue
        history = model.history.select_related("history_user").order_by("-history_date")
        if lead_id is not None:
            if model is Lead:
                history = history.filter(id=lead_id)
            elif hasattr(model, "lead"):
                history = history.filter(lead_id=lead_id)
            else:
                continue
        history = history[:limit]
        rows.extend((model, row) for row in history)
    rows.sort(key=lambda pair: pair[1].history_date, reverse=True)
    return [
        {
            "model": model._meta.verbose_name,
            "model_name": model._meta.model_name,
            "object_id": row.id,
            "lead_id": row.id if model is Lead else getattr(row, "lead_id", None),
            "type": row.history_type,
            "type_label": row.get_history_type_display(),
            "user": row.history_user,
            "date": row.history_date,
            "label": _audit_label(model, row),
        }
        for model, row in rows[:limit]
    ]


def _audit_label(model, row) -> str:
    # Contacts are people: the audit list names no one. Stage changes would need their lead (a query per row).
    if model is Contact:
        return ""
    if model is StageChange:
        return f"{LeadStage(row.from_stage).label if row.from_stage else '–'} → {LeadStage(row.to_stage).label}"
    return str(row.instance)
