"""Exporting ledgers to Excel: the choice of ledger and scope, and the export itself in a worker
thread with a progress dialog whose Cancel leaves no file behind.

``ExportDialog`` asks which ledger, which project(s), which dates, where to, whether to copy
the photos and whether it is a copy for posting (公示, phone and ID numbers masked); ``export_view`` exports exactly what a list shows (its filters) after asking only
for the file; both hand the work to ``run_export``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from supervisor.ui.runner import report_failure, run_in_background
from supervisor.ui.widgets import DateField

FOLDER_SETTING = "ledgers/folder"


def ledger_label(spec) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("ledgers", spec.label)


def default_path(spec, code: str = "", public: bool = False) -> Path:
    folder = QSettings().value(FOLDER_SETTING, "") or str(Path.home())
    stamp = dt.date.today().strftime("%Y%m%d")
    name = " ".join(x for x in (spec.title, code, "公示版" if public else "", stamp) if x)
    return Path(folder) / f"{name}.xlsx"


def export_ledger(task, database, ledger: str, scope, path: Path, photos_dir: Path | None, public: bool = False):
    """Write one ledger (in a worker thread); raises ``Cancelled`` when the user stops it."""
    from supervisor.db.audit import current_user
    from supervisor.documents import ledgers

    return ledgers.export(
        database, ledger, scope, path, photos_dir=photos_dir,
        progress=lambda done, total: task.report(done, total or 0),
        cancelled=lambda: task.cancelled, exported_by=current_user(), public=public,
    )


def run_export(parent: QWidget, database, ledger: str, scope, path: Path, photos_dir: Path | None = None,
               public: bool = False):
    """Export with a progress dialog; returns the ``ExportResult``, or None if cancelled or failed."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    what = QCoreApplication.translate("ExportDialog", "Exporting the ledger")
    dialog = QProgressDialog(QCoreApplication.translate("ExportDialog", "Exporting the ledger…"), QCoreApplication.translate("ExportDialog", "Cancel"), 0, 0, parent)
    dialog.setObjectName("exportProgress")
    dialog.setWindowTitle(QCoreApplication.translate("ExportDialog", "Export ledger"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    outcome: dict = {}
    loop = QEventLoop()

    def progress(done: int, total: int, _text: str) -> None:
        if total:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        dialog.setLabelText(QCoreApplication.translate("ExportDialog", "{done} rows written…").format(done=done))

    def finish(key, value=None):
        outcome[key] = value
        loop.quit()

    task = run_in_background(
        lambda task: export_ledger(task, database, ledger, scope, path, photos_dir, public),
        done=lambda result: finish("result", result), progress=progress,
        cancelled=lambda: finish("cancelled"), failed=lambda error: finish("error", error), what=what,
    )
    dialog.canceled.connect(task.cancel)
    loop.exec()
    dialog.reset()
    dialog.hide()
    dialog.deleteLater()
    if "error" in outcome:
        report_failure(parent, outcome["error"], what)
        return None
    if "cancelled" in outcome:
        return None
    result = outcome["result"]
    QSettings().setValue(FOLDER_SETTING, str(Path(path).parent))
    text = QCoreApplication.translate("ExportDialog", "{rows} rows exported to {file}.").format(rows=result.rows, file=str(result.path))
    if photos_dir is not None:
        text += " " + QCoreApplication.translate("ExportDialog", "{photos} photos copied to {folder}.").format(photos=result.photos, folder=str(photos_dir))
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("ExportDialog", "Export ledger"), text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("exportDone")
    box.exec()
    return result


def ask_path(parent: QWidget, spec, code: str = "") -> Path | None:
    from PySide6.QtCore import QCoreApplication

    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ExportDialog", "Export ledger"), str(default_path(spec, code)),
        QCoreApplication.translate("ExportDialog", "Excel workbooks (*.xlsx)"),
    )
    if not path:
        return None
    return Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")


def export_view(parent: QWidget, controller, ledger: str, view, code: str = ""):
    """Export exactly the rows a list shows (``view`` is the list's filter)."""
    from supervisor.documents.ledgers import LEDGERS, Scope

    if controller is None:
        return None
    path = ask_path(parent, LEDGERS[ledger], code)
    if path is None:
        return None
    return run_export(parent, controller.database, ledger, Scope(view=view), path)


class ExportDialog(QDialog):
    """Which ledger, for what, to which file."""

    def __init__(self, controller, project_id: int | None, project_code: str = "", ledger: str = "procedure",
                 parent=None):
        super().__init__(parent)
        from supervisor.documents.ledgers import LEDGERS

        self.controller = controller
        self.project_id = project_id
        self.project_code = project_code
        self.result = None
        self.setWindowTitle(self.tr("Export ledger"))
        self.resize(560, 0)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.ledger = QComboBox()
        self.ledger.setObjectName("ledgerChoice")
        for name, spec in LEDGERS.items():
            self.ledger.addItem(f"{ledger_label(spec)}（{spec.title}）", name)
        self.ledger.setCurrentIndex(max(0, self.ledger.findData(ledger)))
        form.addRow(self.tr("&Ledger:"), self.ledger)
        scope = QHBoxLayout()
        self.this_project = QRadioButton(self.tr("This project ({code})").format(code=project_code))
        self.all_projects = QRadioButton(self.tr("All projects"))
        self.this_project.setEnabled(project_id is not None)
        (self.this_project if project_id is not None else self.all_projects).setChecked(True)
        scope.addWidget(self.this_project)
        scope.addWidget(self.all_projects)
        scope.addStretch(1)
        form.addRow(self.tr("Projects:"), scope)
        dates = QHBoxLayout()
        self.date_from = DateField()
        self.date_to = DateField()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("—"))
        dates.addWidget(self.date_to)
        form.addRow(self.tr("Dates:"), dates)
        self.dated_by = QLabel()
        form.addRow("", self.dated_by)
        file_row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form.addRow(self.tr("File:"), file_row)
        self.photos = QCheckBox(self.tr("Also copy the photos, one folder per record, beside the file"))
        self.photos.setObjectName("exportPhotos")
        form.addRow("", self.photos)
        self.public = QCheckBox(self.tr("Copy for posting (phone and ID numbers masked)"))
        self.public.setObjectName("exportPublic")
        form.addRow("", self.public)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ledger.currentIndexChanged.connect(lambda _i: self._ledger_changed())
        self.this_project.toggled.connect(lambda _on: self._scope_changed())
        self.public.toggled.connect(lambda _on: self._scope_changed())
        self._suggested = ""
        self._ledger_changed()

    def spec(self):
        from supervisor.documents.ledgers import LEDGERS

        return LEDGERS[self.ledger.currentData()]

    def _ledger_changed(self) -> None:
        from PySide6.QtCore import QCoreApplication

        spec = self.spec()
        dated = bool(spec.dated_by)
        self.date_from.setEnabled(dated)
        self.date_to.setEnabled(dated)
        self.dated_by.setText(
            self.tr("Dates filter on the {what}.").format(what=QCoreApplication.translate("ledgers", spec.dated_by))
            if dated else self.tr("This ledger has no date range.")
        )
        self.photos.setEnabled(spec.name in ("site-checks", "rectifications"))
        if not self.photos.isEnabled():
            self.photos.setChecked(False)
        self._scope_changed(force=True)

    def _scope_changed(self, force: bool = False) -> None:
        """Suggest a file name for the ledger and scope, unless the user typed one."""
        if not force and self.path.text() != self._suggested:
            return
        code = self.project_code if self.this_project.isChecked() else ""
        self._suggested = str(default_path(self.spec(), code, self.public.isChecked()))
        self.path.setText(self._suggested)

    def browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export ledger"), self.path.text(), self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.path.setText(path)

    def scope(self):
        from supervisor.documents.ledgers import Scope

        project_id = self.project_id if self.this_project.isChecked() else None
        return Scope(project_id, self.date_from.value(), self.date_to.value())

    def export(self) -> None:
        text = self.path.text().strip()
        if not text:
            QMessageBox.warning(self, self.tr("Export ledger"), self.tr("Choose the file to write."))
            return
        path = Path(text if text.lower().endswith(".xlsx") else text + ".xlsx")
        start, end = self.date_from.value(), self.date_to.value()
        if start and end and start > end:
            QMessageBox.warning(self, self.tr("Export ledger"), self.tr("The first day comes after the last day."))
            return
        photos_dir = None
        if self.photos.isChecked():
            photos_dir = path.with_name(f"{path.stem} 照片")
        self.result = run_export(self, self.controller.database, self.spec().name, self.scope(), path, photos_dir,
                                 public=self.public.isChecked())
        if self.result is not None:
            self.accept()
