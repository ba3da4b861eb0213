"""The member's own pages under /mijn/ (never cached), sign-up and confirmation, and the no-login links."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth import get_user_model, logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.dateparse import parse_datetime
from django.utils.encoding import force_str
from django.utils.http import url_has_allowed_host_and_scheme, urlsafe_base64_decode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from community.events import ical
from community.events.models import Category, Registration, RegistrationStatus
from community.events.selectors import event_get_visible
from establishments.models import SubArea
from kennispark.errors import form_add_errors
from kennispark.links import absolute_url

from . import erasure, selectors, services
from .forms import DeleteAccountForm, ProfileForm, SignupForm
from .models import FollowKind


def member_required(view):
    """Let only logged-in members in: anonymous visitors log in, other accounts are offered to become a member."""

    @wraps(view)
    @login_required
    @never_cache
    def wrapper(request, *args, **kwargs):
        member = selectors.member_for_user(user=request.user)
        if member is None:
            return render(request, "members/no_profile.html", status=403)
        request.member = member
        return view(request, *args, **kwargs)

    return wrapper


def _back(request, fallback: str):
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect(fallback)


@never_cache
@require_http_methods(["GET", "POST"])
def signup(request):
    """Sign up with e-mail and password; the account is active once the e-mail address is confirmed."""
    if request.user.is_authenticated and selectors.member_for_user(user=request.user):
        return redirect("members:agenda")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            member = services.member_signup(
                email=data["email"],
                password=data["password1"],
                first_name=data["first_name"],
                last_name=data["last_name"],
                profile=form.profile_data(),
                language=get_language(),
            )
        except ValidationError as error:
            form_add_errors(form, error)
        else:
            if member is not None:
                member.key_positions.set(data.get("key_positions") or [])
                member.fields_of_work.set(data.get("fields_of_work") or [])
            return redirect("members:signup_sent")
    return render(request, "members/signup.html", {"form": form}, status=400 if form.errors else 200)


@never_cache
def signup_sent(request):
    """Tell a new member to open the link in their e-mail."""
    return render(request, "members/signup_sent.html")


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, uidb64: str, token: str):
    """Confirm the e-mail address (a button, so that mail scanners opening the link confirm nothing)."""
    try:
        user = get_user_model().objects.get(pk=int(force_str(urlsafe_base64_decode(uidb64))))
    except (ValueError, TypeError, OverflowError, get_user_model().DoesNotExist):
        user = None
    if user is not None and user.is_active and hasattr(user, "member") and user.member.confirmed_at:
        messages.info(request, _("Your e-mail address is already confirmed. Please log in."))
        return redirect("login")
    if request.method == "POST" and user is not None:
        if services.member_confirm(user=user, token=token) is not None:
            messages.success(request, _("Your e-mail address is confirmed. Welcome! Please log in."))
            return redirect(f"{reverse('login')}?next={reverse('members:agenda')}")
        user = None
    if user is None:
        return render(request, "members/confirm_invalid.html", status=404)
    return render(request, "members/confirm.html")


@member_required
def agenda(request):
    """My agenda: registrations with status, followed and saved events to come, and events attended."""
    member = request.member
    context = selectors.member_agenda(member=member)
    events = [o.event for o in context["upcoming"]] + [r.event for r in context["registrations"]]
    context |= {
        "member": member,
        "participants": selectors.participating_establishments(
            events=[e for e in events if e.category == Category.COMPANY_DAY]
        ),
        "feed_url": absolute_url(reverse("members:feed", args=[member.feed_token])),
        "follows": list(selectors.follows_of(member=member)),
    }
    return render(request, "members/agenda.html", context)


@member_required
@require_http_methods(["GET", "POST"])
def follows(request):
    """What the member follows, and forms to follow kinds of events and sub-areas."""
    member = request.member
    if request.method == "POST":
        kind = request.POST.get("kind", "")
        target = request.POST.get("target", "")
        if kind not in FollowKind.values:
            raise Http404
        try:
            services.follow_add(member=member, kind=kind, target=target)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("You now follow this. It appears in My agenda, your feed and your digest."))
        return _back(request, "members:follows")
    context = {
        "member": member,
        "follows": list(selectors.follows_of(member=member)),
        "categories": Category.choices,
        "sub_areas": SubArea.choices,
    }
    return render(request, "members/follows.html", context)


@member_required
@require_POST
def follow_organiser(request):
    """Follow the organiser with this agenda filter key (an establishment or partner slug)."""
    found = services.organiser_follow_target(request.POST.get("organiser", ""))
    if found is None:
        raise Http404
    try:
        services.follow_add(member=request.member, kind=found[0], target=found[1])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("You now follow this organiser."))
    return _back(request, "members:follows")


@member_required
@require_POST
def follow_filter(request):
    """Follow the current filter of the agenda (e.g. Talent Café for students)."""
    try:
        services.follow_add(member=request.member, kind=FollowKind.FILTER, target=request.POST.get("filter", ""))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("You now follow this selection of events."))
    return _back(request, "members:follows")


@member_required
@require_POST
def unfollow(request, pk: int):
    """Stop following something."""
    services.follow_remove(member=request.member, follow_id=pk)
    messages.success(request, _("You no longer follow this."))
    return _back(request, "members:follows")


@member_required
@require_POST
def event_save(request, pk: int):
    """Save an event as interesting, or remove it again."""
    event = event_get_visible(pk=pk, user=request.user)
    saved = request.POST.get("saved") == "1"
    services.event_save_set(member=request.member, event=event, saved=saved)
    messages.success(request, _("Saved in My agenda.") if saved else _("Removed from My agenda."))
    return _back(request, event.get_absolute_url())


@member_required
@require_POST
def event_register(request, pk: int):
    """Register for an event in one click with the member's own details."""
    event = event_get_visible(pk=pk, user=request.user)
    occurrence_start = _occurrence_start(request.POST.get("occurrence", "")) if event.is_recurring else None
    try:
        registration = services.member_register(
            member=request.member, event=event, language=get_language(), occurrence_start=occurrence_start
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(event)
    if registration.status == RegistrationStatus.WAITING:
        messages.warning(
            request, _("The event is full: you are on the waiting list. We will e-mail you if a place frees up.")
        )
    else:
        messages.success(request, _("You are registered. It is in My agenda."))
    return _back(request, event.get_absolute_url())


def _occurrence_start(value: str):
    try:
        return parse_datetime(value[:40])
    except ValueError:
        return None


@member_required
@require_POST
def registration_cancel(request, pk: int):
    """Cancel one of the member's own registrations."""
    try:
        services.member_registration_cancel(member=request.member, registration_id=pk)
    except Registration.DoesNotExist as error:
        raise Http404 from error
    messages.success(request, _("Your registration has been cancelled."))
    return _back(request, "members:agenda")


def feed(request, token: str):
    """Serve a member's personal iCalendar feed; the secret in the address is the only key (404 otherwise)."""
    member = selectors.member_get_by_feed_token(token=token)
    name = _("My Kennispark agenda")
    response = HttpResponse(
        ical.calendar_for(selectors.feed_events_of(member=member), name=name),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = 'inline; filename="kennispark-mijn-agenda.ics"'
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


@member_required
@require_POST
def feed_regenerate(request):
    """Give the personal feed a new address; the old one stops working."""
    services.feed_token_regenerate(member=request.member)
    messages.success(request, _("Your feed has a new address. Subscribe to it again in your calendar app."))
    return redirect("members:agenda")


@member_required
@require_http_methods(["GET", "POST"])
def profile(request):
    """Edit the profile, privacy and digest choices; links to export, sign-out-everywhere and deletion."""
    member = request.member
    form = ProfileForm(
        request.POST or None,
        request.FILES or None,
        instance=member,
        initial={"first_name": request.user.first_name, "last_name": request.user.last_name},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.member_profile_update(
                member=member,
                first_name=form.cleaned_data["first_name"],
                last_name=form.cleaned_data["last_name"],
                profile=form.profile_data(),
                key_positions=form.cleaned_data["key_positions"],
                fields_of_work=form.cleaned_data["fields_of_work"],
            )
        except ValidationError as error:
            form_add_errors(form, error)
        else:
            messages.success(request, _("Your profile has been saved."))
            return redirect("members:profile")
    return render(request, "members/profile.html", {"form": form, "member": member}, status=400 if form.errors else 200)


@login_required
@never_cache
def member_detail(request, pk: int):
    """Show a member's profile: to themselves, or to other members if they chose to be visible."""
    member = selectors.member_get_visible(pk=pk, viewer=request.user)
    return render(request, "members/member_detail.html", {"profile": member})


@member_required
def data_export(request):
    """Download everything the portal holds about the member, as JSON."""
    data = erasure.member_export_data(member=request.member)
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = 'attachment; filename="kennispark-mijn-gegevens.json"'
    return response


@member_required
@require_POST
def sign_out_everywhere(request):
    """End every session of the account, on every device, this one included."""
    services.sessions_end_all(user=request.user)
    logout(request)
    messages.success(request, _("You have been signed out everywhere."))
    return redirect("login")


@member_required
@require_http_methods(["GET", "POST"])
def account_delete(request):
    """Delete the account after the password is given; the member's personal data is erased everywhere."""
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        erasure.member_delete(member=request.member)
        logout(request)
        messages.success(request, _("Your account and personal data have been deleted."))
        return redirect("home")
    return render(request, "members/account_delete.html", {"form": form}, status=400 if form.errors else 200)


@csrf_exempt  # RFC 8058 one-click: the mail client posts without a session or token
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    """Stop the digest from the link in it, without logging in: GET asks, POST (or the mail client) does it."""
    if request.method == "POST":
        member = services.digest_unsubscribe(token=token)
        if member is None:
            raise Http404
        return render(request, "members/unsubscribed.html")
    if not selectors.member_unsubscribe_exists(token=token):
        raise Http404
    return render(request, "members/unsubscribe.html", {"token": token})
