from django.urls import path

from . import exports, public, views

app_name = "programme"

urlpatterns = [
    path("", views.board, name="board"),
    path("export.xlsx", exports.board_xlsx, name="board_xlsx"),
    path("voortgang.pdf", exports.progress_pdf, name="progress_pdf"),
    path("inbox/", views.inbox, name="inbox"),
    path("projecten/<int:pk>/", views.project_detail, name="project"),
    path("projecten/<int:pk>/bewerken/", views.project_edit, name="project_edit"),
    path("projecten/<int:pk>/mijlpalen/nieuw/", views.milestone_edit, name="milestone_add"),
    path("projecten/<int:pk>/mijlpalen/<int:milestone_pk>/", views.milestone_edit, name="milestone_edit"),
    path(
        "projecten/<int:pk>/mijlpalen/<int:milestone_pk>/verwijderen/",
        views.milestone_delete,
        name="milestone_delete",
    ),
    path("projecten/<int:pk>/update/", views.update_create, name="update_create"),
    path("projecten/<int:pk>/uitnodigen/", views.invite_lead, name="invite_lead"),
    path("updates/<int:pk>/bevestigen/", views.update_acknowledge, name="update_acknowledge"),
    path("voortgang/", public.public_index, name="public_index"),
    path("voortgang/<slug:slug>/", public.public_line, name="public_line"),
]
