"""Write simple-history records for bulk-written rows, which bypass simple-history's signals.

`history_bulk_create` is the portable path (SQLite); `history_insert_select` builds the INSERT … SELECT with which
the PostgreSQL path (bulk_upsert.py) records history without the rows passing through Python.
"""

from django.db import connection


def history_bulk_create(model, objs: list, *, update: bool, user, reason: str, date) -> list:
    """Create one historical record per object ('+' or '~') and return their history ids, in order."""
    if not objs:
        return []
    records = model.history.bulk_history_create(
        objs, batch_size=2000, update=update, default_user=user, default_change_reason=reason, default_date=date
    )
    return [record.history_id for record in records]


def history_insert_select(
    model, *, source: str, alias: str, history_type: str, user, reason: str, date
) -> tuple[str, list]:
    """Return SQL and parameters that insert a historical record of `model` for every row of `source`.

    `source` is a FROM clause in which `alias` has the model's columns; `history_type` an SQL expression for
    '+' or '~'.
    """
    history_model = model.history.model
    quote = connection.ops.quote_name
    tracked = [quote(field.column) for field in history_model.tracked_fields]
    meta = history_model._meta
    casts = [
        f"CAST(%s AS {meta.get_field(name).db_type(connection)})"
        for name in ("history_date", "history_change_reason", "history_user")
    ]
    columns = ", ".join([*tracked, "history_date", "history_change_reason", "history_user_id", "history_type"])
    values = ", ".join([*(f"{alias}.{column}" for column in tracked), *casts, history_type])
    sql = f"INSERT INTO {quote(meta.db_table)} ({columns}) SELECT {values} FROM {source}"  # noqa: S608
    return sql, [date, reason, user.pk if user is not None else None]
