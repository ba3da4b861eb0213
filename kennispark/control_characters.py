"""Refuse control characters in every text field of every form and API serializer."""

import functools
import re
from collections.abc import Callable
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# C0 controls except tab, line feed and carriage return, DEL and the C1 controls: no one types them, XML (and so
# XLSX) cannot hold most of them, and they break exports and e-mail headers further down the line.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def validate_no_control_characters(value: object) -> None:
    """Refuse text that holds control characters other than tab and line breaks."""
    if isinstance(value, str) and CONTROL_CHARACTERS.search(value):
        raise ValidationError(
            _("Remove the invisible control characters from this text (they often come with copy and paste)."),
            code="control_characters",
        )


def strip_control_characters(text: str) -> str:
    """Return text without control characters other than tab and line breaks."""
    return CONTROL_CHARACTERS.sub("", text)


def control_character_guard_install() -> None:
    """Check every Django form CharField and every DRF CharField (subclasses included) for control characters."""
    from django import forms
    from rest_framework import serializers

    # Done once, globally, instead of per form: every text field is an edge (public forms, the admin, the API,
    # import row forms), and one field that forgets a validator lets one pasted character break every export.
    # The check wraps the class's run_validators rather than each field's validator list, so fields built before
    # this runs (at import time, in any app) and fields given their own validators are covered alike.
    for field_class in (forms.CharField, serializers.CharField):
        if field_class not in _GUARDED:
            field_class.run_validators = _checking_first(field_class.run_validators)  # type: ignore[method-assign,assignment]
            _GUARDED.add(field_class)


_GUARDED: set[type] = set()


def _checking_first(run_validators: Callable[[Any, Any], None]) -> Callable[[Any, Any], None]:
    @functools.wraps(run_validators)
    def checked(self: Any, value: Any) -> None:
        validate_no_control_characters(value)
        run_validators(self, value)

    return checked
