from django.urls import path

from kennispark.response_cache import cache_public

from .feeds import VacancyFeed
from .views import alerts, owner, public
from .views.public import TALENT_AREAS

app_name = "talent"

urlpatterns = [
    path("", public.index, name="index"),
    path("vacatures/", public.vacancy_list, name="vacancy_list"),
    path("vacatures/feed/", cache_public(*TALENT_AREAS)(VacancyFeed()), name="vacancy_feed"),
    path("vacatures/<slug:slug>/", public.vacancy_detail, name="vacancy_detail"),
    path("mijn-vacatures/", owner.my_vacancies, name="my_vacancies"),
    path("mijn-vacatures/nieuw/", owner.vacancy_create, name="vacancy_create"),
    path("mijn-vacatures/<int:pk>/bewerken/", owner.vacancy_edit, name="vacancy_edit"),
    path("mijn-vacatures/<int:pk>/intrekken/", owner.vacancy_withdraw, name="vacancy_withdraw"),
    path("mijn-vacatures/<int:pk>/opnieuw-plaatsen/", owner.vacancy_repost, name="vacancy_repost"),
    path("zoekopdracht/", alerts.alert_subscribe, name="alert_subscribe"),
    path("zoekopdracht/verstuurd/", alerts.alert_pending, name="alert_pending"),
    path("zoekopdracht/<str:token>/bevestigen/", alerts.alert_confirm, name="alert_confirm"),
    path("zoekopdracht/<str:token>/afmelden/", alerts.alert_unsubscribe, name="alert_unsubscribe"),
    path("<slug:slug>/", public.page, name="page"),
]
