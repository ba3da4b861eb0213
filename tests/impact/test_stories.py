"""Value stories: sanitised, published only with consent, on the company's directory page, with Article data."""

import datetime
import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from impact.models import Indicator, Story
from impact.services.stories import story_save
from tests.factories.establishments import EstablishmentFactory

pytestmark = pytest.mark.django_db


def _story(**overrides) -> Story:
    fields = {
        "slug": "van-lab-naar-fabriek", "title_nl": "Van lab naar fabriek", "title_en": "From lab to factory",
        "summary_nl": "Een spin-off bouwt een fabriek.", "summary_en": "A spin-off builds a factory.",
        "body_nl": '<p>Tekst<script>alert(1)</script><a href="javascript:alert(1)">x</a></p>',
        "body_en": "<p>Text</p>", "published_on": datetime.date(2025, 5, 1),
        "is_published": True, "consent_recorded": True, "consent_note": "Per e-mail goedgekeurd, 2 mei 2025",
        **overrides,
    }  # fmt: skip
    return Story(**fields)


def test_a_story_without_recorded_consent_cannot_be_published(editor):
    # given
    story = _story(consent_recorded=False, consent_note="")
    # when / then
    with pytest.raises(ValidationError):
        story_save(story=story, by=editor)
    with pytest.raises(IntegrityError), transaction.atomic():
        Story.objects.create(
            **{
                f.attname: getattr(_story(consent_recorded=False), f.attname)
                for f in Story._meta.concrete_fields
                if f.attname != "id"
            }
        )


def test_the_story_text_is_sanitised_and_the_consent_recorder_kept(editor):
    # given / when
    story = story_save(story=_story(), by=editor)
    # then
    assert "<script" not in story.body_nl and "javascript:" not in story.body_nl
    assert story.consent_recorded_by == editor


def test_a_published_story_is_on_the_list_its_page_and_its_companys_page(client, editor):
    # given
    establishment = EstablishmentFactory(trade_name="Fotonica BV")
    story = story_save(story=_story(), by=editor)
    story.establishments.set([establishment])
    story.indicators.set(Indicator.objects.filter(code="spinoffs"))
    draft = story_save(story=_story(slug="concept", title_nl="Conceptverhaal", is_published=False), by=editor)
    # when
    listing = client.get(reverse("impact:stories")).content.decode()
    filtered = client.get(reverse("impact:stories"), {"indicator": "jobs"}).content.decode()
    detail = client.get(story.get_absolute_url()).content.decode()
    company = client.get(establishment.get_absolute_url()).content.decode()
    english = client.get("/en" + story.get_absolute_url()).content.decode()
    hidden = client.get(draft.get_absolute_url())
    # then
    assert "Van lab naar fabriek" in listing and "Conceptverhaal" not in listing
    assert "Van lab naar fabriek" not in filtered
    assert "Van lab naar fabriek" in company
    assert "From lab to factory" in english
    assert hidden.status_code == 404
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', detail, re.S).group(1))
    assert data["@type"] == "Article" and data["headline"] == "Van lab naar fabriek"
    assert data["about"] == [{"@type": "Organization", "name": "Fotonica BV"}]


def test_the_story_filter_refuses_a_bad_year(client):
    # given / when
    response = client.get(reverse("impact:stories"), {"year": "99999"})
    # then
    assert response.status_code == 200


def test_a_story_linked_to_a_project_is_found_by_it_and_shown_on_its_page(
    editor, client, django_capture_on_commit_callbacks
):
    # given
    from impact.selectors import published_stories, stories_for_project
    from tests.factories.programme import ProjectFactory

    project, other = ProjectFactory(), ProjectFactory()
    story = _story(body_nl="<p>Tekst</p>")
    story_save(story=story, by=editor)
    story.projects.set([project])

    # when
    for_project = stories_for_project(project_id=project.pk)
    filtered = list(published_stories(filters={"project": project.pk}))
    client.force_login(editor)
    page = client.get(reverse("programme:project", args=[project.pk])).content.decode()

    # then
    assert for_project == filtered == [story]
    assert stories_for_project(project_id=other.pk) == []
    assert "Van lab naar fabriek" in page
