"""Whole-response caching of public pages for anonymous visitors, with ETags and each visitor's own CSRF token.

`cache_public(areas...)` marks a view; `ResponseCacheMiddleware`, placed before sessions, authentication and
the rest, answers a stored page without running them. A page is stored under its address, language and the
request headers it depends on, together with the content versions of the areas it shows (read in the same cache
round trip), so a change is visible on the next request without deleting anything. A page with a form is
stored with a placeholder where the CSRF token was, and every visitor gets their own token put in. After a
change, `public_pages_warm` renders the parameterless pages again, so the first visitor after it gets a stored
page too.
"""

import functools
import hashlib
import logging
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import wraps
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.handlers.base import BaseHandler
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import (  # type: ignore[attr-defined]  # the unmasking helper is private, so unstubbed
    CsrfViewMiddleware,
    _unmask_cipher_token,
    get_token,
)
from django.test import RequestFactory
from django.urls import NoReverseMatch, Resolver404, URLPattern, URLResolver, get_resolver, get_urlconf, resolve
from django.urls import reverse as url_reverse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date

from .content_versions import PUBLIC_AREAS, content_versions_get_with
from .links import site_origin

logger = logging.getLogger(__name__)

TOKEN_PLACEHOLDER = b"kp-csrf-token-placeholder-0000000000000000000000000000000000000"
# A masked CSRF token: 64 letters and digits, standing alone.
MASKED_TOKEN = re.compile(rb"(?<![A-Za-z0-9])[A-Za-z0-9]{64}(?![A-Za-z0-9])")
MESSAGES_COOKIE = "messages"
UNSTORABLE_CACHE_CONTROL = ("private", "no-store", "no-cache")
# The API answers JSON or, to a browser, its browsable HTML.
API_HEADERS = ("Accept",)
POLICY_META_KEY = "kennispark.response_cache.policy"
View = Callable[..., HttpResponse]


@dataclass(frozen=True)
class CachePolicy:
    """What a cached page depends on: the content areas it shows and the request headers it varies by."""

    areas: tuple[str, ...]
    headers: tuple[str, ...]


def _request_is_cacheable(request: HttpRequest) -> bool:
    # Without a session cookie nobody is logged in and no message waits, so the page is everybody's page.
    return (
        request.method in ("GET", "HEAD")
        and settings.RESPONSE_CACHE_SECONDS > 0
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and MESSAGES_COOKIE not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )


def _language_of(path: str) -> str:
    # As LocaleMiddleware decides with i18n_patterns(prefix_default_language=False): the prefix, else the default.
    return translation.get_language_from_path(path) or settings.LANGUAGE_CODE


def _policy_of(view: Any) -> CachePolicy | None:
    policy = getattr(view, "cache_public", None)
    if policy is None:
        # Class-based views (Django's and DRF's) carry the decorator on a method.
        view_class = getattr(view, "view_class", None) or getattr(view, "cls", None)
        for name in ("dispatch", "get"):
            policy = getattr(getattr(view_class, name, None), "cache_public", None)
            if policy is not None:
                break
    return policy if isinstance(policy, CachePolicy) else None


@functools.lru_cache(maxsize=4096)
def _policy_at(urlconf: str | None, language: str, path: str) -> CachePolicy | None:
    with translation.override(language):
        try:
            match = resolve(path, urlconf)
        except Resolver404:
            return None
    return _policy_of(match.func)


def _page_key(request: HttpRequest, policy: CachePolicy, language: str) -> str:
    # The content versions are not in the key but in the entry: one cache read fetches both.
    parts: list[str] = [
        request.method or "",
        request.scheme or "",
        request.get_host(),
        request.get_full_path(),
        language,
        ",".join(policy.areas),
        *(f"{header}={request.headers.get(header, '')}" for header in policy.headers),
    ]
    return "kp:page:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _response_is_storable(request: HttpRequest, response: HttpResponse) -> bool:
    cache_control = response.get("Cache-Control", "")
    messages = getattr(request, "_messages", None)
    return (
        response.status_code == 200
        and not response.streaming
        # The only cookie a public page may set is the visitor's CSRF cookie, which is set again for each visitor.
        and not set(response.cookies) - {settings.CSRF_COOKIE_NAME}
        and not any(directive in cache_control for directive in UNSTORABLE_CACHE_CONTROL)
        and not getattr(messages, "added_new", False)
    )


def _content_without_tokens(request: HttpRequest, content: bytes) -> tuple[bytes, bool]:
    secret = request.META.get("CSRF_COOKIE")
    if not secret:
        return content, False
    found = False

    def replace(match: re.Match[bytes]) -> bytes:
        nonlocal found
        if _unmask_cipher_token(match.group().decode()) != secret:
            return bytes(match.group())
        found = True
        return TOKEN_PLACEHOLDER

    return MASKED_TOKEN.sub(replace, content), found


def _entry_from(request: HttpRequest, response: HttpResponse, versions: dict[str, str]) -> dict[str, Any] | None:
    if not _response_is_storable(request, response):
        return None
    content, has_token = _content_without_tokens(request, response.content)
    return {
        "versions": versions,
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


class _LocalEntries:
    """The most recently served pages of this process, so a hit need not fetch the page from the shared cache."""

    def __init__(self, size: int):
        self.size = size
        self.entries: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self.lock = threading.Lock()  # the development server and threaded workers share it

    def get(self, key: str) -> dict[str, Any] | None:
        return self.entries.get(key)

    def put(self, key: str, entry: dict[str, Any]) -> None:
        with self.lock:
            self.entries[key] = entry
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)


# An entry is served only while the versions it was rendered under are the current ones, as from the shared cache.
_local_entries = _LocalEntries(size=200)


class ResponseCacheMiddleware:
    """Answer an anonymous visitor's request for a cached public page before sessions, authentication or the view.

    Place it right after SecurityMiddleware and WhiteNoise: a stored page holds the headers the middleware
    below it added, so answering it costs two cache reads and no query.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response
        self.csrf = CsrfViewMiddleware(get_response)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        policy = None
        if _request_is_cacheable(request):
            language = _language_of(request.path_info)
            policy = _policy_at(get_urlconf(), language, request.path_info)
        if policy is None:
            return self.get_response(request)
        # The versions are read before the page: a page rendered during a change is stored under the old ones.
        key = _page_key(request, policy, language)
        entry = _local_entries.get(key)
        if entry is not None and entry["stored_at"] > time.time() - settings.RESPONSE_CACHE_SECONDS:
            # This process holds the page: only the small versions cross the network.
            versions = content_versions_get_with(policy.areas, key=None)[0]
            if entry["versions"] != versions:
                entry = cache.get(key)  # rendered under the new versions by another process, or by the warm-up
        else:
            versions, entry = content_versions_get_with(policy.areas, key=key)
        if entry is not None and entry.get("versions") == versions:
            _local_entries.put(key, entry)
            if entry["has_token"]:
                self.csrf.process_request(request)
            served = _response_from(request, entry, policy.headers)
            self.csrf.process_response(request, served)  # sets a new visitor's CSRF cookie
            return served
        response = self.get_response(request)
        # Stored only when the cached view itself answered (not a redirect or error page on the way).
        fresh = _entry_from(request, response, versions) if request.META.get(POLICY_META_KEY) == policy else None
        if fresh is None:
            return response
        cache.set(key, fresh, settings.RESPONSE_CACHE_SECONDS)
        _local_entries.put(key, fresh)
        served = _response_from(request, fresh, policy.headers)
        served.cookies.update(response.cookies)
        return served


def cache_public(*areas: str, headers: tuple[str, ...] = ()) -> Callable[[View], View]:
    """Serve the view's page to anonymous visitors from the cache while the content of `areas` is unchanged.

    Put it closest to the view function, so decorators above it still mark every response it returns.
    """
    unknown = set(areas) - set(PUBLIC_AREAS)
    if unknown:
        raise ValueError(f"Unknown content areas: {sorted(unknown)}")
    policy = CachePolicy(areas=tuple(sorted(set(areas))), headers=tuple(headers))

    def decorator(view: View) -> View:
        @wraps(view)
        def cached_view(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            request.META[POLICY_META_KEY] = policy
            return view(request, *args, **kwargs)

        cached_view.cache_public = policy  # type: ignore[attr-defined]  # read by the middleware
        return cached_view

    return decorator


def _parameterless(
    patterns: Iterable[URLPattern | URLResolver], namespace: tuple[str, ...]
) -> Iterable[tuple[str, CachePolicy]]:
    for pattern in patterns:
        if pattern.pattern.regex.groups:
            continue
        if isinstance(pattern, URLResolver):
            yield from _parameterless(
                pattern.url_patterns, (*namespace, pattern.namespace) if pattern.namespace else namespace
            )
        elif pattern.name and (policy := _policy_of(pattern.callback)) is not None:
            yield ":".join((*namespace, pattern.name)), policy


@functools.lru_cache(maxsize=8)
def _warm_targets(urlconf: str | None) -> tuple[tuple[str, CachePolicy], ...]:
    """Return the path and policy of every cached page without URL parameters, in every language."""
    targets: dict[str, CachePolicy] = {}
    for name, policy in _parameterless(get_resolver(urlconf).url_patterns, ()):
        for language, _label in settings.LANGUAGES:
            with translation.override(language):
                try:
                    targets.setdefault(url_reverse(name, urlconf=urlconf), policy)
                except NoReverseMatch:
                    continue
    return tuple(targets.items())


@functools.lru_cache(maxsize=1)
def _handler() -> BaseHandler:
    handler = BaseHandler()
    handler.load_middleware()
    return handler


def public_pages_warm(*, areas: Iterable[str]) -> int:
    """Render the parameterless cached pages showing any of the areas, as a visitor would; return how many."""
    if not settings.RESPONSE_CACHE_WARM or settings.RESPONSE_CACHE_SECONDS <= 0:
        return 0
    changed = set(areas)
    host, secure = site_origin()
    factory = RequestFactory(HTTP_HOST=host)
    warmed = 0
    # Each request activates its page's language; the caller's stays as it was.
    with translation.override(translation.get_language()):
        for path, policy in _warm_targets(get_urlconf()):
            if changed.isdisjoint(policy.areas):
                continue
            # The handler, not the test client: no request signals, so the caller's database connection stays open.
            try:
                response = _handler().get_response(factory.get(path, secure=secure))
            except Exception:  # a page that fails to render is rendered again by its first visitor
                logger.exception("Warming the cached page %s failed", path)
                continue
            warmed += response.status_code == 200
    return warmed
