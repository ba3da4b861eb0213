"""Which spaces fit which demand: a company's housing question or a lead's housing need.

Kind, floor area and timing must fit for a space to be a match at all; the sub-area preference and the lab
safety class only rank the matches and are shown as met or missed.
"""

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q, QuerySet
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

# A lead's need is one figure; a space within this share of it either way is worth an introduction.
NEED_MARGIN = 0.2


@dataclass(frozen=True)
class Demand:
    """What someone needs, from a company's question or a lead's need, in one shape."""

    kind: str
    min_m2: int
    max_m2: int
    needed_by: datetime.date | None
    label: str
    sub_area: str = ""
    lab_safety_class: str = ""
    question_id: int | None = None
    need_id: int | None = None
    lead_id: int | None = None
    # A lead's need is one figure; its range above is that figure widened by the margin.
    asked_m2: int | None = None

    @property
    def kind_label(self) -> str:
        """Return the kind of space in words."""
        from .models import SpaceKind

        return str(SpaceKind(self.kind).label)

    @property
    def key(self) -> tuple[str, int]:
        """Return a key that names the demand among questions and needs alike."""
        return ("question", self.question_id) if self.question_id else ("need", self.need_id or 0)


@dataclass
class Criterion:
    name: Any
    met: bool


@dataclass
class Match:
    space: Any
    demand: Demand
    criteria: list[Criterion] = field(default_factory=list)
    decision: Any = None

    @property
    def met(self) -> list[Criterion]:
        return [criterion for criterion in self.criteria if criterion.met]

    @property
    def missed(self) -> list[Criterion]:
        return [criterion for criterion in self.criteria if not criterion.met]

    @property
    def score(self) -> tuple[int, int]:
        # More criteria met first; then the space whose area is closest to what is asked.
        wanted = (self.demand.min_m2 + self.demand.max_m2) / 2
        return (-len(self.met), int(abs(self.space.floor_area_m2 - wanted)))


def demand_from_question(question: Any) -> Demand:
    """Return the demand of a company's housing question."""
    return Demand(
        kind=question.kind,
        min_m2=question.min_m2,
        max_m2=question.max_m2,
        needed_by=question.needed_by,
        sub_area=question.sub_area,
        lab_safety_class=question.lab_safety_class,
        label=question.establishment.trade_name,
        question_id=question.pk,
    )


def demand_from_need(need: Any) -> Demand:
    """Return the demand of a lead's housing need, widened by the margin on both sides."""
    area = need.floor_area_m2
    return Demand(
        kind=need.kind,
        min_m2=max(1, int(area * (1 - NEED_MARGIN))),
        max_m2=int(area * (1 + NEED_MARGIN) + 0.5),
        needed_by=need.desired_on,
        label=need.lead.name,
        need_id=need.pk,
        lead_id=need.lead_id,
        asked_m2=area,
    )


def spaces_fitting(spaces: QuerySet, demand: Demand) -> QuerySet:
    """Return the spaces whose kind, floor area and availability fit the demand (the hard criteria)."""
    spaces = spaces.alias(smallest=Coalesce("min_unit_m2", "floor_area_m2")).filter(
        kind=demand.kind, smallest__lte=demand.max_m2, floor_area_m2__gte=demand.min_m2
    )
    if demand.needed_by:
        spaces = spaces.filter(available_from__lte=demand.needed_by)
    return spaces


def demand_fitting_q(space: Any, *, prefix: str, low: str, high: str, date: str) -> Q:
    """Return the condition on demand rows (their kind, area bounds and date fields) that the space meets."""
    condition = Q(**{f"{prefix}kind": space.kind, f"{low}__lte": space.floor_area_m2})
    condition &= Q(**{f"{high}__gte": space.smallest_unit_m2})
    return condition & (Q(**{f"{date}__isnull": True}) | Q(**{f"{date}__gte": space.available_from}))


def fits(space: Any, demand: Demand) -> bool:
    """Return whether the space meets the demand's kind, floor area and timing."""
    return (
        space.kind == demand.kind
        and space.smallest_unit_m2 <= demand.max_m2
        and space.floor_area_m2 >= demand.min_m2
        and (demand.needed_by is None or space.available_from <= demand.needed_by)
    )


def match_build(space: Any, demand: Demand) -> Match:
    """Return the match of a fitting space with the demand and every criterion, met or missed."""
    criteria = [
        Criterion(_("kind of space"), True),
        Criterion(_("floor area"), True),
        Criterion(_("available in time"), True),
    ]
    if demand.sub_area:
        criteria.append(Criterion(_("preferred sub-area"), space.building.sub_area == demand.sub_area))
    if demand.lab_safety_class:
        criteria.append(Criterion(_("lab safety class"), space.lab_safety_class == demand.lab_safety_class))
    return Match(space=space, demand=demand, criteria=criteria)


def matches_rank(matches: list[Match]) -> list[Match]:
    """Return the matches best first."""
    return sorted(matches, key=lambda match: match.score)
