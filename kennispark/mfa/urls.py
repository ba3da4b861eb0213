"""URLs of the second factor, included under /accounts/."""

from django.urls import path

from . import views

urlpatterns = [
    path("two-step/", views.setup, name="mfa_setup"),
    path("two-step/verify/", views.verify, name="mfa_verify"),
    path("two-step/recovery-codes/", views.recovery_codes, name="mfa_recovery_codes"),
    path("two-step/recovery-codes/renew/", views.recovery_codes_renew, name="mfa_recovery_codes_renew"),
    path("two-step/remove/", views.remove, name="mfa_remove"),
]
