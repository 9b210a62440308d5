"""Shared fixtures: a fresh database file per test, and headless Qt."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
"""The repository's root folder: tests read nothing outside it."""

SAMPLE_PHOTOS = REPO / "tests" / "data" / "photos"
"""Real camera JPEGs (exif-samples, CC BY-SA 4.0; see the README in that folder)."""


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_main_thread():
    """The window moves garbage collection to a UI-thread timer; between tests, collect here."""
    yield
    from supervisor.ui.gc_guard import collect_if_due

    collect_if_due()


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

    from supervisor.procedure.templates import create_project
    from supervisor.projects.project import ProjectData

    with database.write() as session:
        created = create_project(
            session,
            ProjectData(code="T-01", name="测试片区", planned_start=dt.date(2026, 3, 2)),
        )
        return created.id


@pytest.fixture(scope="session")
def demo_source(tmp_path_factory):
    """The demo database, written once per test run (it takes a few seconds)."""
    from supervisor.demo.database import write_demo

    return write_demo(tmp_path_factory.mktemp("demo-source") / "demo.sqlite")


@pytest.fixture
def demo_path(demo_source, tmp_path):
    """A private copy of the demo database that a test may change."""
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_source, path)
    return path
