"""Administration of the register for editors: history and revert via simple-history."""

from django.contrib import admin, messages
from django.contrib.auth.models import User
from django.db import models
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from kennispark.roles import COMPANY

from . import self_service, services
from .models import (
    Establishment,
    ImportJob,
    KeyPosition,
    KeyPositionProposal,
    ProposalStatus,
    RepresentativeInvitation,
    SbiDivision,
    SbiSection,
    Sector,
    YearlyObservation,
)


class YearlyObservationInline(admin.TabularInline):
    model = YearlyObservation
    extra = 0
    fields = ["year", "jobs", "added_value_keur"]
    ordering = ["-year"]


@admin.register(Establishment)
class EstablishmentAdmin(SimpleHistoryAdmin):
    list_display = ["trade_name", "kvk_number", "branch_number", "sub_area", "sbi_code", "is_active"]
    list_filter = [
        "is_active",
        "sub_area",
        "sbi_division__sector",
        "bci_cluster",
        "key_positions",
        "is_startup",
        "is_spinoff",
        "is_rd_branch",
        "is_knowledge_intensive",
    ]
    search_fields = ["trade_name", "kvk_number", "branch_number", "postcode"]
    list_select_related = ["sbi_division"]
    prepopulated_fields = {"slug": ["trade_name"]}
    autocomplete_fields = ["sbi_division"]
    filter_horizontal = ["key_positions", "representatives"]
    readonly_fields = ["created_at", "updated_at", "public_page"]
    inlines = [YearlyObservationInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    history_list_display = ["trade_name", "sub_area", "website"]
    fieldsets = [
        (None, {"fields": ["trade_name", "slug", "public_page", "kvk_number", "branch_number"]}),
        (_("Location"), {"fields": ["street_address", "postcode", "city", "sub_area"]}),
        (
            _("Classification"),
            {
                "fields": [
                    "sbi_code",
                    "sbi_division",
                    "bci_cluster",
                    "key_positions",
                    "is_knowledge_intensive",
                    "is_startup",
                    "is_spinoff",
                    "is_rd_branch",
                    "founded_on",
                    "settled_on",
                ]
            },
        ),
        (
            _("Public profile"),
            {
                "fields": [
                    "website",
                    "description_nl",
                    "description_en",
                    "logo",
                    "contact_name",
                    "contact_email",
                    "contact_phone",
                    "representatives",
                ]
            },
        ),
        (_("Status"), {"fields": ["is_active", "deactivated_on", "deactivation_reason", "deactivation_note"]}),
        (_("Record"), {"fields": ["created_at", "updated_at"]}),
    ]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "representatives":
            # Only accounts in the company role can represent; editors need no rights on users for this list.
            kwargs["queryset"] = User.objects.filter(groups__name=COMPANY).order_by("username")
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if {"bci_cluster", "sbi_code", "sub_area"} & set(form.changed_data):
            # The monitor's breakdowns depend on these; it recomputes once the change commits.
            services.monitor_recompute_request()

    @admin.display(description=_("public page"))
    def public_page(self, establishment):
        if not establishment.pk or not establishment.is_active:
            return "–"
        return format_html('<a href="{}">{}</a>', establishment.get_absolute_url(), establishment.get_absolute_url())


@admin.register(YearlyObservation)
class YearlyObservationAdmin(SimpleHistoryAdmin):
    list_display = ["establishment", "year", "jobs", "added_value_keur"]
    list_filter = ["year"]
    search_fields = ["establishment__trade_name", "establishment__kvk_number"]
    list_select_related = ["establishment"]
    autocomplete_fields = ["establishment"]


@admin.register(Sector)
class SectorAdmin(admin.ModelAdmin):
    list_display = ["name_nl", "name_en", "slug", "position"]
    list_editable = ["position"]


@admin.register(SbiSection)
class SbiSectionAdmin(admin.ModelAdmin):
    list_display = ["code", "name_nl", "name_en"]


@admin.register(SbiDivision)
class SbiDivisionAdmin(SimpleHistoryAdmin):
    list_display = ["code", "name_nl", "section", "sector", "base"]
    list_filter = ["base", "sector", "section"]
    list_editable = ["sector", "base"]
    list_select_related = ["section", "sector"]
    search_fields = ["code", "name_nl", "name_en"]


@admin.register(KeyPosition)
class KeyPositionAdmin(admin.ModelAdmin):
    list_display = ["name_nl", "name_en", "aliases", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name_en"]}


@admin.register(RepresentativeInvitation)
class RepresentativeInvitationAdmin(admin.ModelAdmin):
    list_display = ["establishment", "email", "created_at", "expires_at", "accepted_at"]
    list_select_related = ["establishment"]
    search_fields = ["email", "establishment__trade_name"]
    readonly_fields = ["establishment", "email", "invited_by", "created_at", "expires_at", "accepted_at", "accepted_by"]

    def has_add_permission(self, request):
        return False  # invitations are sent from the company page, which e-mails the link

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(ImportJob)
class ImportJobAdmin(admin.ModelAdmin):
    list_display = ["original_name", "status", "row_count", "uploaded_by", "created_at", "result_page"]
    list_filter = ["status"]
    list_select_related = ["uploaded_by"]
    readonly_fields = [field.name for field in ImportJob._meta.fields]

    def add_view(self, request, form_url="", extra_context=None):
        return redirect("establishments:import_upload")  # uploads run through the portal's progress page

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("result"))
    def result_page(self, job):
        return format_html('<a href="{}">{}</a>', reverse("establishments:import_detail", args=[job.pk]), _("view"))


@admin.register(KeyPositionProposal)
class KeyPositionProposalAdmin(admin.ModelAdmin):
    list_display = ["establishment", "proposed", "proposed_by", "status", "created_at"]
    list_filter = ["status"]
    list_select_related = ["establishment", "proposed_by"]
    readonly_fields = ["establishment", "key_positions", "proposed_by", "status", "created_at", "decided_at"]
    actions = ["accept_proposals", "reject_proposals"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("key_positions")

    def has_add_permission(self, request):
        return False

    @admin.display(description=_("proposed key positions"))
    def proposed(self, proposal):
        return ", ".join(str(key_position) for key_position in proposal.key_positions.all()) or "–"

    @admin.action(description=_("Accept the selected proposals"), permissions=["change"])
    def accept_proposals(self, request, queryset):
        self._decide(request, queryset, accept=True)

    @admin.action(description=_("Reject the selected proposals"), permissions=["change"])
    def reject_proposals(self, request, queryset):
        self._decide(request, queryset, accept=False)

    def _decide(self, request, queryset, *, accept: bool):
        pending = list(queryset.filter(status=ProposalStatus.PENDING))
        for proposal in pending:
            self_service.key_position_proposal_decide(proposal=proposal, accept=accept, user=request.user)
        self.message_user(request, _("%(count)s proposal(s) decided.") % {"count": len(pending)}, messages.SUCCESS)
