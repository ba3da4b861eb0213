"""Domain errors and the one place where they become answers: form errors on pages, 400 or 409 in the API."""

from collections.abc import Container
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.forms import BaseForm
from rest_framework import exceptions, serializers, status
from rest_framework.response import Response
from rest_framework.views import exception_handler


class Conflict(ValidationError):
    """A write that the current state of the object forbids; the API answers it with 409."""


def errors_for_fields(
    error: ValidationError, fields: Container[str], aliases: dict[str, str] | None = None
) -> ValidationError:
    """Return the error keyed by the given field names: aliased keys renamed, unknown keys made non-field errors."""
    if not hasattr(error, "error_dict"):
        return ValidationError({NON_FIELD_ERRORS: error.error_list})
    aliases = aliases or {}
    keyed: dict[str, list[ValidationError]] = {}
    for name, errors in error.error_dict.items():
        name = aliases.get(name, name)
        keyed.setdefault(name if name in fields else NON_FIELD_ERRORS, []).extend(errors)
    return ValidationError(keyed)


def form_add_errors(form: BaseForm, error: ValidationError, aliases: dict[str, str] | None = None) -> None:
    """Show a service's ValidationError on the form, next to the fields it names (never a 500)."""
    form.add_error(None, errors_for_fields(error, form.fields, aliases))


def api_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """Answer Django's ValidationError from a service with 400 and field errors, or 409 for a Conflict."""
    if isinstance(exc, ValidationError):
        answer = status.HTTP_409_CONFLICT if isinstance(exc, Conflict) else status.HTTP_400_BAD_REQUEST
        response = exception_handler(exceptions.ValidationError(serializers.as_serializer_error(exc)), context)
        if response is not None:
            response.status_code = answer
        return response
    return exception_handler(exc, context)
