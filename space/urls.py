from django.urls import path

from .views import owner, public, questions, staff

app_name = "space"

urlpatterns = [
    path("", public.space_list, name="list"),
    path("<int:pk>/", public.space_detail, name="space_detail"),
    path("<int:pk>/vraag/", public.space_enquire, name="enquire"),
    path("vraag-verzonden/", public.enquiry_thanks, name="enquiry_thanks"),
    path("gebouw/<slug:slug>/", public.building_detail, name="building_detail"),
    path("mijn/", owner.my_buildings, name="my_buildings"),
    path("mijn/gebouw/nieuw/", owner.building_form, name="building_create"),
    path("mijn/gebouw/<int:pk>/", owner.building_form, name="building_edit"),
    path("mijn/gebouw/<int:pk>/foto/", owner.photo_add, name="photo_add"),
    path("mijn/foto/<int:pk>/verwijderen/", owner.photo_delete, name="photo_delete"),
    path("mijn/gebouw/<int:building_pk>/ruimte/nieuw/", owner.space_form, name="space_create"),
    path("mijn/ruimte/<int:pk>/", owner.space_form, name="space_edit"),
    path("mijn/ruimte/<int:pk>/status/", owner.space_status, name="space_status"),
    path("mijn/ruimte/<int:pk>/bevestigen/", owner.space_confirm, name="space_confirm"),
    path("mijn/vragen/", owner.my_enquiries, name="my_enquiries"),
    path("redactie/", staff.review_queue, name="review_queue"),
    path("redactie/eigenaar-uitnodigen/", staff.owner_invite, name="owner_invite"),
    path("redactie/ruimte/<int:pk>/", staff.space_review, name="space_review"),
    path("redactie/faciliteit/<int:pk>/", staff.facility_review, name="facility_review"),
    path("vraag-en-aanbod/", staff.demand_overview, name="demand"),
    path("vraag-en-aanbod/vraag/<int:pk>/", staff.question_matches, name="question_matches"),
    path("vraag-en-aanbod/lead/<int:pk>/", staff.lead_matches, name="lead_matches"),
    path("vraag-en-aanbod/ruimte/<int:pk>/", staff.space_demands, name="space_demands"),
    path("vraag-en-aanbod/besluit/", staff.match_decide, name="match_decide"),
    path("rapport/", staff.report, name="report"),
    path("rapport/<str:table>.xlsx", staff.report_export, name="report_export"),
    path("huisvestingsvragen/", questions.question_list, name="questions"),
    path("huisvestingsvragen/nieuw/", questions.question_form, name="question_create"),
    path("huisvestingsvragen/<int:pk>/", questions.question_form, name="question_edit"),
    path("huisvestingsvragen/<int:pk>/sluiten/", questions.question_close, name="question_close"),
]
