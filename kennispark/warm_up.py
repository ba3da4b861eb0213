"""Prepare a process that will fork workers (gunicorn's master, with preload_app) so the workers start warm.

Django compiles a template, loads a language's catalogue and builds the URL maps on first use in each process.
Done in the master before forking, every worker shares the result; otherwise a worker recycled under load
answers its first requests slowly while the visitors queued behind it wait.
"""

from pathlib import Path

from django.conf import settings
from django.template import TemplateSyntaxError, engines
from django.template.loader import get_template
from django.urls import get_resolver
from django.utils import translation

TEMPLATE_SUFFIXES = {".html", ".txt", ".ics", ".xml"}


def process_warm_up() -> int:
    """Load every language's catalogue and URL map and compile every template; return how many templates."""
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            get_resolver().reverse_dict  # noqa: B018 - reading it builds the language's URL map
    compiled = 0
    for directory in engines["django"].template_dirs:
        root = Path(directory)
        for path in sorted(root.rglob("*")):
            if path.suffix not in TEMPLATE_SUFFIXES or not path.is_file():
                continue
            try:
                get_template(str(path.relative_to(root)))
            except TemplateSyntaxError:  # a template of a library that needs what the portal does not load
                continue
            compiled += 1
    return compiled
