"""The reports page and its CSV exports."""

from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.views import View

from kennispark.roles import ACQUISITION, RoleRequiredMixin

from .. import reports
from ..exports import report_csv_response
from ..forms import ReportForm


def _parameters(request) -> tuple[ReportForm, reports.Period, int]:
    form = ReportForm(request.GET or None)
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        return form, reports.Period(data["year"], data["quarter"]), data["stale_days"]
    return ReportForm(), reports.Period(timezone.localdate().year), 60


def report_tables(period: reports.Period, stale_days: int) -> dict:
    """Return every report of the page for a period."""
    return {
        "funnel": reports.funnel(period=period),
        "by_source": reports.conversion(period=period, dimension="source"),
        "by_type": reports.conversion(period=period, dimension="type"),
        "by_key_position": reports.conversion(period=period, dimension="key_position"),
        "lost_reasons": reports.lost_reasons(period=period),
        "housing": reports.housing_demand(),
        "stale": reports.stale_leads(days=stale_days),
    }


class ReportsView(RoleRequiredMixin, View):
    required_roles = (ACQUISITION,)

    def get(self, request):
        form, period, stale_days = _parameters(request)
        context = {"form": form, "period": period, "stale_days": stale_days, **report_tables(period, stale_days)}
        context["query"] = request.GET.urlencode()
        return render(request, "crm/reports.html", context)


class ReportExportView(RoleRequiredMixin, View):
    required_roles = (ACQUISITION,)

    def get(self, request, name):
        _form, period, stale_days = _parameters(request)
        if name not in ("funnel", "by_source", "by_type", "by_key_position", "lost_reasons", "housing", "stale"):
            raise Http404
        return report_csv_response(name=name, period=period, stale_days=stale_days)
