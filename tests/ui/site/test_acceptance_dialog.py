"""The completion acceptance record, entered through Project → Completion acceptance record…"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from supervisor.procedure import templates
from supervisor.projects import places
from supervisor.projects.project import PartyData, ProjectData
from supervisor.ui.site.acceptance_dialog import COL, AcceptanceDialog
from tests.conftest import build_source, copy_database
from tests.ui.conftest import create_project_by_dialog, open_window, type_text, when_modal


@pytest.fixture(scope="module")
def acceptance_source(tmp_path_factory, migrated_source):
    """A project with its parties and one compound, written once."""

    def build(database):
        with database.write() as session:
            project = templates.create_project(
                session,
                ProjectData(
                    code="YS-01", name="验收片区",
                    parties={"client": PartyData("东湖区住建局"), "contractor": PartyData("江西建工")},
                ),
            )
            places.add_compound(session, project, places.CompoundData("幸福里小区"))

    path, _ = build_source(tmp_path_factory.mktemp("acceptance") / "acceptance.sqlite", migrated_source, build)
    return path


@pytest.fixture
def acceptance_db(db_path, acceptance_source):
    """A private copy of ``acceptance_source``."""
    return copy_database(acceptance_source, db_path)


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def ok(qtbot, dialog):
    click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))


def set_row(dialog, row, result=None, compound=None, **texts):
    for name, text in texts.items():
        dialog.items.item(row, COL[name]).setText(text)
    if result is not None:
        combo = dialog.items.cellWidget(row, COL["result"])
        combo.setCurrentIndex(combo.findData(result))
    if compound is not None:
        combo = dialog.items.cellWidget(row, COL["compound"])
        combo.setCurrentIndex(combo.findText(compound))


def test_the_record_is_entered_saved_and_shown_again(qtbot, acceptance_db):
    window = open_window(qtbot, acceptance_db, "YS-01")
    project_id = window.workspace.project_id
    assert window.acceptance_action.isEnabled()
    seen = {}

    def fill(dialog):
        assert isinstance(dialog, AcceptanceDialog)
        seen["title"] = dialog.windowTitle()
        type_text(qtbot, dialog.contract_price, "3,560,000")
        dialog.started_on.set_value(dt.date(2026, 3, 2))
        dialog.completed_on.set_value(dt.date(2026, 10, 30))
        click(qtbot, dialog.accepted_on.enabled)
        dialog.accepted_on.edit.setDate(QDate(2026, 11, 12))
        dialog.sub_works_total.setValue(6)
        dialog.sub_works_passed.setValue(5)
        click(qtbot, dialog.add_item)
        set_row(dialog, 0, "pass", "幸福里小区", category="屋面", item="防水层闭水试验", unit="m²",
                designed_quantity="1200", completed_quantity="1,250.5", method="试验")
        click(qtbot, dialog.add_item)
        set_row(dialog, 1, "fail", category="基础类", item="雨污分流管网", unit="m", designed_quantity="860",
                completed_quantity="820", method="尺量", problem="检查井未设防坠网", deadline="2026-11-20")
        seen["counts"] = dialog.counts.text()
        type_text(qtbot, dialog.conclusion, "合格")
        type_text(qtbot, dialog.supervision_opinion, "同意验收")
        ok(qtbot, dialog)
        seen["closed"] = not dialog.isVisible()

    when_modal(fill)
    window.acceptance_action.trigger()
    assert seen["title"] == "Completion acceptance record"
    assert seen["counts"] == "2 items: 1 passed, 1 failed, 0 not checked"
    assert seen["closed"]

    record = window.controller.site.acceptance_record(project_id)
    assert record.exists and (record.client, record.contractor) == ("东湖区住建局", "江西建工")
    assert record.contract_price == Decimal("3560000")
    assert (record.started_on, record.completed_on, record.accepted_on) == (
        dt.date(2026, 3, 2), dt.date(2026, 10, 30), dt.date(2026, 11, 12),
    )
    assert (record.sub_works_total, record.sub_works_passed) == (6, 5)
    assert (record.conclusion, record.supervision_opinion) == ("合格", "同意验收")
    first, second = record.items
    assert (first.item, first.unit, first.completed_quantity, first.result, first.compound) == (
        "防水层闭水试验", "m²", Decimal("1250.5"), "pass", "幸福里小区",
    )
    assert (second.item, second.result, second.problem, second.deadline, second.compound_id) == (
        "雨污分流管网", "fail", "检查井未设防坠网", dt.date(2026, 11, 20), None,
    )
    assert (record.items_passed, record.items_failed, record.items_unchecked) == (1, 1, 0)

    def reopen(dialog):
        seen["price"] = dialog.contract_price.text()
        seen["accepted"] = dialog.accepted_on.value()
        seen["total"] = dialog.sub_works_total.value()
        seen["rows"] = [
            [dialog.items.item(r, c).text() for c in (COL["item"], COL["completed_quantity"], COL["deadline"])]
            + [dialog.items.cellWidget(r, COL["result"]).currentText(),
               dialog.items.cellWidget(r, COL["compound"]).currentText()]
            for r in range(dialog.items.rowCount())
        ]
        seen["counts"] = dialog.counts.text()
        dialog.items.setCurrentCell(0, COL["item"])
        click(qtbot, dialog.remove_item)
        seen["after_remove"] = dialog.counts.text()
        dialog.reject()

    when_modal(reopen)
    window.acceptance_action.trigger()
    assert seen["price"] == "3560000" and seen["accepted"] == dt.date(2026, 11, 12) and seen["total"] == 6
    assert seen["rows"] == [
        ["防水层闭水试验", "1250.5", "", "Pass", "幸福里小区"],
        ["雨污分流管网", "820", "2026-11-20", "Fail", "(whole project)"],
    ]
    assert seen["counts"] == "2 items: 1 passed, 1 failed, 0 not checked"
    assert seen["after_remove"] == "1 items: 0 passed, 1 failed, 0 not checked"
    # Cancel stored nothing.
    assert window.controller.site.acceptance_record(project_id).items_total == 2


def test_mistakes_keep_the_dialog_open_with_what_was_typed(qtbot, acceptance_db):
    window = open_window(qtbot, acceptance_db, "YS-01")
    project_id = window.workspace.project_id
    seen = {}

    def fill(dialog):
        type_text(qtbot, dialog.conclusion, "不合格")
        click(qtbot, dialog.add_item)
        set_row(dialog, 0, category="屋面", item="找平层")
        click(qtbot, dialog.add_item)  # left blank: skipped
        click(qtbot, dialog.add_item)
        set_row(dialog, 2, "fail", category="屋面", item="防水层")
        ok(qtbot, dialog)
        seen["open"] = dialog.isVisible()
        seen["no problem"] = dialog.message.text()
        seen["current"] = (dialog.items.currentRow(), dialog.items.currentColumn())
        set_row(dialog, 2, problem="卷材搭接不足", deadline="2026-13-01")
        ok(qtbot, dialog)
        seen["bad date"] = dialog.message.text()
        set_row(dialog, 0, designed_quantity="12m")
        ok(qtbot, dialog)
        seen["bad number"] = dialog.message.text()
        seen["still typed"] = (dialog.conclusion.toPlainText(), dialog.items.item(2, COL["problem"]).text())
        set_row(dialog, 0, designed_quantity="12")
        set_row(dialog, 2, deadline="2026-12-01")
        ok(qtbot, dialog)
        seen["closed"] = not dialog.isVisible()

    when_modal(fill)
    window.acceptance_action.trigger()
    assert seen["open"]
    assert seen["no problem"] == "Row 3: describe the problem of the failed item."
    assert seen["current"] == (2, COL["problem"])
    assert seen["bad date"] == "Row 3: 2026-13-01 is not a date (use YYYY-MM-DD)."
    assert seen["bad number"] == "Row 1: 12m is not a number."
    assert seen["still typed"] == ("不合格", "卷材搭接不足")
    assert seen["closed"]
    record = window.controller.site.acceptance_record(project_id)
    assert [(i.item, i.result, i.designed_quantity) for i in record.items] == [
        ("找平层", None, Decimal("12")), ("防水层", "fail", None),
    ]
    assert record.conclusion == "不合格"


def test_the_action_needs_a_project(qtbot, window):
    assert not window.acceptance_action.isEnabled()
    create_project_by_dialog(qtbot, window)
    qtbot.waitUntil(lambda: window.workspace.project_id is not None)
    assert window.acceptance_action.isEnabled()
    assert window.acceptance_action in window.menuBar().actions()[2].menu().actions()


def test_save_and_print_shows_the_record_just_typed(qtbot, acceptance_db):
    import io

    from pypdf import PdfReader

    window = open_window(qtbot, acceptance_db, "YS-01")
    seen = {}

    def preview(dialog):
        qtbot.waitUntil(lambda: dialog.document.pageCount() > 0, timeout=20000)
        seen["pdf"] = dialog.pdf
        dialog.reject()

    def fill(dialog):
        click(qtbot, dialog.add_item)
        set_row(dialog, 0, result="pass", category="基础类", item="屋面防水", unit="㎡", designed_quantity="1200", completed_quantity="1200")
        when_modal(preview, timeout_ms=20000)
        click(qtbot, dialog.print_button)
        dialog.reject()

    when_modal(fill)
    window.acceptance_action.trigger()
    text = "".join("".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(seen["pdf"])).pages)
    assert "竣工逐项验收记录" in text and "屋面防水" in text and "1200㎡" in text
    assert window.controller.site.acceptance_record(window.workspace.project_id).items_total == 1
