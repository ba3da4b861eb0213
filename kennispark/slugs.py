"""Readable, unique slugs for the portal's addresses (/bedrijven/<slug>/, /talent/vacatures/<slug>/)."""

import itertools
from collections.abc import Container, Sequence
from typing import Any

from django.db.models import QuerySet
from django.utils.text import slugify

BASE_LENGTH = 200


def unique_slug(
    text: str, *, taken: QuerySet[Any] | Container[str], default: str, qualifiers: Sequence[str] = ()
) -> str:
    """Return the slug of the text (or the default), made unique by the first free qualifier, then number."""
    base = slugify(text)[:BASE_LENGTH] or default
    if isinstance(taken, QuerySet):
        # One query however many rows share the base (a title posted a thousand times), then count in memory.
        taken = set(taken.filter(slug__startswith=base).values_list("slug", flat=True))
    qualified = [f"{base}-{qualifier}" for qualifier in qualifiers]
    stem = qualified[-1] if qualified else base
    # Lazily: the register import asks for 50,000 slugs, nearly all of which take their first candidate.
    candidates = itertools.chain([base], qualified, (f"{stem}-{number}" for number in itertools.count(2)))
    return next(candidate for candidate in candidates if candidate not in taken)
