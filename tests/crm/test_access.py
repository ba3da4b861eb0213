"""Every CRM page and API route is for acquisition staff only; the inbound form is public."""

import pytest
from django.urls import reverse

# (url name, object whose pk the URL takes, extra kwargs, method)
PAGES = [
    ("crm:board", None, {}, "get"),
    ("crm:lead_list", None, {}, "get"),
    ("crm:lead_export", None, {"fmt": "csv"}, "get"),
    ("crm:lead_export", None, {"fmt": "xlsx"}, "get"),
    ("crm:lead_create", None, {}, "get"),
    ("crm:lead_detail", "lead", {}, "get"),
    ("crm:lead_update", "lead", {}, "get"),
    ("crm:lead_stage", "lead", {}, "get"),
    ("crm:lead_win", "lead", {}, "get"),
    ("crm:lead_merge", "lead", {}, "get"),
    ("crm:housing_need_create", "lead", {}, "get"),
    ("crm:contact_create", "lead", {}, "get"),
    ("crm:activity_create", "lead", {}, "get"),
    ("crm:follow_up_create", "lead", {}, "get"),
    ("crm:housing_need_delete", "housing_need", {}, "post"),
    ("crm:contact_update", "contact", {}, "get"),
    ("crm:contact_export", "contact", {}, "get"),
    ("crm:contact_erase", "contact", {}, "get"),
    ("crm:follow_ups", None, {}, "get"),
    ("crm:follow_up_toggle", "follow_up", {}, "post"),
    ("crm:reports", None, {}, "get"),
    ("crm:report_export", None, {"name": "funnel"}, "get"),
    ("crm:report_export", None, {"name": "by_source"}, "get"),
    ("crm:report_export", None, {"name": "by_type"}, "get"),
    ("crm:report_export", None, {"name": "by_key_position"}, "get"),
    ("crm:report_export", None, {"name": "lost_reasons"}, "get"),
    ("crm:report_export", None, {"name": "housing"}, "get"),
    ("crm:report_export", None, {"name": "stale"}, "get"),
    ("crm:import", None, {}, "get"),
    ("crm:settings", None, {}, "get"),
    ("crm:audit", None, {}, "get"),
]
API = [
    ("crm-api:lead-list", None),
    ("crm-api:lead-detail", "lead"),
    ("crm-api:contact-list", None),
    ("crm-api:contact-detail", "contact"),
    ("crm-api:activity-list", None),
    ("crm-api:activity-detail", "activity"),
    ("crm-api:follow-up-list", None),
    ("crm-api:follow-up-detail", "follow_up"),
]


def _url(name, obj_key, kwargs, objects):
    if obj_key:
        kwargs = {**kwargs, "pk": objects[obj_key].pk}
    return reverse(name, kwargs=kwargs)


def _request(client, method, url):
    return client.post(url) if method == "post" else client.get(url)


def test_the_access_lists_cover_every_crm_route():
    # given
    from crm import api, urls

    # when
    page_names = {f"crm:{pattern.name}" for pattern in urls.urlpatterns} - {"crm:inbound", "crm:inbound_thanks"}
    api_names = {f"crm-api:{pattern.name}" for pattern in api.urlpatterns}

    # then
    assert page_names == {name for name, *_ in PAGES}
    assert api_names - {name for name, _ in API} == {"crm-api:lead-stage"}


@pytest.mark.parametrize(("name", "obj_key", "kwargs", "method"), PAGES)
def test_anonymous_users_are_sent_to_login(client, crm_objects, name, obj_key, kwargs, method):
    # when
    response = _request(client, method, _url(name, obj_key, kwargs, crm_objects))

    # then
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("role", ["company_user", "editor"])
@pytest.mark.parametrize(("name", "obj_key", "kwargs", "method"), PAGES)
def test_company_representatives_and_editors_get_403(client, crm_objects, request, role, name, obj_key, kwargs, method):
    # given
    client.force_login(request.getfixturevalue(role))

    # when
    response = _request(client, method, _url(name, obj_key, kwargs, crm_objects))

    # then
    assert response.status_code == 403


@pytest.mark.parametrize(("name", "obj_key", "kwargs", "method"), PAGES)
def test_acquisition_staff_may_use_every_page(client, acquisition_user, crm_objects, name, obj_key, kwargs, method):
    # given
    client.force_login(acquisition_user)

    # when
    response = _request(client, method, _url(name, obj_key, kwargs, crm_objects))

    # then
    assert response.status_code == (302 if method == "post" else 200)


@pytest.mark.parametrize(("name", "obj_key"), [*API, ("crm-api:lead-stage", "lead")])
@pytest.mark.parametrize("role", [None, "company_user", "editor", "acquisition_user"])
def test_api_is_for_acquisition_staff_only(client, crm_objects, request, role, name, obj_key):
    # given
    if role:
        client.force_login(request.getfixturevalue(role))
    url = reverse(name, kwargs={"pk": crm_objects[obj_key].pk} if obj_key else {})

    # when
    if name == "crm-api:lead-stage":
        response = client.post(url, {"stage": "contacted"}, content_type="application/json")
    else:
        response = client.get(url)

    # then
    expected = {None: (401, 403), "company_user": (403,), "editor": (403,), "acquisition_user": (200,)}[role]
    assert response.status_code in expected


def test_inbound_form_is_public(client, db):
    # when
    response = client.get(reverse("crm:inbound"))

    # then: an anonymous visitor gets the form itself, not a login page
    assert response.status_code == 200
    content = response.content.decode()
    assert '<form method="post"' in content
    assert 'name="organisation"' in content
    assert 'name="contact_email"' in content


def test_editors_do_not_see_crm_admin(client, editor, acquisition_user):
    # given
    from django.contrib.auth.models import User

    client.force_login(editor)

    # when
    index = client.get(reverse("admin:index"))
    reasons = client.get(reverse("admin:crm_lostreason_changelist"))

    # then
    assert b"/admin/crm/" not in index.content
    assert reasons.status_code == 403
    superuser = User.objects.create_superuser("root", "root@example.org", "x-very-secret-1")
    client.force_login(superuser)
    assert client.get(reverse("admin:crm_lostreason_changelist")).status_code == 200
