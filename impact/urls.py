from django.urls import path

from .views import dashboard, manage, report, stories, surveys

app_name = "impact"

urlpatterns = [
    path("dashboard/", dashboard.dashboard, name="dashboard"),
    path("dashboard/vergelijken/", dashboard.comparison, name="comparison"),
    path("dashboard/indicator/<slug:code>/", dashboard.indicator, name="indicator"),
    path("dashboard/indicator/<slug:code>.<str:file_format>", dashboard.indicator_download, name="indicator_download"),
    path("dashboard/rapport/", report.report, name="report"),
    path("dashboard/rapport/<int:year>.<str:file_format>", report.report_download, name="report_download"),
    path("dashboard/beheer/", manage.manage, name="manage"),
    path("dashboard/beheer/import/", manage.import_file, name="import"),
    path("dashboard/beheer/waarde/<int:pk>/", manage.value, name="value"),
    path("dashboard/beheer/subsidie/nieuw/", manage.subsidy, name="subsidy_new"),
    path("dashboard/beheer/subsidie/<int:pk>/", manage.subsidy, name="subsidy"),
    path("verhalen/", stories.story_list, name="stories"),
    path("verhalen/<slug:slug>/", stories.story_detail, name="story"),
    path("enquete/beheer/", surveys.survey_list, name="surveys"),
    path("enquete/beheer/<int:pk>/", surveys.survey_detail, name="survey"),
    path("enquete/beheer/<int:pk>/resultaten.xlsx", surveys.survey_export, name="survey_export"),
    path("enquete/<str:token>/", surveys.survey_answer, name="survey_answer"),
]
