"""The project list and the compounds tab's model pass Qt's model tester, filled with the demo."""

from __future__ import annotations

from supervisor.db.engine import open_database
from supervisor.projects.places import list_compounds
from supervisor.projects.project import find_project, list_projects
from supervisor.ui.projects.list_model import ProjectListModel
from tests.ui.conftest import open_window


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


def test_compound_list_model(qtbot, qtmodeltester, demo_path):
    database = demo(demo_path)
    with database.read() as session:
        project = find_project(session, "DH-2026-01")
        rows = list_compounds(session, project.id)
    database.close()
    view = open_window(qtbot, demo_path, "DH-2026-01").workspace.compounds
    qtmodeltester.check(view.model)
    assert [r.name for r in view.model.rows()] == [r.name for r in rows] and rows
