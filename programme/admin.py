"""Administration of the programme board for editors: year plans, themes, lines, lead organisations and projects."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Milestone, Organisation, ProgrammeLine, ProgressUpdate, Project, Theme, YearPlan


class ThemeInline(admin.TabularInline):
    model = Theme
    extra = 0
    fields = ["number", "name_nl", "name_en"]


@admin.register(YearPlan)
class YearPlanAdmin(admin.ModelAdmin):
    list_display = ["year", "title_nl"]
    inlines = [ThemeInline]


@admin.register(ProgrammeLine)
class ProgrammeLineAdmin(admin.ModelAdmin):
    list_display = ["name_nl", "name_en", "slug", "position"]
    prepopulated_fields = {"slug": ["name_nl"]}


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "establishment"]
    search_fields = ["name"]
    raw_id_fields = ["establishment"]


class MilestoneInline(admin.TabularInline):
    model = Milestone
    extra = 0
    fields = ["title_nl", "title_en", "planned_quarter", "done_on"]


@admin.register(Project)
class ProjectAdmin(SimpleHistoryAdmin):
    list_display = [
        "__str__",
        "theme",
        "programme_line",
        "lead_organisation",
        "start_quarter",
        "end_quarter",
        "is_public",
    ]
    list_filter = ["year_plans", "theme", "programme_line", "is_public"]
    search_fields = ["name_nl", "name_en"]
    filter_horizontal = ["leads", "targets", "year_plans"]
    raw_id_fields = ["parent"]
    inlines = [MilestoneInline]


@admin.register(ProgressUpdate)
class ProgressUpdateAdmin(admin.ModelAdmin):
    """Updates are fixed snapshots: the admin shows them, a correction is written on the project page."""

    list_display = ["project", "quarter", "status", "author", "submitted_at", "acknowledged_at"]
    list_filter = ["status", "quarter"]

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False
