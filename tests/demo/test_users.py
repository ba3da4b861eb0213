"""The demo users: one per role, with the demo password, the same after every run."""

import pytest

from demo.users import DEMO_PASSWORD, DEMO_USERS, users_load

pytestmark = pytest.mark.django_db


def test_demo_users_are_idempotent_and_hold_their_roles(django_user_model):
    # when
    users_load()
    users_load()

    # then
    users = {user.username: user for user in django_user_model.objects.prefetch_related("groups")}
    assert set(users) == {spec["username"] for spec in DEMO_USERS}
    assert {"editor", "acquisition", "company", "owner"} <= set(users)
    assert {group.name for group in users["owner"].groups.all()} == {"property_owner"}
    assert {group.name for group in users["editor"].groups.all()} == {"editor"}
    assert users["editor"].is_staff and not users["company"].is_staff
    assert users["acquisition"].check_password(DEMO_PASSWORD)
