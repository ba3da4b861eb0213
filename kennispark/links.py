"""Absolute URLs, all on one configured origin (`SITE_URL`), whichever host a request came in on."""

from urllib.parse import urlsplit

from django.conf import settings


def absolute_url(path_or_url: str) -> str:
    """Return the path on the portal's origin; a URL that already names its host is returned unchanged."""
    if urlsplit(path_or_url).netloc:
        return path_or_url
    return str(settings.SITE_URL).rstrip("/") + "/" + path_or_url.lstrip("/")


def site_origin() -> tuple[str, bool]:
    """Return the configured origin's host (with port) and whether it is served over HTTPS."""
    origin = urlsplit(str(settings.SITE_URL))
    return origin.netloc, origin.scheme == "https"
