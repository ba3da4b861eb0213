"""PDF documents rendered on the server: a Django template, through WeasyPrint (Pango), to bytes.

Stylesheets and images are read from the static files on disk; no other URL is fetched, so rendering never
waits on the network and a template cannot make the server request an outside address. Fonts come from the
system's fontconfig (Debian's fonts-dejavu-core at the least; see the README's setup).
"""

import logging
import mimetypes
from typing import Any
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils.http import content_disposition_header

# WeasyPrint logs every rendering step at INFO: noise in the portal's logs, not news.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)

# Static URLs in the template resolve against this origin; the fetcher serves them from disk.
BASE_URL = "https://pdf.invalid/"


def _static_path(url: str) -> str | None:
    """Return the file of a static URL on this origin, or None when it is not one."""
    parts = urlsplit(url)
    static_prefix = urlsplit(settings.STATIC_URL).path
    if f"{parts.scheme}://{parts.netloc}/" != BASE_URL or not parts.path.startswith(static_prefix):
        return None
    name = unquote(parts.path.removeprefix(static_prefix))
    if ".." in name.split("/"):
        return None
    found = finders.find(name)
    if isinstance(found, str):
        return found
    if staticfiles_storage.exists(name):
        return staticfiles_storage.path(name)
    return None


def _url_fetcher() -> Any:
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class StaticFilesFetcher(URLFetcher):  # type: ignore[misc]  # WeasyPrint ships no types
        """Serve the portal's static files from disk and refuse every other URL but data: URIs."""

        def fetch(self, url: str, headers: dict[str, str] | None = None) -> URLFetcherResponse:
            if url.startswith("data:"):
                return super().fetch(url, headers)
            path = _static_path(url)
            if path is None:
                raise ValueError("Only the portal's static files are fetched for a PDF.")
            content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
            with open(path, "rb") as file:
                return URLFetcherResponse(url, file.read(), headers={"Content-Type": content_type})

    return StaticFilesFetcher(allowed_protocols=("https", "data"))


def pdf_bytes(*, template_name: str, context: dict[str, Any], request: HttpRequest | None = None) -> bytes:
    """Render a template to HTML and return it as a PDF document."""
    from weasyprint import HTML

    html = render_to_string(template_name, context, request=request)
    document: bytes = HTML(string=html, base_url=BASE_URL, url_fetcher=_url_fetcher()).write_pdf()
    return document


def pdf_download(
    *, template_name: str, context: dict[str, Any], filename: str, request: HttpRequest | None = None
) -> HttpResponse:
    """Return a rendered template as a PDF download named `filename` (without the extension)."""
    content = pdf_bytes(template_name=template_name, context=context, request=request)
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(True, f"{filename}.pdf") or "attachment"
    return response
