"""Views follow what a write changed, and every kind of change has a view that follows it."""

from __future__ import annotations

from supervisor.db.changes import Changed
from supervisor.projects.places import CompoundData
from supervisor.residents.roster import HouseholdData
from tests.ui.conftest import open_window


def test_every_kind_of_change_refreshes_some_view(qtbot, db_path):
    window = open_window(qtbot, db_path)
    followed = Changed.NONE
    for kinds, _refresh in window.workspace._refreshers():
        followed |= kinds
    missing = [kind.name for kind in Changed if kind and kind not in followed]
    assert missing == []


def test_a_write_refreshes_the_views_that_show_it(qtbot, demo_path):
    window = open_window(qtbot, demo_path, project="DH-2026-01")
    workspace = window.workspace
    workspace.show_tab(4)
    roster = workspace.residents.roster
    compound_id = workspace.residents.compound_id()
    before = roster.model.rowCount()
    with qtbot.waitSignal(window.controller.changed) as signal:
        window.controller.residents.add_household(compound_id, HouseholdData("9号楼", "1", "901", "新住户"))
    assert Changed.HOUSEHOLDS in signal.args[0]
    assert roster.model.rowCount() == before + 1
    assert any(r.owner_name == "新住户" for r in roster.model.rows())
    # a compound added elsewhere appears in the residents' compound chooser without a reload
    chooser = workspace.residents.compound
    with qtbot.waitSignal(window.controller.changed):
        window.controller.projects.add_compound(workspace.project_id, CompoundData("新建小区"))
    assert chooser.findText("新建小区") >= 0


def test_a_hidden_tab_shows_what_changed_while_it_was_hidden(qtbot, demo_path):
    from supervisor.site.checks import CheckData

    window = open_window(qtbot, demo_path, project="DH-2026-01")
    workspace = window.workspace
    workspace.show_tab(1)
    before = workspace.checks.model.total
    workspace.show_tab(0)  # the checks tab is hidden while a check is saved
    window.controller.site.save_check(
        None, CheckData(project_id=workspace.project_id, description="隐藏时新增的巡查", inspector="测试")
    )
    workspace.show_tab(1)
    assert workspace.checks.model.total == before + 1
