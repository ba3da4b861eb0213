"""Import, settings (stage probabilities and lost reasons) for acquisition staff."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.forms import modelformset_factory
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views import View

from kennispark.errors import form_add_errors
from kennispark.roles import ACQUISITION, RoleRequiredMixin

from .. import selectors
from ..forms import ImportForm, LostReasonForm, StageProbabilitiesForm
from ..models import LostReason
from ..services.imports import COLUMNS, ImportFailed, lead_import, read_rows, validate_rows
from ..services.pipeline import pipeline_settings_save

LostReasonFormSet = modelformset_factory(LostReason, form=LostReasonForm, extra=1, can_delete=False)


class ImportView(RoleRequiredMixin, View):
    required_roles = (ACQUISITION,)

    def get(self, request):
        return render(request, "crm/import.html", {"form": ImportForm(), "columns": COLUMNS})

    def post(self, request):
        form = ImportForm(request.POST, request.FILES)
        context = {"form": form, "columns": COLUMNS}
        if not form.is_valid():
            return render(request, "crm/import.html", context, status=400)
        upload = form.cleaned_data["file"]
        try:
            rows = validate_rows(read_rows(content=upload.read()))
        except ImportFailed as failure:
            context["errors"] = failure.errors
            return render(request, "crm/import.html", context, status=400)
        count = lead_import(rows=rows, imported_by=request.user)
        messages.success(request, _("%(count)s leads imported.") % {"count": count})
        return redirect("crm:lead_list")


class SettingsView(RoleRequiredMixin, View):
    required_roles = (ACQUISITION,)

    def get(self, request):
        return self._render(StageProbabilitiesForm(), LostReasonFormSet(prefix="reasons"))

    def post(self, request):
        form = StageProbabilitiesForm(request.POST)
        formset = LostReasonFormSet(request.POST, prefix="reasons")
        if all([form.is_valid(), formset.is_valid()]):  # both, so both show their errors
            try:
                pipeline_settings_save(probabilities=form.probabilities(), lost_reasons=formset.save(commit=False))
            except ValidationError as error:
                form_add_errors(form, error)
            else:
                messages.success(request, _("Settings saved."))
                return redirect("crm:settings")
        return self._render(form, formset, status=400)

    def _render(self, form, formset, status=200):
        stages = [
            {"stage": stage, "value": form[f"stage-{stage.code}"].value() if form.is_bound else stage.probability,
             "error": next(iter(form.errors.get(f"stage-{stage.code}", [])), None)}
            for stage in selectors.stage_settings()
        ]  # fmt: skip
        context = {"stages": stages, "formset": formset, "errors": form.non_field_errors()}
        return render(self.request, "crm/settings.html", context, status=status)
