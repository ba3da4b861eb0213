"""Admin for the CRM's configuration; only acquisition staff and superusers see it (editors never do)."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from kennispark.roles import ACQUISITION, user_has_role

from .models import LostReason, Stage


class AcquisitionOnlyAdmin(SimpleHistoryAdmin):
    """Hide the model from everybody outside acquisition, whatever permissions they were given."""

    def has_module_permission(self, request):
        return user_has_role(request.user, ACQUISITION)

    def has_view_permission(self, request, obj=None):
        return user_has_role(request.user, ACQUISITION)

    def has_add_permission(self, request):
        return user_has_role(request.user, ACQUISITION)

    def has_change_permission(self, request, obj=None):
        return user_has_role(request.user, ACQUISITION)

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Stage)
class StageAdmin(AcquisitionOnlyAdmin):
    list_display = ["__str__", "probability"]
    list_editable = ["probability"]
    fields = ["code", "probability"]


@admin.register(LostReason)
class LostReasonAdmin(AcquisitionOnlyAdmin):
    list_display = ["name_nl", "name_en", "position", "is_active"]
    list_editable = ["position", "is_active"]
