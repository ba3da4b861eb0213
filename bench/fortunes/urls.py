"""The baseline's one URL."""

from django.urls import path

from . import views

urlpatterns = [path("fortunes/", views.fortunes)]
