"""Portal-wide response headers that Django's SecurityMiddleware does not set."""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control

from .content_versions import ADMIN_APP_AREAS, content_version_bump


class PermissionsPolicyMiddleware:
    """Add the Permissions-Policy header, which switches off browser features the portal never uses."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(allow)})" for feature, allow in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response


class PrivatePagesMiddleware:
    """Mark the pages of a logged-in user `private, no-store`, so no shared cache or back button keeps them."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
            response.headers.pop("Expires", None)
        return response


class AdminChangesMiddleware:
    """Bump the content version of an app whose records an editor changed in the admin.

    The admin writes models directly (and bulk actions write querysets), past the services that bump.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        match = request.resolver_match
        if request.method == "POST" and response.status_code < 400 and match and match.app_name == "admin":
            area = ADMIN_APP_AREAS.get(match.kwargs.get("app_label") or (match.url_name or "").split("_", 1)[0])
            if area:
                content_version_bump(area=area)
        return response
