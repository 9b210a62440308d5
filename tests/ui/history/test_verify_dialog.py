"""Tools → Verify a printed form: a code typed (as a scanner types it) and Enter give the verdict."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView
from sqlalchemy import select

from supervisor.db.audit import set_current_user
from tests.ui.conftest import open_window, when_modal


def _printed_code(database, check_id: int, project_id: int) -> str:
    from supervisor.documents import forms

    with database.read() as session:
        return forms.form_data(session, "site-check", project_id, check_id).code


def _scan(qtbot, dialog, code: str) -> str:
    """Type ``code`` and press Enter, as a USB scanner does; the verdict's text when it shows."""
    field = dialog.findChild(QLineEdit, "verifyCode")
    field.selectAll()
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    verdict = dialog.findChild(QLabel, "verdict")
    qtbot.waitUntil(lambda: verdict.isVisible() and not verdict.text().startswith("Checking"), timeout=10000)
    return verdict.text()


def test_a_scanned_code_shows_unchanged_then_what_changed_and_who(qtbot, demo_path):
    from supervisor.db.models import SiteCheck
    from supervisor.site import checks

    window = open_window(qtbot, demo_path, "DH-2026-01")
    database = window.controller.database
    with database.read() as session:
        check_id, project_id = session.execute(select(SiteCheck.id, SiteCheck.project_id).order_by(SiteCheck.id)).first()
    code = _printed_code(database, check_id, project_id)
    seen = {}

    def use(dialog):
        seen["title"] = dialog.windowTitle()
        text = _scan(qtbot, dialog, code)
        seen["unchanged"] = text
        seen["unchanged style"] = dialog.findChild(QLabel, "verdict").styleSheet()
        seen["table shown"] = dialog.findChild(QTableView, "verifyChanges").isVisible()

        set_current_user("李监理")
        with database.write() as session:
            data = dataclasses.replace(checks.check_data(session, check_id), result="problem")
            checks.update_check(session, check_id, data)
        set_current_user("tester")
        seen["changed"] = _scan(qtbot, dialog, code)
        table = dialog.findChild(QTableView, "verifyChanges")
        model = table.model()
        seen["rows"] = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
        seen["table visible"] = table.isVisible()

        seen["mistyped"] = _scan(qtbot, dialog, code[:-1] + ("0" if code[-1] != "0" else "1"))
        seen["after mistyped rows"] = dialog.findChild(QTableView, "verifyChanges").isVisible()
        dialog.done(0)

    when_modal(use)
    window.findChild(QAction, "verifyPrintedForm").trigger()

    assert seen["title"] == "Verify a printed form"
    assert seen["unchanged"].startswith("Unchanged: Site check record XC-")
    assert f"Code {code}: Site check record XC-" in seen["unchanged"]
    assert "#e3f4e1" in seen["unchanged style"]  # green
    assert not seen["table shown"]
    assert seen["changed"].startswith("Changed since it was printed: Site check record XC-")
    assert seen["table visible"]
    assert [row[1:] for row in seen["rows"]][0][0] == "李监理"
    assert any(row[1] == "李监理" and row[2].startswith("site check XC-") and row[3] == "Result: Passed → Problem found"
               for row in seen["rows"]), seen["rows"]
    assert "is not a verification code: a character is wrong or two are swapped" in seen["mistyped"]
    assert not seen["after mistyped rows"]
