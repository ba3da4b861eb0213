"""The admin of buildings, spaces, questions and facilities, for what the pages do not cover."""

from django.contrib import admin

from .models import AccessRequest, Building, BuildingPhoto, Facility, HousingQuestion, Space


class PhotoInline(admin.TabularInline):
    model = BuildingPhoto
    extra = 0


@admin.register(Building)
class BuildingAdmin(admin.ModelAdmin):
    list_display = ["name", "owner_name", "sub_area", "gross_floor_area_m2"]
    list_filter = ["sub_area"]
    search_fields = ["name", "owner_name", "street_address"]
    raw_id_fields = ["owner"]
    inlines = [PhotoInline]


@admin.register(Space)
class SpaceAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "floor_area_m2", "status", "review_status", "confirmed_at"]
    list_filter = ["kind", "status", "review_status", "building__sub_area"]
    search_fields = ["name", "building__name"]
    list_select_related = ["building"]


@admin.register(HousingQuestion)
class HousingQuestionAdmin(admin.ModelAdmin):
    list_display = ["establishment", "kind", "min_m2", "max_m2", "needed_by", "status"]
    list_filter = ["kind", "status", "reason"]
    raw_id_fields = ["establishment", "created_by"]
    list_select_related = ["establishment"]


@admin.register(Facility)
class FacilityAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "sub_area", "review_status"]
    list_filter = ["kind", "review_status", "sub_area"]
    search_fields = ["name", "organisation_name", "technologies"]
    raw_id_fields = ["establishment", "created_by"]


@admin.register(AccessRequest)
class AccessRequestAdmin(admin.ModelAdmin):
    list_display = ["facility", "organisation", "status", "created_at"]
    list_filter = ["status"]
    raw_id_fields = ["facility", "answered_by"]
