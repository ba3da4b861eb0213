from django.urls import path

from . import invite_views, views

app_name = "members"

urlpatterns = [
    path("lid-worden/", views.signup, name="signup"),
    path("lid-worden/verstuurd/", views.signup_sent, name="signup_sent"),
    path("bevestigen/<str:uidb64>/<str:token>/", views.confirm, name="confirm"),
    path("agenda/", views.agenda, name="agenda"),
    path("volgen/", views.follows, name="follows"),
    path("volgen/organisator/", views.follow_organiser, name="follow_organiser"),
    path("volgen/selectie/", views.follow_filter, name="follow_filter"),
    path("volgen/<int:pk>/stoppen/", views.unfollow, name="unfollow"),
    path("evenementen/<int:pk>/bewaren/", views.event_save, name="event_save"),
    path("evenementen/<int:pk>/aanmelden/", views.event_register, name="register"),
    path("aanmeldingen/<int:pk>/annuleren/", views.registration_cancel, name="registration_cancel"),
    path("feed/<str:token>.ics", views.feed, name="feed"),
    path("feed/vernieuwen/", views.feed_regenerate, name="feed_regenerate"),
    path("profiel/", views.profile, name="profile"),
    path("profiel/gegevens.json", views.data_export, name="data_export"),
    path("profiel/overal-uitloggen/", views.sign_out_everywhere, name="sign_out_everywhere"),
    path("profiel/verwijderen/", views.account_delete, name="account_delete"),
    path("leden/<int:pk>/", views.member_detail, name="detail"),
    path("digest/afmelden/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("bedrijf/<int:pk>/collega-s/", invite_views.colleagues, name="colleagues"),
]
