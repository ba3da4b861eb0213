"""The portal's URLs: pages under i18n_patterns (Dutch at /, English at /en/), API and health outside."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import URLPattern, URLResolver, include, path
from django.views.generic import TemplateView
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from . import invitation_views, views
from .api import api_urlpatterns

admin.site.site_header = "Kennispark Twente"
admin.site.site_title = "Kennispark Twente"
handler404 = views.page_not_found

account_urlpatterns: list[URLPattern | URLResolver] = [
    path("login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password-reset/", auth_views.PasswordResetView.as_view(), name="password_reset"),
    path("password-reset/sent/", auth_views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path(
        "password-reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("password-reset/complete/", auth_views.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
    path("password-change/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path("password-change/done/", auth_views.PasswordChangeDoneView.as_view(), name="password_change_done"),
    path("uitnodiging/<str:token>/", invitation_views.invitation_accept, name="invitation_accept"),
    path("", include("kennispark.mfa.urls")),
]

urlpatterns = [
    path("health/", views.health_check, name="health"),
    path("favicon.ico", views.favicon),
    path("robots.txt", TemplateView.as_view(template_name="robots.txt", content_type="text/plain"), name="robots"),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
    path("api/", include(api_urlpatterns)),
]

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("start/", views.start, name="start"),
    path("redactie/", views.work, name="work"),
    path("accounts/", include(account_urlpatterns)),
    path("admin/", admin.site.urls),
    path("", include("establishments.urls")),
    path("crm/", include("crm.urls")),
    path("kerncijfers/", include("monitoring.urls")),
    path("agenda/", include("community.events.urls")),
    path("talent/", include("community.talent.urls")),
    path("", include("impact.urls")),
    path("programma/", include("programme.urls")),
    path("mijn/", include("community.members.urls")),
    path("ruimte/", include("space.urls")),
    path("faciliteiten/", include("space.facility_urls")),
    prefix_default_language=False,
)

# Uploaded files (logos, event images) are served by the app with safe headers; see README for a CDN-less
# deployment behind a reverse proxy that can take this over.
urlpatterns += [
    path(
        f"{settings.MEDIA_URL.strip('/')}/<path:path>",
        views.serve_media,
        name="media",
    ),
]
