"""CSV and XLSX downloads: filtered lead lists and the report tables."""

from typing import Any

from django.db.models import QuerySet
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from kennispark.tabular import FORMATS, table_download

from . import reports
from .models import Lead

LEAD_EXPORT_FORMATS = FORMATS


def _lead_header() -> list[str]:
    return [
        _("id"), _("name"), _("KvK number"), _("website"), _("type"), _("source"), _("owner"), _("expected jobs"),
        _("floor area (m²)"), _("stage"), _("in stage since"), _("key positions"), _("created"),
    ]  # fmt: skip


def _lead_row(lead: Any) -> list[Any]:  # annotated with total_area_m2 by the selector
    return [
        lead.pk, lead.name, lead.kvk_number, lead.website, lead.get_type_display(), lead.get_source_display(),
        lead.owner.get_username() if lead.owner else "", lead.expected_jobs, lead.total_area_m2,
        lead.get_stage_display(), timezone.localtime(lead.stage_changed_at).date(),
        "|".join(position.name for position in lead.key_positions.all()), timezone.localtime(lead.created_at).date(),
    ]  # fmt: skip


def leads_export_response(*, leads: QuerySet[Lead], fmt: str) -> HttpResponse:
    """Return the leads as a CSV or XLSX download."""
    if fmt not in LEAD_EXPORT_FORMATS:
        raise Http404
    rows = [_lead_row(lead) for lead in leads.iterator(chunk_size=500)]
    filename = f"leads-{timezone.localdate().isoformat()}"
    return table_download(header=_lead_header(), rows=rows, file_format=fmt, filename=filename, title=_("leads"))


def _report_rows(name: str, period: reports.Period, stale_days: int) -> list[list[Any]]:
    if name == "funnel":
        rows = reports.funnel(period=period)
        return [[_("stage"), _("reached"), _("now in stage"), _("step conversion (%)")]] + [
            [r["label"], r["reached"], r["current"], r.get("step_rate")] for r in rows
        ]
    if name in ("by_source", "by_type", "by_key_position"):
        rows = reports.conversion(period=period, dimension=name.removeprefix("by_"))
        header = [
            _("group"), _("won"), pgettext("won or lost leads", "closed"), _("conversion (%)"), _("median days to win"),
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
    header, *rows = _report_rows(name, period, stale_days)
    filename = f"crm-{name}-{period}".replace(" ", "-")
    return table_download(header=header, rows=rows, file_format="csv", filename=filename)
