"""Pages of the register: the public directory, company self-service and the editors' import and invitations."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kennispark import content_versions
from kennispark.response_cache import cache_public
from kennispark.roles import EDITOR, role_required, user_is_editor

from . import selectors, self_service, services
from .filters import DirectoryFilter
from .forms import AcceptInvitationForm, ImportUploadForm, InvitationForm, ProfileForm
from .import_sample import import_sample_response
from .models import Establishment

DIRECTORY_PAGE_SIZE = 24
# A company page shows the company's events and vacancies too.
PUBLIC_AREAS = (
    content_versions.ESTABLISHMENTS,
    content_versions.EVENTS,
    content_versions.TALENT,
    content_versions.STORIES,
)
HTMX_HEADERS = ("HX-Request", "HX-History-Restore-Request")


def _is_htmx(request) -> bool:
    return request.headers.get("HX-Request") == "true" and request.headers.get("HX-History-Restore-Request") != "true"


@require_GET
@cache_public(content_versions.ESTABLISHMENTS, headers=HTMX_HEADERS)
def directory(request):
    """List the active establishments with search, filters and pages; htmx gets only the results."""
    filterset = DirectoryFilter(request.GET or None, queryset=selectors.establishment_directory_list())
    establishments = filterset.qs if filterset.is_bound else filterset.queryset
    page = Paginator(establishments, DIRECTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "filterset": filterset,
        "page_obj": page,
        "query_string": query.urlencode(),
        "is_filtered": any(value for key, value in request.GET.items() if key != "page"),
    }
    if not context["is_filtered"]:
        # Explains why the directory's count differs from the key figures' (the register's last counted year).
        context["register_coverage"] = selectors.directory_register_coverage()
    template = "establishments/_directory_results.html" if _is_htmx(request) else "establishments/directory.html"
    return render(request, template, context)


@require_GET
@cache_public(*PUBLIC_AREAS)
def detail(request, slug: str):
    """Show the public profile of an active establishment."""
    establishment = get_object_or_404(selectors.establishment_public_detail_queryset(), slug=slug)
    is_editor = user_is_editor(request.user)
    pending = selectors.pending_key_position_ids(establishment=establishment) if is_editor else None
    context = {
        "establishment": establishment,
        "has_pending_proposal": pending is not None,
        "json_ld": selectors.organization_json_ld(establishment=establishment),
        "user_is_representative": establishment.representatives.filter(pk=request.user.pk).exists()
        if request.user.is_authenticated
        else False,
    }
    return render(request, "establishments/detail.html", context)


@login_required
@require_GET
def my_establishments(request):
    """List the establishments the user represents, with their yearly figures."""
    establishments = selectors.establishments_of_representative(user=request.user)
    return render(request, "establishments/my_establishments.html", {"establishments": establishments})


@login_required
@require_http_methods(["GET", "POST"])
def establishment_edit(request, pk: int):
    """Let a representative edit the public profile of one of their establishments (404 for any other)."""
    establishment = get_object_or_404(selectors.establishments_of_representative(user=request.user), pk=pk)
    proposed = selectors.pending_key_position_ids(establishment=establishment)
    current = [kp.pk for kp in establishment.key_positions.all()]
    form = ProfileForm(
        request.POST or None,
        request.FILES or None,
        instance=establishment,
        initial={"proposed_key_positions": list(proposed) if proposed is not None else current},
    )
    if request.method == "POST" and form.is_valid():
        self_service.establishment_profile_update(
            establishment=establishment,
            user=request.user,
            data=form.cleaned_data,
            key_positions=list(form.cleaned_data["proposed_key_positions"]),
        )
        messages.success(request, _("The profile of %(name)s has been saved.") % {"name": establishment})
        return redirect("establishments:my_establishments")
    context = {"establishment": establishment, "form": form, "has_pending_proposal": proposed is not None}
    return render(request, "establishments/edit.html", context, status=400 if form.errors else 200)


@role_required(EDITOR)
@require_http_methods(["GET", "POST"])
def import_upload(request):
    """Let an editor upload a register file; the import runs in the background."""
    form = ImportUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        job = services.import_job_create(
            uploaded_file=form.cleaned_data["file"], user=request.user, language=get_language()
        )
        return redirect(job)
    context = {"form": form, "jobs": selectors.import_job_list()[:10]}
    return render(request, "establishments/import_upload.html", context, status=400 if form.errors else 200)


@role_required(EDITOR)
@require_GET
def import_detail(request, pk: int):
    """Show an import job's progress (polled with htmx) and outcome."""
    job = get_object_or_404(selectors.import_job_list(), pk=pk)
    template = "establishments/_import_status.html" if _is_htmx(request) else "establishments/import_detail.html"
    return render(request, template, {"job": job})


@role_required(EDITOR)
@require_POST
def import_rerun(request, pk: int):
    """Run an interrupted import job again from its stored file."""
    job = get_object_or_404(selectors.import_job_list(), pk=pk)
    if job.was_interrupted and job.file:
        services.import_job_rerun(job=job)
    else:
        messages.error(request, _("Only an interrupted import can run again; upload a corrected file instead."))
    return redirect(job)


@role_required(EDITOR)
@require_http_methods(["GET", "POST"])
def invite_representative(request, slug: str):
    """Let an editor invite a representative of an establishment by e-mail."""
    establishment = get_object_or_404(Establishment, slug=slug)
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        self_service.invitation_create(
            establishment=establishment,
            email=form.cleaned_data["email"],
            invited_by=request.user,
            language=get_language(),
        )
        messages.success(request, _("The invitation has been sent."))
        return redirect(establishment)
    context = {
        "establishment": establishment,
        "form": form,
        "invitations": establishment.invitations.all()[:20],
        "now": timezone.now(),
    }
    return render(request, "establishments/invite.html", context, status=400 if form.errors else 200)


@require_http_methods(["GET", "POST"])
def accept_invitation(request, token: str):
    """Accept an invitation: link the logged-in user, or create the representative's account."""
    invitation = selectors.invitation_for_token(token=token)
    if invitation is None:
        return render(request, "establishments/invitation_invalid.html", status=404)
    form = None
    if request.user.is_authenticated:
        if request.method == "POST":
            self_service.invitation_accept(invitation=invitation, user=request.user)
            messages.success(request, _("You now represent %(name)s.") % {"name": invitation.establishment})
            return redirect("establishments:my_establishments")
    elif not selectors.user_exists_with_email(email=invitation.email):
        form = AcceptInvitationForm(request.POST or None, email=invitation.email)
        if request.method == "POST" and form.is_valid():
            user = self_service.representative_create(
                invitation=invitation,
                first_name=form.cleaned_data["first_name"],
                last_name=form.cleaned_data["last_name"],
                password=form.cleaned_data["password1"],
            )
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, _("Welcome! You now represent %(name)s.") % {"name": invitation.establishment})
            return redirect("establishments:my_establishments")
    context = {
        "invitation": invitation,
        "form": form,
        "login_url": f"{reverse('login')}?next={request.path}",
    }
    return render(
        request, "establishments/accept_invitation.html", context, status=400 if form and form.errors else 200
    )


@role_required(EDITOR)
@require_GET
def establishment_history(request, slug: str):
    """Show editors who changed what and when on an establishment."""
    establishment = get_object_or_404(Establishment, slug=slug)
    context = {
        "establishment": establishment,
        "log": selectors.establishment_change_log(establishment=establishment),
        "admin_history_url": reverse("admin:establishments_establishment_history", args=[establishment.pk]),
    }
    return render(request, "establishments/history.html", context)


@role_required(EDITOR)
@require_GET
def import_sample(request, file_format: str):
    """Download a sample register file in the import's format."""
    if file_format not in ("csv", "xlsx"):
        raise Http404
    return import_sample_response(file_format)
