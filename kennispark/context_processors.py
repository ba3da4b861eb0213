"""Template context that every page of the portal needs."""

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, get_language_info

from .links import absolute_url
from .roles import ACQUISITION, COMPANY, EDITOR, PARTNER, PROJECT_LEAD, PROPERTY_OWNER, user_roles


def language_links(request: HttpRequest) -> list[dict[str, object]]:
    """Return this page's address in every language, for the language switch and the hreflang alternates."""
    current = get_language()
    path = request.get_full_path()
    links = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(path, code)
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "absolute_url": absolute_url(url),
                "current": code == current,
            }
        )
    return links


def portal(request: HttpRequest) -> dict[str, object]:
    """Return the language-switch links and the roles of the current user."""
    roles = user_roles(request.user)
    user = request.user
    return {
        # Lazy: the header is a cached fragment, so the links are worked out only when it is rendered afresh.
        "language_links": SimpleLazyObject(lambda: language_links(request)),
        # What the header and menu depend on besides the address and language (templates/_partials/header.html).
        "CHROME_SECONDS": settings.CHROME_CACHE_SECONDS,
        "chrome_key": f"{user.pk or 0}:{','.join(sorted(roles))}:{int(user.is_staff)}",
        "user_is_editor": EDITOR in roles,
        "user_is_acquisition": ACQUISITION in roles,
        "user_is_company": COMPANY in roles,
        "user_is_property_owner": PROPERTY_OWNER in roles,
        "user_sees_programme": bool(roles & {EDITOR, PROJECT_LEAD, PARTNER}),
    }
