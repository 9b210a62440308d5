"""The residents tab driven by clicks: roster import, consultation, opinions, supervision days,
satisfaction surveys."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QPushButton

from supervisor.procedure import templates
from supervisor.projects import places
from supervisor.projects.project import ProjectData
from supervisor.residents import roster
from supervisor.residents.roster import HouseholdData
from tests.conftest import build_source, copy_database
from tests.ui.conftest import answer_reason, open_window, select_step, type_text, when_modal


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture(scope="module")
def residents_source(tmp_path_factory, migrated_source):
    """A project with one compound of 5 households (and a second, empty compound), written once."""

    def build(database):
        with database.write() as session:
            project = templates.create_project(session, ProjectData(code="R-01", name="居民片区"))
            compound = places.add_compound(session, project, places.CompoundData("幸福里小区"))
            places.add_compound(session, project, places.CompoundData("电业局宿舍"))
            for i in range(5):
                roster.add_household(session, compound, HouseholdData("1号楼", "1", str(101 + i), f"户主{i}"))

    path, _ = build_source(tmp_path_factory.mktemp("residents") / "residents.sqlite", migrated_source, build)
    return path


@pytest.fixture
def residents_db(db_path, residents_source):
    """A private copy of ``residents_source``."""
    return copy_database(residents_source, db_path)


@pytest.fixture
def residents(qtbot, residents_db):
    window = open_window(qtbot, residents_db)
    window.residents_tab_action.trigger()
    view = window.workspace.residents
    view.compound.setCurrentIndex(view.compound.findText("幸福里小区"))
    return window, view


def ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_roster_with_a_bad_row_is_previewed_and_only_valid_rows_go_in(qtbot, residents, residents_db, tmp_path, monkeypatch):
    window, view = residents
    view.compound.setCurrentIndex(view.compound.findText("电业局宿舍"))
    path = tmp_path / "花名册.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["电业局宿舍住户花名册"])
    ws.append(["楼栋", "单元", "户号", "姓名", "联系电话"])
    ws.append(["2号楼", 1, 101, "周大伟", 13912345678])
    ws.append(["2号楼", 1, 102, "吴芳", "1391234"])
    ws.append(["2号楼", 1, 201, "郑强", ""])
    wb.save(path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    informed = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: informed.append(a[2]))
    seen = {}

    def preview(dialog):
        button = dialog.findChild(QPushButton, "importButton")
        qtbot.waitUntil(button.isEnabled, timeout=10000)
        seen["summary"] = dialog.summary.text()
        seen["button"] = button.text()
        seen["rows"] = dialog.model.rowCount()
        dialog.only_bad.setChecked(True)
        seen["bad"] = [dialog.model.row(r).row for r in range(dialog.model.rowCount())]
        seen["reason"] = dialog.model.data(dialog.model.index(0, 9))
        click(qtbot, button)

    when_modal(preview)
    click(qtbot, view.roster.import_button)
    assert seen["rows"] == 3 and seen["bad"] == [4]
    assert "bad phone 1391234" in seen["reason"]
    assert "2 new households" in seen["summary"] and "1 with problems" in seen["summary"]
    assert seen["button"] == "Import the 2 valid rows"
    assert informed == ["2 households added, 0 updated."]
    table = view.roster.model
    assert [table.row(r).owner_name for r in range(table.rowCount())] == ["周大伟", "郑强"]
    window.close()
    again = open_window(qtbot, residents_db)
    with again.controller.database.read() as session:
        compound = next(c for c in places.list_compounds(session, 1) if c.name == "电业局宿舍")
        assert [h.label for h in roster.list_households(session, compound.id)] == ["2号楼-1-101", "2号楼-1-201"]


def test_cancelling_the_import_stores_nothing(qtbot, residents, tmp_path, monkeypatch):
    window, view = residents
    path = tmp_path / "r.xlsx"
    wb = Workbook()
    wb.active.append(["楼栋", "户号", "姓名"])
    wb.active.append(["9号楼", "101", "新住户"])
    wb.save(path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    def cancel(dialog):
        qtbot.waitUntil(dialog.findChild(QPushButton, "importButton").isEnabled, timeout=10000)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()

    when_modal(cancel)
    click(qtbot, view.roster.import_button)
    assert view.roster.model.rowCount() == 5


def test_a_damaged_file_says_why_in_the_import_dialog(qtbot, residents, tmp_path, monkeypatch):
    window, view = residents
    path = tmp_path / "坏文件.xlsx"
    path.write_bytes(b"PK\x03\x04 not really")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen = {}

    def look(dialog):
        qtbot.waitUntil(lambda: "damaged" in dialog.status.text(), timeout=10000)
        seen["status"] = dialog.status.text()
        seen["enabled"] = dialog.findChild(QPushButton, "importButton").isEnabled()
        dialog.reject()

    when_modal(look)
    click(qtbot, view.roster.import_button)
    assert "坏文件.xlsx" in seen["status"] and not seen["enabled"]


def test_an_import_that_would_undo_step_ones_consent_says_so_before_importing(qtbot, residents, tmp_path, monkeypatch):
    """幸福里小区's 5 households all agreed and step 1 was completed on that; 2 more would make
    it 5 of 7 (71 %), below the 80 % threshold: the preview says so, the import does not after."""
    import datetime as dt

    from sqlalchemy import select

    from supervisor.db.models import Compound, ProjectStep
    from supervisor.procedure import materials, steps
    from supervisor.residents import consultation
    from supervisor.residents.consultation import AnswerData

    window, view = residents
    with window.controller.database.write() as session:
        session.delete(session.scalars(select(Compound).where(Compound.name == "电业局宿舍")).one())
        for household in roster.list_households(session, view.compound.currentData()):
            visit = AnswerData(visited_on=dt.date(2026, 3, 1))
            consultation.set_answer(session, roster.get_household(session, household.id), 1, visit)
        step = session.scalars(select(ProjectStep).where(ProjectStep.code == "1")).one()
        for material in step.materials:
            materials.set_provided(session, material, True)
        steps.set_status(session, step, "done")
    path = tmp_path / "新增住户.xlsx"
    wb = Workbook()
    wb.active.append(["楼栋", "单元", "户号", "姓名"])
    wb.active.append(["1号楼", "1", "201", "新住户甲"])
    wb.active.append(["1号楼", "1", "202", "新住户乙"])
    wb.save(path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    warned_after = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned_after.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    seen = {}

    def preview(dialog):
        button = dialog.findChild(QPushButton, "importButton")
        qtbot.waitUntil(button.isEnabled, timeout=10000)
        seen["before"] = dialog.consent.text() if dialog.consent.isVisible() else ""
        seen["households"] = len(window.controller.residents.households(view.compound.currentData()))
        click(qtbot, button)

    when_modal(preview)
    click(qtbot, view.roster.import_button)
    assert "step 1" in seen["before"] and "幸福里小区 71.4% (5/7)" in seen["before"]
    assert seen["households"] == 5  # the check tried the import and undid it
    assert warned_after == []
    assert view.roster.model.rowCount() == 7


def test_marking_answers_updates_the_tally_and_lets_step_one_complete(qtbot, residents, monkeypatch):
    window, view = residents
    view.pages.setCurrentWidget(view.consultation)
    page = view.consultation
    assert "Below the threshold" in page.tally_label.text()
    page.table.selectAll()
    click(qtbot, page.findChild(QPushButton, "mark_agree"))
    assert "Threshold reached" in page.tally_label.text()
    assert "5 agree" in page.tally_label.text()
    ranking = [(page.ranking.row(r).compound, page.ranking.row(r).passed) for r in range(page.ranking.rowCount())]
    assert ranking == [("幸福里小区", True), ("电业局宿舍", False)]
    # The other compound has no households: step 1 still asks for a reason, naming it.
    asked = []
    answer_reason(None, asked)
    window.workspace.show_tab(0)
    panel = select_step(qtbot, window, "1")
    for row in range(panel.materials.topLevelItemCount()):
        panel.materials.topLevelItem(row).setCheckState(0, Qt.CheckState.Checked)
        qtbot.waitUntil(lambda r=row: panel.step.materials[r].provided)
    click(qtbot, panel.complete_button)
    assert asked and "电业局宿舍 0.0% (0/0)" in asked[0] and "幸福里小区" not in asked[0]
    assert panel.step.status == "not_started"


def test_an_answer_with_wanted_items_is_recorded_in_the_dialog(qtbot, residents):
    window, view = residents
    view.pages.setCurrentWidget(view.consultation)
    page = view.consultation
    page.round.setCurrentIndex(1)
    page.table.selectRow(2)

    def fill(dialog):
        click(qtbot, dialog.answer_buttons["disagree"])
        dialog.wanted["elevator"].setChecked(True)
        dialog.wanted["parking"].setChecked(True)
        dialog.co_fund.setCurrentIndex(2)
        type_text(qtbot, dialog.comments, "一楼不需要电梯")
        ok(dialog)

    when_modal(fill)
    click(qtbot, page.answer_button)
    row = page.model.row(2)
    assert (row.answer, row.wanted, row.co_fund, row.comments) == ("disagree", ("parking", "elevator"), False, "一楼不需要电梯")
    assert "Parking 1" in page.wanted_label.text()


def test_an_opinion_is_registered_replied_and_closed(qtbot, residents):
    window, view = residents
    view.pages.setCurrentWidget(view.opinions)
    page = view.opinions

    def register(dialog):
        dialog.compound.setCurrentIndex(dialog.compound.findText("幸福里小区"))
        dialog.household.setCurrentIndex(1)
        type_text(qtbot, dialog.content, "夜间施工噪音扰民")
        dialog.received_on.setDate(dialog.received_on.date().addDays(-20))
        ok(dialog)

    when_modal(register)
    click(qtbot, page.new_button)
    assert page.model.rowCount() == 1
    row = page.model.row(0)
    assert (row.person, row.household, row.status) == ("户主0", "1号楼-1-101", "open")
    assert row.overdue_days > 0
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert not page.close_button.isEnabled()
    page.table.selectRow(0)

    def reply(dialog):
        type_text(qtbot, dialog.reply, "已要求22点后停止作业")
        ok(dialog)

    when_modal(reply)
    click(qtbot, page.edit_button)
    assert page.model.row(0).status == "replied"
    page.table.selectRow(0)
    click(qtbot, page.close_button)
    assert page.model.row(0).status == "closed"


def test_a_supervision_day_issue_becomes_an_opinion_and_a_rectification(qtbot, residents):
    window, view = residents
    view.pages.setCurrentWidget(view.days)
    page = view.days

    def fill(dialog):
        type_text(qtbot, dialog.attendees, "张桂兰、李建国")
        click(qtbot, dialog.add_issue)
        dialog.issues.item(0, 0).setText("雨水管错接")
        dialog.issues.item(0, 2).setText("施工单位")
        click(qtbot, dialog.add_issue)
        dialog.issues.item(1, 0).setText("公示拨付情况")
        ok(dialog)

    when_modal(fill)
    click(qtbot, page.new_button)
    assert page.days.rowCount() == 1 and page.days.row(0).attendee_count == 2
    assert page.issues.rowCount() == 2
    page.issue_table.selectRow(1)
    click(qtbot, page.to_opinion)
    assert page.issues.row(1).opinion_id is not None
    page.issue_table.selectRow(0)

    def raise_notice(dialog):
        assert dialog.problem.toPlainText() == "雨水管错接"
        assert dialog.party.currentText() == "施工单位"
        ok(dialog)

    when_modal(raise_notice)
    click(qtbot, page.to_rect)
    qtbot.waitUntil(lambda: window.workspace.tabs.currentWidget() is window.workspace.rectifications)
    page_rows = window.controller.residents.supervision_days(window.workspace.project_id)
    assert page_rows[0].issues[0].rectification_number.startswith("ZG-")


def test_a_survey_form_counts_in_the_satisfaction_rate(qtbot, residents):
    window, view = residents
    view.pages.setCurrentWidget(view.surveys)
    page = view.surveys

    def fill(dialog):
        dialog.household.setCurrentIndex(1)
        click(qtbot, dialog.rating_buttons[("overall", "satisfied")])
        click(qtbot, dialog.rating_buttons[("roads", "unsatisfied")])
        ok(dialog)

    when_modal(fill)
    click(qtbot, page.new_button)
    assert page.model.rowCount() == 1
    assert "satisfaction rate 100.0%" in page.summary.text()
    assert "Roads 0.0%" in page.items_label.text()


def test_the_rules_dialog_changes_the_threshold(qtbot, residents):
    window, view = residents
    view.pages.setCurrentWidget(view.consultation)
    view.consultation.table.selectRow(0)
    click(qtbot, view.consultation.findChild(QPushButton, "mark_agree"))

    def fill(dialog):
        dialog.percent.setText("1/5")
        ok(dialog)

    when_modal(fill)
    click(qtbot, view.rules_button)
    assert "households agreeing ≥ 20% of all" in view.consultation.tally_label.text()
    assert "Threshold reached" in view.consultation.tally_label.text()


def test_row_models_pass_the_model_tester(qtbot, qtmodeltester, residents):
    window, view = residents
    qtmodeltester.check(view.roster.model)
    qtmodeltester.check(view.consultation.model)


def test_removing_households_says_what_goes_and_undo_puts_them_back(qtbot, residents, residents_db, monkeypatch):
    import datetime as dt
    import sqlite3

    from supervisor.residents.consultation import AnswerData
    from supervisor.residents.opinions import OpinionData

    window, view = residents
    page = view.roster
    first, second = page.model.row(0), page.model.row(1)
    controller = window.controller
    controller.residents.set_answers([first.id], 1, AnswerData("agree", visitor="小李", visited_on=dt.date.today()))
    controller.residents.save_opinion(None, OpinionData(
        project_id=1, compound_id=view.compound.currentData(), household_id=second.id, content="楼道堆物",
        received_on=dt.date.today()))
    selection = page.table.selectionModel()
    for row in (0, 1):
        selection.select(page.model.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    click(qtbot, page.remove_button)
    assert asked[0].split("\n\n") == [
        "Remove 2 household(s)?",
        "Removed with them: 1 consultation answer(s).",
        "Staying, without their link to the household: 1 opinion(s).",
        "Edit → Undo puts them back.",
    ]
    assert page.model.rowCount() == 3
    (edit,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&Edit"]
    assert edit.actions()[0].text() == "&Undo Remove 2 household(s)"
    edit.actions()[0].trigger()
    assert [page.model.row(r).id for r in range(2)] == [first.id, second.id]
    window.close()
    with sqlite3.connect(residents_db) as raw:
        assert raw.execute("SELECT household_id, answer FROM consultation").fetchall() == [(first.id, "agree")]
        assert raw.execute("SELECT household_id FROM opinion").fetchall() == [(second.id,)]
