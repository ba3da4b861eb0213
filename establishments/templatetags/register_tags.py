"""Template helpers of the register pages."""

from django import template

register = template.Library()


@register.simple_tag
def page_url(query_string: str, number: int) -> str:
    """Return the query string of another page of a filtered list."""
    prefix = f"{query_string}&" if query_string else ""
    return f"?{prefix}page={number}"
