"""Shared fixtures and helpers: a fresh database file per test, headless Qt, the sample photos.

The tests mirror the package: ``tests/<feature>/`` tests ``supervisor/<feature>/`` (db, projects,
procedure, residents, site, documents), ``tests/kernel/`` the top-level modules (cli, workdays),
``tests/ui/<feature>/`` the feature's part of the window and ``tests/ui/`` the window as a whole.
Checks of the whole package (layering, translations) sit here at the top. What several test
modules share lives in a ``conftest.py``; a test module never imports another test module.
"""

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


@pytest.fixture
def ungated_project(database, project):
    """The ``project`` with the residents' consent gate taken off its steps (for tests about
    materials, prerequisites and dates; the gate itself is tested with the consultation)."""
    from sqlalchemy import select

    from supervisor.db.models import ProjectStep

    with database.write() as session:
        for step in session.scalars(select(ProjectStep).where(ProjectStep.gate != "")):
            step.gate = ""
    return project


def step_by_code(session, project_id: int, code: str):
    """The project's step with ``code`` (a ``ProjectStep``)."""
    from sqlalchemy import select

    from supervisor.db.models import ProjectStep

    return session.scalars(
        select(ProjectStep).where(ProjectStep.project_id == project_id, ProjectStep.code == code)
    ).one()


def provide_all(session, step) -> None:
    """Tick every material of ``step`` as provided."""
    from supervisor.procedure import materials

    for material in step.materials:
        materials.set_provided(session, material, True)


def run_cli(capsys, *argv: str) -> tuple[int, list[str], str]:
    """Run ``supervisor *argv`` in this process: the exit code, stdout's lines, stderr."""
    from supervisor.cli import main

    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err


def assert_one_line_error(err: str) -> str:
    """``err`` is one ``supervisor: ...`` line and no traceback; returns that line."""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("supervisor: ")
    return lines[0]


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
