"""Pages of the monitor; each reads the published snapshot and never computes in the request."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from kennispark import content_versions
from kennispark.response_cache import cache_public
from kennispark.roles import EDITOR, role_required, user_is_editor

from . import dashboard, selectors
from .charts import Series, line_chart
from .downloads import DOWNLOAD_FORMATS, table_response
from .forms import ReferenceImportForm, YearChoiceForm
from .reference_totals import reference_totals_import
from .report import default_year_choice, published_report, report_table
from .selectors import published_snapshot


def _year_form(request, years: list[int]) -> YearChoiceForm:
    """Return the year-choice form bound to the URL's choice, missing from/to years filled with the defaults."""
    default = default_year_choice(years)
    if not request.GET:
        return YearChoiceForm(available_years=years, default=default)
    data = request.GET.copy()
    data.setdefault("from_year", str(default.from_year))
    data.setdefault("to_year", str(default.to_year))
    return YearChoiceForm(data, available_years=years, default=default)


def _editor_notice(request, snapshot) -> list:
    if not user_is_editor(request.user):
        return []
    return selectors.failed_runs_since_published(snapshot)


@require_GET
@cache_public(content_versions.MONITOR)
def key_figures(request):
    """Show the headline figures, charts and report tables of the published snapshot for the chosen years."""
    snapshot = published_snapshot()
    context = {"snapshot": snapshot, "failed_runs": _editor_notice(request, snapshot)}
    if snapshot is None or not snapshot.years:
        return render(request, "monitoring/key_figures.html", context)
    form = _year_form(request, snapshot.years)
    choice = form.year_choice()
    if form.is_bound:
        # Tick the years actually shown (the from-, to- and previous year are always among them).
        form.data = form.data.copy()
        form.data.setlist("years", [str(year) for year in choice.years])
    report = published_report(snapshot, choice)
    query = request.GET.urlencode() if form.is_bound and form.is_valid() else ""
    context.update(report, form=form, choice=choice, query=query)
    return render(request, "monitoring/key_figures.html", context)


@require_GET
def download(request, table: str, file_format: str):
    """Download one report table as CSV (Dutch Excel), XLSX or tidy CSV for the same choice of years as the page."""
    snapshot = published_snapshot()
    if file_format not in DOWNLOAD_FORMATS or snapshot is None or not snapshot.years:
        raise Http404
    choice = _year_form(request, snapshot.years).year_choice()
    found = report_table(snapshot, table, choice)
    if found is None:
        raise Http404
    return table_response(found, file_format)


@require_GET
@cache_public(content_versions.MONITOR, content_versions.ESTABLISHMENTS)
def definitions(request):
    """Explain the monitor's definitions and sources."""
    snapshot = published_snapshot()
    return render(
        request,
        "monitoring/definitions.html",
        {"snapshot": snapshot, "sectors": selectors.sectors_with_divisions()},
    )


@require_GET
@cache_public(content_versions.MONITOR, content_versions.EVENTS)
def targets_dashboard(request):
    """Show every 2035 target with its current value, required trajectory and status, and the community figures."""
    snapshot = published_snapshot()
    rows = list(selectors.snapshot_figures(snapshot)) if snapshot else []
    statuses = dashboard.indicator_statuses(snapshot, rows, selectors.targets())
    community = dashboard.community_rows()
    community_chart = None
    if community:
        community_chart = line_chart(
            slug="community",
            title=_("Community events and attendees per year"),
            description=_("Events held on the park and the number of confirmed attendees per year."),
            unit="count",
            series=[
                Series(_("Events held"), [(row["year"], row["events_held"]) for row in community]),
                Series(_("Attendees"), [(row["year"], row["attendees"]) for row in community]),
            ],
        )
    context = {
        "snapshot": snapshot,
        "statuses": statuses,
        "community": community,
        "community_chart": community_chart,
        "failed_runs": _editor_notice(request, snapshot),
    }
    return render(request, "monitoring/dashboard.html", context)


@role_required(EDITOR)
@require_http_methods(["GET", "POST"])
def reference_import(request):
    """Let an editor import the reference totals of Enschede and Twente; all lines or none."""
    form = ReferenceImportForm(request.POST or None, request.FILES or None)
    errors = []
    if request.method == "POST" and form.is_valid():
        result = reference_totals_import(content=form.cleaned_data["file"].read())
        if not result.errors:
            messages.success(
                request,
                _("%(count)s reference totals imported; the monitor is being recomputed.")
                % {"count": len(result.rows)},
            )
            return redirect("monitoring:reference_import")
        errors = result.errors
    context = {"form": form, "errors": errors, "totals": selectors.reference_total_overview()}
    return render(request, "monitoring/reference_import.html", context, status=400 if form.errors or errors else 200)
