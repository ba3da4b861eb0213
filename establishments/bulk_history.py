"""Write simple-history records for bulk-written rows; on PostgreSQL with COPY, since an import writes many."""

from django.db import connection, models


def history_bulk_create(model, objs: list, *, update: bool, user, reason: str, date) -> list:
    """Create one historical record per object ('+' or '~') and return their history ids, in order."""
    if not objs:
        return []
    history_model = model.history.model
    if connection.vendor != "postgresql":
        records = model.history.bulk_history_create(
            objs, batch_size=2000, update=update, default_user=user, default_change_reason=reason, default_date=date
        )
        return [record.history_id for record in records]
    table = history_model._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'history_id')) FROM generate_series(1, %s)", [table, len(objs)]
        )
        ids = [row[0] for row in cursor.fetchall()]
    tracked = [field.attname for field in model.history.model.tracked_fields]
    files = {field.attname for field in model._meta.concrete_fields if isinstance(field, models.FileField)}
    static = {
        "history_date": date,
        "history_change_reason": reason,
        "history_type": "~" if update else "+",
        "history_user_id": user.pk if user is not None else None,
    }
    columns = ["history_id", *tracked, *static]
    quoted = ", ".join(connection.ops.quote_name(column) for column in columns)
    with (
        connection.cursor() as cursor,
        cursor.cursor.copy(f"COPY {connection.ops.quote_name(table)} ({quoted}) FROM STDIN") as copy,
    ):
        for history_id, obj in zip(ids, objs, strict=True):
            values = [getattr(obj, name) for name in tracked]
            if files:
                values = [
                    (value.name or "") if name in files else value for name, value in zip(tracked, values, strict=True)
                ]
            copy.write_row([history_id, *values, *static.values()])
    return ids
