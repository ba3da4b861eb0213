"""The published OpenAPI schema documents every answer the API gives, as schemathesis checks in CI."""

import pytest

from tests.fixtures.openapi import api_schema

pytestmark = pytest.mark.django_db


def _operations(schema):
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            yield path, method, operation


def test_every_operation_documents_its_error_answers():
    # given
    schema = api_schema()

    # when
    missing = [
        (path, method, code)
        for path, method, operation in _operations(schema)
        for code, applies in (
            ("400", method in ("post", "put", "patch")),
            ("403", {} not in operation["security"]),
            ("404", "{" in path),
        )
        if applies and code not in operation["responses"]
    ]

    # then
    assert missing == []
    assert schema["components"]["schemas"]["Error"]["required"] == ["detail"]


def test_request_bodies_admit_no_fields_beyond_the_documented_ones():
    # given
    schemas = api_schema()["components"]["schemas"]

    # when
    open_bodies = [
        name for name in schemas if name.endswith("Request") and schemas[name].get("additionalProperties") is not False
    ]

    # then
    assert open_bodies == []


def test_the_api_reads_json_bodies_only():
    # when
    media_types = {
        media_type
        for _, _, operation in _operations(api_schema())
        for media_type in operation.get("requestBody", {}).get("content", {})
    }

    # then
    assert media_types == {"application/json"}
