"""Safe rich text: the one allow-list of HTML that editors, organisers and company representatives may write."""

import html
import re

import nh3
from django.utils.html import linebreaks

ALLOWED_TAGS = frozenset(
    {"p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "h2", "h3", "h4", "a", "blockquote"}
)
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
BLOCK_TAG = re.compile(r"<(p|ul|ol|h[2-4]|blockquote)[\s>]", re.IGNORECASE)
LINE_END = re.compile(r"(</(?:p|li|h[2-4]|blockquote)>|<br\s*/?>)", re.IGNORECASE)


def rich_text_clean(text: str | None) -> str:
    """Return the text as safe HTML: tags outside the allow-list, scripts and event handlers are stripped."""
    cleaned = nh3.clean(
        (text or "").strip(),
        tags=set(ALLOWED_TAGS),
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=set(URL_SCHEMES),
        link_rel="noopener noreferrer nofollow",
    ).strip()
    if cleaned and not BLOCK_TAG.search(cleaned):
        # Plain text typed into a textarea: keep its paragraphs and line breaks (already safe, so no escaping).
        cleaned = linebreaks(cleaned, autoescape=False)
    return cleaned


def plain_text(text: str | None) -> str:
    """Return the text without markup, entities decoded, a line break after each paragraph, item and break."""
    lines = nh3.clean(LINE_END.sub(r"\1\n", text or ""), tags=set())
    return re.sub(r"\n{3,}", "\n\n", html.unescape(lines)).strip()
