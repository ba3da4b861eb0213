"""Demo register for `python manage.py load_demo`: a fictitious park that reproduces the monitor report.

`load_demo` writes it (idempotently); `REFERENCE_TOTALS` holds the Enschede and Twente totals per year that the
monitor's demo loads to compute the park's shares.
"""

from .reference import REFERENCE_TOTALS


def load_demo(stdout=None) -> None:
    """Create or refresh the demo register; running it twice changes nothing."""
    from .loader import register_load

    register_load(stdout=stdout)
    _link_demo_representative()


def _link_demo_representative() -> None:
    """Let the demo company user represent the first knowledge-intensive company (it has demo events and jobs)."""
    from django.contrib.auth.models import User

    from establishments.models import Establishment

    user = User.objects.filter(username="company").first()
    establishment = Establishment.objects.active().filter(is_knowledge_intensive=True).order_by("pk").first()
    if user and establishment:
        establishment.representatives.add(user)


__all__ = ["REFERENCE_TOTALS", "load_demo"]
