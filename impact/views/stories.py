"""The public value stories: a filtered list and each story with schema.org Article data."""

from django import forms
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from kennispark import content_versions
from kennispark.links import absolute_url
from kennispark.response_cache import cache_public
from kennispark.roles import user_is_editor

from .. import selectors
from ..models import Indicator, Story

AREAS = (content_versions.STORIES, content_versions.IMPACT, content_versions.ESTABLISHMENTS)


class StoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    indicator = forms.ChoiceField(label=_("Indicator"), required=False)
    year = forms.IntegerField(label=_("Year"), required=False, min_value=2000, max_value=2100)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicator"].choices = [("", _("all indicators"))] + [
            (indicator.code, indicator.code)
            for indicator in Indicator.objects.filter(stories__is_published=True).distinct()
        ]


@require_GET
@cache_public(*AREAS)
def story_list(request):
    """List the published value stories, filtered by indicator, year or words."""
    form = StoryFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    if form.is_bound and not form.is_valid():
        stories = Story.objects.none()
    else:
        stories = selectors.published_stories(filters=filters)
    return render(request, "impact/story_list.html", {"form": form, "stories": stories})


def story_json_ld(story: Story) -> dict:
    """Return the schema.org Article of a story (the template renders it with the json_ld filter)."""
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": str(story.title),
        "description": str(story.summary),
        "datePublished": story.published_on.isoformat(),
        "dateModified": story.updated_at.date().isoformat(),
        "url": absolute_url(story.get_absolute_url()),
        "publisher": {"@type": "Organization", "name": "Kennispark Twente"},
        "about": [
            {"@type": "Organization", "name": establishment.trade_name} for establishment in story.establishments.all()
        ],
    }
    if story.image:
        data["image"] = absolute_url(story.image.url)
    return data


@require_GET
@cache_public(*AREAS)
def story_detail(request, slug: str):
    """Show a published story (editors also see drafts) with its links and Article data."""
    try:
        story = selectors.story_get(slug=slug, published_only=not user_is_editor(request.user))
    except Story.DoesNotExist:
        raise Http404 from None
    return render(request, "impact/story_detail.html", {"story": story, "json_ld": story_json_ld(story)})
