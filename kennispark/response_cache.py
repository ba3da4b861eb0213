"""Whole-response caching of public pages for anonymous visitors, with ETags and each visitor's own CSRF token.

A page is stored under its address, language, the request headers it depends on and the content versions of
the areas it shows, so a change is visible on the next request without deleting anything. A page with a form
is stored with a placeholder where the CSRF token was, and every visitor gets their own token put in.
"""

import hashlib
import re
import time
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import (  # type: ignore[attr-defined]  # the unmasking helper is private, so unstubbed
    _unmask_cipher_token,
    get_token,
)
from django.template.response import SimpleTemplateResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date
from django.utils.translation import get_language

from .content_versions import AREAS, content_versions_get

TOKEN_PLACEHOLDER = b"kp-csrf-token-placeholder-0000000000000000000000000000000000000"
# A masked CSRF token: 64 letters and digits, standing alone.
MASKED_TOKEN = re.compile(rb"(?<![A-Za-z0-9])[A-Za-z0-9]{64}(?![A-Za-z0-9])")
MESSAGES_COOKIE = "messages"
UNSTORABLE_CACHE_CONTROL = ("private", "no-store", "no-cache")
# The API answers JSON or, to a browser, its browsable HTML.
API_HEADERS = ("Accept",)
View = Callable[..., HttpResponse]


def _request_is_cacheable(request: HttpRequest) -> bool:
    # Without a session cookie nobody is logged in and no message waits, so the page is everybody's page.
    return (
        request.method in ("GET", "HEAD")
        and settings.RESPONSE_CACHE_SECONDS > 0
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and MESSAGES_COOKIE not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )


def _page_key(request: HttpRequest, areas: tuple[str, ...], headers: tuple[str, ...]) -> str:
    versions = content_versions_get(areas)
    parts: list[str] = [
        request.method or "",
        request.scheme or "",
        request.get_host(),
        request.get_full_path(),
        get_language(),
        *(f"{area}={versions[area]}" for area in sorted(versions)),
        *(f"{header}={request.headers.get(header, '')}" for header in headers),
    ]
    return "kp:page:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _response_is_storable(request: HttpRequest, response: HttpResponse) -> bool:
    cache_control = response.get("Cache-Control", "")
    messages = getattr(request, "_messages", None)
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not any(directive in cache_control for directive in UNSTORABLE_CACHE_CONTROL)
        and not getattr(messages, "added_new", False)
    )


def _content_without_tokens(request: HttpRequest, content: bytes) -> tuple[bytes, bool]:
    secret = request.META.get("CSRF_COOKIE")
    if not (secret and request.META.get("CSRF_COOKIE_NEEDS_UPDATE")):
        return content, False
    found = False

    def replace(match: re.Match[bytes]) -> bytes:
        nonlocal found
        if _unmask_cipher_token(match.group().decode()) != secret:
            return bytes(match.group())
        found = True
        return TOKEN_PLACEHOLDER

    return MASKED_TOKEN.sub(replace, content), found


def _entry_from(request: HttpRequest, response: HttpResponse) -> dict[str, Any] | None:
    if not _response_is_storable(request, response):
        return None
    content, has_token = _content_without_tokens(request, response.content)
    return {
        "content": content,
        "headers": [(name, value) for name, value in response.items() if name.lower() != "vary"],
        "has_token": has_token,
        "etag": hashlib.sha256(content).hexdigest()[:32],
        "stored_at": time.time(),
    }


def _response_from(request: HttpRequest, entry: dict[str, Any], headers: tuple[str, ...]) -> HttpResponse:
    content = entry["content"]
    etag = entry["etag"]
    last_modified = None
    if entry["has_token"]:
        token = get_token(request)
        content = content.replace(TOKEN_PLACEHOLDER, token.encode())
        # The page holds the visitor's own token: after their token changes, their copy is no longer valid.
        etag += "-" + hashlib.sha256(request.META["CSRF_COOKIE"].encode()).hexdigest()[:12]
    else:
        last_modified = int(entry["stored_at"])
    response = HttpResponse(content)
    for name, value in entry["headers"]:
        response[name] = value
    response["ETag"] = f'"{etag}"'
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified)
    patch_vary_headers(response, ("Cookie", *headers))
    # A page with a visitor's token must not be kept by a shared cache and given to someone else.
    patch_cache_control(
        response, **{"private" if entry["has_token"] else "public": True}, max_age=settings.RESPONSE_CACHE_MAX_AGE
    )
    conditional = get_conditional_response(
        request, etag=response["ETag"], last_modified=last_modified, response=response
    )
    return conditional or response


def cache_public(*areas: str, headers: tuple[str, ...] = ()) -> Callable[[View], View]:
    """Serve the view's page to anonymous visitors from the cache while the content of `areas` is unchanged.

    Put it closest to the view function, so decorators above it still mark every response it returns.
    """
    unknown = set(areas) - set(AREAS)
    if unknown:
        raise ValueError(f"Unknown content areas: {sorted(unknown)}")

    def decorator(view: View) -> View:
        @wraps(view)
        def cached_view(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not _request_is_cacheable(request):
                return view(request, *args, **kwargs)
            # The versions are read before the page: a page rendered during a change is stored under the old ones.
            key = _page_key(request, areas, headers)
            entry = cache.get(key)
            if entry is None:
                response = view(request, *args, **kwargs)
                if isinstance(response, SimpleTemplateResponse):  # DRF responses render late too
                    response.render()
                entry = _entry_from(request, response)
                if entry is None:
                    return response
                cache.set(key, entry, settings.RESPONSE_CACHE_SECONDS)
            return _response_from(request, entry, headers)

        return cached_view

    return decorator
