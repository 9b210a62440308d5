"""Photos in the window: a thumbnail gallery (drop files on it, paste with Ctrl+V), the import
worker with its progress dialog, and a viewer with zoom, caption and "save original as".

Decoding and storing run in a worker thread with its own sessions (``photos.import_paths``);
the window only receives progress and the outcome, so it stays responsive.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QGuiApplication,
    QIcon,
    QImage,
    QImageReader,
    QKeySequence,
    QPixmap,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from supervisor import errors
from supervisor.db.changes import Changed
from supervisor.ui.failures import error_text, shows_errors
from supervisor.ui.runner import Task, report_failure, run_in_background
from supervisor.ui.signals import emit
from supervisor.ui.widgets import fit_to_screen

LINK_ROLE = Qt.ItemDataRole.UserRole + 40
PROGRESS_INTERVAL = 0.1  # seconds between two progress reports of an import
IMAGE_FILTER = "Images (*.jpg *.jpeg *.png *.heic *.heif *.JPG *.JPEG *.PNG *.HEIC *.HEIF)"


class PhotoListModel(QAbstractListModel):
    """Thumbnails of the photos of one record (``photos.PhotoRow`` items)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows = []
        self._pixmaps: dict[int, QPixmap] = {}

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._pixmaps = {}
        self.endResetModel()

    def photo(self, row: int):
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = row.taken_at.strftime("%Y-%m-%d %H:%M") if row.taken_at else ""
            return row.caption or when or row.filename
        if role == Qt.ItemDataRole.DecorationRole:
            icon = self._pixmaps.get(row.link_id)
            if icon is None:
                pixmap = QPixmap()
                pixmap.loadFromData(row.thumbnail)
                icon = QIcon(pixmap)  # an icon is drawn at the view's icon size; a pixmap is not
                self._pixmaps[row.link_id] = icon
            return icon
        if role == Qt.ItemDataRole.ToolTipRole:
            taken = row.taken_at.strftime("%Y-%m-%d %H:%M") if row.taken_at else self.tr("unknown")
            return self.tr("{file}\nTaken: {taken}\nImported by {who}").format(
                file=row.filename, taken=taken, who=row.imported_by
            )
        if role == LINK_ROLE:
            return row.link_id
        return None


class PhotoGallery(QListView):
    """Thumbnails; files dropped here or pasted (Ctrl+V) are offered for import.

    Signals:
        files_offered(list): local file paths to import.
        photo_opened(int): row of the photo to show in the viewer.
    """

    files_offered = Signal(list)
    photo_opened = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(160, 160))
        self.setGridSize(QSize(184, 200))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QListView.DragDropMode.DropOnly)
        self.setMinimumHeight(215)
        self.photos = PhotoListModel(self)
        self.setModel(self.photos)
        self.activated.connect(lambda index: emit(self.photo_opened, index.row()))

    def dragEnterEvent(self, event):
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event):
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event):
        paths = paths_from_mime(event.mimeData())
        if paths:
            event.acceptProposedAction()
            emit(self.files_offered, paths)
        else:
            event.ignore()

    def keyPressEvent(self, event):
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return
        super().keyPressEvent(event)

    def paste(self) -> None:
        paths = paths_from_mime(QGuiApplication.clipboard().mimeData())
        if paths:
            emit(self.files_offered, paths)


def paths_from_mime(mime) -> list[str]:
    """Local files in a drop or the clipboard; a bare image (a screenshot) is saved to a temp PNG."""
    if mime is None:
        return []
    paths = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []
    if not paths and mime.hasImage():
        image = QImage(mime.imageData())
        if not image.isNull():
            folder = Path(tempfile.mkdtemp(prefix="supervisor-paste-"))
            path = folder / "pasted.png"
            if image.save(str(path), "PNG"):
                paths = [str(path)]
    return paths


def run_import(parent: QWidget, controller, paths, project_id, *, check_id=None,
               rectification_id=None, role="check", on_done=None) -> Task | None:
    """Import ``paths`` in the background with a progress dialog (cancel stops after the current
    file). ``on_done(outcomes)`` runs on the UI thread; refused files are listed to the user.

    When storing fails part-way (a full disk), ``on_done`` still gets the files whose photos
    went in, and the message says why the import stopped and how far it got."""
    from supervisor.site import photos

    if not paths:
        return None
    paths = list(paths)
    database = controller.database
    dialog = QProgressDialog(
        QCoreApplication.translate("photos", "Importing photos…"),
        QCoreApplication.translate("photos", "Cancel"), 0, len(paths), parent,
    )
    dialog.setWindowTitle(QCoreApplication.translate("photos", "Photos"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def work(task):
        reported = {"at": 0.0}

        def progress(done, total, path):
            # A few updates a second are enough for the eye; one per photo makes the UI thread
            # repaint the dialog for every one of them.
            now = time.monotonic()
            if now - reported["at"] >= PROGRESS_INTERVAL or done == total:
                reported["at"] = now
                task.report(done, total, str(path))

        return photos.import_paths(
            database, paths, project_id, check_id=check_id, rectification_id=rectification_id, role=role,
            progress=progress, cancelled=lambda: task.cancelled,
        )

    def progressed(done, total, path):
        dialog.setMaximum(max(total, 1))
        dialog.setLabelText(
            QCoreApplication.translate("photos", "Importing {name} ({done} of {total})").format(
                name=Path(path).name, done=done, total=total
            )
        )
        dialog.setValue(done)

    def finished(outcomes, stopped=None):
        dialog.close()
        controller.announce(Changed.PHOTOS)
        refused = [o for o in outcomes if o.status == "refused"]
        if refused or stopped is not None:
            lines = [
                f"{Path(o.path).name}: {error_text(o.error) if o.error else o.reason}" for o in refused
            ]
            text = (
                QCoreApplication.translate("photos", "%n file(s) refused:", None, len(refused))
                + "\n\n" + "\n".join(lines[:30])
                if refused else ""
            )
            if stopped is not None:
                text = error_text(stopped) + ("\n\n" + text if text else "")
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("photos", "Some photos were not imported"),
                text,
            )
        if on_done:
            on_done(outcomes)

    def failed(error):
        if isinstance(error, photos.ImportInterrupted):  # the photos stored before it are in
            finished(error.outcomes, error)
            return
        dialog.close()
        controller.announce(Changed.PHOTOS)
        report_failure(parent, error, QCoreApplication.translate("photos", "The photo import"))

    task = run_in_background(
        work, done=finished, progress=progressed, failed=failed, parent=parent,
        what=QCoreApplication.translate("photos", "The photo import"),
    )
    dialog.canceled.connect(task.cancel)
    return task


def choose_photo_files(parent: QWidget) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("photos", "Add photos"), "",
        QCoreApplication.translate("photos", "Images") + " (*.jpg *.jpeg *.png *.heic *.heif);;"
        + QCoreApplication.translate("photos", "All files") + " (*)",
    )
    return paths


class PhotoViewer(QDialog):
    """One photo at screen size: zoom, caption, capture time, camera, place, save original."""

    def __init__(self, controller, row, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.row = row
        self.setWindowTitle(row.filename)
        fit_to_screen(self, 1000, 760)
        layout = QVBoxLayout(self)
        self.scroll = QScrollArea()
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setWidget(self.image)
        layout.addWidget(self.scroll, 1)
        try:
            data = controller.site.photo_preview(row.photo_id)
        except errors.SupervisorError as error:
            data = b""
            self.image.setText(error_text(error))
        self.pixmap = QPixmap()
        self.pixmap.loadFromData(data)
        self.original: QPixmap | None = None  # decoded when zooming beyond the preview
        self.zoom = 0.0  # 0 = fit to window; else a factor of the photo's real size

        zoom_row = QHBoxLayout()
        for text, factor in ((self.tr("Fit"), 0.0), ("50%", 0.5), ("100%", 1.0), ("200%", 2.0)):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, f=factor: self.set_zoom(f))
            zoom_row.addWidget(button)
        zoom_in = QPushButton(self.tr("Zoom &in"))
        zoom_in.setShortcut(QKeySequence.StandardKey.ZoomIn)
        zoom_in.clicked.connect(lambda: self.set_zoom((self.zoom or self._fit_factor()) * 1.25))
        zoom_out = QPushButton(self.tr("Zoom &out"))
        zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        zoom_out.clicked.connect(lambda: self.set_zoom((self.zoom or self._fit_factor()) / 1.25))
        zoom_row.addWidget(zoom_in)
        zoom_row.addWidget(zoom_out)
        zoom_row.addStretch(1)
        save = QPushButton(self.tr("&Save original as…"))
        save.clicked.connect(self.save_original)
        zoom_row.addWidget(save)
        layout.addLayout(zoom_row)

        form = QFormLayout()
        self.caption = QLineEdit(row.caption)
        self.caption.setObjectName("photoCaption")
        form.addRow(self.tr("&Caption:"), self.caption)
        taken = row.taken_at.strftime("%Y-%m-%d %H:%M:%S") if row.taken_at else self.tr("unknown")
        form.addRow(self.tr("Taken:"), QLabel(taken))
        imported = (  # stored in UTC; shown in the computer's time zone
            row.imported_at.replace(tzinfo=dt.timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M")
            if row.imported_at else ""
        )
        form.addRow(self.tr("Imported:"), QLabel(f"{imported} {row.imported_by}"))
        form.addRow(self.tr("Camera:"), QLabel(row.camera or "—"))
        place = f"{row.gps_lat:.6f}, {row.gps_lon:.6f}" if row.gps_lat is not None and row.gps_lon is not None else "—"
        form.addRow(self.tr("Location (GPS):"), QLabel(place))
        form.addRow(self.tr("Size:"), QLabel(f"{row.width} × {row.height}"))
        sha = QLabel(row.sha256)
        sha.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("SHA-256:", sha)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.scroll.viewport().installEventFilter(self)
        self.set_zoom(0.0)

    def _real_size(self) -> QSize:
        """The photo's upright size in pixels (the preview may be smaller)."""
        if self.row.width > 0 and self.row.height > 0:
            return QSize(self.row.width, self.row.height)
        return self.pixmap.size()

    def _fit_factor(self) -> float:
        if self.pixmap.isNull():
            return 1.0
        area, real = self.scroll.viewport().size(), self._real_size()
        return min(area.width() / real.width(), area.height() / real.height(), 1.0)

    def _load_original(self) -> None:
        """Decode the original for detail; keeps the preview if Qt cannot read it (HEIC)."""
        self.original = QPixmap()
        try:
            _name, data = self.controller.site.photo_original(self.row.photo_id)
        except errors.SupervisorError:
            return
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        reader.setAutoTransform(True)  # upright, as the preview is
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            image = reader.read()
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not image.isNull():
            self.original = QPixmap.fromImage(image)

    def set_zoom(self, factor: float) -> None:
        self.zoom = max(0.0, min(factor, 8.0))
        if self.pixmap.isNull():
            return
        real = self._real_size()
        scale = self.zoom or self._fit_factor()
        size = QSize(max(1, round(real.width() * scale)), max(1, round(real.height() * scale)))
        source = self.pixmap
        if size.width() > self.pixmap.width():
            if self.original is None:
                self._load_original()
            if not self.original.isNull():
                source = self.original
        self.image.setPixmap(
            source.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        )
        self.image.resize(size)

    def eventFilter(self, watched, event):
        # Fitting follows the visible area itself, which settles after the dialog's own resize.
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize and self.zoom == 0.0:
            self.set_zoom(0.0)
        return super().eventFilter(watched, event)

    def wheelEvent(self, event):
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            step = 1.25 if event.angleDelta().y() > 0 else 0.8
            self.set_zoom((self.zoom or self._fit_factor()) * step)
            event.accept()
            return
        super().wheelEvent(event)

    @shows_errors
    def save_original(self):
        name, data = self.controller.site.photo_original(self.row.photo_id)
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save original as"), name)
        if not target:
            return
        try:
            Path(target).write_bytes(data)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Save original as"), f"{target}: {error.strerror or error}")

    @shows_errors
    def accept(self):
        if self.caption.text() != self.row.caption:
            self.controller.site.set_photo_caption(self.row.link_id, self.caption.text())
        super().accept()
