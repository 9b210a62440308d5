"""Project → Print archive file…: the project's whole paper file (``supervisor.documents.archive``)
written in the background, with a progress dialog whose Cancel leaves no file behind.

``print_archive`` asks where to save the PDF, starts the work through the runner and returns
its task; the progress dialog names each document as it is drawn, and a message says what was
written when it is done.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from supervisor.ui.runner import report_failure, run_in_background

FOLDER_SETTING = "forms/folder"  # where forms were last saved (the print preview's too)


def suggested_path(code: str, today: dt.date | None = None) -> Path:
    """卷内文件 <code> <yyyymmdd>.pdf in the folder forms were last saved to."""
    from supervisor.files import safe_file_name

    folder = QSettings().value(FOLDER_SETTING, "") or str(Path.home())
    stamp = (today or dt.date.today()).strftime("%Y%m%d")
    return Path(folder) / safe_file_name(f"卷内文件 {code} {stamp}.pdf")


def ask_path(parent: QWidget, code: str) -> Path | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("archive", "Print archive file"), str(suggested_path(code)),
        QCoreApplication.translate("archive", "PDF files (*.pdf)"),
    )
    if not path:
        return None
    return Path(path if path.lower().endswith(".pdf") else path + ".pdf")


def print_archive(parent: QWidget, controller, project_id: int | None, code: str):
    """Ask for the file, then write the archive file of ``project_id`` in the background; the
    runner's task, or None when the user chose no file."""
    from supervisor.db.audit import current_user
    from supervisor.documents.archive import archive
    from supervisor.ui.documents.print_preview import printing_font

    if controller is None or project_id is None:
        return None
    path = ask_path(parent, code)
    if path is None:
        return None
    database, font, who = controller.database, printing_font(), current_user()
    what = QCoreApplication.translate("archive", "Printing the archive file")
    dialog = QProgressDialog(QCoreApplication.translate("archive", "Preparing the archive file…"),
                             QCoreApplication.translate("archive", "Cancel"), 0, 0, parent)
    dialog.setObjectName("archiveProgress")
    dialog.setWindowTitle(QCoreApplication.translate("archive", "Print archive file"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.setMinimumWidth(480)

    def progress(done: int, total: int, title: str) -> None:
        if total:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        if title:
            dialog.setLabelText(QCoreApplication.translate("archive", "Drawing {title}…").format(title=title))

    def close_dialog() -> None:
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()

    def done(result) -> None:
        close_dialog()
        QSettings().setValue(FOLDER_SETTING, str(result.path.parent))
        text = QCoreApplication.translate(
            "archive", "The archive file of {code} was written to {file}: {documents} documents, {pages} pages."
        ).format(code=code, file=str(result.path), documents=result.documents, pages=result.pages)
        if result.font is not None and result.font.warning:
            text += "\n\n" + result.font.warning_text(lambda t: QCoreApplication.translate("forms", t))
        title = QCoreApplication.translate("archive", "Print archive file")
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("archiveDone")
        box.exec()

    def failed(error) -> None:
        close_dialog()
        report_failure(parent, error, what)

    task = run_in_background(
        lambda task: archive(database, project_id, path, font_path=font, exported_by=who,
                             progress=task.report, cancelled=lambda: task.cancelled),
        done=done, progress=progress, cancelled=close_dialog, failed=failed, what=what,
    )
    dialog.canceled.connect(task.cancel)
    dialog.show()
    return task
