"""Portal-wide pages: the home page, the start page after login, the editors' work page and the health check."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import (
    FileResponse,
    HttpRequest,
    HttpResponse,
    HttpResponsePermanentRedirect,
    HttpResponseRedirect,
    JsonResponse,
)
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.utils.translation import gettext as _
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_safe
from django.views.static import serve

from . import content_versions, health
from .home import home_context
from .response_cache import cache_public
from .roles import EDITOR, role_required
from .start import editor_work, start_url


@require_safe
@cache_public(*content_versions.PUBLIC_AREAS)
def home(request: HttpRequest) -> HttpResponse:
    """Render the public home page."""
    return render(request, "home.html", home_context())


@never_cache
@require_GET
def health_check(request: HttpRequest) -> JsonResponse:
    """Report whether the database and the broker are reachable; 503 when one is not."""
    checks = {"database": health.database_is_reachable(), "broker": health.broker_is_reachable()}
    healthy = all(checks.values())
    body = {
        "status": "ok" if healthy else "unavailable",
        **{k: "ok" if v else "unreachable" for k, v in checks.items()},
    }
    return JsonResponse(body, status=200 if healthy else 503)


@require_GET
def serve_media(request: HttpRequest, path: str) -> FileResponse:
    """Serve an uploaded file with headers that stop browsers from running it as a page."""
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    return response


@require_safe
def favicon(request: HttpRequest) -> HttpResponsePermanentRedirect:
    """Send browsers that ask for /favicon.ico to the portal's (fingerprinted) SVG icon."""
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """Answer an unknown address with the not-found page, or under /api/ in the API's JSON."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": _("Not found.")}, status=404)
    return defaults.page_not_found(request, exception)


@login_required
@require_safe
def start(request: HttpRequest) -> HttpResponseRedirect:
    """Send a user who just logged in to the start page of their role."""
    return redirect(start_url(request.user))


@role_required(EDITOR)
@require_safe
def work(request: HttpRequest) -> HttpResponse:
    """Show editors what waits for them: events to review, key-position proposals, imports."""
    return render(request, "work.html", editor_work())
