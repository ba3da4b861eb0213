"""The admin's home leads editors to the portal's work pages, not only to the tables."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_the_admin_home_links_every_work_page_of_an_editor(client, editor):
    # given: the editors' grants as the migrations give them (a transactional test before may have flushed them)
    from django.contrib.auth.models import Permission

    editor.user_permissions.add(*Permission.objects.filter(codename__endswith="_keypositionproposal"))
    client.force_login(editor)
    work_pages = [
        reverse("work"),
        reverse("events:review_queue"),
        reverse("space:review_queue"),
        reverse("programme:inbox"),
        reverse("establishments:import_upload"),
        reverse("establishments:import_sample", args=["xlsx"]),
        reverse("admin:establishments_keypositionproposal_changelist"),
    ]

    # when
    index = client.get(reverse("admin:index"))

    # then: each link is there, and each leads to a page the editor may open
    content = index.content.decode()
    assert index.status_code == 200
    assert [url for url in work_pages if f'href="{url}"' not in content] == []
    assert [url for url in work_pages if client.get(url).status_code != 200] == []
    assert f'href="{reverse("crm:board")}"' not in content


def test_staff_without_a_work_role_see_no_work_links(client):
    # given
    from tests.factories.users import UserFactory

    client.force_login(UserFactory(is_staff=True))

    # when
    content = client.get(reverse("admin:index")).content.decode()

    # then
    assert 'id="portal-work"' not in content
    assert f'href="{reverse("work")}"' not in content
