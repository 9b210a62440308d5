"""The procedure template editor: copy a template, then rename, add, remove and reorder its
steps and materials. The built-in template and templates used by projects are shown
read-only; the rules live in ``supervisor.procedure.templates``."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supervisor.procedure import templates
from supervisor.ui.failures import attempt, shows_errors
from supervisor.ui.widgets import ask, fit_to_screen

PHASE_ROLE = Qt.ItemDataRole.UserRole + 20
STEP_ROLE = Qt.ItemDataRole.UserRole + 21
MATERIAL_ROLE = Qt.ItemDataRole.UserRole + 22


class TemplateEditor(QDialog):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Procedure templates"))
        fit_to_screen(self, 1000, 680)
        self.summaries: list[templates.TemplateSummary] = []
        self.outline: list[dict] = []
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.chooser = QComboBox()
        self.chooser.setObjectName("templateChooser")
        self.chooser.currentIndexChanged.connect(self._template_chosen)
        self.copy_button = QPushButton(self.tr("&Copy as new template…"))
        self.copy_button.setObjectName("copyTemplate")
        self.copy_button.clicked.connect(self._copy)
        top.addWidget(QLabel(self.tr("Template:")))
        top.addWidget(self.chooser, 1)
        top.addWidget(self.copy_button)
        layout.addLayout(top)
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.state)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget()
        self.tree.setObjectName("templateTree")
        self.tree.setHeaderLabels([self.tr("Step"), self.tr("Responsible")])
        self.tree.setColumnWidth(0, 360)
        self.tree.currentItemChanged.connect(lambda *_: self._show_current())
        left_layout.addWidget(self.tree)
        step_buttons = QHBoxLayout()
        self.add_step_button = QPushButton(self.tr("Add step"))
        self.add_step_button.clicked.connect(self._add_step)
        self.remove_step_button = QPushButton(self.tr("Remove step"))
        self.remove_step_button.clicked.connect(self._remove_step)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self._move_step(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self._move_step(1))
        for button in (self.add_step_button, self.remove_step_button, self.up_button, self.down_button):
            step_buttons.addWidget(button)
        left_layout.addLayout(step_buttons)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        step_box = QGroupBox(self.tr("Step"))
        form = QFormLayout(step_box)
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.name.setObjectName("templateStepName")
        self.name_en = QLineEdit()
        self.responsible = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(90)
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("English name:"), self.name_en)
        form.addRow(self.tr("Responsible:"), self.responsible)
        form.addRow(self.tr("Description:"), self.description)
        self.save_step_button = QPushButton(self.tr("Save step"))
        self.save_step_button.setObjectName("saveTemplateStep")
        self.save_step_button.clicked.connect(self._save_step)
        form.addRow(self.save_step_button)
        right_layout.addWidget(step_box)
        materials_box = QGroupBox(self.tr("Materials"))
        materials_layout = QVBoxLayout(materials_box)
        self.materials = QListWidget()
        self.materials.setObjectName("templateMaterials")
        self.materials.itemChanged.connect(self._material_required_changed)
        materials_layout.addWidget(self.materials)
        material_buttons = QHBoxLayout()
        self.add_material_button = QPushButton(self.tr("Add…"))
        self.add_material_button.clicked.connect(self._add_material)
        self.rename_material_button = QPushButton(self.tr("Rename…"))
        self.rename_material_button.clicked.connect(self._rename_material)
        self.remove_material_button = QPushButton(self.tr("Remove"))
        self.remove_material_button.clicked.connect(self._remove_material)
        self.material_up = QPushButton(self.tr("Up"))
        self.material_up.clicked.connect(lambda: self._move_material(-1))
        self.material_down = QPushButton(self.tr("Down"))
        self.material_down.clicked.connect(lambda: self._move_material(1))
        for button in (
            self.add_material_button, self.rename_material_button, self.remove_material_button,
            self.material_up, self.material_down,
        ):
            material_buttons.addWidget(button)
        materials_layout.addLayout(material_buttons)
        hint = QLabel(self.tr("Ticked materials are required before the step can be completed."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: gray;")
        materials_layout.addWidget(hint)
        right_layout.addWidget(materials_box, 1)
        splitter.addWidget(right)
        splitter.setSizes([560, 440])
        layout.addWidget(splitter, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self._loading = False
        self._reload_templates()

    # --- loading ---

    @property
    def summary(self) -> templates.TemplateSummary | None:
        index = self.chooser.currentIndex()
        return self.summaries[index] if 0 <= index < len(self.summaries) else None

    def _reload_templates(self, select: int | None = None) -> None:
        current = select if select is not None else (self.summary.id if self.summary else None)
        self.summaries = self.controller.procedure.templates()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for summary in self.summaries:
            label = self.tr("{name} (version {version})").format(name=summary.name, version=summary.version)
            self.chooser.addItem(label, summary.id)
        index = self.chooser.findData(current) if current is not None else -1
        self.chooser.setCurrentIndex(index if index >= 0 else 0)
        self.chooser.blockSignals(False)
        self._template_chosen()

    def _template_chosen(self, *_):
        summary = self.summary
        if summary is None:
            return
        if summary.builtin:
            text = self.tr("The built-in procedure is read-only. Copy it to make your own.")
        elif summary.projects:
            text = self.tr(
                "Used by %n project(s): read-only, so their procedures never change. "
                "Copy it to make a new version.", "", summary.projects
            )
        else:
            text = self.tr("Editable: not used by any project yet. {steps} steps.").format(steps=summary.steps)
        self.state.setText(text)
        self._reload_outline()

    def _reload_outline(self, select_step: int | None = None, select_material: int | None = None) -> None:
        summary = self.summary
        if select_step is None:
            current = self.tree.currentItem()
            select_step = current.data(0, STEP_ROLE) if current else None
        self.outline = self.controller.procedure.template_outline(summary.id)
        self.tree.blockSignals(True)
        self.tree.clear()
        restore = None
        for phase in self.outline:
            phase_item = QTreeWidgetItem([f"{phase['name']} ({len(phase['steps'])})", ""])
            phase_item.setData(0, PHASE_ROLE, phase["id"])
            for step in phase["steps"]:
                item = QTreeWidgetItem([f"{step['code']}. {step['name']}", step["responsible"]])
                item.setData(0, STEP_ROLE, step["id"])
                phase_item.addChild(item)
                if step["id"] == select_step:
                    restore = item
            self.tree.addTopLevelItem(phase_item)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        if restore is not None:
            self.tree.setCurrentItem(restore)
        self._show_current(select_material)
        editable = summary.editable
        for widget in (
            self.add_step_button, self.remove_step_button, self.up_button, self.down_button,
            self.save_step_button, self.add_material_button, self.rename_material_button,
            self.remove_material_button, self.material_up, self.material_down,
            self.code, self.name, self.name_en, self.responsible, self.description,
        ):
            widget.setEnabled(editable)

    def _current_step(self) -> dict | None:
        item = self.tree.currentItem()
        step_id = item.data(0, STEP_ROLE) if item else None
        for phase in self.outline:
            for step in phase["steps"]:
                if step["id"] == step_id:
                    return step
        return None

    def _current_phase_id(self) -> int | None:
        item = self.tree.currentItem()
        if item is None:
            return self.outline[0]["id"] if self.outline else None
        if item.data(0, PHASE_ROLE) is not None:
            return item.data(0, PHASE_ROLE)
        return item.parent().data(0, PHASE_ROLE)

    def _show_current(self, select_material: int | None = None) -> None:
        step = self._current_step()
        self._loading = True
        self.code.setText(step["code"] if step else "")
        self.name.setText(step["name"] if step else "")
        self.name_en.setText(step["name_en"] if step else "")
        self.responsible.setText(step["responsible"] if step else "")
        self.description.setPlainText(step["description"] if step else "")
        self.materials.clear()
        for material in step["materials"] if step else []:
            item = QListWidgetItem(material["name"])
            item.setData(MATERIAL_ROLE, material["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if material["required"] else Qt.CheckState.Unchecked)
            self.materials.addItem(item)
            if material["id"] == select_material:
                self.materials.setCurrentItem(item)
        self._loading = False

    # --- editing ---

    def _edit(self, work, select_step=None, select_material=None) -> bool:
        if not attempt(self, lambda: self.controller.procedure.edit_template(self.summary.id, work)):
            return False
        self._reload_outline(select_step, select_material)
        return True

    @shows_errors
    def _copy(self):
        summary = self.summary
        if summary is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Copy template"), self.tr("Name of the new template:"),
            text=self.tr("{name} (copy)").format(name=summary.name),
        )
        if not ok:
            return
        new_id = self.controller.procedure.copy_template(summary.id, name)
        self._reload_templates(select=new_id)

    def _fields(self) -> templates.StepFields:
        return templates.StepFields(
            code=self.code.text(), name=self.name.text(), name_en=self.name_en.text(),
            description=self.description.toPlainText(), responsible=self.responsible.text(),
        )

    def _save_step(self):
        step = self._current_step()
        if step is None:
            return
        fields = self._fields()
        step_id = step["id"]
        self._edit(
            lambda s, t: templates.update_step(s, t, templates.find_step(t, step_id), fields), step_id
        )

    @shows_errors
    def _add_step(self):
        phase_id = self._current_phase_id()
        if phase_id is None:
            return
        codes = {s["code"] for p in self.outline for s in p["steps"]}
        numeric = [int(c) for c in codes if c.isdigit()]
        suggestion = str(max(numeric) + 1) if numeric else "1"
        name, ok = QInputDialog.getText(self, self.tr("Add step"), self.tr("Name of the new step:"))
        if not ok or not name.strip():
            return
        current = self._current_step()
        created: dict = {}

        def work(session, template):
            phase = templates.find_phase(template, phase_id)
            index = None
            if current is not None:
                index = phase.steps.index(templates.find_step(template, current["id"])) + 1
            created["id"] = templates.add_step(
                session, template, phase, templates.StepFields(code=suggestion, name=name), index
            ).id

        self.controller.procedure.edit_template(self.summary.id, work)
        self._reload_outline(created.get("id"))

    def _remove_step(self):
        step = self._current_step()
        if step is None:
            return
        if ask(self, self.tr("Remove step"), self.tr("Remove step {code} {name} from this template?").format(
            code=step["code"], name=step["name"]
        )):
            step_id = step["id"]
            self._edit(lambda s, t: templates.remove_step(s, t, templates.find_step(t, step_id)))

    def _move_step(self, offset: int):
        step = self._current_step()
        if step is None:
            return
        step_id = step["id"]
        self._edit(lambda s, t: templates.move_step(s, t, templates.find_step(t, step_id), offset), step_id)

    def _current_material(self) -> int | None:
        item = self.materials.currentItem()
        return item.data(MATERIAL_ROLE) if item else None

    def _add_material(self):
        step = self._current_step()
        if step is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Add material"), self.tr("Name of the material:"))
        if ok:
            step_id = step["id"]
            self._edit(
                lambda s, t: templates.add_material(s, t, templates.find_step(t, step_id), name), step_id
            )

    def _rename_material(self):
        material_id = self._current_material()
        step = self._current_step()
        if material_id is None or step is None:
            return
        material = next(m for m in step["materials"] if m["id"] == material_id)
        name, ok = QInputDialog.getText(
            self, self.tr("Rename material"), self.tr("Name of the material:"), text=material["name"]
        )
        if ok:
            required = material["required"]
            self._edit(
                lambda s, t: templates.update_material(
                    s, t, templates.find_material(t, material_id), name, required
                ),
                step["id"], material_id,
            )

    def _material_required_changed(self, item: QListWidgetItem):
        if self._loading:
            return
        material_id = item.data(MATERIAL_ROLE)
        step = self._current_step()
        required = item.checkState() == Qt.CheckState.Checked
        name = item.text()
        # Reloading rebuilds the list, deleting this item: not inside its own signal.
        QTimer.singleShot(0, lambda: self._edit(
            lambda s, t: templates.update_material(s, t, templates.find_material(t, material_id), name, required),
            step["id"] if step else None, material_id,
        ))

    def _remove_material(self):
        material_id = self._current_material()
        step = self._current_step()
        if material_id is None or step is None:
            return
        self._edit(
            lambda s, t: templates.remove_material(s, t, templates.find_material(t, material_id)), step["id"]
        )

    def _move_material(self, offset: int):
        material_id = self._current_material()
        step = self._current_step()
        if material_id is None or step is None:
            return
        self._edit(
            lambda s, t: templates.move_material(s, t, templates.find_material(t, material_id), offset),
            step["id"], material_id,
        )
