"""Downloads of the internal board: the board as XLSX (a row per project and milestone), the progress PDF."""

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from kennispark.pdf import pdf_download
from kennispark.roles import role_required
from kennispark.tabular import table_download

from . import selectors
from .models import Project
from .quarters import quarter_label, year_quarters
from .views import BOARD_ROLES, board_filters


def _header() -> list[str]:
    return [
        _("number"), _("project"), _("theme"), _("programme line"), _("lead organisation"), _("start"), _("end"),
        _("status"), _("percentage done"), _("last update"), _("milestone"), _("planned quarter"), _("done on"),
    ]  # fmt: skip


def _rows(projects: list[Project]) -> list[list[Any]]:
    rows = []
    for project in projects:
        last = project.last_update_at  # type: ignore[attr-defined]
        base = [
            project.code, project.name, str(project.theme), str(project.programme_line or ""),
            project.lead_organisation.name, quarter_label(project.start_quarter), quarter_label(project.end_quarter),
            project.status_label, project.last_percent_done, timezone.localtime(last).date() if last else None,  # type: ignore[attr-defined]
        ]  # fmt: skip
        milestones = list(project.milestones.all())
        if not milestones:
            rows.append([*base, "", "", None])
        for milestone in milestones:
            rows.append([*base, milestone.title, quarter_label(milestone.planned_quarter), milestone.done_on])
    return rows


@role_required(*BOARD_ROLES)
@require_GET
def board_xlsx(request: HttpRequest) -> HttpResponse:
    """Return the board, as filtered, as an XLSX workbook: one row per project and milestone."""
    _form, filters = board_filters(request)
    projects = selectors.board_projects(filters=filters) if filters else []
    year = filters.year_plan.year if filters else timezone.localdate().year
    return table_download(
        header=_header(), rows=_rows(projects), file_format="xlsx", filename=f"programmabord-{year}",
        title=_("programme board"),
    )  # fmt: skip


@role_required(*BOARD_ROLES)
@require_GET
def progress_pdf(request: HttpRequest) -> HttpResponse:
    """Return the quarterly progress overview as a PDF rendered on the server (A3 landscape)."""
    _form, filters = board_filters(request)
    projects = selectors.board_projects(filters=filters) if filters else []
    context = {
        "title": _("Progress of the key projects"),
        "generated_at": timezone.now(),
        "filters": filters,
        "groups": selectors.board_groups(projects=projects, group_by=filters.group_by) if filters else [],
        "quarters": year_quarters(filters.year_plan.year) if filters else [],
        "summary": selectors.line_status_summary(year_plan=filters.year_plan) if filters else [],
    }
    year = filters.year_plan.year if filters else timezone.localdate().year
    return pdf_download(
        template_name="programme/progress_pdf.html", context=context, filename=f"voortgang-{year}", request=request
    )
