"""The admin of impact: definitions and their versions, contributions, and the value stories with consent."""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from simple_history.admin import SimpleHistoryAdmin

from .models import Contribution, Indicator, IndicatorVersion, Story, Subsidy, Survey
from .services.stories import stories_changed, story_save


class VersionInline(admin.StackedInline):
    model = IndicatorVersion
    extra = 0
    can_delete = False

    def has_change_permission(self, request, obj=None):
        # A definition is never changed in place: a change is a new version, so the series shows the break.
        return False


class ContributionInline(admin.TabularInline):
    model = Contribution
    extra = 1


@admin.register(Indicator)
class IndicatorAdmin(SimpleHistoryAdmin):
    list_display = ["code", "source", "programme_line", "target", "position"]
    list_filter = ["source", "programme_line"]
    search_fields = ["code", "versions__name_nl", "versions__name_en"]
    readonly_fields = ["code", "source"]
    inlines = [VersionInline, ContributionInline]


class StoryAdminForm(forms.ModelForm):
    class Meta:
        model = Story
        fields = [
            "slug", "title_nl", "title_en", "summary_nl", "summary_en", "body_nl", "body_en", "image", "image_alt_nl",
            "image_alt_en", "published_on", "is_published", "consent_recorded", "consent_note", "in_report",
            "establishments", "indicators", "projects",
        ]  # fmt: skip

    def clean(self):
        data = super().clean()
        if data.get("is_published") and not (data.get("consent_recorded") and (data.get("consent_note") or "").strip()):
            raise ValidationError(
                {"is_published": _("Record the consent of the people and companies quoted before publishing.")}
            )
        return data


@admin.register(Story)
class StoryAdmin(SimpleHistoryAdmin):
    form = StoryAdminForm
    list_display = ["title_nl", "published_on", "is_published", "consent_recorded", "in_report"]
    list_filter = ["is_published", "consent_recorded", "in_report"]
    search_fields = ["title_nl", "title_en"]
    prepopulated_fields = {"slug": ["title_nl"]}
    autocomplete_fields = ["establishments"]
    filter_horizontal = ["indicators", "projects"]

    def save_model(self, request, obj, form, change):
        story_save(story=obj, by=request.user)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        stories_changed()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        stories_changed()


@admin.register(Subsidy)
class SubsidyAdmin(SimpleHistoryAdmin):
    list_display = ["funder", "programme", "amount", "starts_on", "ends_on", "status"]
    list_filter = ["status", "funder_kind"]
    readonly_fields = ["status", "entered_by", "reviewed_by", "reviewed_at", "return_reason"]

    def has_change_permission(self, request, obj=None):
        # Subsidies go through the review on the editors' page, never around it.
        return False

    def has_add_permission(self, request):
        return False


@admin.register(Survey)
class SurveyAdmin(SimpleHistoryAdmin):
    list_display = ["year", "title_nl", "status"]
