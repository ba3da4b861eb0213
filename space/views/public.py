"""Public pages of the offer: the search, a space, a building and the enquiry form."""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST, require_safe

from kennispark import content_versions
from kennispark.errors import form_add_errors
from kennispark.response_cache import cache_public
from kennispark.throttle import inbound_attempt_allowed

from .. import selectors, services
from ..forms import EnquiryForm, SpaceSearchForm
from ..models import Space
from ..structured_data import building_json_ld, space_json_ld

PAGE_SIZE = 20


@require_safe
@cache_public(content_versions.SPACE)
def space_list(request):
    """Show the spaces on offer, filtered by the GET parameters."""
    form = SpaceSearchForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    spaces = selectors.space_search(filters=filters)
    page = Paginator(spaces, PAGE_SIZE).get_page(request.GET.get("page"))
    params = request.GET.copy()
    params.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "spaces": page.object_list,
        "query": params.urlencode(),
        "has_filters": bool(params),
    }
    return render(request, "space/space_list.html", context, status=400 if form.errors else 200)


def _detail(request, pk: int, form: EnquiryForm | None = None, status: int = 200, limited: bool = False):
    space = selectors.space_public_get(pk=pk, user=request.user)
    context = {
        "space": space,
        "form": form or EnquiryForm(initial={"floor_area_m2": space.floor_area_m2}),
        "is_public": Space.objects.public().filter(pk=space.pk).exists(),
        "json_ld": space_json_ld(space),
        "limited": limited,
    }
    return render(request, "space/space_detail.html", context, status=status)


@require_safe
@cache_public(content_versions.SPACE)
def space_detail(request, pk: int):
    """Show one space with its building and the enquiry form."""
    return _detail(request, pk)


@require_POST
def space_enquire(request, pk: int):
    """Send an enquiry about a public space (rate-limited; bots get the thank-you page and nothing is kept)."""
    space = get_object_or_404(Space.objects.public().select_related("building"), pk=pk)
    form = EnquiryForm(request.POST)
    if not inbound_attempt_allowed(request, scope="space-enquiry"):
        return _detail(request, pk, form, status=429, limited=True)
    if form.is_spam:
        return redirect("space:enquiry_thanks")
    if not form.is_valid():
        return _detail(request, pk, form, status=400)
    data = form.cleaned_data
    try:
        services.enquiry_create(
            space=space,
            name=data["name"],
            organisation=data["organisation"],
            email=data["email"],
            lead_type=data["lead_type"],
            floor_area_m2=data["floor_area_m2"],
            message=data["message"],
        )
    except ValidationError as error:
        form_add_errors(form, error)
        return _detail(request, pk, form, status=400)
    return redirect("space:enquiry_thanks")


@require_GET
def enquiry_thanks(request):
    """Thank the visitor for their enquiry."""
    return render(request, "space/enquiry_thanks.html")


@require_safe
@cache_public(content_versions.SPACE)
def building_detail(request, slug: str):
    """Show a building with its facilities, photos and the spaces on offer in it."""
    building, spaces = selectors.building_public_get(slug=slug)
    context = {"building": building, "spaces": spaces, "json_ld": building_json_ld(building)}
    return render(request, "space/building_detail.html", context)
