"""Demo content of the monitor: the reference totals of Enschede and Twente, then a computed snapshot."""

from decimal import Decimal
from importlib import import_module

from django.db import transaction

from .models import ReferenceTotal
from .services import snapshot_compute, snapshot_summary

# The register's demo modules that may hold the report's reference totals, in order of preference.
REFERENCE_MODULES = ("establishments.sbi_reference", "establishments.demo")


def _reference_rows() -> list[dict]:
    for module_path in REFERENCE_MODULES:
        try:
            module = import_module(module_path)
        except ModuleNotFoundError:
            continue
        rows = getattr(module, "REFERENCE_TOTALS", None)
        if rows:
            return list(rows)
    return []


@transaction.atomic
def reference_totals_load(rows: list[dict]) -> int:
    """Create or update reference totals from dicts with area, year, establishments, jobs, added value and source."""
    for row in rows:
        added_value = row.get("added_value_meur")
        total = ReferenceTotal.objects.filter(area=row["area"], year=row["year"]).first() or ReferenceTotal(
            area=row["area"], year=row["year"]
        )
        total.establishments = row["establishments"]
        total.jobs = row["jobs"]
        total.added_value_meur = Decimal(str(added_value)) if added_value is not None else None
        total.source = row.get("source") or "BIRO en LISA; bewerking Kennispunt Twente"
        total.full_clean()
        total.save()
    return len(rows)


def load_demo(stdout=None) -> None:
    """Load the reference totals (when the register's demo provides them) and compute the snapshot right away."""
    loaded = reference_totals_load(_reference_rows())
    summary = snapshot_summary(snapshot_compute(trigger="demo"))
    if stdout:
        stdout.write(f"Monitor: {loaded} reference totals; snapshot {summary['status']}, years {summary['years']}")
