"""Internal pages of the programme board: the board, a project, edits, updates, the editors' inbox and invitations."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kennispark.errors import form_add_errors
from kennispark.invitation_forms import RoleInvitationForm
from kennispark.invitations import invitation_create, invitations_sent
from kennispark.roles import EDITOR, role_required, user_is_editor

from . import selectors, services
from .forms import BoardFilterForm, LeadProjectForm, MilestoneForm, ProgressUpdateForm, ProjectForm
from .hooks import project_sections
from .invitations import PROJECT_LEAD_INVITATION
from .models import Milestone, ProgressUpdate
from .quarters import Quarter, year_quarters

BOARD_ROLES = selectors.BOARD_ROLES


def board_filters(request: HttpRequest) -> tuple[BoardFilterForm, selectors.BoardFilters | None]:
    """Return the board's filter form and the filters it stands for (None when there is no year plan)."""
    year_plan = selectors.year_plan_current()
    form = BoardFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    year_plan = data.get("year") or year_plan
    if year_plan is None:
        return form, None
    organisation = data.get("organisation")
    filters = selectors.BoardFilters(
        year_plan=year_plan,
        group_by=data.get("group") or "theme",
        theme=data.get("theme"),
        line=data.get("line"),
        organisation_id=organisation.pk if organisation else None,
        status=data.get("status") or "",
    )
    return form, filters


@role_required(*BOARD_ROLES)
@require_GET
def board(request: HttpRequest) -> HttpResponse:
    """Show the board: the year plan's projects as bars over its quarters, grouped and filtered."""
    form, filters = board_filters(request)
    context: dict[str, object] = {
        "form": form,
        "filters": filters,
        "query": request.GET.urlencode(),
        "is_editor": user_is_editor(request.user),
    }
    if filters is not None:
        projects = selectors.board_projects(filters=filters)
        quarters = year_quarters(filters.year_plan.year)
        context |= {
            "groups": selectors.board_groups(projects=projects, group_by=filters.group_by),
            "quarters": quarters,
            "current_quarter": Quarter.of(timezone.localdate()),
            "project_count": len(projects),
        }
    return render(request, "programme/board.html", context)


@role_required(*BOARD_ROLES)
@require_GET
def project_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Show a project: description, leads, planning, milestones, the update timeline and linked targets."""
    project = selectors.project_visible(pk=pk)
    context = {
        "project": project,
        "timeline": selectors.project_timeline(project=project),
        "can_edit": selectors.project_editable_by(user=request.user, project=project),
        "is_editor": user_is_editor(request.user),
        "sections": project_sections(project),
        "changes": selectors.project_changes(project=project) if user_is_editor(request.user) else [],
    }
    return render(request, "programme/project_detail.html", context)


@role_required(*BOARD_ROLES)
@require_http_methods(["GET", "POST"])
def project_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Let an editor edit every attribute of a project, and its lead its description."""
    project = selectors.project_for_lead(user=request.user, pk=pk)
    is_editor = user_is_editor(request.user)
    form_class = ProjectForm if is_editor else LeadProjectForm
    form = form_class(request.POST or None, instance=project)
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in form.Meta.fields}
        try:
            services.project_update(
                project=project,
                user=request.user,  # type: ignore[arg-type]
                data=data,
                targets=form.cleaned_data.get("targets") if is_editor else None,
                leads=form.cleaned_data.get("leads") if is_editor else None,
            )
        except ValidationError as error:
            form_add_errors(form, error)
        else:
            messages.success(request, _("The project has been saved."))
            return redirect(project)
    context = {"project": project, "form": form, "milestones": project.milestones.all()}
    return render(request, "programme/project_form.html", context, status=400 if form.errors else 200)


@role_required(*BOARD_ROLES)
@require_http_methods(["GET", "POST"])
def milestone_edit(request: HttpRequest, pk: int, milestone_pk: int | None = None) -> HttpResponse:
    """Add a milestone to a project the user leads (or edits), or change one of its milestones."""
    project = selectors.project_for_lead(user=request.user, pk=pk)
    milestone = get_object_or_404(Milestone, pk=milestone_pk, project=project) if milestone_pk else None
    form = MilestoneForm(request.POST or None, instance=milestone)
    if request.method == "POST" and form.is_valid():
        try:
            services.milestone_save(project=project, user=request.user, milestone=milestone, **form.cleaned_data)  # type: ignore[arg-type]
        except ValidationError as error:
            form_add_errors(form, error)
        else:
            messages.success(request, _("The milestone has been saved."))
            return redirect("programme:project_edit", pk=project.pk)
    context = {"project": project, "form": form, "milestone": milestone}
    return render(request, "programme/milestone_form.html", context, status=400 if form.errors else 200)


@role_required(*BOARD_ROLES)
@require_POST
def milestone_delete(request: HttpRequest, pk: int, milestone_pk: int) -> HttpResponse:
    """Remove a milestone no update ticked off."""
    project = selectors.project_for_lead(user=request.user, pk=pk)
    milestone = get_object_or_404(Milestone, pk=milestone_pk, project=project)
    try:
        services.milestone_delete(milestone=milestone, user=request.user)  # type: ignore[arg-type]
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("The milestone has been removed."))
    return redirect("programme:project_edit", pk=project.pk)


@role_required(*BOARD_ROLES)
@require_http_methods(["GET", "POST"])
def update_create(request: HttpRequest, pk: int) -> HttpResponse:
    """Let a lead write the quarter's progress update, or a correction of an earlier one."""
    project = selectors.project_for_lead(user=request.user, pk=pk)
    corrects = None
    if request.GET.get("corrects", "").isdigit():
        corrects = get_object_or_404(ProgressUpdate, pk=int(request.GET["corrects"]), project=project)
    initial = {}
    if corrects is not None:
        initial = {name: getattr(corrects, name) for name in ("quarter", "status", "percent_done", "summary",
                                                               "next_steps", "risks", "reason", "path_to_green",
                                                               "path_to_green_by", "public_summary")}  # fmt: skip
    form = ProgressUpdateForm(request.POST or None, project=project, correcting=corrects is not None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.progress_update_submit(
                project=project,
                author=request.user,  # type: ignore[arg-type]
                corrects=corrects,
                **form.cleaned_data,
            )
        except ValidationError as error:
            form_add_errors(form, error)
        else:
            messages.success(request, _("Thank you: the update has been submitted."))
            return redirect(project)
    context = {"project": project, "form": form, "corrects": corrects}
    return render(request, "programme/update_form.html", context, status=400 if form.errors else 200)


@role_required(EDITOR)
@require_POST
def update_acknowledge(request: HttpRequest, pk: int) -> HttpResponse:
    """Record that an editor (not the update's author) has read an update."""
    update = get_object_or_404(ProgressUpdate, pk=pk)
    try:
        services.progress_update_acknowledge(update=update, user=request.user)  # type: ignore[arg-type]
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("The update has been acknowledged."))
    if request.POST.get("next") == "inbox":
        return redirect("programme:inbox")
    return redirect(update.project)


@role_required(EDITOR)
@require_GET
def inbox(request: HttpRequest) -> HttpResponse:
    """Show the editors what waits: updates to acknowledge, updates due or overdue, incomplete projects."""
    context = {
        "to_acknowledge": selectors.updates_awaiting_acknowledgement(),
        "due": selectors.updates_due(),
        "without_milestones": selectors.projects_without_milestones(),
        "without_targets": selectors.projects_without_targets(),
    }
    return render(request, "programme/inbox.html", context)


@role_required(EDITOR)
@require_http_methods(["GET", "POST"])
def invite_lead(request: HttpRequest, pk: int) -> HttpResponse:
    """Let an editor invite a project lead by e-mail."""
    project = selectors.project_visible(pk=pk)
    form = RoleInvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        invitation_create(
            kind=PROJECT_LEAD_INVITATION,
            target_id=project.pk,
            email=form.cleaned_data["email"],
            invited_by=request.user,  # type: ignore[arg-type]
            language=get_language(),
        )
        messages.success(request, _("The invitation has been sent."))
        return redirect(project)
    context = {
        "project": project,
        "form": form,
        "invitations": invitations_sent(kind=PROJECT_LEAD_INVITATION, target_id=project.pk)[:20],
        "now": timezone.now(),
    }
    return render(request, "programme/invite.html", context, status=400 if form.errors else 200)
