"""Write side of the register import: upsert validated rows atomically and run uploaded import jobs.

History: the import writes with bulk operations, which bypass simple-history's signals. It therefore compares
every incoming row with what is stored and writes (and records history for) only establishments and
observations that are new or changed, in bulk. Importing the same file twice writes nothing and adds no history.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import connection, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from kennispark import content_versions
from kennispark.content_versions import content_version_bump
from kennispark.job_locks import job_is_held, job_lock
from kennispark.outbox import task_enqueue
from kennispark.slugs import unique_slug
from monitoring.tasks import compute_monitor_snapshot

from .bulk_history import history_bulk_create
from .bulk_upsert import ESTABLISHMENT_FIELDS, establishment_slug, register_upsert_postgresql
from .import_progress import ImportProgress
from .importers import ParsedRegister, RegisterRow, RowError, parse_register, rows_by_establishment
from .models import (
    Establishment,
    ImportJob,
    ImportStatus,
    KeyPosition,
    ObservationSource,
    SbiDivision,
    YearlyObservation,
)

BATCH_SIZE = 2000
Key = tuple[str, str]  # (KvK number, branch number)
Groups = dict[Key, list[RegisterRow]]
IMPORT_LOCK = "establishments.import_job"
RUNNING_STATUSES = (ImportStatus.VALIDATING, ImportStatus.WRITING)
# The import task's hard time limit (establishments/tasks.py); a job running longer has certainly been stopped.
IMPORT_TIME_LIMIT = timedelta(minutes=15)
# A job just picked up may not hold its lock yet; only older ones are judged.
STALE_GRACE = timedelta(minutes=1)


@dataclass
class ImportSummary:
    """What an import wrote."""

    rows: int = 0
    establishments_created: int = 0
    establishments_updated: int = 0
    observations_created: int = 0
    observations_updated: int = 0

    @property
    def changed_anything(self) -> bool:
        return any(
            (
                self.establishments_created,
                self.establishments_updated,
                self.observations_created,
                self.observations_updated,
            )
        )


def register_import(
    *,
    parsed: ParsedRegister,
    user: User | None = None,
    source_name: str = "",
    on_progress: Callable[[int], None] | None = None,
) -> ImportSummary:
    """Upsert the establishments and yearly observations of a validated register file, all or nothing."""
    if not parsed.is_valid:
        raise ValueError("register_import needs a file without errors")
    report = on_progress or (lambda percent: None)
    reason = _("Register import %(name)s") % {"name": source_name} if source_name else _("Register import")
    history = {"user": user, "reason": reason[:100], "date": timezone.now()}
    summary = ImportSummary(rows=len(parsed.rows))
    groups = rows_by_establishment(parsed.rows)
    with transaction.atomic():
        if connection.vendor == "postgresql":
            counts = register_upsert_postgresql(
                groups=groups, has_key_positions=parsed.has_key_positions, history=history, report=report
            )
        else:
            counts = _register_upsert_portable(groups, parsed.has_key_positions, history, report)
        (
            summary.establishments_created,
            summary.establishments_updated,
            summary.observations_created,
            summary.observations_updated,
        ) = counts
        if summary.changed_anything:
            monitor_recompute_request()
            content_version_bump(area=content_versions.ESTABLISHMENTS)
    return summary


def _register_upsert_portable(
    groups: Groups, has_key_positions: bool, history: dict[str, Any], report: Callable[[int], object]
) -> tuple[int, int, int, int]:
    """Write new and changed rows with bulk_create and simple-history; return the created/updated counts."""
    establishments, created, updated = _upsert_establishments(groups)
    report(30)
    key_position_changes = _set_key_positions(groups, establishments) if has_key_positions else set()
    report(45)
    updated_keys = set(updated) | (key_position_changes - set(created))
    _record_establishment_history(
        created=[establishments[key] for key in created],
        updated=[establishments[key] for key in updated_keys],
        history=history,
    )
    report(60)
    new_observations, changed_observations = _upsert_observations(groups, establishments)
    report(85)
    history_bulk_create(YearlyObservation, new_observations, update=False, **history)
    history_bulk_create(YearlyObservation, changed_observations, update=True, **history)
    report(100)
    return len(created), len(updated_keys), len(new_observations), len(changed_observations)


def _upsert_establishments(groups: Groups) -> tuple[dict[Key, Establishment], list[Key], list[Key]]:
    """Create new and update changed establishments; return all of them by key and the created/updated keys."""
    stored = {
        (establishment.kvk_number, establishment.branch_number): establishment
        for establishment in Establishment.objects.filter(kvk_number__in={kvk for kvk, _ in groups})
    }
    used_slugs = set(Establishment.objects.values_list("slug", flat=True))
    created: list[Key] = []
    updated: list[Key] = []
    to_write: list[Establishment] = []
    for key, rows in groups.items():
        latest = rows[-1]
        values = {name: getattr(latest, name) for name in ESTABLISHMENT_FIELDS}
        establishment = stored.get(key)
        if establishment is None:
            slug = establishment_slug(latest.trade_name, latest.branch_number, used_slugs)
            establishment = Establishment(kvk_number=key[0], branch_number=key[1], slug=slug, **values)
            stored[key] = establishment
            created.append(key)
        elif any(getattr(establishment, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(establishment, name, value)
            updated.append(key)
        else:
            continue
        to_write.append(establishment)
    created_at = {key: stored[key].created_at for key in updated}
    Establishment.objects.bulk_create(
        to_write,
        batch_size=BATCH_SIZE,
        update_conflicts=True,
        unique_fields=["kvk_number", "branch_number"],
        update_fields=[*ESTABLISHMENT_FIELDS, "updated_at"],
    )
    for key in updated:  # bulk_create's auto_now_add touched the instance, not the stored row
        stored[key].created_at = created_at[key]
    return stored, created, updated


def _set_key_positions(groups: Groups, establishments: dict[Key, Establishment]) -> set[Key]:
    """Give each establishment the key positions of its latest row; return the keys whose set changed."""
    through = Establishment.key_positions.through
    ids = {establishments[key].pk: key for key in groups}
    current: dict[int, set[int]] = {}
    for establishment_id, key_position_id in through.objects.filter(establishment_id__in=ids).values_list(
        "establishment_id", "keyposition_id"
    ):
        current.setdefault(establishment_id, set()).add(key_position_id)
    changed: set[Key] = set()
    to_add: list[Any] = []
    to_clear: list[int] = []
    for establishment_id, key in ids.items():
        wanted = groups[key][-1].key_position_ids or frozenset()
        have = current.get(establishment_id, set())
        if wanted != have:
            changed.add(key)
            to_clear.append(establishment_id)
            to_add += [through(establishment_id=establishment_id, keyposition_id=kp_id) for kp_id in wanted]
    through.objects.filter(establishment_id__in=to_clear).delete()
    through.objects.bulk_create(to_add, batch_size=BATCH_SIZE)
    return changed


def _record_establishment_history(
    *, created: list[Establishment], updated: list[Establishment], history: dict[str, Any]
) -> None:
    """Write the historical rows (with their key positions) of establishments the import created or changed."""
    history_ids = history_bulk_create(Establishment, created, update=False, **history)
    history_ids += history_bulk_create(Establishment, updated, update=True, **history)
    if not history_ids:
        return
    establishments = [*created, *updated]
    history_by_establishment = {e.pk: history_id for e, history_id in zip(establishments, history_ids, strict=True)}
    through = Establishment.key_positions.through
    m2m_history = Establishment.history.model.key_positions.model
    rows = through.objects.filter(establishment_id__in=history_by_establishment).values_list(
        "id", "establishment_id", "keyposition_id"
    )
    m2m_history.objects.bulk_create(
        [
            m2m_history(history_id=history_by_establishment[e_id], id=row_id, establishment_id=e_id, keyposition_id=kp)
            for row_id, e_id, kp in rows
        ],
        batch_size=BATCH_SIZE,
    )


def _upsert_observations(
    groups: Groups, establishments: dict[Key, Establishment]
) -> tuple[list[YearlyObservation], list[YearlyObservation]]:
    """Create new and update changed yearly observations; return (new, changed)."""
    stored = {
        (establishment_id, year): (pk, jobs, added_value, source)
        for pk, establishment_id, year, jobs, added_value, source in YearlyObservation.objects.filter(
            establishment_id__in=[establishments[key].pk for key in groups]
        ).values_list("pk", "establishment_id", "year", "jobs", "added_value_keur", "source")
    }
    new: list[YearlyObservation] = []
    changed: list[YearlyObservation] = []
    for key, rows in groups.items():
        establishment = establishments[key]
        for row in rows:
            known = stored.get((establishment.pk, row.year))
            if known is not None and known[1:] == (row.jobs, row.added_value_keur, ObservationSource.REGISTER):
                continue
            observation = YearlyObservation(
                establishment=establishment, year=row.year, jobs=row.jobs, added_value_keur=row.added_value_keur
            )
            if known is None:
                new.append(observation)
            else:
                observation.pk = known[0]
                changed.append(observation)
    YearlyObservation.objects.bulk_create(
        new + changed,
        batch_size=BATCH_SIZE,
        update_conflicts=True,
        unique_fields=["establishment", "year"],
        update_fields=["jobs", "added_value_keur", "source"],
    )
    return new, changed


@transaction.atomic
def import_job_create(*, uploaded_file: UploadedFile, user: User, language: str) -> ImportJob:
    """Store an uploaded register file as a queued import job and enqueue its import."""
    from .tasks import import_job_run_task

    name = (uploaded_file.name or "")[:255]
    job = ImportJob(file=uploaded_file, original_name=name, uploaded_by=user, language=language)
    job.full_clean()
    job.save()
    task_enqueue(import_job_run_task, job.pk)
    return job


@transaction.atomic
def import_job_rerun(*, job: ImportJob) -> ImportJob:
    """Queue a failed import job again from its stored file."""
    from .tasks import import_job_run_task

    job = ImportJob.objects.select_for_update().get(pk=job.pk)
    if job.status != ImportStatus.FAILED or not job.file:
        raise ValueError("only a failed job with its file can run again")
    job.status, job.progress, job.errors, job.row_count = ImportStatus.QUEUED, 0, [], 0
    job.started_at = job.finished_at = None
    job.full_clean()
    job.save()
    task_enqueue(import_job_run_task, job.pk)
    return job


def import_job_run(*, job_id: int) -> None:
    """Validate and write the file of an import job, keeping its status and progress up to date."""
    with job_lock(IMPORT_LOCK, job_id) as acquired:
        if acquired:  # otherwise another worker is importing this job right now
            _import_job_run(job_id)


def _import_job_run(job_id: int) -> None:
    job = ImportJob.objects.select_related("uploaded_by").get(pk=job_id)
    if job.is_finished:
        return  # a redelivered task must not import twice
    # A job left validating or writing by a worker that died wrote nothing (the write is one transaction), so a
    # redelivered task imports it again from its stored file.
    ImportJob.objects.filter(pk=job.pk).update(started_at=timezone.now())
    progress = ImportProgress(job.pk)
    with translation.override(job.language):
        progress.update(ImportStatus.VALIDATING, 0)
        with job.file.open("rb") as handle:
            content = handle.read()
        parsed = parse_register(content, on_progress=lambda percent: progress.update(ImportStatus.VALIDATING, percent))
        if not parsed.is_valid:
            progress.finish(status=ImportStatus.FAILED, row_count=len(parsed.rows), errors=parsed.errors)
            return
        progress.update(ImportStatus.WRITING, 0)
        try:
            summary = register_import(
                parsed=parsed,
                user=job.uploaded_by,
                source_name=job.original_name,
                on_progress=lambda percent: progress.update(ImportStatus.WRITING, percent, live=True),
            )
        except Exception:
            failure = RowError(0, "", _("The import stopped because of an internal error; nothing was written."))
            progress.finish(status=ImportStatus.FAILED, row_count=len(parsed.rows), errors=[failure])
            raise
    progress.finish(status=ImportStatus.DONE, row_count=summary.rows, summary=summary)


def stale_imports_reap(*, now: datetime | None = None, grace: timedelta = STALE_GRACE) -> int:
    """Fail the import jobs whose worker died or ran out of time; return how many."""
    now = now or timezone.now()
    reaped = 0
    started_before = now - grace
    for job in ImportJob.objects.filter(status__in=RUNNING_STATUSES, started_at__lt=started_before):
        overdue = (job.started_at or now) < now - IMPORT_TIME_LIMIT
        if not overdue and job_is_held(IMPORT_LOCK, job.pk) is not False:
            continue  # still worked on, or no lock to tell (SQLite): wait for the time limit
        with translation.override(job.language):
            failure = RowError(
                0, "", _("The import stopped because its worker ended unexpectedly; nothing was written. Run it again.")
            )
        reaped += ImportJob.objects.filter(pk=job.pk, status__in=RUNNING_STATUSES).update(
            status=ImportStatus.FAILED, errors=[failure.as_dict()], finished_at=now
        )
    return reaped


def monitor_recompute_request() -> None:
    """Queue a recomputation of the monitor, sent once the current transaction commits."""
    task_enqueue(compute_monitor_snapshot)


@transaction.atomic
def establishment_create(
    *,
    kvk_number: str,
    branch_number: str,
    trade_name: str,
    sbi_code: str,
    key_positions: Iterable[KeyPosition] = (),
    **fields: Any,
) -> Establishment:
    """Enter a new establishment in the register; its SBI division follows from its SBI code."""
    division = SbiDivision.objects.filter(code=sbi_code[:2]).first()
    if division is None:
        raise ValidationError({"sbi_code": _("No SBI division is known for this SBI code.")})
    establishment = Establishment(
        kvk_number=kvk_number,
        branch_number=branch_number,
        trade_name=trade_name,
        slug=unique_slug(trade_name, taken=Establishment.objects.all(), default="vestiging"),
        sbi_code=sbi_code,
        sbi_division=division,
        **fields,
    )
    establishment.full_clean()
    establishment.save()
    establishment.key_positions.set(key_positions)
    content_version_bump(area=content_versions.ESTABLISHMENTS)
    return establishment


@transaction.atomic
def observation_first_record(*, establishment: Establishment, year: int, jobs: int) -> YearlyObservation | None:
    """Record the jobs of an establishment that has no yearly observation yet; return None when it has one."""
    if establishment.observations.exists():
        return None
    observation = YearlyObservation(
        establishment=establishment, year=year, jobs=jobs, source=ObservationSource.CONVERSION
    )
    observation.full_clean()
    observation.save()
    return observation
