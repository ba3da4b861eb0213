"""Portal-wide pages: the home page and the health check."""

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.static import serve

from . import health
from .home import home_context


@require_GET
def home(request):
    """Render the public home page."""
    return render(request, "home.html", home_context())


@never_cache
@require_GET
def health_check(request):
    """Report whether the database and the broker are reachable; 503 when one is not."""
    checks = {"database": health.database_is_reachable(), "broker": health.broker_is_reachable()}
    healthy = all(checks.values())
    body = {
        "status": "ok" if healthy else "unavailable",
        **{k: "ok" if v else "unreachable" for k, v in checks.items()},
    }
    return JsonResponse(body, status=200 if healthy else 503)


@require_GET
def serve_media(request, path):
    """Serve an uploaded file with headers that stop browsers from running it as a page."""
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    return response
