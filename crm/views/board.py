"""The kanban board and the stage form that works with and without JavaScript."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.views import View

from kennispark import content_versions
from kennispark.errors import form_add_errors
from kennispark.roles import ACQUISITION, RoleRequiredMixin
from kennispark.versioned import versioned_value

from .. import selectors
from ..forms import StageForm
from ..models import Lead, LeadStage
from ..services.pipeline import lead_stage_change


class BoardView(RoleRequiredMixin, View):
    required_roles = (ACQUISITION,)

    def get(self, request):
        mine = request.GET.get("mine") == "1"
        asked = request.GET.get("stage")
        asked = asked if asked in LeadStage.values else None
        owner = request.user if mine else None
        today = timezone.localdate()
        board = versioned_value(
            name="crm-board",
            areas=[content_versions.CRM],
            parts=(owner and owner.pk, asked, today),  # days in a stage and overdue marks follow the date
            build=lambda: _board_render(owner=owner, asked=asked, today=today, mine=mine),
        )
        return render(request, "crm/board.html", {"board": board})


def _board_render(*, owner, asked: str | None, today, mine: bool) -> SafeString:
    """Render the board's forecast, stage switcher and columns (all but the CSRF token the page adds)."""
    columns = selectors.board_columns(owner=owner)
    # A phone shows one stage at a time: the one asked for, else the first stage holding leads.
    current = asked or next((column.stage for column in columns if column.count), LeadStage.NEW)
    for column in columns:
        for lead in column.cards:
            lead.days_in_stage = (today - timezone.localdate(lead.stage_changed_at)).days
    context = {
        "columns": columns,
        "current_stage": current,
        "today": today,
        "forecast": selectors.board_forecast(columns),
        "mine": mine,
    }
    return mark_safe(render_to_string("crm/_board.html", context))  # noqa: S308 - our own autoescaping template


class LeadStageView(RoleRequiredMixin, View):
    """GET shows the stage form (for Lost with its reason); POST moves the lead. Won redirects to the win form."""

    required_roles = (ACQUISITION,)

    def get(self, request, pk):
        lead = get_object_or_404(Lead, pk=pk)
        form = StageForm(initial={"stage": request.GET.get("stage") or lead.stage})
        return render(request, "crm/lead_stage.html", {"lead": lead, "form": form})

    def post(self, request, pk):
        lead = get_object_or_404(Lead, pk=pk)
        wants_json = request.headers.get("Accept", "").startswith("application/json")
        form = StageForm(request.POST)
        stage = request.POST.get("stage")
        if stage == LeadStage.WON:
            if lead.stage == LeadStage.WON:  # nothing to move
                return self._answer(wants_json, lead.get_absolute_url(), moved=True)
            return self._answer(wants_json, reverse("crm:lead_win", kwargs={"pk": lead.pk}), moved=False)
        if stage == LeadStage.LOST and not request.POST.get("lost_reason"):
            url = f"{reverse('crm:lead_stage', kwargs={'pk': lead.pk})}?stage={LeadStage.LOST}"
            return self._answer(wants_json, url, moved=False)
        if not form.is_valid():
            if wants_json:
                return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
            return render(request, "crm/lead_stage.html", {"lead": lead, "form": form}, status=400)
        try:
            lead_stage_change(
                lead=lead,
                to_stage=form.cleaned_data["stage"],
                changed_by=request.user,
                lost_reason=form.cleaned_data["lost_reason"],
            )
        except ValidationError as error:
            form_add_errors(form, error)
            if wants_json:
                return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
            return render(request, "crm/lead_stage.html", {"lead": lead, "form": form}, status=400)
        if not wants_json:
            messages.success(
                request,
                _("%(lead)s moved to %(stage)s.")
                % {"lead": lead.name, "stage": LeadStage(form.cleaned_data["stage"]).label},
            )
        next_url = request.POST.get("next")
        target = next_url if next_url in (reverse("crm:board"), lead.get_absolute_url()) else reverse("crm:board")
        return self._answer(wants_json, target, moved=True)

    @staticmethod
    def _answer(wants_json: bool, url: str, *, moved: bool):
        if wants_json:
            return JsonResponse({"moved": moved, "redirect": None if moved else url})
        return redirect(url)
