from django.urls import path

from . import views

app_name = "monitoring"

urlpatterns = [
    path("", views.key_figures, name="key_figures"),
    path("2035/", views.targets_dashboard, name="dashboard"),
    path("definities/", views.definitions, name="definitions"),
    path("download/<slug:table>.<str:file_format>", views.download, name="download"),
    path("beheer/referentietotalen/", views.reference_import, name="reference_import"),
]
