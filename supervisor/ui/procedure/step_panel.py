"""The step panel: one procedure step's status, dates, responsible person, notes,
prerequisites and its materials checklist with attached files (drag and drop welcome).

The panel shows a ``StepRow`` and turns the user's actions into calls on the controller; it
never touches the database itself.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supervisor import errors
from supervisor.codes import StepStatus
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.procedure.materials import read_file_for_attachment
from supervisor.procedure.snapshots import MaterialRow, ProcedureSnapshot, StepRow
from supervisor.procedure.steps import StepEdit
from supervisor.ui.failures import attempt, error_text, show_error, shows_errors
from supervisor.ui.labels import status_label, uses_chinese
from supervisor.ui.signals import emit
from supervisor.ui.widgets import DateField

MATERIAL_ROLE = Qt.ItemDataRole.UserRole + 10
ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole + 11


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return str(size)


class MaterialsTree(QTreeWidget):
    """Materials with their files. Files dropped on a material are attached to it.

    Signals:
        files_dropped(int, list): material id, local file paths.
    """

    files_dropped = Signal(int, list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setColumnCount(3)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

    def _material_for(self, item: QTreeWidgetItem | None) -> int | None:
        while item is not None:
            value = item.data(0, MATERIAL_ROLE)
            if value is not None:
                return value
            item = item.parent()
        return None

    def target_material(self, pos) -> int | None:
        item = self.itemAt(pos)
        if item is None:
            item = self.currentItem()
        return self._material_for(item)

    def dragEnterEvent(self, event):
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event):
        if event.mimeData().hasUrls() and self.target_material(event.position().toPoint()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event):
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        material = self.target_material(event.position().toPoint())
        if paths and material is not None:
            event.acceptProposedAction()
            emit(self.files_dropped, material, paths)
        else:
            event.ignore()


class StepPanel(QScrollArea):
    """Everything about the selected step.

    Signals:
        status_requested(int, str): step id, new status.
    """

    status_requested = Signal(int, str)
    new_check_requested = Signal(int)

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.step: StepRow | None = None
        self.snapshot: ProcedureSnapshot | None = None
        self._people_loaded = False
        self.setWidgetResizable(True)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)

        self.title = QLabel()
        title_font = QFont()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description = QLabel()
        self.description.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.description)

        status_row = QHBoxLayout()
        self.status = QComboBox()
        self.status.setObjectName("stepStatus")
        for status in StepStatus:
            self.status.addItem(status_label(status), str(status))
        self.status.activated.connect(self._status_chosen)
        self.complete_button = QPushButton(self.tr("Mark &done"))
        self.complete_button.setObjectName("completeStep")
        self.complete_button.setShortcut(QKeySequence("Ctrl+D"))
        self.complete_button.setToolTip(self.tr("Complete this step (Ctrl+D)"))
        self.complete_button.clicked.connect(
            lambda: self.step and emit(self.status_requested, self.step.id, str(StepStatus.DONE))
        )
        status_label_widget = QLabel(self.tr("Status:"))
        status_label_widget.setBuddy(self.status)
        status_row.addWidget(status_label_widget)
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.complete_button)
        self.history_button = QPushButton(self.tr("&History…"))
        self.history_button.setObjectName("stepHistory")
        self.history_button.setToolTip(self.tr("Every change of this step, its materials and files: who, when, old → new"))
        self.history_button.clicked.connect(self._show_history)
        status_row.addWidget(self.history_button)
        layout.addLayout(status_row)
        self.due_label = QLabel()
        self.due_label.setWordWrap(True)
        layout.addWidget(self.due_label)
        self.override_label = QLabel()
        self.override_label.setWordWrap(True)
        self.override_label.setStyleSheet("color: #8a5a00;")
        layout.addWidget(self.override_label)

        # Materials
        materials_box = QGroupBox(self.tr("Materials"))
        materials_layout = QVBoxLayout(materials_box)
        self.materials = MaterialsTree()
        self.materials.setObjectName("materials")
        self.materials.setHeaderLabels([self.tr("Material / file"), self.tr("State"), self.tr("Added")])
        self.materials.files_dropped.connect(self._attach_paths)
        self.materials.itemChanged.connect(self._item_changed)
        self.materials.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.materials.itemDoubleClicked.connect(lambda *_: self._open())
        materials_layout.addWidget(self.materials)
        hint = QLabel(self.tr("Tick a material when it is provided, or drop files on it."))
        hint.setStyleSheet("color: gray;")
        hint.setWordWrap(True)
        materials_layout.addWidget(hint)
        buttons = QHBoxLayout()
        file_buttons = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("&Attach files…"))
        self.attach_button.setObjectName("attachFiles")
        self.attach_button.clicked.connect(self._choose_files)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self._open)
        self.save_button = QPushButton(self.tr("Sa&ve as…"))
        self.save_button.clicked.connect(self._save_as)
        self.remove_button = QPushButton(self.tr("&Remove file"))
        self.remove_button.clicked.connect(self._remove)
        self.waive_button = QPushButton(self.tr("&Waive…"))
        self.waive_button.clicked.connect(self._waive)
        for button in (self.attach_button, self.waive_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.open_button, self.save_button, self.remove_button):
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)
        materials_layout.addLayout(buttons)
        materials_layout.addLayout(file_buttons)
        layout.addWidget(materials_box, 2)

        # Dates, person, notes
        details = QGroupBox(self.tr("Dates and notes"))
        form = QFormLayout(details)
        self.planned_start = DateField()
        self.planned_end = DateField()
        self.actual_start = DateField()
        self.actual_end = DateField()
        self.person = QComboBox()
        self.person.setObjectName("responsiblePerson")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("stepNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(110)
        self.party_label = QLabel()
        form.addRow(self.tr("Responsible party:"), self.party_label)
        form.addRow(self.tr("Responsible person:"), self.person)
        form.addRow(self.tr("Planned start:"), self.planned_start)
        form.addRow(self.tr("Planned end:"), self.planned_end)
        form.addRow(self.tr("Actual start:"), self.actual_start)
        form.addRow(self.tr("Actual end:"), self.actual_end)
        form.addRow(self.tr("Notes:"), self.notes)
        self.apply_button = QPushButton(self.tr("&Save changes"))
        self.apply_button.setObjectName("saveStep")
        self.apply_button.setShortcut(QKeySequence.StandardKey.Save)
        self.apply_button.setToolTip(self.tr("Save the dates, person and notes (Ctrl+S)"))
        self.apply_button.clicked.connect(self._apply)
        self.revert_button = QPushButton(self.tr("Rever&t"))
        self.revert_button.clicked.connect(lambda: self.show_step(self.step, self.snapshot))
        apply_row = QHBoxLayout()
        apply_row.addStretch(1)
        apply_row.addWidget(self.revert_button)
        apply_row.addWidget(self.apply_button)
        form.addRow(apply_row)
        for field in (self.planned_start, self.planned_end, self.actual_start, self.actual_end):
            field.changed.connect(self._mark_dirty)
        self.person.currentIndexChanged.connect(self._mark_dirty)
        self.notes.textChanged.connect(self._mark_dirty)
        layout.addWidget(details)

        checks_box = QGroupBox(self.tr("Site checks"))
        checks_layout = QVBoxLayout(checks_box)
        self.checks = QLabel()
        self.checks.setObjectName("stepChecks")
        self.checks.setWordWrap(True)
        self.checks.setTextFormat(Qt.TextFormat.RichText)
        checks_layout.addWidget(self.checks)
        self.new_check_button = QPushButton(self.tr("New site check for this step…"))
        self.new_check_button.clicked.connect(lambda: self.step and emit(self.new_check_requested, self.step.id))
        checks_layout.addWidget(self.new_check_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(checks_box)

        prereq_box = QGroupBox(self.tr("Prerequisites"))
        prereq_layout = QVBoxLayout(prereq_box)
        self.prerequisites = QLabel()
        self.prerequisites.setWordWrap(True)
        self.prerequisites.setTextFormat(Qt.TextFormat.RichText)
        prereq_layout.addWidget(self.prerequisites)
        layout.addWidget(prereq_box)
        layout.addStretch(1)

        self._loading = False
        self.show_step(None, None)

    # --- showing ---

    @property
    def dirty(self) -> bool:
        return self.apply_button.isEnabled()

    def _mark_dirty(self, *_):
        if not self._loading and self.step is not None:
            self.apply_button.setEnabled(True)
            self.revert_button.setEnabled(True)

    def _load_people(self):
        if self._people_loaded:
            return
        self._people_loaded = True
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("(nobody)"), None)
        for person_id, name, organisation in self.controller.projects.people():
            self.person.addItem(f"{name} — {organisation}" if organisation else name, person_id)
        self.person.blockSignals(False)

    def _show_history(self) -> None:
        from supervisor.ui.history.view import show_history

        if self.step is not None:
            show_history(self, self.controller, "project_step", self.step.id, f"{self.step.code} {self.step.name}")

    def reload_people(self):
        self._people_loaded = False

    def show_step(self, step: StepRow | None, snapshot: ProcedureSnapshot | None) -> None:
        if step is None or self.step is None or step.id != self.step.id:
            self.verticalScrollBar().setValue(0)  # another step is read from its top
        self._loading = True
        self.step = step
        self.snapshot = snapshot
        enabled = step is not None
        self.widget().setEnabled(enabled)
        if step is None:
            self.title.setText(self.tr("Select a step in the procedure."))
            self.description.clear()
            self.due_label.clear()
            self.override_label.hide()
            self.materials.clear()
            self.prerequisites.clear()
            self.checks.clear()
            self.party_label.clear()
            for field in (self.planned_start, self.planned_end, self.actual_start, self.actual_end):
                field.set_value(None)
            self.notes.setPlainText("")
            self.apply_button.setEnabled(False)
            self.revert_button.setEnabled(False)
            self._loading = False
            self._update_buttons()
            return
        self._load_people()
        name = step.name if uses_chinese() or not step.name_en else step.name_en
        self.title.setText(f"{step.code}. {name}")
        self.description.setText(step.description)
        self.description.setVisible(bool(step.description))
        self.status.setCurrentIndex(self.status.findData(str(step.status)))
        self.complete_button.setEnabled(step.status != StepStatus.DONE)
        self.due_label.setText(self._due_text(step))
        if step.override_reason:
            self.override_label.setText(
                self.tr("Completed before its prerequisites by {who}: {reason}").format(
                    who=step.override_by, reason=step.override_reason
                )
            )
            self.override_label.show()
        else:
            self.override_label.hide()
        self.party_label.setText(step.responsible_party)
        self.planned_start.set_value(step.planned_start)
        self.planned_end.set_value(step.planned_end)
        self.actual_start.set_value(step.actual_start)
        self.actual_end.set_value(step.actual_end)
        index = self.person.findData(step.responsible_person_id)
        self.person.setCurrentIndex(max(index, 0))
        self.notes.setPlainText(step.notes)
        self.apply_button.setEnabled(False)
        self.revert_button.setEnabled(False)
        self._fill_materials(step.materials)
        self.prerequisites.setText(self._prerequisites_html(step, snapshot))
        self.checks.setText(self._checks_html(step))
        self._loading = False
        self._update_buttons()

    def _due_text(self, step: StepRow) -> str:
        parts = []
        if step.due:
            text = self.tr("Due {date}").format(date=step.due.isoformat())
            if step.due_estimated:
                text += " " + self.tr("(estimated: that year's holidays are not known yet)")
            if step.overdue:
                text = "<b style='color:#c0392b'>" + text + " — " + self.tr(
                    "%n day(s) late", "", step.overdue_days
                ) + "</b>"
            parts.append(text)
        if step.earliest:
            parts.append(self.tr("Not before {date}").format(date=step.earliest.isoformat()))
        if step.period_note:
            parts.append(self.tr("Rule: {rule}").format(rule=step.period_note))
        return " · ".join(parts)

    def _checks_html(self, step: StepRow) -> str:
        from html import escape

        from supervisor.ui.labels import result_label

        try:
            rows = self.controller.procedure.checks_for_step(step.id)
        except errors.SupervisorError as error:
            return escape(error_text(error))
        if not rows:
            return self.tr("None yet.")
        lines = []
        for row in rows[:20]:
            colour = "#c0392b" if row.result == "problem" else "#2e7d32"
            lines.append(
                f"{row.checked_at:%Y-%m-%d} {escape(row.location_text)} "
                f"<span style='color:{colour}'>{escape(result_label(row.result))}</span> "
                f"{escape(row.inspector)}"
            )
        if len(rows) > 20:
            lines.append(self.tr("… and {count} more").format(count=len(rows) - 20))
        return "<br>".join(lines)

    def _prerequisites_html(self, step: StepRow, snapshot: ProcedureSnapshot | None) -> str:
        if not step.prerequisites:
            return self.tr("None.")
        lines = []
        for code in step.prerequisites:
            other = snapshot.by_code(code) if snapshot else None
            if other is None:
                lines.append(f"{code} —")
                continue
            done = other.status in (StepStatus.DONE, StepStatus.NOT_APPLICABLE)
            mark = "✔" if done else "✘"
            colour = "#2e7d32" if done else "#c0392b"
            lines.append(
                f"<span style='color:{colour}'>{mark}</span> {other.code}. {other.name} "
                f"({status_label(other.status)})"
            )
        return "<br>".join(lines)

    def _fill_materials(self, materials: tuple[MaterialRow, ...]) -> None:
        current = self.materials.currentItem()
        keep = None
        if current is not None:
            keep = (current.data(0, MATERIAL_ROLE), current.data(0, ATTACHMENT_ROLE))
        self.materials.blockSignals(True)
        self.materials.clear()
        restore = None
        for material in materials:
            item = QTreeWidgetItem([material.name, self._material_state(material), ""])
            item.setData(0, MATERIAL_ROLE, material.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                0, Qt.CheckState.Checked if material.provided else Qt.CheckState.Unchecked
            )
            if material.required and not material.satisfied:
                item.setForeground(1, Qt.GlobalColor.darkRed)
            if material.waived:
                item.setToolTip(1, material.waive_reason)
            for attachment in material.attachments:
                added = attachment.added_at.strftime("%Y-%m-%d %H:%M") if attachment.added_at else ""
                child = QTreeWidgetItem(
                    [attachment.filename, human_size(attachment.size), f"{attachment.added_by} {added}"]
                )
                child.setData(0, ATTACHMENT_ROLE, attachment.id)
                child.setToolTip(0, "SHA-256: " + attachment.sha256)
                item.addChild(child)
                if keep == (None, attachment.id):
                    restore = child
            self.materials.addTopLevelItem(item)
            item.setExpanded(True)
            if keep == (material.id, None):
                restore = item
        if restore is not None:
            self.materials.setCurrentItem(restore)
        self.materials.blockSignals(False)

    def _material_state(self, material: MaterialRow) -> str:
        if material.waived:
            return self.tr("Waived: {reason}").format(reason=material.waive_reason)
        if material.provided:
            return self.tr("Provided")
        return self.tr("Missing") if material.required else self.tr("Optional")

    def _update_buttons(self):
        item = self.materials.currentItem()
        attachment = item.data(0, ATTACHMENT_ROLE) if item else None
        material = self.materials._material_for(item)
        self.attach_button.setEnabled(material is not None)
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(attachment is not None)
        waived = False
        if material is not None and self.step is not None:
            row = next((m for m in self.step.materials if m.id == material), None)
            waived = bool(row and row.waived)
        self.waive_button.setEnabled(material is not None and attachment is None)
        self.waive_button.setText(self.tr("Cancel &waiver") if waived else self.tr("&Waive…"))

    # --- actions ---

    def _guard(self, action) -> bool:
        return attempt(self, action)

    def _status_chosen(self, _index):
        if self.step is None:
            return
        status = self.status.currentData()
        if status != str(self.step.status):
            emit(self.status_requested, self.step.id, status)

    def _item_changed(self, item: QTreeWidgetItem, column: int):
        material = item.data(0, MATERIAL_ROLE)
        if material is None or column != 0 or self._loading:
            return
        provided = item.checkState(0) == Qt.CheckState.Checked

        def apply():
            if not self._guard(lambda: self.controller.procedure.set_provided(material, provided)):
                self.show_step(self.step, self.snapshot)

        # The refresh that follows rebuilds the tree, deleting this item: not inside its signal.
        QTimer.singleShot(0, apply)

    def _choose_files(self):
        material = self.materials._material_for(self.materials.currentItem())
        if material is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        if paths:
            self._attach_paths(material, paths)

    def _attach_paths(self, material_id: int, paths: list[str]) -> None:
        files = []
        problems = []
        for path in paths:
            try:
                files.append((Path(path).name, read_file_for_attachment(Path(path))))
            except errors.SupervisorError as error:
                problems.append(error_text(error))
        if files:
            self._guard(lambda: self.controller.procedure.attach(material_id, files))
        if problems:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Some files were not attached"), "\n".join(problems))

    def _current_attachment(self) -> int | None:
        item = self.materials.currentItem()
        return item.data(0, ATTACHMENT_ROLE) if item else None

    @shows_errors
    def _open(self):
        """Open a document or an image in the system's program for it; offer to save anything
        else, which could run a program. The stored name is made a safe one first: it is text
        from the database, and the file goes into a fresh temporary folder and nowhere else."""
        from supervisor.files import opens_safely, safe_file_name
        from supervisor.ui.widgets import ask

        attachment = self._current_attachment()
        if attachment is None:
            return
        name, data = self.controller.procedure.attachment_bytes(attachment)
        name = safe_file_name(name, fallback="附件")
        if not opens_safely(name):
            if ask(self, self.tr("Open attachment"), self.tr(
                "{file} is not a document or an image, so Supervisor does not open it: opening it "
                "could run a program.\n\nSave it to a folder instead?"
            ).format(file=name)):
                self._save(name, data)
            return
        try:
            path = Path(tempfile.mkdtemp(prefix="supervisor-")) / name
            path.write_bytes(data)
            os.chmod(path, 0o400)
        except OSError as error:
            from supervisor.files import storage_error

            show_error(self, storage_error(error, tempfile.gettempdir()))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    @shows_errors
    def _save_as(self):
        from supervisor.files import safe_file_name

        attachment = self._current_attachment()
        if attachment is None:
            return
        name, data = self.controller.procedure.attachment_bytes(attachment)
        self._save(safe_file_name(name, fallback="附件"), data)

    def _save(self, name: str, data: bytes) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save file as"), name)
        if not target:
            return
        try:
            Path(target).write_bytes(data)
        except OSError as error:
            show_error(
                self,
                errors.SupervisorError(
                    QT_TRANSLATE_NOOP("errors", "{file} cannot be written: {detail}"), file=target, detail=error.strerror or str(error)
                ),
            )

    def _remove(self):
        attachment = self._current_attachment()
        if attachment is not None:
            self._guard(lambda: self.controller.procedure.remove_attachment(attachment))

    def _waive(self):
        material = self.materials._material_for(self.materials.currentItem())
        if material is None or self.step is None:
            return
        row = next((m for m in self.step.materials if m.id == material), None)
        if row is not None and row.waived:
            self._guard(lambda: self.controller.procedure.unwaive(material))
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Waive material"), self.tr("Why is this material not needed?")
        )
        if ok:
            self._guard(lambda: self.controller.procedure.waive(material, reason))

    def edit(self) -> StepEdit:
        return StepEdit(
            planned_start=self.planned_start.value(),
            planned_end=self.planned_end.value(),
            actual_start=self.actual_start.value(),
            actual_end=self.actual_end.value(),
            responsible_person_id=self.person.currentData(),
            notes=self.notes.toPlainText(),
            version=self.step.version if self.step is not None else None,
        )

    def _apply(self):
        if self.step is None or not self.dirty:
            return
        step_id = self.step.id
        edit = self.edit()
        # Not dirty any more while saving, so the refresh that follows shows the saved step.
        self.apply_button.setEnabled(False)
        self.revert_button.setEnabled(False)
        if not self._guard(lambda: self.controller.procedure.update_step(step_id, edit)):
            self.apply_button.setEnabled(True)
            self.revert_button.setEnabled(True)
