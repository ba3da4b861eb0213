"""One way to check roles: the editor rule, the view decorator, the class mixin and the API permission."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import timezone
from django.views import View
from rest_framework.test import APIRequestFactory

from kennispark.roles import (
    ACQUISITION,
    ALL_ROLES,
    COMPANY,
    EDITOR,
    PARTNER,
    RoleRequiredMixin,
    role_permission,
    role_required,
    user_has_role,
    user_is_editor,
    user_roles,
)
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db


def _request(user, path="/redactie/?pagina=2"):
    request = RequestFactory().get(path)
    request.user = user
    return request


@role_required(EDITOR, ACQUISITION)
def _staff_page(request):
    return HttpResponse("ok")


class _AcquisitionPage(RoleRequiredMixin, View):
    required_roles = (ACQUISITION,)

    def get(self, request):
        return HttpResponse("ok")


def test_the_editor_rule_is_the_editor_group_and_superusers_not_the_admin_flag():
    # given
    editor = UserFactory(roles=[EDITOR])
    superuser = UserFactory(is_superuser=True)
    admin_only = UserFactory(is_staff=True)  # acquisition staff need the admin for the CRM's settings
    acquisition = UserFactory(roles=[ACQUISITION], is_staff=True)
    inactive_editor = UserFactory(roles=[EDITOR], is_active=False)

    # when / then
    assert user_is_editor(editor) and user_is_editor(superuser)
    assert not user_is_editor(admin_only)
    assert not user_is_editor(acquisition)
    assert not user_is_editor(inactive_editor)
    assert not user_is_editor(AnonymousUser())


def test_a_user_holds_a_role_through_any_of_the_roles_asked_for():
    # given
    partner = UserFactory(roles=[PARTNER])

    # when / then
    assert user_has_role(partner, EDITOR, PARTNER)
    assert not user_has_role(partner, EDITOR, ACQUISITION)


def test_the_roles_of_a_user_are_read_in_one_query(django_assert_num_queries):
    # given
    user = UserFactory(roles=[COMPANY, ACQUISITION])
    superuser = UserFactory(is_superuser=True)

    # when
    with django_assert_num_queries(1):
        roles = user_roles(user)

    # then
    assert roles == {COMPANY, ACQUISITION}
    assert user_roles(superuser) == set(ALL_ROLES)
    assert user_roles(AnonymousUser()) == set()


def test_the_decorator_sends_anonymous_visitors_to_the_login_page_with_their_address():
    # when
    response = _staff_page(_request(AnonymousUser()))

    # then
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/redactie/%3Fpagina%3D2"


def test_the_decorator_refuses_users_without_the_role_and_admits_those_with_one():
    # given
    company = UserFactory(roles=[COMPANY])
    acquisition = UserFactory(roles=[ACQUISITION])

    # when / then
    with pytest.raises(PermissionDenied):
        _staff_page(_request(company))
    assert _staff_page(_request(acquisition)).content == b"ok"


def test_the_mixin_behaves_like_the_decorator():
    # given
    view = _AcquisitionPage.as_view()
    editor = UserFactory(roles=[EDITOR])
    acquisition = UserFactory(roles=[ACQUISITION])

    # when
    anonymous = view(_request(AnonymousUser()))

    # then
    assert anonymous.status_code == 302
    assert anonymous["Location"] == "/accounts/login/?next=/redactie/%3Fpagina%3D2"
    with pytest.raises(PermissionDenied):
        view(_request(editor))
    assert view(_request(acquisition)).content == b"ok"


def test_a_view_or_permission_without_roles_is_a_configuration_error():
    class _NoRoles(RoleRequiredMixin, View):
        pass

    with pytest.raises(ImproperlyConfigured):
        role_required()
    with pytest.raises(ImproperlyConfigured):
        role_permission()
    with pytest.raises(ImproperlyConfigured):
        _NoRoles.as_view()(_request(UserFactory(is_superuser=True)))


def test_the_api_permission_admits_only_users_with_the_role():
    # given
    permission = role_permission(ACQUISITION)()
    request = APIRequestFactory().get("/api/crm/leads/")

    # when / then
    for user, allowed in [
        (AnonymousUser(), False),
        (UserFactory(roles=[EDITOR]), False),
        (UserFactory(roles=[ACQUISITION]), True),
        (UserFactory(is_superuser=True), True),
    ]:
        request.user = user
        assert permission.has_permission(request, view=None) is allowed
    assert type(permission).__name__ == "HasAcquisition"


def test_staff_without_the_editor_role_do_not_see_the_monitors_failed_runs(client):
    # given: the monitor's pages used to count `is_staff` as an editor too
    from monitoring.models import MonitorSnapshot, SnapshotStatus

    failed = MonitorSnapshot.objects.create(status=SnapshotStatus.FAILED, started_at=timezone.now(), error="boom")

    # when
    client.force_login(UserFactory(is_staff=True))
    as_admin_only = client.get("/kerncijfers/")
    client.force_login(UserFactory(roles=[EDITOR]))
    as_editor = client.get("/kerncijfers/")

    # then
    assert as_admin_only.context["failed_runs"] == []
    assert as_editor.context["failed_runs"] == [failed]


def test_data_migrations_create_and_remove_the_groups_of_roles():
    # given
    from django.apps import apps
    from django.contrib.auth.models import Group

    from kennispark.roles import roles_create, roles_remove

    # when
    roles_create(apps, roles=("tester", "reviewer"))
    roles_create(apps, roles=("tester",))
    created = set(Group.objects.filter(name__in=["tester", "reviewer"]).values_list("name", flat=True))
    roles_remove(apps, roles=("tester", "reviewer"))

    # then
    assert created == {"tester", "reviewer"}
    assert not Group.objects.filter(name__in=["tester", "reviewer"]).exists()
    assert set(Group.objects.filter(name__in=ALL_ROLES).values_list("name", flat=True)) == set(ALL_ROLES)
