"""Number formatting of the monitor's tables and charts in the active language."""

from decimal import Decimal

from django import template
from django.utils.formats import number_format

register = template.Library()

DECIMALS = {"pct": 1, "change_pct": 1}


@register.filter
def figure(value, kind: str = "count") -> str:
    """Format a figure with the language's grouping; None (unknown) shows as a dash."""
    if value is None or value == "":
        return "–"
    places = DECIMALS.get(kind, 0)
    if isinstance(value, float | Decimal) and places == 0 and value != int(value):
        places = 1
    text = number_format(value, decimal_pos=places, use_l10n=True, force_grouping=True)
    return text.replace("-", "−") if str(text).startswith("-") else text


@register.filter
def signed(value, kind: str = "count") -> str:
    """Format a change with an explicit sign (+ or −); None shows as a dash."""
    if value is None:
        return "–"
    text = figure(value, kind)
    return f"+{text}" if value > 0 else text
