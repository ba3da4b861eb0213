from django.urls import path

from . import manage_views, views

app_name = "events"

urlpatterns = [
    path("", views.event_list, name="list"),
    path("maand/", views.event_month, name="month_current"),
    path("maand/<int:year>/<int:month>/", views.event_month, name="month"),
    path("week/", views.event_week, name="week_current"),
    path("week/<int:year>/<int:week>/", views.event_week, name="week"),
    path("feed.ics", views.event_feed, name="feed"),
    path("embed/", views.event_embed, name="embed"),
    path("<int:pk>/", views.event_detail, name="detail"),
    path("<int:pk>/agenda.ics", views.event_ics, name="ics"),
    path("<int:pk>/aanmelden/", views.event_register, name="register"),
    path("aanmelding/<str:token>/", views.registration_manage, name="registration_manage"),
    # The name of the link in e-mails sent before the manage page; the same page.
    path("aanmelding/<str:token>/", views.registration_manage, name="registration_cancel"),
    path("mijn-evenementen/", manage_views.my_events, name="my_events"),
    path("nieuw/", manage_views.event_create, name="create"),
    path("<int:pk>/bewerken/", manage_views.event_edit, name="edit"),
    path("<int:pk>/annuleren/", manage_views.event_cancel, name="cancel"),
    path("<int:pk>/deelnemers/", manage_views.attendees, name="attendees"),
    path("<int:pk>/deelnemers.csv", manage_views.attendees_csv, name="attendees_csv"),
    path("redactie/", manage_views.review_queue, name="review_queue"),
    path("<int:pk>/beoordelen/", manage_views.event_review, name="review"),
]
