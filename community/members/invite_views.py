"""A company representative's page: invite colleagues to join as members, and see how many work there."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from establishments.models import Establishment
from kennispark.invitation_forms import RoleInvitationForm
from kennispark.invitations import invitation_create, invitations_sent

from . import selectors
from .hooks import COLLEAGUE_INVITATION


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def colleagues(request, pk: int):
    """Invite colleagues of an establishment the user represents (404 for any other) and count its members."""
    establishment = get_object_or_404(Establishment.objects.represented_by(request.user), pk=pk)
    form = RoleInvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        invitation_create(
            kind=COLLEAGUE_INVITATION,
            target_id=establishment.pk,
            email=form.cleaned_data["email"],
            invited_by=request.user,
            language=get_language(),
        )
        messages.success(request, _("The invitation has been sent."))
        return redirect("members:colleagues", pk=establishment.pk)
    context = {
        "establishment": establishment,
        "form": form,
        "invitations": invitations_sent(kind=COLLEAGUE_INVITATION, target_id=establishment.pk)[:50],
        "now": timezone.now(),
        **selectors.establishment_members(establishment=establishment),
    }
    return render(request, "members/colleagues.html", context, status=400 if form.errors else 200)
