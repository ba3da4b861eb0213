"""The page where an invitee accepts a role invitation: link the logged-in account or create one."""

from django.contrib import messages
from django.contrib.auth import login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from . import invitations
from .invitation_forms import InvitationAccountForm


@never_cache
@require_http_methods(["GET", "POST"])
def invitation_accept(request: HttpRequest, token: str) -> HttpResponse:
    """Accept an invitation: give the logged-in user the role, or create the invitee's account first."""
    invitation = invitations.invitation_for_token(token=token)
    if invitation is None:
        return render(request, "invitations/invalid.html", status=404)
    kind = invitations.invitation_kind(invitation.kind)
    context = invitations.invitation_context(invitation)
    form = None
    if request.user.is_authenticated:
        if request.method == "POST":
            invitations.invitation_accept(invitation=invitation, user=request.user)
            messages.success(request, _("You have accepted the invitation."))
            return redirect(kind.success_url(invitation))
    elif not invitations.user_exists_with_email(email=invitation.email):
        form = InvitationAccountForm(request.POST or None, email=invitation.email)
        if request.method == "POST" and form.is_valid():
            user = invitations.invitation_account_create(
                invitation=invitation,
                first_name=form.cleaned_data["first_name"],
                last_name=form.cleaned_data["last_name"],
                password=form.cleaned_data["password1"],
            )
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, _("Welcome! You have accepted the invitation."))
            return redirect(kind.success_url(invitation))
    context |= {"form": form, "login_url": f"{reverse('login')}?next={request.path}"}
    return render(request, "invitations/accept.html", context, status=400 if form and form.errors else 200)
