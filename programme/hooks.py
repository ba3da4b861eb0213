"""What apps above the programme board add to it, registered from their AppConfig.ready (it never imports them).

A project section is a function `section(project) -> {"template": ..., "context": {...}} | None`; the project page
includes each returned template with its context, in the order of registration (e.g. impact's "indicators this
project moves").
"""

from collections.abc import Callable
from typing import Any

ProjectSection = Callable[[Any], dict[str, Any] | None]

_project_sections: list[ProjectSection] = []


def project_section_register(section: ProjectSection) -> None:
    """Add a section to every project page; registering the same function twice adds it once."""
    if section not in _project_sections:
        _project_sections.append(section)


def project_sections(project: Any) -> list[dict[str, Any]]:
    """Return the extra sections of a project page (each with "template" and "context")."""
    sections = []
    for section in _project_sections:
        result = section(project)
        if result is not None:
            sections.append(result)
    return sections
