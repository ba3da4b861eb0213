"""Safe rich text: the HTML editors and company representatives may write, cleaned with nh3."""

import re

import nh3
from django.utils.html import linebreaks

ALLOWED_TAGS = {"p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "h2", "h3", "h4", "a", "blockquote"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
BLOCK_TAG = re.compile(r"<(p|ul|ol|h[2-4]|blockquote)[\s>]", re.IGNORECASE)


def rich_text_clean(text: str) -> str:
    """Return the text as safe HTML: tags outside the allow-list, scripts and event handlers are stripped."""
    cleaned = nh3.clean(
        (text or "").strip(),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    ).strip()
    if cleaned and not BLOCK_TAG.search(cleaned):
        # Plain text typed into a textarea: keep its paragraphs and line breaks (already safe, so no escaping).
        cleaned = linebreaks(cleaned, autoescape=False)
    return cleaned
