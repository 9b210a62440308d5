"""Storage: schema from migrations, SQLite settings, stamps, refusal of bad files."""

from __future__ import annotations

import sqlite3
import uuid

import pytest
from sqlalchemy import select

from supervisor import errors
from supervisor.db.engine import open_database
from supervisor.db.migrate import HEAD, backup_sqlite
from supervisor.db.models import Base, Project, ProjectStep
from tests.conftest import write_old_database


def made_by_hand_excluded(name, type_, parent_names) -> bool:
    """SQLite's full-text tables and PostgreSQL's trigram indexes are not in the models."""
    return not (type_ == "table" and "_fts" in (name or "")) and not (
        type_ == "index" and (name or "").endswith("_trgm")
    )


def test_migrations_produce_the_models_schema(database):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"compare_type": True, "include_name": made_by_hand_excluded},
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


@pytest.mark.sqlite_only
def test_sqlite_connection_settings(database):
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_records_carry_uuid_timestamps_and_author(database, project):
    with database.read() as session:
        stored = session.get(Project, project)
        step = session.scalars(select(ProjectStep).where(ProjectStep.project_id == project)).first()
        for record in (stored, step):
            uuid.UUID(record.uuid)
            assert record.created_at is not None and record.updated_at is not None
            assert record.created_by == "tester" and record.updated_by == "tester"


def test_values_survive_reopening(db_path, database, project):
    database.close()
    reopened = open_database(db_path, create=False)
    with reopened.read() as session:
        assert session.get(Project, project).name == "测试片区"
        assert session.query(ProjectStep).filter_by(project_id=project).count() == 45
    reopened.close()


@pytest.mark.sqlite_only
def test_newer_database_is_refused_untouched(db_path, database):
    database.close()
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db_path.read_bytes()
    with pytest.raises(errors.DatabaseTooNew) as caught:
        open_database(db_path)
    assert "newer version" in str(caught.value)
    assert db_path.read_bytes() == before


def test_foreign_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(errors.NotASupervisorDatabase):
        open_database(path)


def test_damaged_file_gives_a_clear_message(tmp_path):
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(errors.DatabaseDamaged) as caught:
        open_database(path)
    assert "broken.sqlite" in str(caught.value)


def test_missing_database_without_create(tmp_path):
    with pytest.raises(errors.DatabaseError):
        open_database(tmp_path / "nothing.sqlite", create=False)


@pytest.mark.sqlite_only
def test_locked_database_gives_a_clear_message(db_path, database, project, monkeypatch):
    import supervisor.db.engine as engine_module
    from supervisor.projects.project import get_project

    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    other = open_database(db_path)
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(errors.DatabaseLocked):
            with other.write() as session:
                get_project(session, project).name = "changed"
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    with database.read() as session:
        assert get_project(session, project).name == "测试片区"
    other.close()


@pytest.mark.sqlite_only
def test_backup_copy_is_a_consistent_database(db_path, database, project):
    copy = backup_sqlite(db_path, HEAD)
    assert copy.exists() and copy != db_path
    with sqlite3.connect(copy) as raw:
        assert raw.execute("SELECT count(*) FROM project_step").fetchone()[0] == 45


def test_an_older_database_is_backed_up_then_upgraded(tmp_path):
    path = write_old_database(tmp_path / "old.sqlite", "0001")
    with sqlite3.connect(path) as raw:
        raw.execute(
            "INSERT INTO person (uuid, name, role, organisation, phone, created_at, updated_at, "
            "created_by, updated_by) VALUES ('u-1', '王建国', '', '', '', '2026-01-01', "
            "'2026-01-01', 'x', 'x')"
        )
    upgraded = open_database(path)
    assert upgraded.backup_path is not None and upgraded.backup_path.exists()
    with sqlite3.connect(upgraded.backup_path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
        assert raw.execute("SELECT name FROM person").fetchone()[0] == "王建国"
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"site_check", "site_check_fts", "rectification_fts"} <= tables
    upgraded.close()
