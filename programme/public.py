"""The public progress pages: per programme line, the projects marked public with their status and summary."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from kennispark import content_versions
from kennispark.response_cache import cache_public

from . import selectors
from .models import ProgrammeLine


@require_GET
@cache_public(content_versions.PROGRAMME)
def public_index(request: HttpRequest) -> HttpResponse:
    """Show the programme lines with how their public projects are doing."""
    year_plan = selectors.year_plan_current()
    context = {
        "year_plan": year_plan,
        "summary": selectors.line_status_summary(year_plan=year_plan, public_only=True),
    }
    return render(request, "programme/public_index.html", context)


@require_GET
@cache_public(content_versions.PROGRAMME)
def public_line(request: HttpRequest, slug: str) -> HttpResponse:
    """Show a programme line's public projects: status, planning, milestones and the latest public summary."""
    line = get_object_or_404(ProgrammeLine, slug=slug)
    context = {
        "line": line,
        "lines": ProgrammeLine.objects.order_by("position", "name_nl"),
        "projects": selectors.public_line_projects(line=line),
    }
    return render(request, "programme/public_line.html", context)
