"""Every Celery task has an explicit name, and every periodic task stored in the database names a registered task.

A task named after its module path changes name when the module moves, and the periodic tasks and queued
messages that still carry the old name then fail, silently, on the worker.
"""

import ast
import inspect
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SKIPPED_DIRECTORIES = {".venv", "tests", "migrations", "node_modules", "var", ".git"}
TASK_DECORATORS = {"shared_task", "task"}


def unnamed_tasks(source: str, path: str = "<module>") -> list[str]:
    """Return 'path:line function' for every Celery task in the source declared without `name=`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for decorator in node.decorator_list:
            target = decorator.func if isinstance(decorator, ast.Call) else decorator
            called = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
            keywords = {keyword.arg for keyword in getattr(decorator, "keywords", [])}
            if called in TASK_DECORATORS and "name" not in keywords:
                found.append(f"{path}:{node.lineno} {node.name}")
    return found


def _portal_modules():
    for path in sorted(ROOT.rglob("*.py")):
        if not SKIPPED_DIRECTORIES & set(path.relative_to(ROOT).parts):
            yield path


def test_the_checker_finds_tasks_declared_without_a_name():
    # given
    source = """
from celery import shared_task
from kennispark.celery import app

@shared_task
def bare(): ...

@shared_task(acks_late=True)
def without_name(): ...

@app.task(bind=True)
def on_the_app(self): ...

@shared_task(name="example.named", acks_late=True)
def named(): ...

def not_a_task(): ...
"""

    # when
    found = unnamed_tasks(source, "example.py")

    # then
    assert found == ["example.py:6 bare", "example.py:9 without_name", "example.py:12 on_the_app"]


def test_every_task_of_the_portal_has_an_explicit_name():
    # when
    found = [hit for path in _portal_modules() for hit in unnamed_tasks(path.read_text(), str(path.relative_to(ROOT)))]

    # then
    assert found == []


def _schedule_as_migrations_do() -> None:
    """Run every data migration that stores periodic tasks (a flush by an earlier test may have removed them)."""
    from django.apps import apps
    from django.db.migrations.loader import MigrationLoader
    from django.db.migrations.operations import RunPython

    for migration in MigrationLoader(None, ignore_no_migrations=True).disk_migrations.values():
        for operation in migration.operations:
            if isinstance(operation, RunPython) and "periodic_task_schedule(" in _source(operation.code):
                operation.code(apps, None)


def _source(code: Callable) -> str:
    while isinstance(code, partial):
        code = code.func
    return inspect.getsource(code)


@pytest.mark.django_db
def test_every_periodic_task_in_the_database_names_a_registered_task():
    # given: the periodic tasks as the migrations store them, and every app's tasks loaded as on a worker
    from django_celery_beat.models import PeriodicTask

    from kennispark.celery import app

    _schedule_as_migrations_do()
    app.loader.import_default_modules()

    # when
    stored = set(PeriodicTask.objects.values_list("task", flat=True))

    # then
    assert "kennispark.tasks.outbox_relay" in stored
    assert stored - set(app.tasks) == set()
