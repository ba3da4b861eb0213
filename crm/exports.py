"""CSV and XLSX downloads: filtered lead lists and the report tables."""

import csv
import io

from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from . import reports

LEAD_EXPORT_FORMATS = ("csv", "xlsx")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class _Echo:
    def write(self, value):
        return value


def _lead_header() -> list[str]:
    return [
        _("id"), _("name"), _("KvK number"), _("website"), _("type"), _("source"), _("owner"), _("expected jobs"),
        _("floor area (m²)"), _("stage"), _("in stage since"), _("key positions"), _("created"),
    ]  # fmt: skip


def _lead_row(lead) -> list:
    return [
        lead.pk, lead.name, lead.kvk_number, lead.website, lead.get_type_display(), lead.get_source_display(),
        lead.owner.get_username() if lead.owner else "", lead.expected_jobs, lead.total_area_m2,
        lead.get_stage_display(), timezone.localtime(lead.stage_changed_at).date().isoformat(),
        "|".join(position.name for position in lead.key_positions.all()),
        timezone.localtime(lead.created_at).date().isoformat(),
    ]  # fmt: skip


def _safe(value):
    # Cells starting with = + - @ would run as formulas in a spreadsheet (CSV injection).
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return f"'{value}"
    return value


def leads_export_response(*, leads, fmt: str):
    """Return the leads as a CSV (streamed) or XLSX download."""
    if fmt not in LEAD_EXPORT_FORMATS:
        raise Http404
    stamp = timezone.localdate().isoformat()
    rows = (map(_safe, _lead_row(lead)) for lead in leads.iterator(chunk_size=500))
    if fmt == "csv":
        writer = csv.writer(_Echo())
        lines = (writer.writerow(row) for row in _chain([_lead_header()], rows))
        response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    else:
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("leads")
        for row in _chain([_lead_header()], rows):
            sheet.append(list(row))
        buffer = io.BytesIO()
        workbook.save(buffer)
        response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="leads-{stamp}.{fmt}"'
    return response


def _chain(first, rest):
    yield from first
    yield from rest


def _report_rows(name: str, period: reports.Period, stale_days: int) -> list[list]:
    if name == "funnel":
        rows = reports.funnel(period=period)
        return [[_("stage"), _("reached"), _("now in stage"), _("step conversion (%)")]] + [
            [r["label"], r["reached"], r["current"], r.get("step_rate")] for r in rows
        ]
    if name in ("by_source", "by_type", "by_key_position"):
        rows = reports.conversion(period=period, dimension=name.removeprefix("by_"))
        header = [
            _("group"), _("won"), _("closed"), _("conversion (%)"), _("median days to win"),
            _("won, previous period"), _("closed, previous period"), _("conversion, previous period (%)"),
            _("median days to win, previous period"),
        ]  # fmt: skip
        return [header] + [
            [r["label"], r["won"], r["closed"], r["rate"], r["median_days"], r["previous_won"],
             r["previous_closed"], r["previous_rate"], r["previous_median_days"]]
            for r in rows
        ]  # fmt: skip
    if name == "lost_reasons":
        return [[_("lost reason"), _("leads"), _("share (%)")]] + [
            [r["label"], r["count"], r["share"]] for r in reports.lost_reasons(period=period)
        ]
    if name == "housing":
        demand = reports.housing_demand()
        header = [_("kind of space"), *[year or _("no date") for year in demand["years"]], _("total")]
        return [header] + [[r["label"], *r["cells"], r["total"]] for r in demand["rows"]]
    stale = reports.stale_leads(days=stale_days)
    return [[_("lead"), _("stage"), _("owner"), _("days without activity")]] + [
        [lead.name, lead.get_stage_display(), lead.owner.get_username() if lead.owner else "", lead.silent_days]
        for lead in stale
    ]


def report_csv_response(*, name: str, period: reports.Period, stale_days: int) -> HttpResponse:
    """Return one report table as a CSV download."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in _report_rows(name, period, stale_days):
        writer.writerow([_safe(str(cell)) if cell is not None else "" for cell in row])
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="crm-{name}-{period}.csv"'.replace(" ", "-")
    return response
