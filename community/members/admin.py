"""Admin of the community members: read mostly; deleting a member here erases them as the member's own button does."""

from django.contrib import admin

from . import erasure
from .models import Follow, Member, SavedEvent


class FollowInline(admin.TabularInline):
    model = Follow
    extra = 0
    fields = ["kind", "establishment", "partner", "value"]
    raw_id_fields = ["establishment", "partner"]


@admin.register(Member)
class MemberAdmin(admin.ModelAdmin):
    list_display = ["__str__", "background", "establishment", "visibility", "digest_frequency", "confirmed_at"]
    list_filter = ["background", "visibility", "digest_frequency"]
    search_fields = ["user__first_name", "user__last_name", "user__email"]
    raw_id_fields = ["user", "establishment"]
    readonly_fields = ["confirmed_at", "digest_since", "digest_sent_at", "created_at"]
    filter_horizontal = ["key_positions", "fields_of_work"]
    inlines = [FollowInline]

    def delete_model(self, request, obj):
        erasure.member_delete(member=obj)

    def delete_queryset(self, request, queryset):
        for member in queryset:
            erasure.member_delete(member=member)


@admin.register(SavedEvent)
class SavedEventAdmin(admin.ModelAdmin):
    list_display = ["member", "event", "created_at"]
    raw_id_fields = ["member", "event"]
