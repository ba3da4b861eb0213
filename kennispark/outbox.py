"""The one way to send a Celery task: written in the caller's transaction, published once that commits.

Publishing straight from a service (`transaction.on_commit(task.delay)`) loses the task when the broker is
down: the data is committed, the publish fails and the request answers 500. Here the task is first a row in
the same transaction as its data. After the commit the row is published at once; when the broker is
unreachable the row waits, the request answers normally, and `outbox_relay` (run by beat every minute)
publishes it once the broker is back. A row is deleted when published, so no task arguments (an invitation's
token, say) outlive it. Delivery is at least once: tasks must be idempotent.
"""

import logging
from functools import partial
from typing import Any

from celery import Task, current_app
from django.db import transaction
from django.db.models import F
from kombu.exceptions import OperationalError

from .models import TaskOutbox

logger = logging.getLogger(__name__)

RELAY_BATCH_SIZE = 100
MAX_ERROR_LENGTH = 500


def task_enqueue(task: Task, *args: Any, **kwargs: Any) -> TaskOutbox:
    """Write a task with JSON arguments to the outbox in the current transaction and publish it after commit."""
    entry = TaskOutbox.objects.create(name=task.name, args=list(args), kwargs=kwargs)
    transaction.on_commit(partial(outbox_publish, entry_id=entry.pk))
    return entry


def outbox_publish(*, entry_id: int) -> bool:
    """Publish one waiting task, unless another process is publishing it; return whether it was published."""
    with transaction.atomic():
        entry = TaskOutbox.objects.select_for_update(skip_locked=True).filter(pk=entry_id).first()
        return entry is not None and _publish(entry)


def outbox_relay(*, batch_size: int = RELAY_BATCH_SIZE) -> int:
    """Publish the tasks waiting in the outbox, oldest first, until the broker fails; return how many."""
    published = 0
    while True:
        with transaction.atomic():
            # Rows another process is publishing right now are locked and skipped, so none is sent twice.
            batch = list(TaskOutbox.objects.select_for_update(skip_locked=True)[:batch_size])
            for entry in batch:
                if not _publish(entry):
                    return published
                published += 1
        if len(batch) < batch_size:
            return published


def _publish(entry: TaskOutbox) -> bool:
    """Hand a locked row to the broker and delete it; record the error and keep it when the broker is down."""
    task = current_app.tasks.get(entry.name)
    try:
        if task is not None:
            task.apply_async(args=entry.args, kwargs=entry.kwargs)
        else:  # a web process need not have imported every app's tasks; the route still follows the name
            current_app.send_task(entry.name, args=entry.args, kwargs=entry.kwargs)
    except OperationalError as error:
        TaskOutbox.objects.filter(pk=entry.pk).update(
            attempts=F("attempts") + 1, last_error=f"{type(error).__name__}: {error}"[:MAX_ERROR_LENGTH]
        )
        logger.warning("Task %s (outbox %s) waits for the broker: %s", entry.name, entry.pk, type(error).__name__)
        return False
    entry.delete()
    return True
