"""The portal's roles (Django groups) and helpers for the data migrations that grant them rights."""

from django.contrib.auth.models import AnonymousUser, User

EDITOR = "editor"
ACQUISITION = "acquisition"
COMPANY = "company"
PROJECT_LEAD = "project_lead"
PARTNER = "partner"
PROPERTY_OWNER = "property_owner"
ALL_ROLES = (EDITOR, ACQUISITION, COMPANY, PROJECT_LEAD, PARTNER, PROPERTY_OWNER)
# Roles that work with non-public data of other people or organisations: they get (and may be made to use) a
# second factor at login.
STAFF_ROLES = (EDITOR, ACQUISITION, PROJECT_LEAD, PARTNER, PROPERTY_OWNER)


def user_has_role(user: User | AnonymousUser, role: str) -> bool:
    """Return whether the user is active and in the group of the role (superusers hold every role)."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name=role).exists()


def grant_model_permissions(apps, schema_editor, *, role: str, app_label: str, codenames=None) -> None:
    """Give a role the permissions of an app's models; for use inside RunPython data migrations."""
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config(app_label)
    # Historical app configs carry no models module; create_permissions skips those without one.
    original_models_module = getattr(app_config, "models_module", None)
    app_config.models_module = True
    try:
        create_permissions(app_config, verbosity=0, apps=apps)
    finally:
        app_config.models_module = original_models_module
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    group, _ = group_model.objects.get_or_create(name=role)
    permissions = permission_model.objects.filter(content_type__app_label=app_label)
    if codenames is not None:
        permissions = permissions.filter(codename__in=codenames)
    group.permissions.add(*permissions)
