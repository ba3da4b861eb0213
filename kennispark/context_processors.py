"""Template context that every page of the portal needs."""

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from .links import absolute_url
from .roles import ACQUISITION, COMPANY, EDITOR, PARTNER, PROJECT_LEAD, PROPERTY_OWNER, user_roles


def portal(request: HttpRequest) -> dict[str, object]:
    """Return the language-switch links and the roles of the current user."""
    current = get_language()
    path = request.get_full_path()
    language_links = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(path, code)
        language_links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "absolute_url": absolute_url(url),
                "current": code == current,
            }
        )
    roles = user_roles(request.user)
    return {
        "language_links": language_links,
        "user_is_editor": EDITOR in roles,
        "user_is_acquisition": ACQUISITION in roles,
        "user_is_company": COMPANY in roles,
        "user_is_property_owner": PROPERTY_OWNER in roles,
        "user_sees_programme": bool(roles & {EDITOR, PROJECT_LEAD, PARTNER}),
    }
