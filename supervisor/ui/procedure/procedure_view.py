"""A project's procedure: progress bars, filters, the phase → step tree and the step panel."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from supervisor import errors
from supervisor.codes import StepStatus
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.procedure.snapshots import ProcedureSnapshot
from supervisor.ui.dialogs import ReasonDialog
from supervisor.ui.failures import attempt, error_text, show_error
from supervisor.ui.labels import status_label, uses_chinese
from supervisor.ui.procedure.model import STEP_ID_ROLE, ProcedureFilter, ProcedureModel
from supervisor.ui.procedure.step_panel import StepPanel
from supervisor.ui.signals import emit


class ProcedureView(QWidget):
    """The procedure of the current project.

    Signals:
        step_selected(int): the id of the step now shown in the panel (0 for none).
    """

    step_selected = Signal(int)

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.project_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        header = QHBoxLayout()
        self.progress_label = QLabel()
        self.progress_label.setObjectName("overallProgress")
        font = self.progress_label.font()
        font.setBold(True)
        self.progress_label.setFont(font)
        self.phase_bars = QHBoxLayout()
        header.addWidget(self.progress_label)
        header.addLayout(self.phase_bars, 1)
        layout.addLayout(header)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("stepSearch")
        self.search.setPlaceholderText(self.tr("Search steps, materials, notes… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.phase = QComboBox()
        self.phase.setObjectName("phaseFilter")
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("All statuses"), "")
        for status in StepStatus:
            self.status.addItem(status_label(status), str(status))
        self.responsible = QComboBox()
        self.responsible.setObjectName("responsibleFilter")
        self.overdue = QCheckBox(self.tr("&Overdue only"))
        self.overdue.setObjectName("overdueFilter")
        filters.addWidget(self.search, 2)
        filters.addWidget(self.phase, 1)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.responsible, 1)
        filters.addWidget(self.overdue)
        layout.addLayout(filters)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (self.phase, self.status, self.responsible):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.overdue.toggled.connect(self._apply_filters)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("procedureSplitter")
        self.model = ProcedureModel(self)
        self.proxy = ProcedureFilter(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setObjectName("procedureTree")
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setSelectionMode(QTreeView.SelectionMode.SingleSelection)
        header_view = self.tree.header()
        header_view.setStretchLastSection(True)
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header_view.setMinimumSectionSize(40)
        metrics = self.fontMetrics()
        for column, sample in (
            (ProcedureModel.COL_STEP, "37. 项目部组建、总监任命、公示牌 and more"),
            (ProcedureModel.COL_STATUS, "In progress · 12 days"),
            (ProcedureModel.COL_RESPONSIBLE, "建设单位/招标代理"),
            (ProcedureModel.COL_DUE, "2026-12-31*"),
            (ProcedureModel.COL_DONE, "2026-12-31"),
            (ProcedureModel.COL_MATERIALS, "Materials"),
        ):
            self.tree.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.panel = StepPanel(controller)
        self.panel.status_requested.connect(self.change_status)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([720, 460])
        layout.addWidget(self.splitter, 1)
        self._current_step_id = 0
        self._sized = False

    def showEvent(self, event):
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            if not self.splitter_restored:
                QTimer.singleShot(0, self._initial_sizes)

    def _initial_sizes(self):
        width = max(self.splitter.width(), 800)
        self.splitter.setSizes([int(width * 0.6), int(width * 0.4)])

    splitter_restored = False

    # --- loading ---

    def show_project(self, project_id: int | None) -> None:
        self._save_pending()
        self.project_id = project_id
        self._current_step_id = 0
        self.reload(reset=True)

    def reload(self, reset: bool = False) -> None:
        """Fetch the project's procedure again and show it, keeping the selection."""
        snapshot = self.controller.procedure.snapshot(self.project_id) if self.project_id else None
        self.model.set_snapshot(snapshot)
        self._fill_filter_choices(snapshot, reset)
        self._show_progress(snapshot)
        self._apply_filters()  # and expands the tree
        if reset:
            step = self._first_open_step(snapshot)
            if step is not None:
                self.select_step(step)
            else:
                self.panel.show_step(None, snapshot)
        else:
            step = snapshot.step(self._current_step_id) if snapshot else None
            if not self.panel.dirty or step is None:
                self.panel.show_step(step, snapshot)

    @staticmethod
    def _first_open_step(snapshot: ProcedureSnapshot | None) -> int | None:
        if snapshot is None:
            return None
        for step in snapshot.steps():
            if step.status not in (StepStatus.DONE, StepStatus.NOT_APPLICABLE):
                return step.id
        steps = snapshot.steps()
        return steps[0].id if steps else None

    def _fill_filter_choices(self, snapshot: ProcedureSnapshot | None, reset: bool) -> None:
        phase, responsible = self.phase.currentData(), self.responsible.currentData()
        for combo in (self.phase, self.responsible):
            combo.blockSignals(True)
            combo.clear()
        self.phase.addItem(self.tr("All phases"), "")
        self.responsible.addItem(self.tr("Anyone responsible"), "")
        if snapshot is not None:
            for p in snapshot.phases:
                self.phase.addItem(p.name if uses_chinese() or not p.name_en else p.name_en, p.code)
            names = sorted(
                {s.responsible_party for s in snapshot.steps() if s.responsible_party}
                | {s.responsible_person for s in snapshot.steps() if s.responsible_person}
            )
            for name in names:
                self.responsible.addItem(name, name)
        if not reset:
            self.phase.setCurrentIndex(max(self.phase.findData(phase), 0))
            self.responsible.setCurrentIndex(max(self.responsible.findData(responsible), 0))
        for combo in (self.phase, self.responsible):
            combo.blockSignals(False)

    def _show_progress(self, snapshot: ProcedureSnapshot | None) -> None:
        while self.phase_bars.count():
            item = self.phase_bars.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if snapshot is None:
            self.progress_label.setText(self.tr("No project selected"))
            return
        self.progress_label.setText(
            self.tr("{done}/{total} steps done").format(done=snapshot.done, total=snapshot.total)
            + (
                "  " + self.tr("%n overdue", "", snapshot.overdue)
                if snapshot.overdue
                else ""
            )
        )
        for phase in snapshot.phases:
            bar = QProgressBar()
            bar.setRange(0, max(phase.total, 1))
            bar.setValue(phase.done)
            name = phase.name if uses_chinese() or not phase.name_en else phase.name_en
            bar.setFormat(f"{phase.done}/{phase.total}")
            bar.setToolTip(f"{name} {phase.done}/{phase.total}")
            bar.setMinimumWidth(60)
            label = QLabel(name)
            label.setToolTip(bar.toolTip())
            self.phase_bars.addWidget(label)
            self.phase_bars.addWidget(bar)

    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            phase=self.phase.currentData() or "",
            status=self.status.currentData() or "",
            overdue_only=self.overdue.isChecked(),
            responsible=self.responsible.currentData() or "",
            search=self.search.text(),
        )
        self.tree.expandAll()

    # --- selection ---

    def select_step(self, step_id: int) -> None:
        source = self.model.step_index(step_id)
        index = self.proxy.mapFromSource(source)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.tree.scrollTo(index)
        else:
            self._current_step_id = step_id
            self.panel.show_step(self.model.snapshot.step(step_id) if self.model.snapshot else None, self.model.snapshot)

    def _current_changed(self, current, previous):
        step_id = current.data(STEP_ID_ROLE) if current.isValid() else None
        if step_id == self._current_step_id:
            return
        if not self._save_pending():
            # Stay on the step whose input could not be saved; nothing typed is dropped.
            QTimer.singleShot(0, lambda: self.select_step(self._current_step_id))
            return
        self._current_step_id = step_id or 0
        snapshot = self.model.snapshot
        self.panel.show_step(snapshot.step(step_id) if (snapshot and step_id) else None, snapshot)
        emit(self.step_selected, self._current_step_id)

    def _save_pending(self) -> bool:
        """Typed dates and notes are saved when the user moves on, never silently dropped.
        Returns False (after telling the user why) when they could not be saved."""
        if self.panel.step is not None and self.panel.dirty:
            step_id = self.panel.step.id
            edit = self.panel.edit()
            title = self.tr("Step {code} was not saved").format(code=self.panel.step.code)
            if not attempt(self, lambda: self.controller.procedure.update_step(step_id, edit), title):
                return False
            self.panel.apply_button.setEnabled(False)
            self.panel.revert_button.setEnabled(False)
        return True

    # --- status changes (with the confirmation the rules ask for) ---

    def change_status(self, step_id: int, status: str) -> None:
        self._save_pending()
        try:
            self.controller.procedure.set_status(step_id, status)
            return
        except errors.NeedsConfirmation as error:
            # An empty reason keeps the question open; so does anything that stops the change.
            ReasonDialog(
                self,
                self.tr("Complete before prerequisites?"),
                error_text(error) + "\n\n" + self.tr("Reason (recorded with your name):"),
                lambda reason: self.controller.procedure.set_status(step_id, status, override_reason=reason),
                QT_TRANSLATE_NOOP("errors", "A reason is needed to complete a step before its prerequisites."),
            ).exec()
        except errors.SupervisorError as error:
            show_error(self, error)
        # Whatever happened, show the step as it really is now.
        self.reload()
