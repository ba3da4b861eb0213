"""The facility catalogue: public search, detail, access requests, open data; owners keep entries and answer."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST, require_safe

from establishments.models import Establishment
from kennispark import content_versions
from kennispark.errors import form_add_errors
from kennispark.response_cache import cache_public
from kennispark.roles import COMPANY, EDITOR, role_required, user_is_editor
from kennispark.tabular import table_download
from kennispark.throttle import inbound_attempt_allowed

from .. import facility_services, selectors
from ..forms import AccessAnswerForm, AccessRequestForm, FacilityForm, FacilitySearchForm
from ..models import AccessRequest, Facility
from ..structured_data import facility_json_ld

PAGE_SIZE = 20
MAINTAINERS = (COMPANY, EDITOR)
FACILITY_AREAS = (content_versions.SPACE, content_versions.ESTABLISHMENTS)


@require_safe
@cache_public(*FACILITY_AREAS)
def facility_list(request):
    """Show the catalogue of shared facilities, filtered by the GET parameters."""
    form = FacilitySearchForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    if filters.get("key_position"):
        filters = {**filters, "key_position": filters["key_position"].slug}
    page = Paginator(selectors.facility_search(filters=filters), PAGE_SIZE).get_page(request.GET.get("page"))
    params = request.GET.copy()
    params.pop("page", None)
    context = {"form": form, "page": page, "facilities": page.object_list, "query": params.urlencode()}
    return render(request, "space/facility_list.html", context, status=400 if form.errors else 200)


def _detail(request, slug: str, form=None, status: int = 200, limited: bool = False):
    facility = selectors.facility_public_get(slug=slug)
    context = {
        "facility": facility,
        "form": form or AccessRequestForm(),
        "json_ld": facility_json_ld(facility),
        "limited": limited,
    }
    return render(request, "space/facility_detail.html", context, status=status)


@require_safe
@cache_public(*FACILITY_AREAS)
def facility_detail(request, slug: str):
    """Show a facility, its access conditions and the access request form."""
    return _detail(request, slug)


@require_POST
def facility_request(request, slug: str):
    """Send a request to use a facility (rate-limited; bots get the thank-you page and nothing is kept)."""
    facility = selectors.facility_public_get(slug=slug)
    form = AccessRequestForm(request.POST)
    if not inbound_attempt_allowed(request, scope="facility-request"):
        return _detail(request, slug, form, status=429, limited=True)
    if form.is_spam:
        return redirect("facilities:request_thanks")
    if not form.is_valid():
        return _detail(request, slug, form, status=400)
    data = {name: form.cleaned_data[name] for name in ("name", "organisation", "email", "wanted_from", "message")}
    try:
        facility_services.access_request_create(facility=facility, **data)
    except ValidationError as error:
        form_add_errors(form, error)
        return _detail(request, slug, form, status=400)
    return redirect("facilities:request_thanks")


@require_GET
def request_thanks(request):
    """Thank the visitor for their access request."""
    return render(request, "space/facility_request_thanks.html")


OPEN_DATA_HEADER = [
    "slug", "name", "kind", "owner", "location", "sub_area", "key_positions", "technologies",
    "induction_required", "booking_lead_days", "access_nl", "access_en", "description_nl", "description_en", "url",
]  # fmt: skip


def facility_open_data_rows(facilities) -> list[list]:
    """Return the catalogue as rows of plain values (the columns of OPEN_DATA_HEADER)."""
    from kennispark.links import absolute_url

    return [
        [
            f.slug, f.name, f.kind, f.owner_name, f.location, f.sub_area,
            "|".join(kp.slug for kp in f.key_positions.all()), f.technologies, f.induction_required,
            f.booking_lead_days, f.access_nl, f.access_en, f.description_nl, f.description_en,
            absolute_url(f.get_absolute_url()),
        ]
        for f in facilities
    ]  # fmt: skip


@require_safe
@cache_public(*FACILITY_AREAS)
def facility_open_data(request):
    """Download the catalogue as CSV (open data; contacts are left out)."""
    rows = facility_open_data_rows(selectors.facility_search(filters={}))
    return table_download(header=OPEN_DATA_HEADER, rows=rows, file_format="csv", filename="faciliteiten")


def _maintained(user):
    return selectors.facilities_managed_by(user=user)


def _establishments(user):
    if user_is_editor(user):
        return Establishment.objects.active().order_by("trade_name")
    return Establishment.objects.active().represented_by(user).order_by("trade_name")


@role_required(*MAINTAINERS)
@require_safe
def my_facilities(request):
    """List the facilities the user maintains, with their open requests."""
    return render(request, "space/my_facilities.html", {"facilities": _maintained(request.user)})


@role_required(*MAINTAINERS)
@require_http_methods(["GET", "POST"])
def facility_form(request, pk: int | None = None):
    """Add a facility, or change one the user maintains (another's: 404)."""
    facility = get_object_or_404(_maintained(request.user), pk=pk) if pk else None
    is_editor = user_is_editor(request.user)
    form = FacilityForm(
        request.POST or None, instance=facility, establishments=_establishments(request.user), is_editor=is_editor
    )
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        key_positions = data.pop("key_positions")
        try:
            if facility is None:
                facility_services.facility_create(user=request.user, data=data, key_positions=key_positions)
            else:
                facility_services.facility_update(
                    facility=facility, user=request.user, data=data, key_positions=key_positions
                )
        except ValidationError as error:
            form_add_errors(form, error)
        else:
            message = _("The facility has been saved.")
            if not is_editor:
                message += " " + _("The editors review it before it is public.")
            messages.success(request, message)
            return redirect("facilities:mine")
    context = {"form": form, "facility": facility}
    return render(request, "space/facility_form.html", context, status=400 if form.errors else 200)


@role_required(*MAINTAINERS)
@require_safe
def facility_requests(request, pk: int):
    """List the access requests of a facility the user maintains, with a form to answer each open one."""
    facility = get_object_or_404(_maintained(request.user), pk=pk)
    context = {"facility": facility, "requests": facility.requests.all(), "answer_form": AccessAnswerForm()}
    return render(request, "space/facility_requests.html", context)


@role_required(*MAINTAINERS)
@require_POST
def request_answer(request, pk: int):
    """Agree to an access request or decline it with a reason."""
    access_request = get_object_or_404(
        AccessRequest.objects.filter(facility__in=_maintained(request.user)).select_related("facility"), pk=pk
    )
    form = AccessAnswerForm(request.POST)
    if form.is_valid():
        try:
            facility_services.access_request_answer(
                request=access_request,
                agree=form.cleaned_data["agree"],
                reason=form.cleaned_data["reason"],
                user=request.user,
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Your answer has been sent."))
    else:
        messages.error(request, _("Choose whether you agree."))
    return redirect("facilities:requests", access_request.facility_id)


@role_required(EDITOR)
@require_safe
def facility_usage(request):
    """Show how often each facility was asked for and how the requests were answered."""
    facilities = (
        Facility.objects.annotate(
            total=Count("requests"),
            agreed=Count("requests", filter=Q(requests__status="agreed")),
            declined=Count("requests", filter=Q(requests__status="declined")),
            pending=Count("requests", filter=Q(requests__status="pending")),
        )
        .select_related("establishment")
        .order_by("-total", "name")
    )
    return render(request, "space/facility_usage.html", {"facilities": facilities})
