"""Template tags of impact for the pages of the apps below it: the value stories about a company."""

from django import template

from ..selectors import stories_for_establishment

register = template.Library()


@register.inclusion_tag("impact/_establishment_stories.html")
def establishment_stories(establishment):
    """Render the published value stories about an establishment (for its directory page)."""
    return {"stories": stories_for_establishment(establishment_id=establishment.pk)}
