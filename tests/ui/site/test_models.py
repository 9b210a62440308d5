"""The paged check and rectification list models pass Qt's model tester, fetch in batches and
sort in SQL as the core does."""

from __future__ import annotations

from supervisor.db.engine import open_database
from supervisor.projects.project import find_project
from supervisor.site import checks, rectification_register
from supervisor.ui.site.checks_view import CheckListModel
from supervisor.ui.site.rectifications_view import RectListModel


def test_paged_models_fetch_in_batches_and_sort_in_sql(qtmodeltester, demo_path):
    from PySide6.QtCore import Qt

    database = open_database(demo_path)
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
        (RectListModel(), rectification_register.count_rectifications, rectification_register.list_rectifications,
         rectification_register.RectFilter(project_id=project_id), 0, "number"),
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
