"""The CRM pages under /crm/ (Dutch) and /en/crm/; only the inbound form is public."""

from django.urls import path

from .views import board, inbound, leads, manage, privacy, related, reports

app_name = "crm"

urlpatterns = [
    path("", board.BoardView.as_view(), name="board"),
    path("leads/", leads.LeadListView.as_view(), name="lead_list"),
    path("leads/export.<str:fmt>", leads.LeadExportView.as_view(), name="lead_export"),
    path("leads/new/", leads.LeadCreateView.as_view(), name="lead_create"),
    path("leads/<int:pk>/", leads.LeadDetailView.as_view(), name="lead_detail"),
    path("leads/<int:pk>/edit/", leads.LeadUpdateView.as_view(), name="lead_update"),
    path("leads/<int:pk>/stage/", board.LeadStageView.as_view(), name="lead_stage"),
    path("leads/<int:pk>/win/", leads.LeadWinView.as_view(), name="lead_win"),
    path("leads/<int:pk>/merge/", leads.LeadMergeView.as_view(), name="lead_merge"),
    path("leads/<int:pk>/housing/", related.HousingNeedCreateView.as_view(), name="housing_need_create"),
    path("leads/<int:pk>/contacts/", related.ContactCreateView.as_view(), name="contact_create"),
    path("leads/<int:pk>/activities/", related.ActivityCreateView.as_view(), name="activity_create"),
    path("leads/<int:pk>/follow-ups/", related.FollowUpCreateView.as_view(), name="follow_up_create"),
    path("housing/<int:pk>/delete/", related.HousingNeedDeleteView.as_view(), name="housing_need_delete"),
    path("contacts/<int:pk>/edit/", related.ContactUpdateView.as_view(), name="contact_update"),
    path("contacts/<int:pk>/export/", privacy.ContactExportView.as_view(), name="contact_export"),
    path("contacts/<int:pk>/erase/", privacy.ContactEraseView.as_view(), name="contact_erase"),
    path("follow-ups/", related.FollowUpListView.as_view(), name="follow_ups"),
    path("follow-ups/<int:pk>/toggle/", related.FollowUpToggleView.as_view(), name="follow_up_toggle"),
    path("reports/", reports.ReportsView.as_view(), name="reports"),
    path("reports/<slug:name>.csv", reports.ReportExportView.as_view(), name="report_export"),
    path("import/", manage.ImportView.as_view(), name="import"),
    path("settings/", manage.SettingsView.as_view(), name="settings"),
    path("audit/", privacy.AuditView.as_view(), name="audit"),
    path("vestigen/", inbound.InboundView.as_view(), name="inbound"),
    path("vestigen/bedankt/", inbound.InboundThanksView.as_view(), name="inbound_thanks"),
]
