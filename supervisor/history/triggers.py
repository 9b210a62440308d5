"""The triggers that mark every row written in a recorded table, on SQLite and PostgreSQL.

A trigger only notes the table and the row's key in ``history_pending`` (on PostgreSQL with
the server's transaction id): what changed is read by the recorder before the commit. Being
triggers, they see every write — the ORM's, bulk statements, undo's plain SQL, and rows the
database itself changes through ``ON DELETE CASCADE`` or ``SET NULL``. A write from another
program fires them too and leaves its mark, which ``supervisor check`` reports.
"""

from __future__ import annotations

from sqlalchemy import text

from supervisor.history import audited

PREFIX = "history_mark"


def _key(table, row: str) -> str:
    return " || '/' || ".join(f'CAST({row}."{c.name}" AS TEXT)' for c in audited.key_columns(table))


def _sqlite(table) -> list[str]:
    statements = []
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        statements.append(
            f'CREATE TRIGGER IF NOT EXISTS "{PREFIX}_{table.name}_{event.lower()}" '
            f'AFTER {event} ON "{table.name}" BEGIN '
            f"INSERT INTO history_pending (kind, row_key) VALUES ('{table.name}', {_key(table, row)}); END"
        )
    return statements


def _postgresql(table) -> list[str]:
    function = f"{PREFIX}_{table.name}"
    return [
        f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"IF TG_OP = 'DELETE' THEN "
        f"INSERT INTO history_pending (kind, row_key, txn) VALUES ('{table.name}', {_key(table, 'OLD')}, txid_current()); "
        f"RETURN OLD; END IF; "
        f"INSERT INTO history_pending (kind, row_key, txn) VALUES ('{table.name}', {_key(table, 'NEW')}, txid_current()); "
        f"RETURN NEW; END $$",
        f'CREATE OR REPLACE TRIGGER {PREFIX} AFTER INSERT OR UPDATE OR DELETE ON "{table.name}" '
        f"FOR EACH ROW EXECUTE FUNCTION {function}()",
    ]


def install(connection) -> None:
    """Create the triggers of every recorded table the database has (those present already
    stay). An older migration runs this before later ones have made their tables: the migration
    that makes them calls it again."""
    make = _postgresql if connection.dialect.name == "postgresql" else _sqlite
    for table in audited.present(connection).values():
        for statement in make(table):
            connection.execute(text(statement))


def missing(connection) -> list[str]:
    """The recorded tables whose triggers are missing (removed by another program)."""
    if connection.dialect.name == "postgresql":
        present = {
            row[0]
            for row in connection.execute(text(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND t.tgname = :name AND t.tgenabled <> 'D'"
            ), {"name": PREFIX})
        }
        return [name for name in audited.tables() if name not in present]
    names = {row[0] for row in connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
    return [
        name
        for name in audited.tables()
        if any(f"{PREFIX}_{name}_{event}" not in names for event in ("insert", "update", "delete"))
    ]


def remove(connection) -> None:
    """Drop the triggers (a schema downgrade)."""
    for table in audited.present(connection).values():
        if connection.dialect.name == "postgresql":
            connection.execute(text(f'DROP TRIGGER IF EXISTS {PREFIX} ON "{table.name}"'))
            connection.execute(text(f"DROP FUNCTION IF EXISTS {PREFIX}_{table.name}()"))
        else:
            for event in ("insert", "update", "delete"):
                connection.execute(text(f'DROP TRIGGER IF EXISTS "{PREFIX}_{table.name}_{event}"'))
