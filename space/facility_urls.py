from django.urls import path

from .views import facilities

app_name = "facilities"

urlpatterns = [
    path("", facilities.facility_list, name="list"),
    path("open-data.csv", facilities.facility_open_data, name="open_data"),
    path("aanvraag-verzonden/", facilities.request_thanks, name="request_thanks"),
    path("mijn/", facilities.my_facilities, name="mine"),
    path("mijn/nieuw/", facilities.facility_form, name="create"),
    path("mijn/<int:pk>/", facilities.facility_form, name="edit"),
    path("mijn/<int:pk>/aanvragen/", facilities.facility_requests, name="requests"),
    path("mijn/aanvraag/<int:pk>/", facilities.request_answer, name="answer"),
    path("gebruik/", facilities.facility_usage, name="usage"),
    path("<slug:slug>/", facilities.facility_detail, name="detail"),
    path("<slug:slug>/toegang/", facilities.facility_request, name="request"),
]
