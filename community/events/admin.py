"""The admin of the events calendar, for editors: venues, partners, events with review actions, registrations."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from . import services
from .models import Event, EventStatus, PartnerOrganisation, Registration, Venue


@admin.register(Venue)
class VenueAdmin(admin.ModelAdmin):
    list_display = ["name", "address", "postcode", "city", "sub_area", "is_active"]
    list_filter = ["sub_area", "is_active"]
    search_fields = ["name", "address"]


@admin.register(PartnerOrganisation)
class PartnerOrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "website"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


class RegistrationInline(admin.TabularInline):
    model = Registration
    extra = 0
    fields = ["occurrence_start", "name", "email", "background", "status", "created_at", "anonymised_at"]
    readonly_fields = ["occurrence_start", "created_at", "anonymised_at"]


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["title_nl", "starts_at", "category", "organiser_kind", "status", "registration_open", "capacity"]
    list_filter = ["status", "category", "organiser_kind", "venue__sub_area", "registration_open"]
    search_fields = ["title_nl", "title_en", "organiser_establishment__trade_name", "organiser_partner__name"]
    list_select_related = ["venue", "organiser_establishment", "organiser_partner"]
    raw_id_fields = ["organiser_establishment"]
    autocomplete_fields = ["participating_establishments"]
    date_hierarchy = "starts_at"
    readonly_fields = ["uid", "sequence", "published_at", "submitted_by", "created_at", "updated_at"]
    inlines = [RegistrationInline]
    actions = ["approve_events", "cancel_events"]

    @admin.action(description=_("Approve and publish the selected events"))
    def approve_events(self, request, queryset):
        for event in queryset.exclude(status=EventStatus.APPROVED):
            services.event_approve(event=event, user=request.user)
        messages.success(request, _("The selected events are published."))

    @admin.action(description=_("Cancel the selected events"))
    def cancel_events(self, request, queryset):
        for event in queryset.exclude(status=EventStatus.CANCELLED):
            services.event_cancel(event=event, user=request.user)
        messages.success(request, _("The selected events are cancelled."))

    def save_model(self, request, obj, form, change):
        services.event_save(event=obj, user=request.user)


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = ["event", "occurrence_start", "name", "background", "status", "created_at"]
    list_filter = ["status", "background"]
    search_fields = ["name", "email", "event__title_nl"]
    list_select_related = ["event"]
    readonly_fields = ["user", "created_at", "cancelled_at", "anonymised_at"]
    list_display_links = ["name"]
