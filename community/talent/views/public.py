"""Public pages: the talent index, the vacancy list and detail, and the editors' talent pages."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET

from kennispark import content_versions
from kennispark.response_cache import cache_public

from .. import selectors
from ..calendar import upcoming_talent_events
from ..filters import filters_from_query
from ..forms import VacancyAlertForm
from ..jsonld import job_posting
from ..models import TalentPage, Vacancy

VACANCIES_PER_PAGE = 20
INDEX_VACANCY_COUNT = 6
TALENT_AREAS = (content_versions.TALENT, content_versions.EVENTS, content_versions.ESTABLISHMENTS)


@require_GET
@cache_public(*TALENT_AREAS)
def index(request):
    """Show the talent section's front page."""
    return render(
        request,
        "talent/index.html",
        {
            "pages": selectors.talent_page_list(),
            "vacancies": selectors.vacancy_list_latest(limit=INDEX_VACANCY_COUNT),
            "events": upcoming_talent_events(),
        },
    )


@require_GET
@cache_public(*TALENT_AREAS)
def vacancy_list(request):
    """Show the published vacancies, filtered and searched, a page at a time."""
    filterset = selectors.vacancy_list_public(data=request.GET)
    paginator = Paginator(filterset.qs, VACANCIES_PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    filters = filterset.cleaned_filters() if filterset.is_bound and filterset.is_valid() else {}
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "talent/vacancy_list.html",
        {
            "filterset": filterset,
            "page_obj": page,
            "vacancies": page.object_list,
            "filters": filters,
            "query": query.urlencode(),
            "alert_form": VacancyAlertForm(),
            "has_filters": bool(filters_from_query(request.GET)),
        },
    )


@require_GET
@cache_public(*TALENT_AREAS)
def vacancy_detail(request, slug):
    """Show one vacancy with how to apply; a closed one says so (410), except to its owners."""
    try:
        vacancy = selectors.vacancy_get_any(slug=slug)
    except Vacancy.DoesNotExist:
        raise Http404 from None
    is_owner = selectors.vacancy_is_owned_by(vacancy=vacancy, user=request.user)
    is_public = vacancy.is_open and vacancy.establishment.is_active
    if not is_public and not is_owner:
        others = selectors.vacancy_list_for_establishment(establishment=vacancy.establishment)
        return render(request, "talent/vacancy_closed.html", {"vacancy": vacancy, "others": others}, status=410)
    return render(
        request,
        "talent/vacancy_detail.html",
        {
            "vacancy": vacancy,
            "is_owner": is_owner,
            "job_posting": job_posting(vacancy) if is_public else None,
        },
    )


@require_GET
@cache_public(*TALENT_AREAS)
def page(request, slug):
    """Show an editors' talent page, with the upcoming calendar events it is about."""
    try:
        talent_page = selectors.talent_page_get(slug=slug)
    except TalentPage.DoesNotExist:
        raise Http404 from None
    events = (
        upcoming_talent_events(categories=[talent_page.event_category], limit=6) if talent_page.event_category else []
    )
    return render(
        request,
        "talent/page.html",
        {"page": talent_page, "pages": selectors.talent_page_list(), "events": events},
    )
