"""Modules are wired by imports that tools can follow: no importlib or dotted-string lookups outside settings."""

import ast
from pathlib import Path

from django.conf import settings

SKIPPED = {".venv", "var", "node_modules", ".git"}


def _python_files():
    for path in Path(settings.BASE_DIR).rglob("*.py"):
        relative = path.relative_to(settings.BASE_DIR)
        if SKIPPED.isdisjoint(relative.parts) and relative.parts[:2] != ("kennispark", "settings"):
            yield relative, path


def _imports_importlib(tree: ast.AST) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(alias.name.split(".")[0] == "importlib" for alias in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "importlib":
            return True
    return False


def test_no_module_outside_settings_uses_importlib():
    # given every Python module of the project outside the settings
    # when each is parsed
    offenders = [str(relative) for relative, path in _python_files() if _imports_importlib(ast.parse(path.read_text()))]

    # then none imports importlib (a dotted string that names a module hides the dependency from readers and tools)
    assert offenders == []
