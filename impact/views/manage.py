"""The editors' pages: enter, import and review indicator values and subsidies. Never cached."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from kennispark.roles import EDITOR, role_required

from .. import selectors
from ..forms import ImportForm, ReturnForm, ReviseForm, SubsidyForm, ValueChangeForm, ValueForm
from ..importers import ImportRefused, subsidies_import, values_import
from ..models import IndicatorValue, ReviewStatus, Subsidy
from ..services import subsidies as subsidy_services
from ..services import values as value_services


def _errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, problems in error.error_dict.items():
            form.add_error(field if field in form.fields else None, problems)
    else:
        form.add_error(None, error.messages)


@role_required(EDITOR)
@require_http_methods(["GET", "POST"])
def manage(request):
    """Show the values and subsidies waiting for review, and the forms to enter and import figures."""
    value_form = ValueForm(request.POST or None, prefix="value")
    if request.method == "POST" and value_form.is_valid():
        data = value_form.cleaned_data
        try:
            created = value_services.value_create(
                indicator=data["indicator"],
                year=data["year"],
                quarter=data["quarter"],
                category=data["category"],
                value=data["value"],
                source_note=data["source_note"],
                entered_by=request.user,
            )
        except ValidationError as error:
            _errors(value_form, error)
        else:
            messages.success(request, _("The value was saved as a draft."))
            return redirect("impact:value", pk=created.pk)
    context = {
        "value_form": value_form,
        "import_form": ImportForm(prefix="import"),
        "queue": selectors.review_queue(),
        "subsidies": selectors.subsidies_list().exclude(status=ReviewStatus.APPROVED),
        "indicators": selectors.entered_indicators(),
    }
    return render(request, "impact/manage.html", context)


@role_required(EDITOR)
@require_POST
def import_file(request):
    """Import values or subsidies from a file: all lines or none, errors named by line."""
    form = ImportForm(request.POST, request.FILES, prefix="import")
    errors = []
    if form.is_valid():
        importer = values_import if form.cleaned_data["kind"] == "values" else subsidies_import
        try:
            created = importer(content=form.cleaned_data["file"].read(), by=request.user)
        except ImportRefused as refused:
            errors = refused.errors
        else:
            messages.success(
                request,
                _("%(count)s lines imported; they wait for another editor's approval.") % {"count": len(created)},
            )
            return redirect("impact:manage")
    context = {
        "value_form": ValueForm(prefix="value"),
        "import_form": form,
        "import_errors": errors,
        "queue": selectors.review_queue(),
        "subsidies": selectors.subsidies_list().exclude(status=ReviewStatus.APPROVED),
        "indicators": selectors.entered_indicators(),
    }
    return render(request, "impact/manage.html", context, status=400)


@role_required(EDITOR)
@require_http_methods(["GET", "POST"])
def value(request, pk: int):
    """Show a value with its revisions and history; change, submit, approve, return or revise it."""
    found = get_object_or_404(
        IndicatorValue.objects.select_related("indicator", "version", "entered_by", "reviewed_by"),
        pk=pk,
        is_computed=False,
    )
    action = request.POST.get("action", "")
    change_form = ValueChangeForm(
        request.POST if action == "change" else None, initial={"value": found.value, "source_note": found.source_note}
    )
    return_form = ReturnForm(request.POST if action == "return" else None)
    revise_form = ReviseForm(request.POST if action == "revise" else None)
    if request.method == "POST":
        try:
            if action == "change" and change_form.is_valid():
                value_services.value_update(
                    value=found,
                    amount=change_form.cleaned_data["value"],
                    source_note=change_form.cleaned_data["source_note"],
                    by=request.user,
                )
            elif action == "submit":
                value_services.value_submit(value=found, by=request.user)
            elif action == "approve":
                value_services.value_approve(value=found, by=request.user)
            elif action == "return" and return_form.is_valid():
                value_services.value_return(value=found, by=request.user, reason=return_form.cleaned_data["reason"])
            elif action == "revise" and revise_form.is_valid():
                found = value_services.value_revise(
                    value=found,
                    amount=revise_form.cleaned_data["value"],
                    reason=revise_form.cleaned_data["reason"],
                    by=request.user,
                )
            elif action == "delete":
                value_services.value_delete(value=found, by=request.user)
                messages.success(request, _("The value was deleted."))
                return redirect("impact:manage")
            else:
                raise ValidationError(_("Check the form."))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Saved."))
            return redirect("impact:value", pk=found.pk)
    revisions = (
        IndicatorValue.objects.filter(
            indicator=found.indicator, year=found.year, quarter=found.quarter, category=found.category
        )
        .select_related("entered_by", "reviewed_by")
        .order_by("-revision")
    )
    context = {
        "value": found,
        "revisions": revisions,
        "history": found.history.select_related("history_user").order_by("-history_date")[:50],
        "change_form": change_form,
        "return_form": return_form,
        "revise_form": revise_form,
        "is_own": found.entered_by_id == request.user.pk,
    }
    return render(request, "impact/value.html", context)


@role_required(EDITOR)
@require_http_methods(["GET", "POST"])
def subsidy(request, pk: int | None = None):
    """Enter or change a subsidy, or review one another editor entered."""
    found = get_object_or_404(Subsidy, pk=pk) if pk else Subsidy()
    action = request.POST.get("action", "save")
    form = SubsidyForm(
        request.POST if action in ("save", "submit") and request.method == "POST" else None, instance=found
    )
    return_form = ReturnForm(request.POST if action == "return" else None)
    if request.method == "POST":
        try:
            if action in ("save", "submit") and form.is_valid():
                found = subsidy_services.subsidy_save(subsidy=form.instance, by=request.user, submit=action == "submit")
            elif action == "approve":
                subsidy_services.subsidy_review(subsidy=found, by=request.user, approve=True)
            elif action == "return" and return_form.is_valid():
                subsidy_services.subsidy_review(
                    subsidy=found, by=request.user, approve=False, reason=return_form.cleaned_data["reason"]
                )
            else:
                raise ValidationError(_("Check the form."))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Saved."))
            return redirect("impact:subsidy", pk=found.pk)
    context = {
        "subsidy": found if found.pk else None,
        "form": form,
        "return_form": return_form,
        "is_own": found.entered_by_id == request.user.pk,
        "per_year": sorted(found.amount_per_year().items()) if found.pk else [],
    }
    return render(request, "impact/subsidy.html", context)
