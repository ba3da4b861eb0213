"""Views and API viewsets are thin: the services they call are atomic, so the views open no transaction."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APPS = ("establishments", "crm", "monitoring", "community", "kennispark", "programme", "space")


def _view_modules() -> list[Path]:
    found = []
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            in_views = "views" in path.parts or path.stem in {"views", "manage_views", "api"}
            if in_views and "migrations" not in path.parts:
                found.append(path)
    return found


def _uses_transaction(path: Path) -> bool:
    tree = ast.parse(path.read_text())
    return any(
        (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "transaction")
        or (isinstance(node, ast.ImportFrom) and any(alias.name in {"atomic", "transaction"} for alias in node.names))
        for node in ast.walk(tree)
    )


def test_no_view_or_api_module_opens_a_transaction():
    # given
    modules = _view_modules()

    # when
    offenders = [str(path.relative_to(ROOT)) for path in modules if _uses_transaction(path)]

    # then
    assert len(modules) > 10
    assert offenders == []
