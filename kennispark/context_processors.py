"""Template context that every page of the portal needs."""

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from .roles import ACQUISITION, COMPANY, EDITOR


def portal(request) -> dict:
    """Return the language-switch links and the roles of the current user."""
    current = get_language()
    path = request.get_full_path()
    language_links = [
        {
            "code": code,
            "name": get_language_info(code)["name_local"],
            "url": translate_url(path, code),
            "current": code == current,
        }
        for code, _name in settings.LANGUAGES
    ]
    user = request.user
    group_names = set()
    if user.is_authenticated:
        group_names = {group.name for group in user.groups.all()}
    return {
        "language_links": language_links,
        "user_is_editor": user.is_authenticated and (user.is_superuser or EDITOR in group_names),
        "user_is_acquisition": user.is_authenticated and (user.is_superuser or ACQUISITION in group_names),
        "user_is_company": user.is_authenticated and COMPANY in group_names,
    }
