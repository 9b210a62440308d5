"""Importing a household roster from Excel: read off the UI thread, map columns, preview, import.

The workbook is read in the background. The dialog then shows which column feeds which field
(changeable), every row with what will happen to it (new, update, or the reasons it cannot be
imported) and, before anything is imported, which completed steps would lose the residents'
consent they were completed on (the import tried in the background and undone); it imports all
valid rows in one transaction, or nothing when the user cancels.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from supervisor import errors
from supervisor.ui.failures import error_text, shows_errors
from supervisor.ui.labels import list_separator
from supervisor.ui.runner import report_failure, run_in_background
from supervisor.ui.tables import OVERDUE_BACKGROUND, Column, RowTableModel, fit_columns, row_table
from supervisor.ui.widgets import fit_to_screen


WARNING_STYLE = "background: #fdecea; color: #8e1b10; border: 1px solid #e6a39b; padding: 6px;"


def _problems(row) -> str:
    return list_separator().join(p.message(lambda t: QCoreApplication.translate("roster", t)) for p in row.problems)


class RosterImportDialog(QDialog):
    """Preview and import of one roster file into one compound."""

    def __init__(self, controller, compound_id: int, compound_name: str, path, parent=None):
        super().__init__(parent)
        from supervisor.residents import roster_xlsx

        self.controller = controller
        self.compound_id = compound_id
        self.path = Path(path)
        self.sheet = None
        self.preview = None
        self.result = None
        self.existing = controller.residents.existing_households(compound_id)
        self.setWindowTitle(self.tr("Import roster into {compound}").format(compound=compound_name))
        fit_to_screen(self, 1100, 700)
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Reading {file}…").format(file=self.path.name))
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        layout.addWidget(self.progress)

        self.mapping_box = QGroupBox(self.tr("Columns"))
        grid = QGridLayout(self.mapping_box)
        self.mapping: dict[str, QComboBox] = {}
        for index, field in enumerate(roster_xlsx.FIELDS):
            label = QCoreApplication.translate("roster", roster_xlsx.FIELD_LABELS[field])
            if field in roster_xlsx.REQUIRED_FIELDS:
                label += " *"
            combo = QComboBox()
            combo.setObjectName(f"map_{field}")
            combo.currentIndexChanged.connect(self._remap)
            self.mapping[field] = combo
            grid.addWidget(QLabel(label), index // 5 * 2, index % 5)
            grid.addWidget(combo, index // 5 * 2 + 1, index % 5)
        self.mapping_box.setEnabled(False)
        layout.addWidget(self.mapping_box)

        self.only_bad = QCheckBox(self.tr("Show only rows with problems"))
        self.only_bad.setObjectName("onlyBad")
        self.only_bad.toggled.connect(self._show_rows)
        layout.addWidget(self.only_bad)
        self.model = RowTableModel(
            [
                Column(self.tr("Row"), lambda r: str(r.row), align_right=True),
                Column(self.tr("Building"), lambda r: r.data.building),
                Column(self.tr("Unit"), lambda r: r.data.unit),
                Column(self.tr("Flat"), lambda r: r.data.number),
                Column(self.tr("Owner"), lambda r: r.data.owner_name),
                Column(self.tr("Phone"), lambda r: r.data.phone),
                Column(self.tr("Lives here"), lambda r: self.tr("Yes") if r.data.resident else self.tr("No")),
                Column(self.tr("Elderly"), lambda r: self.tr("Yes") if r.data.elderly else self.tr("No")),
                Column(self.tr("Area"), lambda r: str(r.data.area) if r.data.area is not None else ""),
                Column(self.tr("Result"), self._outcome, tooltip=self._outcome),
            ],
            background=lambda r: None if r.valid else OVERDUE_BACKGROUND,
            parent=self,
        )
        self.table = row_table(self.model, "importPreview", stretch=9)
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.consent = QLabel()
        self.consent.setObjectName("importConsent")
        self.consent.setWordWrap(True)
        self.consent.hide()
        layout.addWidget(self.consent)
        self.checking = None  # the consent check under way, if any
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.reader = run_in_background(
            lambda _task: roster_xlsx.read_sheet(self.path), done=self._read, failed=self._failed,
            what=self.tr("Reading the roster"),
        )

    def _outcome(self, row) -> str:
        if not row.valid:
            return _problems(row)
        return self.tr("update") if row.existing_id is not None else self.tr("new")

    def _failed(self, error) -> None:
        self.progress.hide()
        self.status.setStyleSheet("color: #c0392b;")
        if isinstance(error, errors.SupervisorError):
            self.status.setText(error_text(error))
        else:
            self.status.setText(self.tr("{file} could not be read.").format(file=self.path.name))
            report_failure(self, error, self.tr("Reading the roster"))

    def _read(self, sheet) -> None:
        from openpyxl.utils import get_column_letter

        self.sheet = sheet
        self.progress.hide()
        self.status.setText(
            self.tr("{file}, sheet {sheet}: header in row {row}, {count} data rows.").format(
                file=self.path.name,
                sheet=sheet.sheet_name,
                row=sheet.header_row,
                count=len(sheet.rows),
            )
        )
        columns = max([len(sheet.headers)] + [len(values) for _n, values in sheet.rows[:50]])
        for field, combo in self.mapping.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for col in range(columns):
                header = sheet.headers[col] if col < len(sheet.headers) else ""
                combo.addItem(f"{get_column_letter(col + 1)}: {header}".rstrip(": "), col)
            index = combo.findData(sheet.mapping.get(field))
            combo.setCurrentIndex(index if sheet.mapping.get(field) is not None and index >= 0 else 0)
            combo.blockSignals(False)
        self.mapping_box.setEnabled(True)
        self._remap()

    def current_mapping(self) -> dict[str, int | None]:
        return {field: combo.currentData() for field, combo in self.mapping.items()}

    def _remap(self) -> None:
        from supervisor.residents import roster_xlsx

        if self.sheet is None:
            return
        if self.checking is not None:
            self.checking.detach()  # the answer about the previous mapping no longer counts
            self.checking = None
        self.consent.hide()
        try:
            self.preview = roster_xlsx.preview(self.sheet, self.current_mapping(), self.existing)
        except errors.SupervisorError as error:
            self.preview = None
            self.model.set_rows([])
            self.summary.setText(error_text(error))
            self.summary.setStyleSheet("color: #c0392b;")
            self.import_button.setEnabled(False)
            return
        self.summary.setStyleSheet("")
        self._show_rows()
        valid = len(self.preview.valid_rows)
        bad = len(self.preview.bad_rows)
        text = self.tr("{rows} rows: {new} new households, {updates} updates, {bad} with problems.").format(
            rows=len(self.preview.rows), new=self.preview.new_count, updates=self.preview.update_count, bad=bad
        )
        if bad:
            text += " " + self.tr(
                "Rows with problems are not imported; correct them in the file and import it again, or "
                "import the valid rows now."
            )
        self.summary.setText(text)
        if bad:
            self.import_button.setText(self.tr("Import the {valid} valid rows").format(valid=valid))
        else:
            self.import_button.setText(self.tr("Import {valid} rows").format(valid=valid))
        self._check_consent()

    def _check_consent(self) -> None:
        """Before the import can be started: which completed steps these rows would leave
        without the residents' consent (tried in the background, then undone)."""
        rows = list(self.preview.valid_rows)
        self.import_button.setEnabled(False)
        if not rows:
            return
        self.consent.setText(self.tr("Checking the residents' consent…"))
        self.consent.setStyleSheet("")
        self.consent.show()
        compound_id = self.compound_id
        self.checking = run_in_background(
            lambda _task: self.controller.residents.gates_lost_by_import(compound_id, rows),
            done=self._consent_checked, failed=self._consent_unknown,
        )

    def _consent_checked(self, gates) -> None:
        self.checking = None
        if gates:
            self.consent.setStyleSheet(WARNING_STYLE)
            self.consent.setText("\n".join(
                self.tr(
                    "After this import, step {step} {name}, completed on the residents' consent, would no "
                    "longer have it: {compounds} would be below the threshold."
                ).format(step=gate.step_code, name=gate.step_name, compounds=list_separator().join(gate.compounds))
                for gate in gates
            ))
        else:
            self.consent.hide()
        self.import_button.setEnabled(True)

    def _consent_unknown(self, error) -> None:
        self.checking = None
        if not isinstance(error, errors.SupervisorError):
            report_failure(self, error, self.tr("Checking the residents' consent"))
        self.consent.setStyleSheet(WARNING_STYLE)
        self.consent.setText(self.tr("The residents' consent could not be checked: {error}").format(
            error=error_text(error) if isinstance(error, errors.SupervisorError) else error
        ))
        self.import_button.setEnabled(True)

    def _show_rows(self) -> None:
        if self.preview is None:
            return
        rows = self.preview.bad_rows if self.only_bad.isChecked() else self.preview.rows
        self.model.set_rows(rows)
        fit_columns(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)

    @shows_errors
    def accept(self):
        if self.preview is None or not self.preview.valid_rows or self.checking is not None:
            return
        self.result = self.controller.residents.import_roster(self.compound_id, self.preview.valid_rows)
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr("{added} households added, {updated} updated.").format(
                added=self.result.added, updated=self.result.updated
            ),
        )  # what it did to the residents' consent was said before (``_check_consent``)
        super().accept()

    def done(self, result):  # closing while reading or checking: let them finish first
        self.reader.wait()
        if self.checking is not None:
            self.checking.detach()
            self.checking.wait()
        super().done(result)
