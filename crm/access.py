"""Who may see the CRM: acquisition staff and superusers only (the public inbound form aside)."""

from django.contrib.auth.mixins import AccessMixin
from django.core.exceptions import PermissionDenied
from rest_framework.permissions import BasePermission

from kennispark.roles import ACQUISITION, user_has_role


def is_acquisition(user) -> bool:
    """Return whether the user may use the CRM."""
    return user_has_role(user, ACQUISITION)


class AcquisitionRequiredMixin(AccessMixin):
    """Send anonymous users to the login page and refuse everybody outside acquisition with 403."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if not is_acquisition(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class IsAcquisition(BasePermission):
    """Allow the API only to authenticated members of the acquisition group (and superusers)."""

    def has_permission(self, request, view) -> bool:
        return bool(request.user and request.user.is_authenticated and is_acquisition(request.user))
