"""The fortunes test: one query of 12 rows, one row added in memory, sorted in Python, rendered by a template."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from .models import Fortune


def fortunes(request: HttpRequest) -> HttpResponse:
    """Render every fortune plus one added at request time, sorted by message."""
    rows = list(Fortune.objects.all())
    rows.append(Fortune(id=0, message="Additional fortune added at request time."))
    rows.sort(key=lambda fortune: fortune.message)
    return render(request, "fortunes.html", {"fortunes": rows})
