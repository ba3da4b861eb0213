"""Import, settings (stage probabilities and lost reasons) for acquisition staff."""

from django.contrib import messages
from django.forms import modelformset_factory
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views import View

from .. import selectors
from ..access import AcquisitionRequiredMixin
from ..forms import ImportForm, LostReasonForm
from ..models import LostReason
from ..services.imports import COLUMNS, ImportFailed, lead_import, read_rows, validate_rows
from ..services.pipeline import stage_probability_set

LostReasonFormSet = modelformset_factory(LostReason, form=LostReasonForm, extra=1, can_delete=False)


class ImportView(AcquisitionRequiredMixin, View):
    def get(self, request):
        return render(request, "crm/import.html", {"form": ImportForm(), "columns": COLUMNS})

    def post(self, request):
        form = ImportForm(request.POST, request.FILES)
        context = {"form": form, "columns": COLUMNS}
        if not form.is_valid():
            return render(request, "crm/import.html", context, status=400)
        upload = form.cleaned_data["file"]
        try:
            rows = validate_rows(read_rows(content=upload.read(), filename=upload.name))
        except ImportFailed as failure:
            context["errors"] = failure.errors
            return render(request, "crm/import.html", context, status=400)
        except (ValueError, UnicodeDecodeError, KeyError, OSError):
            form.add_error("file", _("The file could not be read. Save it as UTF-8 CSV or as XLSX."))
            return render(request, "crm/import.html", context, status=400)
        count = lead_import(rows=rows, imported_by=request.user)
        messages.success(request, _("%(count)s leads imported.") % {"count": count})
        return redirect("crm:lead_list")


class SettingsView(AcquisitionRequiredMixin, View):
    def get(self, request):
        return self._render(LostReasonFormSet(prefix="reasons"), {})

    def post(self, request):
        errors = {}
        stages = selectors.stage_settings()
        probabilities = {}
        for stage in stages:
            raw = request.POST.get(f"stage-{stage.code}", "")
            if not raw.isdigit() or int(raw) > 100:
                errors[stage.code] = _("Enter a whole percentage from 0 to 100.")
            else:
                probabilities[stage.code] = int(raw)
        formset = LostReasonFormSet(request.POST, prefix="reasons")
        if errors or not formset.is_valid():
            return self._render(formset, errors, submitted=request.POST, status=400)
        for code, probability in probabilities.items():
            stage_probability_set(code=code, probability=probability)
        formset.save()
        messages.success(request, _("Settings saved."))
        return redirect("crm:settings")

    def _render(self, formset, errors, submitted=None, status=200):
        stages = [
            {"stage": stage, "value": (submitted or {}).get(f"stage-{stage.code}", stage.probability),
             "error": errors.get(stage.code)}
            for stage in selectors.stage_settings()
        ]  # fmt: skip
        return render(self.request, "crm/settings.html", {"stages": stages, "formset": formset}, status=status)
