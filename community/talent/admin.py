"""Admin for editors: vacancies, fields of work, talent pages and (read-only) vacancy alerts."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import services
from .models import FieldOfWork, TalentPage, Vacancy, VacancyStatus, VacancySubscription


@admin.register(FieldOfWork)
class FieldOfWorkAdmin(admin.ModelAdmin):
    list_display = ["name_nl", "name_en", "slug", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name_en"]}
    search_fields = ["name_nl", "name_en"]


@admin.register(Vacancy)
class VacancyAdmin(admin.ModelAdmin):
    list_display = ["title_nl", "establishment", "kind", "field", "status", "closing_date", "posted_at"]
    list_filter = ["status", "kind", "field", "language", "for_mbo", "for_hbo", "for_wo"]
    search_fields = ["title_nl", "title_en", "establishment__trade_name"]
    list_select_related = ["establishment", "field"]
    raw_id_fields = ["establishment"]
    prepopulated_fields = {"slug": ["title_nl"]}
    readonly_fields = ["created_by", "updated_at"]
    date_hierarchy = "posted_at"
    actions = ["withdraw"]
    fieldsets = [
        (None, {"fields": ["establishment", "title_nl", "title_en", "slug", "kind", "field", "status"]}),
        (_("Who and when"), {"fields": ["for_mbo", "for_hbo", "for_wo", "hours_min", "hours_max", "language"]}),
        (_("Text and applying"), {"fields": ["description_nl", "description_en", "apply_url", "apply_email"]}),
        (_("Dates"), {"fields": ["closing_date", "posted_at", "created_by", "updated_at"]}),
    ]

    @admin.action(description=_("Withdraw the selected vacancies"), permissions=["change"])
    def withdraw(self, request, queryset):
        vacancies = list(queryset.filter(status=VacancyStatus.PUBLISHED))
        for vacancy in vacancies:
            services.vacancy_withdraw(vacancy=vacancy)
        self.message_user(
            request,
            ngettext("%d vacancy withdrawn.", "%d vacancies withdrawn.", len(vacancies)) % len(vacancies),
            messages.SUCCESS,
        )


@admin.register(TalentPage)
class TalentPageAdmin(admin.ModelAdmin):
    list_display = ["title_nl", "slug", "event_category", "order", "is_published", "updated_at"]
    list_editable = ["order", "is_published"]
    prepopulated_fields = {"slug": ["title_nl"]}
    fieldsets = [
        (None, {"fields": ["slug", "order", "is_published", "event_category"]}),
        (_("Dutch"), {"fields": ["title_nl", "summary_nl", "body_nl"]}),
        (_("English"), {"fields": ["title_en", "summary_en", "body_en"]}),
    ]


@admin.register(VacancySubscription)
class VacancySubscriptionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "language", "created_at", "confirmed_at", "last_sent_at"]
    list_filter = ["language", ("confirmed_at", admin.EmptyFieldListFilter)]
    search_fields = ["email"]
    readonly_fields = ["email", "filters", "language", "created_at", "confirmed_at", "last_sent_at"]
    exclude = ["token"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
