"""The portal's roles (Django groups), the one way views and the API check them, and the migrations' grants."""

from collections.abc import Callable, Iterable
from functools import wraps
from typing import Any

from django.apps.registry import Apps
from django.contrib.auth.mixins import AccessMixin
from django.contrib.auth.models import AnonymousUser, User
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.http import HttpRequest, HttpResponseBase
from rest_framework.permissions import BasePermission

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


# The roles read once per user object, i.e. once per request: the view's check and the navigation share them.
ROLES_ATTRIBUTE = "_portal_roles"


def user_has_role(user: User | AnonymousUser, *roles: str) -> bool:
    """Return whether the user is active and in the group of one of the roles (superusers hold every role)."""
    return not user_roles(user).isdisjoint(roles)


def user_roles(user: User | AnonymousUser) -> frozenset[str]:
    """Return every role the user holds, in one query per user object (for checks and links per role)."""
    if not user.is_authenticated or not user.is_active:
        return frozenset()
    if user.is_superuser:
        return frozenset(ALL_ROLES)
    roles: frozenset[str] | None = getattr(user, ROLES_ATTRIBUTE, None)
    if roles is None:
        roles = frozenset(user.groups.filter(name__in=ALL_ROLES).values_list("name", flat=True))
        setattr(user, ROLES_ATTRIBUTE, roles)
    return roles


def user_roles_forget(*, instance: object, **_kwargs: object) -> None:
    """Drop a user object's remembered roles when its groups change (m2m_changed of User.groups)."""
    if isinstance(instance, User) and hasattr(instance, ROLES_ATTRIBUTE):
        delattr(instance, ROLES_ATTRIBUTE)


def user_is_editor(user: User | AnonymousUser) -> bool:
    """Return whether the user edits the portal's content: the editor group, superusers included."""
    # Not `is_staff`: that flag only opens the admin, which acquisition staff and the other staff roles need too.
    return user_has_role(user, EDITOR)


def role_required(*roles: str) -> Callable[[Callable[..., HttpResponseBase]], Callable[..., HttpResponseBase]]:
    """Let only users with one of the roles into a view: anonymous users go to the login page, others get 403."""
    if not roles:
        raise ImproperlyConfigured("role_required needs at least one role.")

    def decorator(view: Callable[..., HttpResponseBase]) -> Callable[..., HttpResponseBase]:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not user_has_role(request.user, *roles):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


class RoleRequiredMixin(AccessMixin):
    """Let only users with one of `required_roles` into a class-based view (anonymous: login page; others: 403)."""

    required_roles: tuple[str, ...] = ()

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not self.required_roles:
            raise ImproperlyConfigured(f"{type(self).__name__} sets no required_roles.")
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if not user_has_role(request.user, *self.required_roles):
            raise PermissionDenied
        # A mixin: the view class it is mixed into supplies dispatch().
        return super().dispatch(request, *args, **kwargs)  # type: ignore[misc, no-any-return]


def role_permission(*roles: str) -> type[BasePermission]:
    """Return a REST framework permission class that admits only authenticated users with one of the roles."""
    if not roles:
        raise ImproperlyConfigured("role_permission needs at least one role.")

    class HasRole(BasePermission):
        def has_permission(self, request: Any, view: Any) -> bool:
            return user_has_role(request.user, *roles)

    HasRole.__name__ = HasRole.__qualname__ = "Has" + "Or".join(role.title().replace("_", "") for role in roles)
    return HasRole


def roles_create(apps: Apps, schema_editor: BaseDatabaseSchemaEditor | None = None, *, roles: tuple[str, ...]) -> None:
    """Create the groups of the roles; for use inside RunPython data migrations."""
    group_model = apps.get_model("auth", "Group")
    for name in roles:
        group_model.objects.get_or_create(name=name)


def roles_remove(apps: Apps, schema_editor: BaseDatabaseSchemaEditor | None = None, *, roles: tuple[str, ...]) -> None:
    """Delete the groups of the roles; the reverse of `roles_create`."""
    apps.get_model("auth", "Group").objects.filter(name__in=roles).delete()


def grant_model_permissions(
    apps: Apps,
    schema_editor: BaseDatabaseSchemaEditor | None,
    *,
    role: str,
    app_label: str,
    codenames: Iterable[str] | None = None,
) -> None:
    """Give a role the permissions of an app's models; for use inside RunPython data migrations."""
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config(app_label)
    # Historical app configs carry no models module; create_permissions skips those without one.
    original_models_module = getattr(app_config, "models_module", None)
    app_config.models_module = True  # type: ignore[assignment]
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
