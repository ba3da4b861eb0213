import pytest
from django.utils.html import escape

from tests.factories.talent import TalentPageFactory, VacancyFactory, VacancySubscriptionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _editor_permissions():
    """Run the data migration's grant again: a transactional test elsewhere may have flushed its rows."""
    from django.apps import apps

    from community.talent.seeds import editors_grant

    editors_grant(apps)


@pytest.mark.parametrize("model", ["vacancy", "talentpage", "fieldofwork", "vacancysubscription"])
def test_editor_uses_the_admin_for_talent_models(client, editor, model):
    # given: the editor group got this app's permissions from the data migration
    vacancy = VacancyFactory()
    shown = {
        "vacancy": vacancy,
        "talentpage": TalentPageFactory(),
        "fieldofwork": vacancy.field,
        "vacancysubscription": VacancySubscriptionFactory(),
    }[model]
    client.force_login(editor)

    # when
    response = client.get(f"/admin/talent/{model}/")

    # then: the list shows the row and links to its change page
    assert response.status_code == 200
    content = response.content.decode()
    assert f"/admin/talent/{model}/{shown.pk}/change/" in content
    assert escape(str(shown)) in content


def test_editor_edits_a_talent_page_and_scripts_are_stripped(client, editor):
    # given
    page = TalentPageFactory(slug="talent-cafe")
    client.force_login(editor)

    # when
    response = client.post(
        f"/admin/talent/talentpage/{page.pk}/change/",
        {
            "slug": "talent-cafe",
            "order": 1,
            "is_published": "on",
            "event_category": "talent_cafe",
            "title_nl": "Talent Café",
            "title_en": "Talent Café",
            "summary_nl": "",
            "summary_en": "",
            "body_nl": "<p>Welkom</p><script>alert(1)</script>",
            "body_en": '<p onmouseover="x()">Welcome</p>',
        },
    )

    # then
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.body_nl == "<p>Welkom</p>"
    assert page.body_en == "<p>Welcome</p>"


def test_reserved_slug_is_refused_for_a_talent_page(client, editor):
    client.force_login(editor)
    response = client.post(
        "/admin/talent/talentpage/add/",
        {"slug": "vacatures", "order": 0, "title_nl": "X", "title_en": "X", "body_nl": "<p>x</p>"},
    )
    assert response.status_code == 200
    assert "al gebruikt door het talentgedeelte" in response.content.decode()
