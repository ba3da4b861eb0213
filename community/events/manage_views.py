"""Pages for organisers and editors: submitting and editing events, the review queue and attendee lists."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from establishments.models import Establishment
from kennispark.errors import form_add_errors
from kennispark.roles import EDITOR, role_required, user_is_editor
from kennispark.tabular import table_download

from . import hooks, selectors, services
from .forms import EventForm, RejectForm
from .models import Event, EventStatus


def _require_organiser(user) -> bool:
    """Return whether the user is an editor; refuse users who neither edit nor represent an establishment."""
    if user_is_editor(user):
        return True
    if not Establishment.objects.represented_by(user).exists():
        raise PermissionDenied
    return False


@login_required
def my_events(request):
    """List the events the user organises (all events for editors), with their status and registrations."""
    is_editor = _require_organiser(request.user)
    events = selectors.events_manageable_by(user=request.user)
    return render(request, "events/my_events.html", {"events": events, "is_editor": is_editor})


@login_required
@require_http_methods(["GET", "POST"])
def event_create(request):
    """Let a representative submit an event for their establishment (editors publish directly)."""
    is_editor = _require_organiser(request.user)
    form = EventForm(request.POST or None, request.FILES or None, user=request.user, is_editor=is_editor)
    if request.method == "POST" and _saved(form, request.user):
        if is_editor:
            messages.success(request, _("The event is published."))
        else:
            messages.success(request, _("Thank you. The editors will review your event before it is published."))
        return redirect("events:my_events")
    status = 400 if form.errors else 200
    return render(request, "events/event_form.html", {"form": form, "is_editor": is_editor}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def event_edit(request, pk: int):
    """Edit an event; an organiser's change of a published event goes back to review."""
    event = selectors.event_get_manageable(pk=pk, user=request.user)
    is_editor = user_is_editor(request.user)
    form = EventForm(
        request.POST or None, request.FILES or None, instance=event, user=request.user, is_editor=is_editor
    )
    if request.method == "POST" and _saved(form, request.user):
        if is_editor:
            messages.success(request, _("The event has been saved."))
        else:
            messages.success(request, _("Your changes have been sent to the editors for review."))
        return redirect("events:my_events")
    context = {"form": form, "event": event, "is_editor": is_editor}
    return render(request, "events/event_form.html", context, status=400 if form.errors else 200)


def _saved(form: EventForm, user) -> bool:
    """Save a valid event form through the service; return False with the service's errors on the form."""
    if not form.is_valid():
        return False
    try:
        services.event_save(event=form.save(commit=False), user=user)
    except ValidationError as error:
        form_add_errors(form, error, aliases=EventForm.ERROR_ALIASES)
        return False
    return True


@login_required
@require_POST
def event_cancel(request, pk: int):
    """Cancel an event (organiser or editor); registrants are told by e-mail."""
    event = selectors.event_get_manageable(pk=pk, user=request.user)
    services.event_cancel(event=event, user=request.user)
    messages.success(request, _("The event has been cancelled."))
    return redirect("events:my_events")


@role_required(EDITOR)
def review_queue(request):
    """List the events awaiting review, for editors."""
    return render(request, "events/review_queue.html", {"events": selectors.review_queue()})


@role_required(EDITOR)
@require_http_methods(["GET", "POST"])
def event_review(request, pk: int):
    """Let an editor approve or reject (with a reason) a submitted event."""
    event = selectors.event_get_manageable(pk=pk, user=request.user)
    reject_form = RejectForm(request.POST if request.POST.get("decision") == "reject" else None)
    if request.method == "POST":
        decision = request.POST.get("decision")
        if decision == "approve":
            services.event_approve(event=event, user=request.user)
            messages.success(request, _("The event is approved and published."))
            return redirect("events:review_queue")
        if decision == "reject" and reject_form.is_valid():
            try:
                services.event_reject(event=event, user=request.user, reason=reject_form.cleaned_data["reason"])
            except ValidationError as error:
                form_add_errors(reject_form, error, aliases={"rejection_reason": "reason"})
            else:
                messages.success(request, _("The event is rejected; the organiser has been told why."))
                return redirect("events:review_queue")
    context = {"event": event, "reject_form": reject_form, "is_pending": event.status == EventStatus.SUBMITTED}
    return render(request, "events/review.html", context)


@login_required
def attendees(request, pk: int):
    """Show the attendee list of an event to its organisers and the editors."""
    event = selectors.event_get_manageable(pk=pk, user=request.user)
    registrations = list(selectors.attendees_of(event=event))
    details = hooks.attendee_details(registrations=registrations)
    context = {
        "event": event,
        "attendees": [(registration, details.get(registration.pk, "")) for registration in registrations],
        "availability": selectors.event_availability(event=event),
    }
    return render(request, "events/attendees.html", context)


@login_required
def attendees_csv(request, pk: int):
    """Export the attendee list of an event as CSV."""
    event: Event = selectors.event_get_manageable(pk=pk, user=request.user)
    rows = [
        [
            registration.name,
            registration.email,
            registration.get_background_display(),
            registration.get_status_display(),
            registration.created_at,
        ]
        for registration in selectors.attendees_of(event=event)
    ]
    header = [_("Name"), _("E-mail address"), _("Background"), _("Status"), _("Registered at")]
    filename = f"attendees-{event.pk}-{timezone.localdate().isoformat()}"
    return table_download(header=header, rows=rows, file_format="csv", filename=filename)
