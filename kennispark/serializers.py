"""The API's shared serializer parts, so that every response and every refusal keeps to the published schema."""

import datetime
from collections.abc import Mapping, MutableMapping
from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _
from rest_framework import relations, serializers

from .control_characters import CONTROL_CHARACTERS


class DateTimeField(serializers.DateTimeField):
    """A date-time in the portal's time zone, or in UTC where that zone's offset is not in whole minutes."""

    def to_representation(self, value: Any) -> Any:
        # Before 1937 Amsterdam ran 19 minutes and 32 seconds ahead of UTC; RFC 3339 offsets have no seconds.
        if isinstance(value, datetime.datetime) and value.tzinfo is not None:
            offset = self.enforce_timezone(value).utcoffset()
            if offset is not None and offset % datetime.timedelta(minutes=1):
                return value.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z")
        return super().to_representation(value)


class ManyRelatedField(serializers.ManyRelatedField):
    """A list of related objects that refuses an object where the list belongs (DRF reads its keys instead)."""

    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, Mapping):
            self.fail("not_a_list", input_type=type(data).__name__)
        return super().to_internal_value(data)


class SlugRelatedField(serializers.SlugRelatedField[models.Model]):
    """A relation by slug that answers "does not exist" for text no slug can hold, without asking the database."""

    def to_internal_value(self, data: Any) -> Any:
        # PostgreSQL answers NUL in a query with an error (a 500) rather than with no rows.
        if isinstance(data, str) and CONTROL_CHARACTERS.search(data):
            self.fail("does_not_exist", slug_name=self.slug_field, value=data)
        return super().to_internal_value(data)

    @classmethod
    def many_init(cls, *args: Any, **kwargs: Any) -> ManyRelatedField:
        arguments = {key: value for key, value in kwargs.items() if key in relations.MANY_RELATION_KWARGS}
        return ManyRelatedField(child_relation=cls(*args, **kwargs), **arguments)


# The bases below carry comments, not docstrings: drf-spectacular would print a base's docstring as the description
# of every schema component built on it.


class StrictBodyMixin:
    # Refuses what the schema's request bodies forbid: unknown or read-only fields, and numbers where text belongs.

    fields: Any

    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, Mapping):
            errors: dict[str, list[Any]] = {}
            for name, value in data.items():
                field = self.fields.get(name)
                if field is None or field.read_only:
                    errors[name] = [_("This field cannot be written here.")]
                elif isinstance(field, serializers.CharField) and value is not None and not isinstance(value, str):
                    # DRF would quietly turn a number into text.
                    errors[name] = [serializers.CharField.default_error_messages["invalid"]]
            if errors:
                raise serializers.ValidationError(errors)
        return super().to_internal_value(data)  # type: ignore[misc]


class Serializer(StrictBodyMixin, serializers.Serializer[Any]):
    # A serializer of a request body that refuses the fields it does not know.
    pass


class ModelSerializer(StrictBodyMixin, serializers.ModelSerializer[Any]):
    # A model serializer that refuses the fields it does not write and writes RFC 3339 date-times.

    serializer_field_mapping = {
        **serializers.ModelSerializer.serializer_field_mapping,
        models.DateTimeField: DateTimeField,
    }
    serializer_related_to_field = SlugRelatedField

    def include_extra_kwargs(
        self, kwargs: MutableMapping[str, Any], extra_kwargs: MutableMapping[str, Any]
    ) -> MutableMapping[str, Any]:
        allow_blank = kwargs.get("allow_blank", False)
        kwargs = super().include_extra_kwargs(kwargs, extra_kwargs)
        # DRF drops allow_blank from read-only fields, and the schema would then refuse the blank values they return
        # (an empty contact e-mail is not an e-mail address).
        if allow_blank and kwargs.get("read_only"):
            kwargs["allow_blank"] = True
        return kwargs
