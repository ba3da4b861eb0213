"""What the home page shows, gathered from each capability's selectors.

Each capability contributes through a `home_context()` function in its `selectors.py`;
an app that does not provide one contributes nothing.
"""

from importlib import import_module

HOME_SECTIONS = {
    "key_figures": "monitoring.selectors",
    "upcoming_events": "community.events.selectors",
    "latest_vacancies": "community.talent.selectors",
}


def home_context() -> dict:
    """Return the home page's context: each section's data, or None where the app has none yet."""
    context = {}
    for name, module_path in HOME_SECTIONS.items():
        try:
            module = import_module(module_path)
        except ModuleNotFoundError:
            context[name] = None
            continue
        provider = getattr(module, f"home_{name}", None)
        context[name] = provider() if provider else None
    return context
