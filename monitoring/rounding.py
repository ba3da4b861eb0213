"""How public tables round figures: jobs to tens (the BIRO rule), money to whole millions."""

from decimal import ROUND_HALF_UP, Decimal
from typing import overload


@overload
def round_jobs(jobs: float) -> int: ...
@overload
def round_jobs(jobs: None) -> None: ...
@overload
def round_jobs(jobs: float | None) -> int | None: ...
def round_jobs(jobs: float | int | None) -> int | None:
    """Return jobs rounded to tens, halves up, as BIRO prescribes for published figures."""
    if jobs is None:
        return None
    return int((Decimal(str(jobs)) / 10).quantize(Decimal(1), rounding=ROUND_HALF_UP) * 10)


@overload
def round_half_up(value: float | Decimal, places: int = 0) -> Decimal: ...
@overload
def round_half_up(value: None, places: int = 0) -> None: ...
@overload
def round_half_up(value: float | Decimal | None, places: int = 0) -> Decimal | None: ...
def round_half_up(value: float | Decimal | None, places: int = 0) -> Decimal | None:
    """Return a value rounded halves up to a number of decimal places (None stays None)."""
    if value is None:
        return None
    return Decimal(str(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
