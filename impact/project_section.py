"""The section "indicators this project moves" on a programme-board project page."""


def register_project_section() -> None:
    """Add the section to the programme board's project page through its hook registry, when it offers one."""
    try:
        from programme import hooks as programme_hooks
    except ImportError:
        return
    register = getattr(programme_hooks, "project_section_register", None)
    if register is not None:
        register(_project_section)


def _project_section(project) -> dict | None:
    from .selectors import project_indicators, stories_for_project

    indicators = project_indicators(project_id=project.pk)
    stories = stories_for_project(project_id=project.pk)
    if not indicators and not stories:
        return None
    return {"template": "impact/_project_indicators.html", "context": {"indicators": indicators, "stories": stories}}
