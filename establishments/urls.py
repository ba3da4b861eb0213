from django.urls import path

from . import views

app_name = "establishments"

urlpatterns = [
    path("bedrijven/", views.directory, name="directory"),
    path("bedrijven/beheer/import/", views.import_upload, name="import_upload"),
    path("bedrijven/beheer/import/<int:pk>/", views.import_detail, name="import_detail"),
    path("bedrijven/beheer/import/voorbeeld.<str:file_format>", views.import_sample, name="import_sample"),
    path("bedrijven/beheer/import/<int:pk>/opnieuw/", views.import_rerun, name="import_rerun"),
    path("bedrijven/<slug:slug>/", views.detail, name="detail"),
    path("bedrijven/<slug:slug>/uitnodigen/", views.invite_representative, name="invite"),
    path("bedrijven/<slug:slug>/geschiedenis/", views.establishment_history, name="history"),
    path("mijn-bedrijf/", views.my_establishments, name="my_establishments"),
    path("mijn-bedrijf/<int:pk>/bewerken/", views.establishment_edit, name="edit"),
    path("uitnodiging/<str:token>/", views.accept_invitation, name="accept_invitation"),
]
