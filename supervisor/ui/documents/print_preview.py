"""Print preview: a form drawn as a PDF off the UI thread, shown page by page, saved or printed.

``PrintPreviewDialog`` draws the PDF in the background (``draw_form``, with its own database
session), shows it in Qt's ``QPdfView`` and offers Save as PDF and Print (the system print dialog).
A filled form can be drawn again as a copy for posting on a notice board (公示), with residents'
phone and ID numbers masked. The printing font is the user's choice kept in the settings
(Tools → Printing font).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSettings, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from supervisor import errors
from supervisor.ui.failures import error_text, shows_errors
from supervisor.ui.runner import report_failure, run_in_background
from supervisor.ui.widgets import fit_to_screen

FONT_SETTING = "forms/font"


def printing_font() -> str | None:
    return QSettings().value(FONT_SETTING, "") or None


def draw_form(database, form: str, project_id: int | None, record: int | None, round_: int, blank: bool,
              font: str | None, public: bool = False):
    """Fill and draw one form (in a worker thread, with its own session): ``(pdf bytes, RenderResult)``;
    ``public``: a copy for posting, residents' numbers masked."""
    import io

    from supervisor.documents import forms

    data = None
    if not blank:
        with database.read() as session:
            data = forms.form_data(session, form, project_id, record, round_=round_, public=public)
    elif database is not None:
        with database.read() as session:  # a blank form carries the letterhead too
            data = forms.blank_data(session, form)
    out = io.BytesIO()
    result = forms.render_form(form, data, out, font)
    return out.getvalue(), result


class PrintPreviewDialog(QDialog):
    """The pages of one form, with Save as PDF and Print, and for a filled form the choice of a
    copy for posting (``public``: the checkbox, which draws the form again)."""

    def __init__(self, database, form: str, project_id: int | None, *, record: int | None = None,
                 round_: int = 1, blank: bool = False, file_name: str = "", parent=None):
        super().__init__(parent)
        from supervisor.documents.forms import FORMS
        from supervisor.ui.labels import form_title

        self.setWindowTitle(self.tr("Print preview — {form}").format(form=form_title(FORMS[form])))
        fit_to_screen(self, 980, 860)
        self.pdf = b""
        self.base_name = self.file_name = file_name or form_title(FORMS[form])
        self.buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Preparing the form…"))
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.public = QCheckBox(self.tr("Copy for &posting (phone and ID numbers masked)"))
        self.public.setObjectName("publicCopy")
        self.public.setToolTip(self.tr("For a notice board (公示): residents' phone numbers and ID numbers "
                                       "are shown as 138****5678."))
        self.public.setVisible(not blank)  # a blank form has no numbers to mask
        self.public.toggled.connect(self._draw)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_pdf)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        for button in (self.save_button, self.print_button):
            button.setEnabled(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.public)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.task = None
        self._draw_args = (database, form, project_id, record, round_, blank, printing_font())
        self._draw()

    def _draw(self) -> None:
        """Draw the form in the background (again, after the copy for posting was chosen or not)."""
        if self.task is not None and self.task.is_running():
            self.task.detach()  # its pages are no longer wanted
            self.task.cancel()
        public = self.public.isChecked()
        self.pdf = b""
        for button in (self.save_button, self.print_button):
            button.setEnabled(False)
        self.status.setText(self.tr("Preparing the form…"))
        self.file_name = f"{self.base_name}（公示）" if public else self.base_name
        self.task = run_in_background(
            lambda _task: draw_form(*self._draw_args, public=public),
            done=self._loaded, failed=self._failed, what=self.tr("Drawing the form"),
        )

    def _loaded(self, payload) -> None:
        from PySide6.QtCore import QCoreApplication

        self.pdf, result = payload
        previous, self.buffer = self.buffer, QBuffer(self)
        self.buffer.setData(QByteArray(self.pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self.buffer)
        if previous is not None:
            previous.close()
            previous.deleteLater()
        text = self.tr("%n page(s).", "", result.pages)
        if self.public.isChecked():
            text += " " + self.tr("A copy for posting: phone and ID numbers are masked.")
        if result.font.warning:
            text += " " + result.font.warning_text(lambda t: QCoreApplication.translate("forms", t))
        self.status.setText(text)
        for button in (self.save_button, self.print_button):
            button.setEnabled(True)

    def _failed(self, error) -> None:
        if isinstance(error, errors.SupervisorError):
            self.status.setText(error_text(error))
        else:
            self.status.setText(self.tr("The form could not be drawn."))
        report_failure(self, error, self.tr("Drawing the form"))

    def done_loading(self) -> bool:
        return bool(self.pdf)

    @shows_errors
    def save(self) -> None:
        folder = QSettings().value("forms/folder", "") or str(Path.home())
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(Path(folder) / f"{self.file_name}.pdf"), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        save_bytes(Path(path), self.pdf)
        QSettings().setValue("forms/folder", str(Path(path).parent))
        self.status.setText(self.tr("Saved to {file}.").format(file=path))

    def print_pdf(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        printer.setFromTo(1, self.document.pageCount())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if not print_document(self.document, printer):
            QMessageBox.warning(self, self.tr("Print"), self.tr("The printer could not be started."))


PRINT_DPI = 300


def print_document(document: QPdfDocument, printer) -> bool:
    """Draw the pages of ``document`` the printer asks for, each fitted to the printable area
    (rendered at 300 dpi: sharp on paper, and a page image of ~25 MB rather than ~500 MB)."""
    first = max(1, printer.fromPage() or 1)
    last = min(document.pageCount(), printer.toPage() or document.pageCount())
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for number in range(first, last + 1):
            if number > first:
                printer.newPage()
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            points = document.pagePointSize(number - 1)
            scale = min(area.width() / points.width(), area.height() / points.height())
            image = document.render(
                number - 1, QSize(int(points.width() * PRINT_DPI / 72), int(points.height() * PRINT_DPI / 72))
            )
            painter.drawImage(QRectF(0, 0, points.width() * scale, points.height() * scale), image)
    finally:
        painter.end()
    return True


def save_bytes(path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all."""
    from supervisor.files import replacing

    with replacing(path) as temporary:
        temporary.write_bytes(data)


def suggested_name(title: str, number: str = "") -> str:
    """A file name a clerk recognises: the form's Chinese title, the record number, the day."""
    stamp = dt.date.today().strftime("%Y%m%d")
    return " ".join(x for x in (title, number, stamp) if x).replace("/", "-")


def preview(parent, controller, form: str, project_id: int | None, *, record: int | None = None,
            round_: int = 1, blank: bool = False, number: str = "") -> None:
    """Open the print preview of ``form`` for a record (or blank)."""
    from supervisor.documents.forms import FORMS

    if not blank and (controller is None or project_id is None):
        return
    name = suggested_name(FORMS[form].zh + ("（空白）" if blank else ""), number)
    PrintPreviewDialog(
        controller.database if controller is not None else None, form, project_id, record=record, round_=round_, blank=blank, file_name=name,
        parent=parent,
    ).exec()


def choose_font_dialog(parent) -> None:
    """Show the printing font in use and let the user pick a font file or go back to automatic."""
    from PySide6.QtCore import QCoreApplication

    from supervisor.documents.forms.fonts import choose_font

    configured = printing_font()
    chosen = choose_font(configured)
    if chosen.embedded:
        current = QCoreApplication.translate("PrintPreviewDialog", "Forms are printed in {font} ({file}), embedded in each PDF.").format(
            font=chosen.path.stem, file=str(chosen.path)
        )
    else:
        current = QCoreApplication.translate("PrintPreviewDialog", "No Chinese TrueType font was found: forms use the reader's STSong font.")
    if chosen.warning:
        current += "\n\n" + chosen.warning_text(lambda t: QCoreApplication.translate("forms", t))
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("PrintPreviewDialog", "Printing font"))
    box.setText(current)
    pick = box.addButton(QCoreApplication.translate("PrintPreviewDialog", "Choose a font file…"), QMessageBox.ButtonRole.ActionRole)
    automatic = box.addButton(QCoreApplication.translate("PrintPreviewDialog", "Find one automatically"), QMessageBox.ButtonRole.ResetRole)
    box.addButton(QMessageBox.StandardButton.Close)
    automatic.setEnabled(bool(configured))
    box.exec()
    if box.clickedButton() is automatic:
        QSettings().remove(FONT_SETTING)
    elif box.clickedButton() is pick:
        path, _filter = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("PrintPreviewDialog", "Printing font"), "", QCoreApplication.translate("PrintPreviewDialog", "TrueType fonts (*.ttf *.ttc);;All files (*)")
        )
        if not path:
            return
        result = choose_font(path)
        if result.path is not None and str(result.path) == str(Path(path)):
            QSettings().setValue(FONT_SETTING, path)
        else:
            QMessageBox.warning(parent, QCoreApplication.translate("PrintPreviewDialog", "Printing font"), QCoreApplication.translate("PrintPreviewDialog", "{file} cannot be used: it is not a TrueType font with Chinese characters."
            ).format(file=Path(path).name))
