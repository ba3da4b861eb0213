"""Read access to buildings, spaces, housing questions, matches, enquiries and the facility catalogue."""

from typing import Any

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from crm.models import OPEN_STAGES, HousingNeed
from establishments.models import Establishment
from kennispark.roles import ACQUISITION, EDITOR, user_has_role

from .matching import (
    NEED_MARGIN,
    Demand,
    Match,
    demand_fitting_q,
    demand_from_need,
    demand_from_question,
    fits,
    match_build,
    matches_rank,
    spaces_fitting,
)
from .models import (
    AccessRequest,
    Building,
    BuildingPhoto,
    Enquiry,
    Facility,
    HousingQuestion,
    MatchDecision,
    ReviewStatus,
    Space,
)

PUBLIC_SPACE_RELATED = ("building",)


def space_search(*, filters: dict[str, Any]) -> QuerySet[Space]:
    """Return the public spaces that meet the search's validated filters, smallest first within a kind."""
    spaces = Space.objects.public().select_related(*PUBLIC_SPACE_RELATED)
    if filters.get("kind"):
        spaces = spaces.filter(kind__in=filters["kind"])
    if filters.get("min_m2"):
        spaces = spaces.filter(floor_area_m2__gte=filters["min_m2"])
    if filters.get("max_m2"):
        spaces = spaces.filter(Q(min_unit_m2__lte=filters["max_m2"]) | Q(floor_area_m2__lte=filters["max_m2"]))
    if filters.get("sub_area"):
        spaces = spaces.filter(building__sub_area__in=filters["sub_area"])
    if filters.get("available_by"):
        spaces = spaces.filter(available_from__lte=filters["available_by"])
    if wanted := set(filters.get("amenities") or ()):
        spaces = spaces.filter(building__in=_buildings_with(wanted))
    return spaces.order_by("kind", "floor_area_m2", "pk")


def _buildings_with(amenities: set[str]) -> list[int]:
    """Return the ids of the buildings that have every one of the amenities."""
    # JSON containment is PostgreSQL-only in Django; the park's few hundred buildings are filtered in one query here.
    return [pk for pk, present in Building.objects.values_list("pk", "amenities") if amenities <= set(present or ())]


def space_public_get(*, pk: int, user: User | AnonymousUser) -> Space:
    """Return a public space; its owner and editors also see it before approval (404 for anyone else)."""
    spaces = Space.objects.select_related("building").prefetch_related("building__photos")
    space = get_object_or_404(spaces, pk=pk)
    if Space.objects.public().filter(pk=pk).exists():
        return space
    if user.is_authenticated and (space.building.owner_id == user.pk or user_has_role(user, EDITOR)):
        return space
    raise Http404


def building_public_get(*, slug: str) -> tuple[Building, list[Space]]:
    """Return a building that has public spaces, with those spaces and its photos."""
    building = get_object_or_404(Building.objects.prefetch_related("photos"), slug=slug)
    spaces = list(
        Space.objects.public().filter(building=building).select_related("building").order_by("kind", "floor_area_m2")
    )
    return building, spaces


def buildings_of_owner(*, user: User) -> QuerySet[Building]:
    """Return the buildings a property owner manages with their spaces and photos."""
    return (
        Building.objects.filter(owner=user)
        .prefetch_related(
            Prefetch("spaces", queryset=Space.objects.order_by("name")),
            Prefetch("photos", queryset=BuildingPhoto.objects.order_by("position", "pk")),
        )
        .order_by("name")
    )


def building_of_owner(*, user: User, pk: int) -> Building:
    """Return one of the owner's buildings (404 for another's)."""
    return get_object_or_404(Building.objects.filter(owner=user), pk=pk)


def space_of_owner(*, user: User, pk: int) -> Space:
    """Return one of the owner's spaces (404 for another's)."""
    return get_object_or_404(Space.objects.owned_by(user).select_related("building"), pk=pk)


def enquiries_of_owner(*, user: User) -> QuerySet[Enquiry]:
    """Return the enquiries about the owner's spaces, newest first."""
    return Enquiry.objects.filter(space__building__owner=user).select_related("space__building")


def space_review_queue() -> QuerySet[Space]:
    """Return the spaces that wait for an editor, oldest first."""
    return Space.objects.filter(review_status=ReviewStatus.PENDING).select_related("building").order_by("created_at")


def facility_review_queue() -> QuerySet[Facility]:
    """Return the facilities that wait for an editor, oldest first."""
    return (
        Facility.objects.filter(review_status=ReviewStatus.PENDING)
        .select_related("establishment")
        .order_by("created_at")
    )


def questions_visible_to(*, user: User) -> QuerySet[HousingQuestion]:
    """Return the housing questions a user may see: staff all, a company representative their companies'."""
    questions = HousingQuestion.objects.select_related("establishment")
    if user_has_role(user, ACQUISITION, EDITOR):
        return questions
    return questions.filter(establishment__representatives=user)


def establishments_for_questions(*, user: User) -> QuerySet[Establishment]:
    """Return the active companies a representative may ask housing questions for."""
    return Establishment.objects.active().represented_by(user).order_by("trade_name")


def _open_needs() -> QuerySet[HousingNeed]:
    return HousingNeed.objects.filter(lead__stage__in=OPEN_STAGES).select_related("lead")


def open_demands() -> list[Demand]:
    """Return every open housing question and every housing need of an open lead, soonest first."""
    questions = HousingQuestion.objects.open().select_related("establishment")
    demands = [demand_from_question(question) for question in questions]
    demands += [demand_from_need(need) for need in _open_needs()]
    return sorted(demands, key=lambda demand: (demand.needed_by is None, demand.needed_by or 0, demand.label))


def demand_of_question(*, pk: int) -> Demand:
    """Return the demand of a housing question (404 if there is none)."""
    return demand_from_question(get_object_or_404(HousingQuestion.objects.select_related("establishment"), pk=pk))


def demand_of_need(*, pk: int) -> Demand:
    """Return the demand of a lead's housing need (404 if there is none)."""
    return demand_from_need(get_object_or_404(HousingNeed.objects.select_related("lead"), pk=pk))


def needs_of_lead(*, lead_id: int) -> list[Demand]:
    """Return the demands of a lead's housing needs."""
    return [demand_from_need(need) for need in HousingNeed.objects.filter(lead_id=lead_id).select_related("lead")]


def _decisions(demand: Demand) -> dict[int, MatchDecision]:
    condition = Q(question_id=demand.question_id) if demand.question_id else Q(need_id=demand.need_id)
    return {decision.space_id: decision for decision in MatchDecision.objects.filter(condition)}


def matches_for_demand(*, demand: Demand) -> list[Match]:
    """Return the public spaces that fit the demand, best first, with the criteria each meets or misses."""
    spaces = spaces_fitting(Space.objects.public().select_related("building"), demand)
    decisions = _decisions(demand)
    matches = [match_build(space, demand) for space in spaces]
    for match in matches:
        match.decision = decisions.get(match.space.pk)
    return matches_rank(matches)


def demands_for_space(*, space: Space) -> list[Match]:
    """Return the open questions and open leads' needs the space could serve, best first."""
    if not Space.objects.public().filter(pk=space.pk).exists():
        return []
    questions = HousingQuestion.objects.open().select_related("establishment")
    questions = questions.filter(demand_fitting_q(space, prefix="", low="min_m2", high="max_m2", date="needed_by"))
    demands = [demand_from_question(question) for question in questions]
    # A need's bounds are its area widened by the margin; the filter is loose, match_build decides.
    needs = _open_needs().filter(
        kind=space.kind,
        floor_area_m2__lte=space.floor_area_m2 / (1 - NEED_MARGIN),
        floor_area_m2__gte=space.smallest_unit_m2 / (1 + NEED_MARGIN),
    )
    needs = needs.filter(Q(desired_on__isnull=True) | Q(desired_on__gte=space.available_from))
    demands += [demand for demand in map(demand_from_need, needs) if fits(space, demand)]
    return matches_rank([match_build(space, demand) for demand in demands])


def facility_search(*, filters: dict[str, Any]) -> QuerySet[Facility]:
    """Return the approved facilities that meet the catalogue's validated filters."""
    facilities = Facility.objects.public().select_related("establishment").prefetch_related("key_positions")
    if filters.get("q"):
        for word in filters["q"].split()[:8]:
            facilities = facilities.filter(
                Q(name__icontains=word)
                | Q(technologies__icontains=word)
                | Q(description_nl__icontains=word)
                | Q(description_en__icontains=word)
                | Q(organisation_name__icontains=word)
                | Q(establishment__trade_name__icontains=word)
            )
    if filters.get("kind"):
        facilities = facilities.filter(kind__in=filters["kind"])
    if filters.get("key_position"):
        facilities = facilities.filter(key_positions__slug=filters["key_position"])
    if filters.get("sub_area"):
        facilities = facilities.filter(sub_area=filters["sub_area"])
    if filters.get("no_induction"):
        facilities = facilities.filter(induction_required=False)
    return facilities.order_by("name")


def facility_public_get(*, slug: str) -> Facility:
    """Return an approved facility by its slug (404 otherwise)."""
    facilities = Facility.objects.public().select_related("establishment").prefetch_related("key_positions")
    return get_object_or_404(facilities, slug=slug)


def facilities_managed_by(*, user: User) -> QuerySet[Facility]:
    """Return the facilities a user maintains: editors all, representatives their companies', with request counts."""
    facilities = Facility.objects.all() if user_has_role(user, EDITOR) else Facility.objects.managed_by(user)
    return (
        facilities.select_related("establishment")
        .annotate(pending_count=Count("requests", filter=Q(requests__status="pending")))
        .order_by("name")
    )


def access_requests_for(*, user: User, facility: Facility) -> QuerySet[AccessRequest]:
    """Return the access requests of a facility the user maintains."""
    return facility.requests.all()
