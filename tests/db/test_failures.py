"""A full disk or a read-only database gives a clear message and leaves nothing half-saved."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event, select

from supervisor import errors
from supervisor.db.engine import translate_error
from supervisor.db.models import Attachment, ProjectStep, StepMaterial
from supervisor.procedure import materials


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
