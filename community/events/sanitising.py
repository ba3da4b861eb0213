"""Safe rich text for event descriptions: a small tag set, no scripts, no event handlers."""

import nh3

ALLOWED_TAGS = {"p", "br", "strong", "em", "b", "i", "u", "ul", "ol", "li", "a", "h3", "h4", "blockquote"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}


def sanitise_html(value: str) -> str:
    """Return the HTML with everything outside the allowed tags and attributes removed."""
    if not value:
        return ""
    return nh3.clean(value, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, link_rel="noopener noreferrer nofollow")
