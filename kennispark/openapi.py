"""Schema post-processing: the error answers every operation can give, and request bodies without extra fields."""

from typing import Any

ERROR = {
    "type": "object",
    "properties": {"detail": {"type": "string"}},
    "required": ["detail"],
}
FIELD_ERRORS = {
    "type": "object",
    "description": "Messages per field; `non_field_errors` for the body as a whole.",
    "additionalProperties": {},
}
WRITE_METHODS = {"post", "put", "patch"}


def _answer(description: str, component: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{component}"}}},
    }


def error_responses_add(result: dict[str, Any], generator: Any, request: Any, public: bool) -> dict[str, Any]:
    """Document 400, 403, 404 and 409 where an operation can answer them; refuse undeclared request-body fields."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas["Error"] = ERROR
    schemas["FieldErrors"] = FIELD_ERRORS
    for path, operations in result.get("paths", {}).items():
        for method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            parameters = operation.get("parameters", [])
            if method in WRITE_METHODS or any(parameter["in"] == "query" for parameter in parameters):
                responses.setdefault("400", _answer("Invalid input", "FieldErrors"))
            if method in WRITE_METHODS or method == "delete":
                responses.setdefault("409", _answer("The object's current state forbids this change", "FieldErrors"))
            if {} not in operation.get("security", [{}]):
                # Session authentication has no challenge to send, so an anonymous caller gets 403, not 401.
                responses.setdefault("403", _answer("Not signed in, or not allowed", "Error"))
            for parameter in parameters:
                if parameter["in"] == "query":
                    # Like the pages' filter forms, the API reads an empty value as no filter at all.
                    parameter["allowEmptyValue"] = True
            paginated = any(parameter["name"] == "page" for parameter in parameters)
            if "{" in path or paginated:
                responses.setdefault("404", _answer("No such object (or not yours), or no such page", "Error"))
    for name, schema in schemas.items():
        if name.endswith("Request") and schema.get("type") == "object":
            schema["additionalProperties"] = False
    return result
