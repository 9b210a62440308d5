"""Shared fixtures: a fresh database file per test, and headless Qt."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "test.sqlite"


@pytest.fixture
def database(db_path):
    from supervisor.db.audit import set_current_user
    from supervisor.db.engine import open_database

    set_current_user("tester")
    db = open_database(db_path)
    yield db
    db.close()


@pytest.fixture
def project(database):
    """A project on the default template; returns its id."""
    import datetime as dt

    from supervisor.projects import ProjectData, create_project

    with database.write() as session:
        created = create_project(
            session,
            ProjectData(code="T-01", name="测试片区", planned_start=dt.date(2026, 3, 2)),
        )
        return created.id
