import pytest
from django.contrib.auth.models import Group

from tests.factories.users import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db


def test_roles_exist_as_groups_after_migrations():
    assert set(Group.objects.values_list("name", flat=True)) >= {"editor", "acquisition", "company"}


def test_login_and_logout(client, company_user):
    # when
    response = client.post("/accounts/login/", {"username": company_user.username, "password": DEFAULT_PASSWORD})

    # then
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == company_user.pk

    # when
    client.post("/accounts/logout/")

    # then
    assert "_auth_user_id" not in client.session


def test_wrong_password_keeps_the_username_and_explains_in_dutch(client, company_user):
    response = client.post("/accounts/login/", {"username": company_user.username, "password": "not-it"})

    body = response.content.decode()
    assert response.status_code == 200
    assert f'value="{company_user.username}"' in body
    assert "Voer een juiste gebruikersnaam en wachtwoord in" in body


def test_password_reset_sends_a_link_without_revealing_whether_the_account_exists(client, editor, mailoutbox):
    # when
    known = client.post("/accounts/password-reset/", {"email": editor.email})
    unknown = client.post("/accounts/password-reset/", {"email": "nobody@example.org"})

    # then
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == [editor.email]
    assert "/accounts/password-reset/" in mailoutbox[0].body


def test_editor_reaches_the_admin(client, editor):
    # given
    client.force_login(editor)

    # when
    response = client.get("/admin/")

    # then: the admin's index, not its login form
    assert response.status_code == 200
    assert response.context["user"] == editor
    assert "Kennispark Twente" in response.content.decode()
    assert 'name="password"' not in response.content.decode()


def test_company_representative_does_not_reach_the_admin(client, company_user):
    client.force_login(company_user)

    response = client.get("/admin/")

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
