"""Every item model passes Qt's model tester, filled with real data."""

from __future__ import annotations

from supervisor.db.engine import open_database
from supervisor.procedure.snapshots import procedure_snapshot
from supervisor.projects.places import list_compounds
from supervisor.projects.project import find_project, list_projects
from supervisor.site import checks, rectifications
from supervisor.ui.procedure.model import ProcedureFilter, ProcedureModel
from supervisor.ui.projects.list_model import ProjectListModel
from supervisor.ui.site.checks_view import CheckListModel
from supervisor.ui.site.rectifications_view import RectListModel


def demo(path):
    return open_database(path)


def test_project_list_model(qtmodeltester, demo_path):
    database = demo(demo_path)
    model = ProjectListModel()
    with database.read() as session:
        model.set_rows(list_projects(session, include_archived=True))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    database.close()


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


def test_compound_list_model(qtbot, qtmodeltester, demo_path):
    from tests.ui.conftest import open_window

    database = demo(demo_path)
    with database.read() as session:
        project = find_project(session, "DH-2026-01")
        rows = list_compounds(session, project.id)
    database.close()
    view = open_window(qtbot, demo_path, "DH-2026-01").workspace.compounds
    qtmodeltester.check(view.model)
    assert [r.name for r in view.model.rows()] == [r.name for r in rows] and rows


def test_paged_models_fetch_in_batches_and_sort_in_sql(qtmodeltester, demo_path):
    from PySide6.QtCore import Qt

    database = demo(demo_path)
    with database.read() as session:
        project_id = find_project(session, "DH-2026-01").id

    def source(count, page, f):
        def fetch(offset, limit, key, descending):
            with database.read() as session:
                return page(session, f, sort=key, descending=descending, offset=offset, limit=limit)

        def total():
            with database.read() as session:
                return count(session, f)

        return fetch, total

    for model, count, page, f, column, key in (
        (CheckListModel(), checks.count_checks, checks.list_checks, checks.CheckFilter(project_id=project_id),
         5, "inspector"),
        (RectListModel(), rectifications.count_rectifications, rectifications.list_rectifications,
         rectifications.RectFilter(project_id=project_id), 0, "number"),
    ):
        model.page_size = 3
        model.set_source(*source(count, page, f))
        assert model.rowCount() == 3 < model.total, type(model).__name__
        qtmodeltester.check(model)  # it stays connected, and asks for more rows on every change
        while model.canFetchMore():
            model.fetchMore()
        model.sort(column, Qt.SortOrder.DescendingOrder)
        while model.canFetchMore():
            model.fetchMore()
        assert model.sort_key == key
        with database.read() as session:
            expected = [r.id for r in page(session, f, sort=key, descending=True, limit=None)]
        assert [model.row(r).id for r in range(model.rowCount())] == expected
        model.set_source(None, None)
        assert model.rowCount() == model.total == 0
    database.close()
