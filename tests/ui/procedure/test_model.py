"""The procedure model and its filter pass Qt's model tester, filled with the demo."""

from __future__ import annotations

from supervisor.db.engine import open_database
from supervisor.procedure.snapshots import procedure_snapshot
from supervisor.projects.project import find_project
from supervisor.ui.procedure.model import ProcedureFilter, ProcedureModel


def demo(path):
    return open_database(path)


def test_procedure_model_and_filter(qtmodeltester, demo_path):
    database = demo(demo_path)
    with database.read() as session:
        first = procedure_snapshot(session, find_project(session, "DH-2026-01"))
        second = procedure_snapshot(session, find_project(session, "DH-2026-02"))
    model = ProcedureModel()
    model.set_snapshot(first)
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    assert sum(model.rowCount(model.index(r, 0)) for r in range(5)) == 45
    proxy = ProcedureFilter()
    proxy.setSourceModel(model)
    proxy.set_filters(overdue_only=True)
    qtmodeltester.check(proxy)
    model.set_snapshot(second)
    qtmodeltester.check(model)
    model.set_snapshot(None)
    assert model.rowCount() == 0
    database.close()
