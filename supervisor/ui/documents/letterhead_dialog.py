"""Tools → Form letterhead: the issuing unit, the supervision firm and a logo printed at the head
of every form, for every computer that shares the database.

A chosen picture is checked and reduced at once (``letterhead.logo_png``), so a file that is not
a picture is refused in place when chosen, and the preview shows the logo as it will be stored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from supervisor import errors
from supervisor.documents.letterhead import MAX_NAME, Letterhead, logo_png, read_logo
from supervisor.ui.dialogs import SavingDialog

FOLDER_SETTING = "letterhead/folder"
PREVIEW = (220, 90)  # the logo preview's box, in pixels


class LetterheadDialog(SavingDialog):
    """Attributes:
        unit, firm: the names' fields.
        logo: the logo as it will be stored (PNG bytes), or None.
        preview: the logo shown small, or "No logo".
    """

    def __init__(self, save, head: Letterhead, parent=None):
        super().__init__(parent)
        self._save = save
        self.logo = head.logo
        self.setWindowTitle(self.tr("Form letterhead"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.unit = QLineEdit(head.unit)
        self.unit.setObjectName("letterheadUnit")
        self.unit.setMaxLength(MAX_NAME)
        self.unit.setPlaceholderText(self.tr("e.g. 东湖街道办事处"))
        self.firm = QLineEdit(head.firm)
        self.firm.setObjectName("letterheadFirm")
        self.firm.setMaxLength(MAX_NAME)
        self.firm.setPlaceholderText(self.tr("e.g. 浙江诚信工程监理有限公司"))
        form.addRow(self.tr("&Issuing unit:"), self.unit)
        form.addRow(self.tr("&Supervision firm:"), self.firm)
        self.preview = QLabel()
        self.preview.setObjectName("logoPreview")
        self.preview.setFixedSize(*PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.setObjectName("chooseLogo")
        self.choose_button.clicked.connect(self.choose_logo)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("removeLogo")
        self.remove_button.clicked.connect(self.remove_logo)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.preview)
        logo_row.addLayout(buttons)
        logo_row.addStretch(1)
        form.addRow(self.tr("&Logo:"), logo_row)
        form.labelForField(logo_row).setBuddy(self.choose_button)
        layout.addLayout(form)
        hint = QLabel(
            self.tr(
                "Printed at the head of every form, for every computer that uses this database. "
                "The logo is optional: a PNG, JPEG, BMP or GIF picture, kept at most 600 pixels on its longer side."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.finish(layout)
        self.fields = {"unit": self.unit, "firm": self.firm, "logo": self.choose_button}
        self._show_logo()
        self.setMinimumWidth(520)

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self.logo and pixmap.loadFromData(self.logo):
            self.preview.setPixmap(
                pixmap.scaled(self.preview.size() * 0.95, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo"))
        self.remove_button.setEnabled(bool(self.logo))

    def choose_logo(self) -> None:
        folder = QSettings().value(FOLDER_SETTING, "") or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), folder,
            self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)"),
        )
        if not path:
            return
        try:
            self.logo = logo_png(read_logo(path))
        except errors.SupervisorError as error:
            self.show_failure(error)
            return
        QSettings().setValue(FOLDER_SETTING, str(Path(path).parent))
        self.message.hide()
        self._show_logo()

    def remove_logo(self) -> None:
        self.logo = None
        self._show_logo()

    def save(self) -> None:
        self._save(self.unit.text(), self.firm.text(), self.logo)
