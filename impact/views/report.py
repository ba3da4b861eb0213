"""The yearly impact report for editors, partners and project leads: a page to choose the year, PDF and XLSX."""

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_GET

from kennispark.pdf import pdf_download
from kennispark.roles import role_required
from kennispark.tabular import CONTENT_TYPES

from ..forms import ReportYearForm
from ..report import report_context, report_xlsx
from .dashboard import INTERNAL_ROLES


@role_required(*INTERNAL_ROLES)
@require_GET
def report(request):
    """Offer the yearly report of a chosen year as PDF and XLSX."""
    form = ReportYearForm(request.GET or None, initial={"year": timezone.localdate().year - 1})
    year = form.cleaned_data["year"] if form.is_bound and form.is_valid() else timezone.localdate().year - 1
    return render(request, "impact/report.html", {"form": form, "year": year})


@role_required(*INTERNAL_ROLES)
@require_GET
def report_download(request, year: int, file_format: str):
    """Produce the year's impact report as PDF or XLSX."""
    if not 2000 <= year <= 2100 or file_format not in ("pdf", "xlsx"):
        raise Http404
    filename = f"kennispark-impactrapport-{year}"
    if file_format == "pdf":
        return pdf_download(
            template_name="impact/report_pdf.html",
            context=report_context(year=year),
            filename=filename,
            request=request,
        )
    response = HttpResponse(report_xlsx(year=year), content_type=CONTENT_TYPES["xlsx"])
    response["Content-Disposition"] = content_disposition_header(True, f"{filename}.xlsx") or "attachment"
    return response
