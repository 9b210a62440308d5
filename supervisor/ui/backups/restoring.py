"""Restoring a backup into the window's database: asked first, naming the backup's time; the
current state is backed up first (``supervisor.backups.sqlite.restore``), and the database is
then opened again, so that everything shown comes from the restored file. Also the offer made
when a damaged database is opened: the newest backup that passes the check."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def tr(text: str) -> str:
    return QCoreApplication.translate("Restoring", text)


def time_text(backup) -> str:
    return backup.taken.strftime("%Y-%m-%d %H:%M")


def confirm(parent, backup) -> bool:
    """Ask before restoring ``backup`` (a ``store.Backup``) over the open database."""
    answer = QMessageBox.question(
        parent, tr("Restore a backup"),
        tr("Restore the backup of {time}?\n\nEverything changed since then is replaced; the "
           "current state is backed up first, so this can be undone by restoring that backup.").format(
            time=time_text(backup)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def restore(window, database_path: Path, backup, done=None) -> None:
    """Restore ``backup`` into ``database_path`` in the background, then open it again in
    ``window``; a refusal or failure is shown and leaves the database as it was. ``done(ok)``
    afterwards."""
    from supervisor.backups import sqlite
    from supervisor.ui.runner import run_in_background

    controller = window.controller
    automatic = window.backups
    if automatic is not None:  # the restore backs up the current state itself
        automatic.timer.stop()
        automatic.dirty = False
    if controller is not None:
        controller.database.close()  # its connections go; the window opens the file again after
    window.statusBar().showMessage(tr("Restoring the backup of {time}…").format(time=time_text(backup)))

    def restored(result) -> None:
        window.statusBar().showMessage(
            tr("Restored the backup of {time}; the state before is kept in {path}").format(
                time=time_text(backup), path=result.before or "—"), 30000)
        window.open_database(str(database_path))
        if done is not None:
            done(True)

    def failed(error) -> None:
        from supervisor.ui.runner import report_failure

        window.statusBar().clearMessage()
        if automatic is not None and automatic.enabled:
            automatic.timer.start()
        report_failure(window, error, tr("Restoring a backup"))
        if done is not None:
            done(False)

    run_in_background(lambda _task: sqlite.restore(database_path, backup.path), done=restored, failed=failed)


def offer_for_damaged(window, database_path: Path, message: str, otherwise) -> None:
    """A damaged database: offer its newest backup that passes the check, with ``message``
    (checking the backups off the UI thread); ``otherwise()`` shows the message alone when there
    is no such backup (at once when there is no backup at all)."""
    from supervisor.backups import sqlite, store
    from supervisor.ui.runner import report_failure, run_in_background

    if not store.list_backups(database_path):
        otherwise()
        return

    def found(backup) -> None:
        if backup is None:
            otherwise()
            return
        answer = QMessageBox.question(
            window, tr("Damaged database"),
            message + "\n\n" + tr("Restore the backup of {time}? It is the newest backup that "
                                  "passes the check; the damaged file is kept beside the backups.").format(
                time=time_text(backup)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            restore(window, database_path, backup)

    run_in_background(lambda _task: sqlite.newest_good(database_path), done=found,
                      failed=lambda error: report_failure(window, error))
