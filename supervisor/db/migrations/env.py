"""Alembic environment: runs migrations on the connection Supervisor hands over."""

from alembic import context

from supervisor.db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from supervisor.db.engine import make_engine, to_url

        engine = make_engine(to_url(config.get_main_option("sqlalchemy.url")))
        with engine.begin() as connection:
            _run(connection)
        engine.dispose()
    else:
        _run(connection)


def include_name(name, type_, parent_names) -> bool:
    """Full-text tables and their shadow tables (SQLite) and trigram indexes (PostgreSQL) are
    made by hand in the migrations."""
    if type_ == "table" and name and "_fts" in name:
        return False
    return not (type_ == "index" and name and name.endswith("_trgm"))


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=include_name,
    )
    context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Offline migrations are not supported.")
run_migrations_online()
