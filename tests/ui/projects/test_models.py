"""The project list and compound list models pass Qt's model tester, filled with the demo."""

from __future__ import annotations

from supervisor.db.engine import open_database
from supervisor.projects.places import list_compounds
from supervisor.projects.project import find_project, list_projects
from supervisor.ui.projects.compounds_view import CompoundListModel
from supervisor.ui.projects.list_model import ProjectListModel


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


def test_compound_list_model(qtmodeltester, demo_path):
    database = demo(demo_path)
    with database.read() as session:
        project = find_project(session, "DH-2026-01")
        rows = list_compounds(session, project.id)
    model = CompoundListModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.rowCount() == len(rows) > 0
    database.close()
