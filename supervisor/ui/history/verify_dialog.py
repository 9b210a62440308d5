"""Tools → Verify a printed form: type or scan the code printed on a form (核验码) and see
whether its record is unchanged since printing, what changed and who changed it, or that the
code is not one of this database's.

A USB scanner types the code and presses Enter, as a person would. The lookup (it walks the
history since printing) runs off the UI thread with its own session.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from supervisor.errors import SupervisorError
from supervisor.history import codes, fields, reading
from supervisor.ui.history import words
from supervisor.ui.failures import error_text
from supervisor.ui.runner import report_failure, run_in_background
from supervisor.ui.tables import Column, RowTableModel, fit_columns, row_table
from supervisor.ui.widgets import fit_to_screen

STYLES = {
    codes.UNCHANGED: "background: #e3f4e1; color: #1b5e20; border: 1px solid #81c784;",
    codes.CHANGED: "background: #fff4d6; color: #6d4c00; border: 1px solid #ffb300;",
    codes.TAMPERED: "background: #fde2e1; color: #8e0000; border: 1px solid #e57373;",
    codes.UNKNOWN: "background: #fde2e1; color: #8e0000; border: 1px solid #e57373;",
    codes.INVALID: "background: #f2f2f2; color: #333333; border: 1px solid #bdbdbd;",
}


@dataclass(frozen=True)
class ChangeRow:
    at: str
    person: str
    record: str
    change: str


def message_text(message: codes.Message) -> str:
    """A verdict's sentence in the window's language, with the record's kind and the form's title."""
    params = dict(message.params)
    if "what" in params:
        params["what"] = QCoreApplication.translate("history", str(params["what"]))
    if "form" in params:
        params["form"] = QCoreApplication.translate("forms", str(params["form"]))
    return QCoreApplication.translate("codes", message.template).format(**params)


def change_rows(changes) -> list[ChangeRow]:
    """One row per field changed (an added or removed record: one row)."""
    rows = []
    for entry in changes:
        at = f"{reading.local_time(entry.at):%Y-%m-%d %H:%M}"
        record = words.record_text(entry)
        person = entry.person or "—"
        if entry.action == "update":
            for line in fields.change_lines(entry, words.window_words()) or [words.action_text(entry)]:
                rows.append(ChangeRow(at, person, record, line))
        else:
            done = {"insert": QCoreApplication.translate("VerifyDialog", "added"),
                    "delete": QCoreApplication.translate("VerifyDialog", "removed")}.get(entry.action, entry.action)
            rows.append(ChangeRow(at, person, record, done))
    return rows


class VerifyDialog(QDialog):
    """A field for the code, the verdict in colour, and the changes since printing."""

    def __init__(self, database, parent=None):
        super().__init__(parent)
        self.database = database
        self.verdict: codes.Verdict | None = None
        self._task = None
        self.setWindowTitle(self.tr("Verify a printed form"))
        fit_to_screen(self, 820, 560)
        layout = QVBoxLayout(self)
        prompt = QLabel(self.tr("Type the verification code printed beside the QR code (核验码), or scan the QR "
                                "code with a scanner. Supervisor says whether the form's record is unchanged since "
                                "it was printed."))
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        row = QHBoxLayout()
        self.code = QLineEdit()
        self.code.setObjectName("verifyCode")
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXX")
        self.code.setClearButtonEnabled(True)
        self.code.returnPressed.connect(self.check)
        row.addWidget(self.code, 1)
        self.check_button = QPushButton(self.tr("&Verify"))
        self.check_button.setObjectName("verifyButton")
        self.check_button.setAutoDefault(False)
        self.check_button.clicked.connect(self.check)
        row.addWidget(self.check_button)
        layout.addLayout(row)
        self.result = QLabel()
        self.result.setObjectName("verdict")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setMargin(8)
        self.result.hide()
        layout.addWidget(self.result)
        self.model = RowTableModel([
            Column(self.tr("When"), lambda r: r.at),
            Column(self.tr("Who"), lambda r: r.person),
            Column(self.tr("Record"), lambda r: r.record),
            Column(self.tr("Change"), lambda r: r.change),
        ], parent=self)
        self.table = row_table(self.model, "verifyChanges", stretch=3)
        self.table.hide()
        layout.addWidget(self.table, 1)
        layout.addStretch(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAutoDefault(False)
        layout.addWidget(buttons)

    def check(self) -> None:
        """Verify what is in the field (Enter, or the Verify button)."""
        typed = self.code.text()
        early = codes.parse_only(typed)
        if early is not None:
            self.show_verdict(early)
            return
        if self._task is not None:
            return
        self.check_button.setEnabled(False)
        self.result.setText(self.tr("Checking the history…"))
        self.result.setStyleSheet(STYLES[codes.INVALID])
        self.result.show()
        database = self.database

        def work(_task):
            with database.read() as session:
                return codes.verify(session, typed)

        self._task = run_in_background(work, done=self._done, failed=self._failed, parent=self,
                                       what=self.tr("Verifying a printed form"))

    def _done(self, verdict: codes.Verdict) -> None:
        self._task = None
        self.check_button.setEnabled(True)
        self.show_verdict(verdict)

    def _failed(self, error: BaseException) -> None:
        """A database that cannot be read says so in place; anything else goes to the error boundary."""
        self._task = None
        self.check_button.setEnabled(True)
        self.verdict = None
        if not isinstance(error, SupervisorError):
            self.result.hide()
            report_failure(self, error, self.tr("Verifying a printed form"))
            return
        self.result.setStyleSheet(STYLES[codes.UNKNOWN])
        self.result.setText(error_text(error))
        self.result.show()

    def show_verdict(self, verdict: codes.Verdict) -> None:
        self.verdict = verdict
        lines = [message_text(verdict.headline)]
        if verdict.form:
            title = QCoreApplication.translate("forms", verdict.form_title)
            about = f"{title} {verdict.subject}".strip()
            if verdict.form in codes.ROUNDS:
                about += self.tr(", round {round}").format(round=verdict.round)
            lines.append(self.tr("Code {code}: {about}").format(code=verdict.code, about=about))
            if verdict.head_at is not None:
                lines.append(self.tr("Printed after the change of {time} (history entry {entry}).").format(
                    time=f"{reading.local_time(verdict.head_at):%Y-%m-%d %H:%M}", entry=verdict.head_id))
        lines += [f"• {message_text(problem)}" for problem in verdict.problems]
        self.result.setText("\n".join(lines))
        self.result.setStyleSheet(STYLES[verdict.status])
        self.result.show()
        rows = change_rows(verdict.changes)
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        if rows:
            fit_columns(self.table)
        self.code.selectAll()  # the next scan replaces this code
        self.code.setFocus()
