# ruff: noqa: S608 - the SQL is built from quoted names in model meta; every value is a parameter or COPY data.
"""PostgreSQL write path of the register import: COPY into temporary tables, then set-based upserts with history.

Why hand-written SQL: `bulk_create(update_conflicts=True)` builds a model instance and prepares every field of
every row in Python, and the rows still have to be compared with what is stored, so a 50,000-establishment
import took 14 s, most of it in the ORM. No library we know of does a COPY-based upsert that also writes
django-simple-history records. Here every row crosses the wire once (COPY); the comparison with the stored row,
the upsert and the history rows are single statements in the database. The semantics are those of the portable
path in services.py, which SQLite uses; the same tests run against both.
"""

from collections.abc import Callable
from typing import cast

from django.db import connection
from django.db.models import Field
from django.utils import timezone

from kennispark.slugs import unique_slug

from .bulk_history import history_insert_select
from .importers import RegisterRow
from .models import Establishment, YearlyObservation

ESTABLISHMENT_FIELDS = (
    "trade_name",
    "street_address",
    "postcode",
    "city",
    "sub_area",
    "sbi_code",
    "sbi_division_id",
    "settled_on",
    "founded_on",
)
KEY = ("kvk_number", "branch_number")
OBSERVATION_VALUES = ("year", "jobs", "added_value_keur")
TEMP_TABLES = ("import_establishment", "import_observation", "import_key_position", "import_changed")

Groups = dict[tuple[str, str], list[RegisterRow]]


def establishment_slug(trade_name: str, branch_number: str, used: set[str]) -> str:
    """Return a slug for a new establishment that is not in `used`, and add it there."""
    qualifiers = (branch_number[-4:], branch_number)
    slug = unique_slug(trade_name, taken=used, default="vestiging", qualifiers=qualifiers)
    used.add(slug)
    return slug


def register_upsert_postgresql(
    *, groups: Groups, has_key_positions: bool, history: dict, report: Callable[[int], None]
) -> tuple[int, int, int, int]:
    """Write new and changed rows with their history; return establishments and observations created/updated."""
    with connection.cursor() as cursor:
        _create_temp_tables(cursor)
        rows, stored = _establishment_rows(cursor, groups)
        _copy_rows(cursor, "import_establishment", rows)
        if _upsert_establishments(cursor) * 4 >= stored:
            # The planner would take the table for as small as before and join the file's rows to it with
            # nested loops over sequential scans (minutes for 50,000 new rows); ANALYZE counts our own new rows.
            cursor.execute(f"ANALYZE {_table(Establishment)}")
        report(30)
        if has_key_positions:
            _copy_rows(cursor, "import_key_position", _key_position_rows(groups))
            _sync_key_positions(cursor)
        report(45)
        _record_establishment_history(cursor, history)
        cursor.execute("SELECT count(*) FILTER (WHERE is_new), count(*) FILTER (WHERE NOT is_new) FROM import_changed")
        establishments_created, establishments_updated = cursor.fetchone()
        report(60)
        _copy_rows(cursor, "import_observation", _observation_rows(groups))
        report(70)
        observations_created, observations_updated = _upsert_observations(cursor, history)
        cursor.execute(f"DROP TABLE {', '.join(TEMP_TABLES)}")
    report(100)
    return establishments_created, establishments_updated, observations_created, observations_updated


def _quote(name: str) -> str:
    return connection.ops.quote_name(name)


def _table(model) -> str:
    return _quote(model._meta.db_table)


def _columns(model, names) -> str:
    return ", ".join(
        f"{_quote(model._meta.get_field(name).column)} {model._meta.get_field(name).db_type(connection)}"
        for name in names
    )


def _create_temp_tables(cursor) -> None:
    # ON COMMIT DROP cleans up after a failed import; a successful one drops them itself, since an import may
    # run inside a longer transaction (tests, the benchmark) that imports more than once.
    cursor.execute(f"DROP TABLE IF EXISTS {', '.join(TEMP_TABLES)}")
    key = _columns(Establishment, KEY)
    slug = _columns(Establishment, ["slug"])
    statements = (
        f"CREATE TEMP TABLE import_establishment ({key}, {slug}, {_columns(Establishment, ESTABLISHMENT_FIELDS)})",
        f"CREATE TEMP TABLE import_observation ({key}, {_columns(YearlyObservation, OBSERVATION_VALUES)})",
        f"CREATE TEMP TABLE import_key_position ({key}, keyposition_id bigint)",
        "CREATE TEMP TABLE import_changed (establishment_id bigint PRIMARY KEY, is_new boolean NOT NULL)",
    )
    for statement in statements:
        cursor.execute(f"{statement} ON COMMIT DROP")


def _copy_rows(cursor, table: str, rows) -> None:
    with cursor.cursor.copy(f"COPY {table} FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
    cursor.execute(f"ANALYZE {table}")  # temporary tables get no statistics otherwise, and the joins need them


def _establishment_rows(cursor, groups: Groups) -> tuple[list[tuple], int]:
    """Return the latest values of each establishment in the file (a slug for new ones) and the stored count."""
    cursor.execute(f"SELECT kvk_number, branch_number, slug FROM {_table(Establishment)}")
    stored, used_slugs = set(), set()
    for kvk_number, branch_number, slug in cursor.fetchall():
        stored.add((kvk_number, branch_number))
        used_slugs.add(slug)
    # A list, not a generator: the connection is busy with the COPY while the rows are written.
    rows = []
    for key, group in groups.items():
        latest = group[-1]
        slug = None if key in stored else establishment_slug(latest.trade_name, latest.branch_number, used_slugs)
        rows.append((*key, slug, *(getattr(latest, name) for name in ESTABLISHMENT_FIELDS)))
    return rows, len(stored)


def _key_position_rows(groups: Groups):
    for key, rows in groups.items():
        for key_position_id in rows[-1].key_position_ids or ():
            yield (*key, key_position_id)


def _observation_rows(groups: Groups):
    for key, rows in groups.items():
        for row in rows:
            yield (*key, row.year, row.jobs, row.added_value_keur)


def _upsert_establishments(cursor) -> int:
    """Insert new and update changed establishments, noting each written id in import_changed; return the new."""
    fields = [cast(Field, Establishment._meta.get_field(name)) for name in ESTABLISHMENT_FIELDS]
    columns = [_quote(field.column) for field in fields]
    written = {*KEY, "slug", *ESTABLISHMENT_FIELDS, "id", "created_at", "updated_at"}
    # Columns the register does not fill (the company's own profile) get their model defaults on insert and
    # are left alone on update.
    defaults = [field for field in Establishment._meta.concrete_fields if field.attname not in written]
    now = timezone.now()
    insert_columns = ", ".join(["kvk_number", "branch_number", "slug", *columns, "created_at", "updated_at"])
    insert_columns += "".join(f", {_quote(field.column)}" for field in defaults)
    default_values = "".join(f", CAST(%s AS {field.db_type(connection)})" for field in defaults)
    # The stored slug for existing rows: PostgreSQL checks NOT NULL on the proposed row before ON CONFLICT.
    compared = ", ".join(f"i.{column}" for column in columns), ", ".join(f"e.{column}" for column in columns)
    table = _table(Establishment)
    cursor.execute(
        f"""
        WITH src AS (
            SELECT
                kvk_number, branch_number, COALESCE(i.slug, e.slug) AS slug, {compared[0]}
            FROM import_establishment i
            LEFT JOIN {table} e USING (kvk_number, branch_number)
            WHERE e.id IS NULL OR ROW({compared[0]}) IS DISTINCT FROM ROW({compared[1]})
        ), written AS (
            INSERT INTO {table} ({insert_columns})
            SELECT kvk_number, branch_number, slug, {", ".join(columns)}, %s, %s{default_values} FROM src
            ON CONFLICT (kvk_number, branch_number) DO UPDATE
            SET {", ".join(f"{column} = EXCLUDED.{column}" for column in columns)}, updated_at = EXCLUDED.updated_at
            RETURNING id, xmax = 0 AS is_new  -- the PostgreSQL idiom for 'inserted, not updated'
        )
        INSERT INTO import_changed (establishment_id, is_new) SELECT id, is_new FROM written
        """,
        [now, now, *(field.get_db_prep_save(field.get_default(), connection) for field in defaults)],
    )
    cursor.execute("SELECT count(*) FROM import_changed WHERE is_new")
    return cursor.fetchone()[0]


def _sync_key_positions(cursor) -> None:
    """Give each establishment in the file the key positions of its latest row; note the changed ones."""
    through = Establishment.key_positions.through
    table, links = _table(Establishment), _table(through)
    cursor.execute(
        f"""
        WITH in_file AS (
            SELECT e.id AS establishment_id FROM import_establishment JOIN {table} e USING (kvk_number, branch_number)
        ), wanted AS (
            SELECT e.id AS establishment_id, k.keyposition_id
            FROM import_key_position k JOIN {table} e USING (kvk_number, branch_number)
        ), stored AS (
            SELECT l.establishment_id, l.keyposition_id FROM {links} l JOIN in_file USING (establishment_id)
        ), added AS (
            SELECT * FROM wanted EXCEPT SELECT * FROM stored
        ), removed AS (
            SELECT * FROM stored EXCEPT SELECT * FROM wanted
        ), deleted AS (
            DELETE FROM {links} l USING removed r
            WHERE l.establishment_id = r.establishment_id AND l.keyposition_id = r.keyposition_id
        ), inserted AS (
            INSERT INTO {links} (establishment_id, keyposition_id) SELECT * FROM added ON CONFLICT DO NOTHING
        )
        INSERT INTO import_changed (establishment_id, is_new)
        SELECT DISTINCT establishment_id, false FROM (SELECT * FROM added UNION ALL SELECT * FROM removed) changed
        ON CONFLICT (establishment_id) DO NOTHING
        """
    )


def _record_establishment_history(cursor, history: dict) -> None:
    """Write the historical rows, with their key positions, of every establishment in import_changed."""
    through = Establishment.key_positions.through
    m2m_history = Establishment.history.model.key_positions.model
    insert, params = history_insert_select(
        Establishment,
        source=f"import_changed c JOIN {_table(Establishment)} e ON e.id = c.establishment_id",
        alias="e",
        history_type="CASE WHEN c.is_new THEN '+' ELSE '~' END",
        **history,
    )
    cursor.execute(
        f"""
        WITH recorded AS ({insert} RETURNING history_id, id)
        INSERT INTO {_table(m2m_history)} (history_id, id, establishment_id, keyposition_id)
        SELECT r.history_id, l.id, l.establishment_id, l.keyposition_id
        FROM recorded r JOIN {_table(through)} l ON l.establishment_id = r.id
        """,
        params,
    )


def _upsert_observations(cursor, history: dict) -> tuple[int, int]:
    """Insert new and update changed yearly observations with their history; return (created, updated)."""
    table = _table(YearlyObservation)
    # `xmax = 0` tells an inserted row from an updated one (the usual PostgreSQL idiom); joining the written rows
    # back to `src` instead made the planner pick a nested loop over two CTEs: minutes for 50,000 rows.
    insert, params = history_insert_select(
        YearlyObservation,
        source="written w",
        alias="w",
        history_type="CASE WHEN w.is_new THEN '+' ELSE '~' END",
        **history,
    )
    cursor.execute(
        f"""
        WITH src AS (
            SELECT e.id AS establishment_id, i.year, i.jobs, i.added_value_keur
            FROM import_observation i
            JOIN {_table(Establishment)} e USING (kvk_number, branch_number)
            LEFT JOIN {table} o ON o.establishment_id = e.id AND o.year = i.year
            WHERE o.id IS NULL OR o.jobs <> i.jobs OR o.added_value_keur IS DISTINCT FROM i.added_value_keur
                OR o.source <> 'register'
        ), written AS (
            INSERT INTO {table} (establishment_id, year, jobs, added_value_keur, source)
            SELECT establishment_id, year, jobs, added_value_keur, 'register' FROM src
            ON CONFLICT (establishment_id, year) DO UPDATE
            SET jobs = EXCLUDED.jobs, added_value_keur = EXCLUDED.added_value_keur, source = EXCLUDED.source
            RETURNING *, xmax = 0 AS is_new
        ), recorded AS ({insert} RETURNING history_type)
        SELECT count(*) FILTER (WHERE history_type = '+'), count(*) FILTER (WHERE history_type = '~') FROM recorded
        """,
        params,
    )
    return cursor.fetchone()
