"""The REST API's URL list: each app contributes the routes in its own api.py."""

from django.urls import URLPattern, URLResolver, include, path

api_urlpatterns: list[URLPattern | URLResolver] = [
    path("", include("establishments.api")),
    path("crm/", include("crm.api")),
    path("monitor/", include("monitoring.api")),
    path("programme/", include("programme.api")),
    path("", include("community.events.api")),
    path("", include("community.talent.api")),
    path("impact/", include("impact.api")),
    path("", include("community.members.api")),
    path("", include("space.api")),
]
