"""Demo content of the monitor: the reference totals of Enschede and Twente, then a computed snapshot."""

from monitoring.reference_totals import REFERENCE_TOTALS, reference_totals_load
from monitoring.services import snapshot_compute, snapshot_summary


def monitor_load(stdout=None) -> None:
    """Load the reference totals and compute the snapshot right away."""
    loaded = reference_totals_load(REFERENCE_TOTALS)
    summary = snapshot_summary(snapshot_compute(trigger="demo"))
    if stdout:
        stdout.write(f"Monitor: {loaded} reference totals; snapshot {summary['status']}, years {summary['years']}")
