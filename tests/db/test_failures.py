"""A full disk or a read-only database gives a clear message and leaves nothing half-saved."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import event, func, select

from supervisor import errors
from supervisor.codes import StepStatus
from supervisor.db.engine import open_database, translate_error
from supervisor.db.models import Attachment, ChangeLog, Compound, Project, ProjectStep, StepMaterial
from supervisor.procedure import materials, steps, templates
from supervisor.projects import places
from supervisor.projects.project import ProjectData, get_project
from tests.conftest import provide_all, step_by_code


@pytest.mark.sqlite_only
def test_full_disk_saves_nothing_and_says_so(database, project):
    with database.read() as session:
        material_id = session.scalars(
            select(StepMaterial.id).join(ProjectStep).where(ProjectStep.project_id == project)
        ).first()

    # Simulate a full disk: cap the file at its current size on every new connection.
    @event.listens_for(database.engine, "connect")
    def cap(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    database.engine.dispose()
    with pytest.raises(errors.StorageFull) as caught:
        with database.write() as session:
            material = materials.get_material(session, material_id)
            materials.attach(session, material, "大文件.pdf", b"x" * 2_000_000)
    assert "full" in str(caught.value)
    event.remove(database.engine, "connect", cap)
    database.engine.dispose()
    with database.read() as session:
        assert session.scalar(select(Attachment.id)) is None
        assert materials.get_material(session, material_id).provided is False


@pytest.mark.parametrize(
    "message, kind",
    [
        ("attempt to write a readonly database", errors.DatabaseError),
        ("database is locked", errors.DatabaseLocked),
        ("database disk image is malformed", errors.DatabaseDamaged),
        ("database or disk is full", errors.StorageFull),
    ],
)
def test_low_level_errors_become_clear_messages(message, kind):
    error = translate_error(sqlite3.OperationalError(message), "/data/supervisor.sqlite")
    assert type(error) is kind
    assert "/data/supervisor.sqlite" in str(error)
    assert "sqlite" not in str(error).replace("supervisor.sqlite", "")


def test_failed_write_leaves_nothing_half_saved(db_path, database, ungated_project):
    project = ungated_project
    with pytest.raises(RuntimeError):
        with database.write() as session:
            stored = get_project(session, project)
            stored.name = "改过的名字"
            places.add_compound(session, stored, places.CompoundData("幸福里小区"))
            step = step_by_code(session, project, "1")
            provide_all(session, step)
            steps.set_status(session, step, StepStatus.DONE, today=dt.date(2026, 3, 10))
            session.flush()
            raise RuntimeError("power cut")
    with pytest.raises(errors.ValidationError):
        with database.write() as session:
            templates.create_project(session, ProjectData(code="T-02", name="二片区"))
            templates.create_project(session, ProjectData(code="T-01", name="重复"))
    database.close()
    reopened = open_database(db_path, create=False)
    try:
        with reopened.read() as session:
            assert get_project(session, project).name == "测试片区"
            assert session.scalar(select(func.count()).select_from(Compound)) == 0
            assert session.scalar(select(func.count()).select_from(Project)) == 1
            step = step_by_code(session, project, "1")
            assert step.status == StepStatus.NOT_STARTED
            assert not any(m.provided for m in step.materials)
            assert session.scalar(
                select(func.count()).where(ChangeLog.action == "step.status")
            ) == 0
    finally:
        reopened.close()
