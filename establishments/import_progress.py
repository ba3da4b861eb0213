"""Progress of an import job, visible to the status page while the import's own transaction is still open."""

from django.db import connections
from django.utils import timezone

from .models import ImportJob, ImportStatus


class ImportProgress:
    """Write an import job's status and percentage.

    While the import writes, its rows sit in an open transaction; a percentage saved through that connection
    would stay invisible until the end. On PostgreSQL the live updates therefore go through a second,
    autocommitting connection. SQLite locks the whole file during the write, so there they are skipped.
    """

    def __init__(self, job_id: int):
        self.job_id = job_id
        self._side_connection = None
        self._last: tuple[str, int] | None = None

    def update(self, status: str, percent: int, *, live: bool = False) -> None:
        """Record the phase and its percentage (0–100)."""
        percent = max(0, min(100, int(percent)))
        if self._last == (status, percent):
            return
        self._last = (status, percent)
        if not live:
            ImportJob.objects.filter(pk=self.job_id).update(status=status, progress=percent)
            return
        connection = self._connection()
        if connection is None:
            return
        table = connection.ops.quote_name(ImportJob._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {table} SET status = %s, progress = %s WHERE id = %s",  # noqa: S608 - quoted table name
                [status, percent, self.job_id],
            )

    def finish(self, *, status: str, row_count: int, errors=(), summary=None) -> None:
        """Record the outcome: the counts of a done import or the errors of a failed one."""
        self.close()
        values = {
            "status": status,
            "progress": 100,
            "row_count": row_count,
            "errors": [error.as_dict() for error in errors],
            "finished_at": timezone.now(),
        }
        if summary is not None and status == ImportStatus.DONE:
            values |= {
                "establishments_created": summary.establishments_created,
                "establishments_updated": summary.establishments_updated,
                "observations_created": summary.observations_created,
                "observations_updated": summary.observations_updated,
            }
        ImportJob.objects.filter(pk=self.job_id).update(**values)

    def close(self) -> None:
        """Close the side connection, if one was opened."""
        if self._side_connection is not None:
            self._side_connection.close()
            self._side_connection = None

    def _connection(self):
        if connections["default"].vendor != "postgresql":
            return None
        if self._side_connection is None:
            self._side_connection = connections.create_connection("default")
        return self._side_connection
