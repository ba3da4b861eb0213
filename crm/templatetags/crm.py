"""Template filters of the CRM."""

from django import template

register = template.Library()


@register.filter
def person(user) -> str:
    """Return a user's full name, or user name; empty for no user."""
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()
