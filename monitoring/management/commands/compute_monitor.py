"""`python manage.py compute_monitor [--wait]`: enqueue the monitor computation on the Celery worker."""

from django.core.management.base import BaseCommand, CommandError

from monitoring.tasks import compute_monitor_snapshot


class Command(BaseCommand):
    help = "Enqueue the monitor snapshot computation; with --wait, wait for the worker and print a summary."

    def add_arguments(self, parser):
        parser.add_argument("--wait", action="store_true", help="Wait for the worker's result and print a summary.")
        parser.add_argument("--timeout", type=int, default=600, help="Seconds to wait with --wait (default 600).")

    def handle(self, *args, wait=False, timeout=600, **options):
        result = compute_monitor_snapshot.delay()
        self.stdout.write(f"Enqueued monitor computation (task {result.id}).")
        if not wait:
            return
        try:
            summary = result.get(timeout=timeout)
        except Exception as error:
            raise CommandError(f"The worker did not finish the computation: {error}") from error
        self._write_summary(summary)
        if summary["status"] != "completed":
            raise CommandError(f"The computation failed; the previous snapshot stays published. {summary['error']}")

    def _write_summary(self, summary: dict) -> None:
        years = summary["years"]
        span = f"{years[0]}–{years[-1]}" if years else "-"
        self.stdout.write(
            f"Snapshot {summary['snapshot_id']}: {summary['status']}, published: {summary['published']}, "
            f"years {span}, {summary['observations']} observations, {summary['duration_seconds'] or 0:.1f} s."
        )
        latest = summary.get("latest")
        if latest:
            added_value = latest["added_value_meur"]
            money = f"€ {added_value:,.0f} million" if added_value is not None else "added value unknown"
            self.stdout.write(
                f"{latest['year']}: {latest['establishments']} establishments, {latest['jobs']} jobs, {money}."
            )
