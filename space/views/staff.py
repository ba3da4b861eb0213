"""The editors' review of offers and the acquisition team's demand overview, matches and housing report."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from crm.models import Lead
from kennispark.errors import form_add_errors
from kennispark.invitation_forms import RoleInvitationForm
from kennispark.invitations import invitation_create, invitations_sent
from kennispark.roles import ACQUISITION, EDITOR, role_required
from kennispark.tabular import table_download

from .. import facility_services, selectors, services
from ..apps import PROPERTY_OWNER_INVITATION
from ..forms import MatchDecisionForm, ReviewForm
from ..models import Facility, ReviewStatus, Space
from ..reports import housing_report

STAFF = (ACQUISITION, EDITOR)
REPORT_TABLES = ("offer", "quarters", "years")


@role_required(EDITOR)
@require_safe
def review_queue(request):
    """List the spaces and facilities that wait for an editor."""
    context = {"spaces": selectors.space_review_queue(), "facilities": selectors.facility_review_queue()}
    return render(request, "space/review_queue.html", context)


@role_required(EDITOR)
@require_http_methods(["GET", "POST"])
def space_review(request, pk: int):
    """Approve a space for the public list or send it back to its owner."""
    space = get_object_or_404(Space.objects.select_related("building__owner"), pk=pk)
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.space_review(space=space, approve=form.cleaned_data["approve"], note=form.cleaned_data["note"])
        except ValidationError as error:
            form_add_errors(form, error, aliases={"review_note": "note"})
        else:
            messages.success(request, _("Your review of %(space)s has been saved.") % {"space": space})
            return redirect("space:review_queue")
    context = {"space": space, "form": form}
    return render(request, "space/space_review.html", context, status=400 if form.errors else 200)


@role_required(EDITOR)
@require_POST
def facility_review(request, pk: int):
    """Approve a facility for the catalogue or reject it."""
    facility = get_object_or_404(Facility, pk=pk, review_status=ReviewStatus.PENDING)
    facility_services.facility_review(facility=facility, approve=request.POST.get("approve") == "1")
    messages.success(request, _("Your review of %(facility)s has been saved.") % {"facility": facility})
    return redirect("space:review_queue")


@role_required(*STAFF)
@require_safe
def demand_overview(request):
    """List every open housing question and lead need with how many spaces fit it."""
    rows = [
        {"demand": demand, "matches": selectors.matches_for_demand(demand=demand)}
        for demand in selectors.open_demands()
    ]
    return render(request, "space/demand.html", {"rows": rows})


def _matches_page(request, demands, title, back_url=""):
    rows = [{"demand": demand, "matches": selectors.matches_for_demand(demand=demand)} for demand in demands]
    context = {"rows": rows, "title": title, "back_url": back_url, "decision_form": MatchDecisionForm()}
    return render(request, "space/matches.html", context)


@role_required(*STAFF)
@require_safe
def question_matches(request, pk: int):
    """List the spaces that fit a company's housing question."""
    demand = selectors.demand_of_question(pk=pk)
    return _matches_page(request, [demand], demand.label)


@role_required(*STAFF)
@require_safe
def lead_matches(request, pk: int):
    """List the spaces that fit each housing need of a lead."""
    lead = get_object_or_404(Lead, pk=pk)
    return _matches_page(request, selectors.needs_of_lead(lead_id=lead.pk), lead.name, lead.get_absolute_url())


@role_required(*STAFF)
@require_safe
def space_demands(request, pk: int):
    """List the open questions and leads' needs that a space could serve."""
    space = get_object_or_404(Space.objects.select_related("building"), pk=pk)
    return render(
        request, "space/space_demands.html", {"space": space, "matches": selectors.demands_for_space(space=space)}
    )


@role_required(*STAFF)
@require_POST
def match_decide(request):
    """Mark a match as introduced, not suitable (with reason) or let."""
    space_id, question, need = (request.POST.get(name, "") for name in ("space", "question", "need"))
    if not space_id.isdigit():
        raise Http404
    space = get_object_or_404(Space, pk=int(space_id))
    if question.isdigit():
        demand = selectors.demand_of_question(pk=int(question))
    elif need.isdigit():
        demand = selectors.demand_of_need(pk=int(need))
    else:
        raise Http404
    form = MatchDecisionForm(request.POST)
    if form.is_valid():
        try:
            services.match_decide(space=space, demand=demand, user=request.user, **form.cleaned_data)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The match has been marked."))
    else:
        messages.error(request, " ".join(message for errors in form.errors.values() for message in errors))
    next_url = request.POST.get("next", "")
    return redirect(next_url if next_url.startswith("/") and not next_url.startswith("//") else "space:demand")


@role_required(*STAFF)
@require_safe
def report(request):
    """Show the housing report: demand against offer per kind, size band, sub-area and quarter; past years."""
    return render(request, "space/report.html", {"report": housing_report()})


def report_table(report: dict, table: str) -> tuple[list[str], list[list]]:
    """Return the header and rows of one of the report's tables for an export."""
    amounts = [_("questions and needs"), _("m² asked"), _("spaces on offer"), _("m² on offer")]
    keys = ["demand_count", "demand_m2", "offer_count", "offer_m2"]
    if table == "offer":
        header = [_("kind of space"), _("size band"), _("sub-area"), *amounts]
        rows = [[str(r["kind"]), r["band"], str(r["sub_area"]), *(r[k] for k in keys)] for r in report["rows"]]
    elif table == "quarters":
        header = [_("quarter"), _("kind of space"), *amounts]
        rows = [[r["quarter"], str(r["kind"]), *(r[k] for k in keys)] for r in report["quarters"]]
    else:
        header = [_("year"), _("questions solved on the park"), _("companies that left the park")]
        rows = [[r["year"], r["solved"], r["left"]] for r in report["years"]]
    return header, rows


@role_required(*STAFF)
@require_safe
def report_export(request, table: str):
    """Download one table of the housing report as XLSX."""
    if table not in REPORT_TABLES:
        raise Http404
    header, rows = report_table(housing_report(), table)
    return table_download(
        header=header, rows=rows, file_format="xlsx", filename=f"huisvestingsrapport-{table}", title=_("Housing report")
    )


@role_required(EDITOR)
@require_http_methods(["GET", "POST"])
def owner_invite(request):
    """Invite a property owner (or their broker) by e-mail, and list the invitations sent."""
    form = RoleInvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        invitation_create(
            kind=PROPERTY_OWNER_INVITATION,
            target_id=None,
            email=form.cleaned_data["email"],
            invited_by=request.user,
            language=get_language(),
        )
        messages.success(request, _("The invitation has been sent."))
        return redirect("space:owner_invite")
    context = {"form": form, "invitations": invitations_sent(kind=PROPERTY_OWNER_INVITATION), "now": timezone.now()}
    return render(request, "space/owner_invite.html", context, status=400 if form.errors else 200)
