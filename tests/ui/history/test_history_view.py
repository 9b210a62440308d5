"""A record's History view in the window: who, when, what, old → new, in the window's language."""

from __future__ import annotations

import dataclasses

import pytest

from supervisor.accounts import people
from tests.accounts.conftest import PASSWORD, add_staff


@pytest.fixture
def signed_in(database, project):
    """The project's database with staff; 张监理 (supervisor) signed in."""
    add_staff(database)
    people.sign_in(database, "sup", PASSWORD)
    return database


@pytest.fixture
def controller(qtbot, signed_in):
    from supervisor.ui.controller import Controller

    made = Controller(signed_in)
    yield made
    made.connection.stop()


def _new_check(controller, project, result="problem") -> int:
    from supervisor.site.checks import CheckData

    return controller.site.save_check(None, CheckData(
        project_id=project, common_area="roof", category="materials", result=result,
        description="防水卷材无合格证", inspector="张监理"))


def _history(qtbot, controller, check_id: int):
    from supervisor.history import reading
    from supervisor.ui.history.view import HistoryDialog

    dialog = HistoryDialog(controller, "XC", lambda s: reading.family(s, "site_check", check_id))
    qtbot.addWidget(dialog)
    view = dialog.view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and "…" not in view.status.text(), timeout=10000)
    return dialog, view


def _texts(view) -> list[list[str]]:
    model = view.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_a_checks_history_shows_the_result_changed_in_chinese_with_who_did_it(qtbot, language, controller, project):
    check_id = _new_check(controller, project)
    data = controller.site.check_data(check_id)
    controller.site.save_check(check_id, dataclasses.replace(data, result="pass"))
    dialog, view = _history(qtbot, controller, check_id)
    rows = _texts(view)
    newest = rows[0]
    assert newest[1] == "张监理"
    if language == "zh_CN":
        assert newest[2] == "修改"
        assert "结论：发现问题 → 合格" in newest[4]
        assert rows[-1][2] == "新建" and "公共部位：屋面" in rows[-1][4] and "类别：原材料" in rows[-1][4]
    else:
        assert newest[2] == "Changed"
        assert "Result: Problem found → Passed" in newest[4]
    assert len(rows) == 2  # created, then changed: newest first
    dialog.close()


def test_the_history_reads_again_after_a_change_through_the_controller(qtbot, controller, project):
    check_id = _new_check(controller, project)
    dialog, view = _history(qtbot, controller, check_id)
    dialog.show()
    assert view.model.rowCount() == 1
    data = controller.site.check_data(check_id)
    controller.site.save_check(check_id, dataclasses.replace(data, description="已补交合格证"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10000)
    assert "已补交合格证" in view.model.row(0).changes
    dialog.close()


def test_a_long_history_comes_in_batches_newest_first(qtbot, controller, project):
    from supervisor.ui.history import view as history_view

    check_id = _new_check(controller, project)
    for n in range(history_view.BATCH + 5):
        data = controller.site.check_data(check_id)
        controller.site.save_check(check_id, dataclasses.replace(data, description=f"第{n}次"))
    dialog, view = _history(qtbot, controller, check_id)
    total = history_view.BATCH + 6
    assert view.total == total and view.model.rowCount() == history_view.BATCH
    assert view.more_button.isVisible() or not dialog.isVisible()
    assert f"第{history_view.BATCH + 4}次" in view.model.row(0).changes.split("→")[-1]
    view.load_more()
    qtbot.waitUntil(lambda: view.model.rowCount() == total, timeout=10000)
    ids = [view.model.row(r).id for r in range(total)]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == total
    dialog.close()
