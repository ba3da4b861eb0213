"""Pages for organisers and editors: submitting and editing events, the review queue and attendee lists."""

import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from establishments.models import Establishment
from kennispark.roles import EDITOR, user_has_role

from . import selectors, services
from .forms import EventForm, RejectForm
from .models import Event, EventStatus


def _require_organiser(user) -> bool:
    """Return whether the user is an editor; refuse users who neither edit nor represent an establishment."""
    if user_has_role(user, EDITOR):
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
    if request.method == "POST" and form.is_valid():
        event = form.save(commit=False)
        if is_editor:
            services.event_save_by_editor(event=event, user=request.user)
            messages.success(request, _("The event is published."))
        else:
            services.event_submit(event=event, user=request.user)
            messages.success(request, _("Thank you. The editors will review your event before it is published."))
        return redirect("events:my_events")
    return render(request, "events/event_form.html", {"form": form, "is_editor": is_editor})


@login_required
@require_http_methods(["GET", "POST"])
def event_edit(request, pk: int):
    """Edit an event; an organiser's change of a published event goes back to review."""
    event = selectors.event_get_manageable(pk=pk, user=request.user)
    is_editor = user_has_role(request.user, EDITOR)
    form = EventForm(
        request.POST or None, request.FILES or None, instance=event, user=request.user, is_editor=is_editor
    )
    if request.method == "POST" and form.is_valid():
        event = form.save(commit=False)
        if is_editor:
            services.event_save_by_editor(event=event, user=request.user)
            messages.success(request, _("The event has been saved."))
        else:
            services.event_submit(event=event, user=request.user)
            messages.success(request, _("Your changes have been sent to the editors for review."))
        return redirect("events:my_events")
    return render(request, "events/event_form.html", {"form": form, "event": event, "is_editor": is_editor})


@login_required
@require_POST
def event_cancel(request, pk: int):
    """Cancel an event (organiser or editor); registrants are told by e-mail."""
    event = selectors.event_get_manageable(pk=pk, user=request.user)
    services.event_cancel(event=event, user=request.user)
    messages.success(request, _("The event has been cancelled."))
    return redirect("events:my_events")


def _require_editor(user) -> None:
    if not user_has_role(user, EDITOR):
        raise PermissionDenied


@login_required
def review_queue(request):
    """List the events awaiting review, for editors."""
    _require_editor(request.user)
    return render(request, "events/review_queue.html", {"events": selectors.review_queue()})


@login_required
@require_http_methods(["GET", "POST"])
def event_review(request, pk: int):
    """Let an editor approve or reject (with a reason) a submitted event."""
    _require_editor(request.user)
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
                reject_form.add_error("reason", error.messages)
            else:
                messages.success(request, _("The event is rejected; the organiser has been told why."))
                return redirect("events:review_queue")
    context = {"event": event, "reject_form": reject_form, "is_pending": event.status == EventStatus.SUBMITTED}
    return render(request, "events/review.html", context)


@login_required
def attendees(request, pk: int):
    """Show the attendee list of an event to its organisers and the editors."""
    event = selectors.event_get_manageable(pk=pk, user=request.user)
    context = {
        "event": event,
        "registrations": selectors.attendees_of(event=event),
        "availability": selectors.event_availability(event=event),
    }
    return render(request, "events/attendees.html", context)


@login_required
def attendees_csv(request, pk: int):
    """Export the attendee list of an event as CSV."""
    event: Event = selectors.event_get_manageable(pk=pk, user=request.user)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="attendees-{event.pk}-{stamp}.csv"'
    response.write("\ufeff")  # lets spreadsheet programs detect UTF-8
    writer = csv.writer(response, delimiter=";")
    writer.writerow([_("Name"), _("E-mail address"), _("Background"), _("Status"), _("Registered at")])
    for registration in selectors.attendees_of(event=event):
        writer.writerow(
            [
                _csv_safe(registration.name),
                _csv_safe(registration.email),
                registration.get_background_display(),
                registration.get_status_display(),
                timezone.localtime(registration.created_at).strftime("%Y-%m-%d %H:%M"),
            ]
        )
    return response


def _csv_safe(value: str) -> str:
    # A leading =, +, - or @ would make a spreadsheet evaluate a visitor's input as a formula.
    return "'" + value if value[:1] in {"=", "+", "-", "@"} else value
