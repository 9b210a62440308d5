"""File → Backups…: the open database's backups (time, size), "Back up now" and "Restore…"."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout

from supervisor.ui.tables import Column, RowTableModel, fit_columns, row_table, selected_rows


class BackupsDialog(QDialog):
    """The backups of ``window``'s database, newest first."""

    def __init__(self, window, sample: bool = False):
        super().__init__(window)
        from supervisor.backups import store
        from supervisor.backups.commands import size_text
        from supervisor.ui.backups.automatic import reason_none

        self.window_ = window
        self.database = window.controller.database
        self.path = self.database.path
        self.setWindowTitle(self.tr("Backups"))
        layout = QVBoxLayout(self)
        if self.path is not None:
            where = self.tr("Backups are kept in {folder}: the 12 newest of today, and the newest of "
                            "each of the last 10 days and of the last 9 months.").format(
                folder=store.beside(self.path))
        else:
            where = ""
        why_not = reason_none(self.database, sample)
        automatic = why_not or self.tr("A backup is taken automatically when the database is opened, "
                                       "every 30 minutes while it is changed, and when it is closed.")
        self.about = QLabel(" ".join(text for text in (where, automatic) if text))
        self.about.setObjectName("backupsAbout")
        self.about.setWordWrap(True)
        layout.addWidget(self.about)
        self.model = RowTableModel([
            Column(self.tr("Taken"), lambda b: b.taken.strftime("%Y-%m-%d %H:%M:%S")),
            Column(self.tr("Size"), lambda b: size_text(b.size), align_right=True),
            Column(self.tr("File"), lambda b: b.path.name, tooltip=lambda b: str(b.path)),
        ])
        self.table = row_table(self.model, "backupsTable", stretch=2)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("There are no backups of this database yet."))
        self.empty.setObjectName("noBackups")
        layout.addWidget(self.empty)
        self.status = QLabel()
        self.status.setObjectName("backupsStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.back_up_button = QPushButton(self.tr("&Back up now"))
        self.back_up_button.setObjectName("backUpNow")
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setObjectName("restoreBackup")
        self.buttons.addButton(self.back_up_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        layout.addWidget(self.buttons)
        self.back_up_button.setEnabled(self.path is not None and not self.database.read_only)
        self.resize(760, 420)
        self.reload()

    def reload(self) -> None:
        from supervisor.backups import store

        rows = store.list_backups(self.path) if self.path is not None else []
        self.model.set_rows(rows)
        fit_columns(self.table)
        self.empty.setVisible(not rows)
        self.restore_button.setEnabled(bool(rows) and not self.database.read_only)
        if rows:
            self.table.selectRow(0)

    def _busy(self, busy: bool) -> None:
        for button in (self.back_up_button, self.restore_button):
            button.setEnabled(not busy)
        if not busy:
            self.reload()
            self.back_up_button.setEnabled(self.path is not None and not self.database.read_only)

    def back_up_now(self) -> None:
        """A backup now, off the UI thread; the list shows it after."""
        from supervisor.backups import sqlite
        from supervisor.ui.runner import run_in_background

        self._busy(True)
        self.status.setText(self.tr("Backing up…"))
        path = self.path

        def done(taken) -> None:
            self.status.setText(self.tr("Backed up to {path}").format(path=taken.path))
            if self.window_.backups is not None:
                self.window_.backups.dirty = False
            self._busy(False)

        def failed(error) -> None:
            from supervisor.ui.runner import report_failure

            self.status.setText("")
            self._busy(False)
            report_failure(self, error, self.tr("Backing up"))

        self._task = run_in_background(lambda _task: sqlite.take(path), done=done, failed=failed)

    def restore_selected(self) -> None:
        """Ask, then restore the selected backup and open the database again."""
        from supervisor.ui.backups import restoring

        rows = selected_rows(self.table)
        if not rows or self.database.read_only or not restoring.confirm(self, rows[0]):
            return
        self._busy(True)
        self.status.setText(self.tr("Restoring…"))

        def done(ok: bool) -> None:
            if ok:
                self.accept()
            else:
                self.status.setText("")
                self._busy(False)

        restoring.restore(self.window_, self.path, rows[0], done)
