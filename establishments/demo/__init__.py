"""Demo register for `python manage.py load_demo`: a fictitious park that reproduces the monitor report.

`load_demo` writes it (idempotently); `REFERENCE_TOTALS` holds the Enschede and Twente totals per year that the
monitor's demo loads to compute the park's shares.
"""

from .reference import REFERENCE_TOTALS


def load_demo(stdout=None) -> None:
    """Create or refresh the demo register; running it twice changes nothing."""
    from .loader import register_load

    register_load(stdout=stdout)


__all__ = ["REFERENCE_TOTALS", "load_demo"]
