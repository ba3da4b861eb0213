"""Absolute links in templates (e-mails, feeds), on the portal's one configured origin."""

from django import template

from kennispark.links import absolute_url

register = template.Library()


@register.filter
def absolute(path: str) -> str:
    """Return the path as an absolute URL on the portal's origin."""
    return absolute_url(path)
