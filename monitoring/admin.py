"""Admin for editors: snapshot runs with their errors, reference totals and the 2035 targets."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from .models import MonitorSnapshot, ReferenceTotal, Target
from .services import snapshot_request


@admin.register(MonitorSnapshot)
class MonitorSnapshotAdmin(admin.ModelAdmin):
    list_display = ("started_at", "status", "is_published", "trigger", "observation_count", "duration", "short_error")
    list_filter = ("status", "is_published", "trigger")
    date_hierarchy = "started_at"
    readonly_fields = [field.name for field in MonitorSnapshot._meta.fields if field.name != "id"]
    actions = ["compute_now"]

    @admin.display(description=_("duration (s)"))
    def duration(self, snapshot):
        seconds = snapshot.duration_seconds
        return f"{seconds:.1f}" if seconds is not None else "–"

    @admin.display(description=_("error"))
    def short_error(self, snapshot):
        return snapshot.error[:120]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Compute a new snapshot now"), permissions=["view"])
    def compute_now(self, request, queryset):
        snapshot_request()
        self.message_user(request, _("The computation has been queued; refresh this list in a minute."), messages.INFO)


@admin.register(ReferenceTotal)
class ReferenceTotalAdmin(admin.ModelAdmin):
    list_display = ("area", "year", "dimension", "category", "establishments", "jobs", "added_value_meur", "source")
    list_filter = ("area", "dimension", "year")
    list_editable = ("establishments", "jobs", "added_value_meur", "source")
    ordering = ("area", "-year", "dimension", "category")
    search_fields = ("source",)


@admin.register(Target)
class TargetAdmin(admin.ModelAdmin):
    list_display = ("indicator", "target_value", "target_year", "baseline_value", "baseline_year", "source")
    list_editable = ("target_value", "target_year", "baseline_value", "baseline_year")
    ordering = ("position",)
