"""Lead list, export, create, edit, detail, win and merge."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.views import View

from kennispark import content_versions
from kennispark.errors import form_add_errors
from kennispark.roles import ACQUISITION, RoleRequiredMixin
from kennispark.versioned import versioned_value

from .. import selectors
from ..exports import LEAD_EXPORT_FORMATS, leads_export_response
from ..filters import LeadFilter
from ..forms import ActivityForm, ContactForm, FollowUpForm, HousingNeedForm, LeadForm, MergeForm, StageForm, WinForm
from ..models import Lead, LeadStage
from ..services.conversion import lead_convert
from ..services.leads import lead_create, lead_update
from ..services.merge import lead_merge

PAGE_SIZE = 50


class LeadListView(RoleRequiredMixin, View):
    required_roles = (ACQUISITION,)

    def get(self, request):
        params = request.GET.copy()
        content = versioned_value(
            name="crm-lead-list",
            # The filter lists the key positions, which the register's editors keep.
            areas=[content_versions.CRM, content_versions.ESTABLISHMENTS],
            parts=tuple(sorted((key, tuple(values)) for key, values in params.lists())),
            build=lambda: _lead_list_render(params),
        )
        return render(request, "crm/lead_list.html", {"content": content})


def _lead_list_render(params) -> SafeString:
    """Render the lead list's filters, count, rows and pages for the query (nothing of the user's session)."""
    lead_filter = LeadFilter(params, queryset=selectors.lead_list())
    page = Paginator(lead_filter.qs, PAGE_SIZE).get_page(params.get("page"))
    query = params.copy()
    query.pop("page", None)
    context = {"filter": lead_filter, "page": page, "query": query.urlencode(), "formats": LEAD_EXPORT_FORMATS}
    return mark_safe(render_to_string("crm/_lead_list.html", context))  # noqa: S308 - our own autoescaping template


class LeadExportView(RoleRequiredMixin, View):
    required_roles = (ACQUISITION,)

    def get(self, request, fmt):
        lead_filter = LeadFilter(request.GET, queryset=selectors.lead_list())
        return leads_export_response(leads=lead_filter.qs, fmt=fmt)


def _lead_fields(form) -> dict:
    data = {name: value for name, value in form.cleaned_data.items() if name != "confirm_duplicate"}
    data["key_positions"] = list(data.pop("key_positions", []))
    return data


class LeadCreateView(RoleRequiredMixin, View):
    required_roles = (ACQUISITION,)

    def get(self, request):
        form = LeadForm(initial={"owner": request.user.pk})
        return render(request, "crm/lead_form.html", {"form": form, "housing_form": HousingNeedForm(prefix="housing")})

    def post(self, request):
        form = LeadForm(request.POST)
        housing_form = HousingNeedForm(request.POST, prefix="housing", use_required_attribute=False)
        wants_housing = bool(request.POST.get("housing-kind") or request.POST.get("housing-floor_area_m2"))
        housing_ok = housing_form.is_valid() if wants_housing else True
        if not (form.is_valid() and housing_ok):
            context = {"form": form, "housing_form": housing_form}
            return render(request, "crm/lead_form.html", context, status=400)
        needs = [housing_form.cleaned_data] if wants_housing else []
        try:
            lead = lead_create(created_by=request.user, housing_needs=needs, **_lead_fields(form))
        except ValidationError as error:
            form_add_errors(form, error)
            return render(request, "crm/lead_form.html", {"form": form, "housing_form": housing_form}, status=400)
        messages.success(request, _("Lead %(name)s created.") % {"name": lead.name})
        return redirect(lead)


class LeadUpdateView(RoleRequiredMixin, View):
    required_roles = (ACQUISITION,)

    def get(self, request, pk):
        lead = get_object_or_404(Lead, pk=pk)
        return render(request, "crm/lead_form.html", {"form": LeadForm(instance=lead), "lead": lead})

    def post(self, request, pk):
        lead = get_object_or_404(Lead, pk=pk)
        form = LeadForm(request.POST, instance=lead)
        if not form.is_valid():
            return render(request, "crm/lead_form.html", {"form": form, "lead": lead}, status=400)
        try:
            lead_update(lead=lead, **_lead_fields(form))
        except ValidationError as error:
            form_add_errors(form, error)
            return render(request, "crm/lead_form.html", {"form": form, "lead": lead}, status=400)
        messages.success(request, _("Lead saved."))
        return redirect(lead)


class LeadDetailView(RoleRequiredMixin, View):
    required_roles = (ACQUISITION,)

    def get(self, request, pk):
        try:
            lead = selectors.lead_detail(pk=pk)
        except Lead.DoesNotExist:
            lead = get_object_or_404(Lead, pk=pk)
        context = {
            "lead": lead,
            "timeline": selectors.lead_timeline(lead=lead),
            "follow_ups": selectors.lead_follow_ups(lead=lead),
            "activity_form": ActivityForm(),
            "contact_form": ContactForm(),
            "housing_form": HousingNeedForm(),
            "follow_up_form": FollowUpForm(),
            "stage_form": StageForm(initial={"stage": lead.stage}),
            "stage_choices": LeadStage.choices,
        }
        return render(request, "crm/lead_detail.html", context)


class LeadWinView(RoleRequiredMixin, View):
    required_roles = (ACQUISITION,)

    def get(self, request, pk):
        lead = get_object_or_404(Lead, pk=pk)
        form = WinForm(initial={"kvk_number": lead.kvk_number})
        return render(request, "crm/lead_win.html", {"lead": lead, "form": form})

    def post(self, request, pk):
        lead = get_object_or_404(Lead, pk=pk)
        form = WinForm(request.POST)
        if form.is_valid():
            try:
                establishment = lead_convert(lead=lead, converted_by=request.user, **form.cleaned_data)
            except ValidationError as error:
                form_add_errors(form, error)
            else:
                messages.success(
                    request, _("%(name)s has settled and is in the register.") % {"name": establishment.trade_name}
                )
                return redirect(lead)
        return render(request, "crm/lead_win.html", {"lead": lead, "form": form}, status=400)


class LeadMergeView(RoleRequiredMixin, View):
    required_roles = (ACQUISITION,)

    def get(self, request, pk):
        lead = get_object_or_404(Lead, pk=pk)
        form = MergeForm(lead=lead, initial={"duplicate": request.GET.get("duplicate")})
        return render(request, "crm/lead_merge.html", {"lead": lead, "form": form})

    def post(self, request, pk):
        lead = get_object_or_404(Lead, pk=pk)
        form = MergeForm(request.POST, lead=lead)
        if not form.is_valid():
            return render(request, "crm/lead_merge.html", {"lead": lead, "form": form}, status=400)
        lead_merge(target=lead, duplicate=form.cleaned_data["duplicate"], merged_by=request.user)
        messages.success(request, _("The leads were merged."))
        return redirect(lead)
