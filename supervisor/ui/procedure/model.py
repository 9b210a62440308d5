"""Qt item models over the core's plain records: the project list and the procedure tree.

Both are read-only views of records fetched by the window; a change is made through the core,
then the fresh records are handed to ``set_rows`` / ``set_snapshot``. The procedure model keeps
its structure when the same steps come back (the usual case after an edit) and only signals
changed data, so selection and expansion survive.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from supervisor.procedure.snapshots import PhaseRow, ProcedureSnapshot, StepRow
from supervisor.ui.labels import (
    OVERDUE_COLOUR,
    STATUS_COLOURS,
    status_label,
    uses_chinese,
)
from supervisor.ui.signals import emit

STEP_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3
RESPONSIBLE_ROLE = Qt.ItemDataRole.UserRole + 4
PHASE_ROLE = Qt.ItemDataRole.UserRole + 5


class ProcedureModel(QAbstractItemModel):
    """The procedure as a tree: phases, each with its steps.

    Columns: step (code and name), status, responsible, due date, done on, materials.
    Internal ids: 0 for a phase index, ``phase_number + 1`` for a step index, so a step's
    parent is found without a lookup.
    """

    COL_STEP, COL_STATUS, COL_RESPONSIBLE, COL_DUE, COL_DONE, COL_MATERIALS = range(6)
    COLUMNS = 6

    def __init__(self, parent=None):
        super().__init__(parent)
        self._phases: tuple[PhaseRow, ...] = ()
        self.snapshot: ProcedureSnapshot | None = None

    # --- loading ---

    def set_snapshot(self, snapshot: ProcedureSnapshot | None) -> None:
        old = [[s.id for s in p.steps] for p in self._phases]
        new = [[s.id for s in p.steps] for p in snapshot.phases] if snapshot else []
        if old == new and old:
            self.snapshot = snapshot
            self._phases = snapshot.phases
            last = self.COLUMNS - 1
            emit(self.dataChanged, self.index(0, 0), self.index(len(self._phases) - 1, last))
            for row in range(len(self._phases)):
                parent = self.index(row, 0)
                count = self.rowCount(parent)
                if count:
                    emit(self.dataChanged, self.index(0, 0, parent), self.index(count - 1, last, parent))
            return
        self.beginResetModel()
        self.snapshot = snapshot
        self._phases = snapshot.phases if snapshot else ()
        self.endResetModel()

    def step_index(self, step_id: int) -> QModelIndex:
        for p_row, phase in enumerate(self._phases):
            for s_row, step in enumerate(phase.steps):
                if step.id == step_id:
                    return self.index(s_row, 0, self.index(p_row, 0))
        return QModelIndex()

    def step_at(self, index: QModelIndex) -> StepRow | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._phases[index.internalId() - 1].steps[index.row()]

    # --- structure ---

    def index(self, row, column, parent=QModelIndex()):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index=QModelIndex()):
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=QModelIndex()):
        if not parent.isValid():
            return len(self._phases)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._phases[parent.row()].steps)
        return 0

    def columnCount(self, parent=QModelIndex()):
        return self.COLUMNS

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Step"), self.tr("Status"), self.tr("Responsible"), self.tr("Due"),
                self.tr("Done on"), self.tr("Materials"),
            ][section]
        return None

    # --- data ---

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            if index.row() >= len(self._phases):
                return None
            return self._phase_data(self._phases[index.row()], index.column(), role)
        phase = self._phases[index.internalId() - 1]
        if index.row() >= len(phase.steps):
            return None
        return self._step_data(phase.steps[index.row()], index.column(), role)

    def _phase_data(self, phase: PhaseRow, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_STEP:
                name = phase.name if uses_chinese() or not phase.name_en else phase.name_en
                return f"{name}  ({phase.done}/{phase.total})"
            if column == self.COL_STATUS:
                overdue = sum(1 for s in phase.steps if s.overdue)
                return self.tr("%n overdue", "", overdue) if overdue else ""
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_STATUS:
            return QBrush(OVERDUE_COLOUR)
        if role == PHASE_ROLE:
            return phase.code
        return None

    def _step_data(self, step: StepRow, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_STEP:
                name = step.name if uses_chinese() or not step.name_en else step.name_en
                return f"{step.code}. {name}"
            if column == self.COL_STATUS:
                text = status_label(step.status)
                if step.overdue:
                    text += " · " + self.tr("%n day(s) late", "", step.overdue_days)
                return text
            if column == self.COL_RESPONSIBLE:
                return step.responsible_person or step.responsible_party
            if column == self.COL_DUE:
                if step.due is None:
                    return ""
                return step.due.isoformat() + ("*" if step.due_estimated else "")
            if column == self.COL_DONE:
                return step.actual_end.isoformat() if step.actual_end else ""
            if column == self.COL_MATERIALS:
                return f"{step.materials_done}/{step.materials_required}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(STATUS_COLOURS[step.status])
        if role == Qt.ItemDataRole.ForegroundRole:
            if step.overdue and column in (self.COL_STATUS, self.COL_DUE):
                return QBrush(OVERDUE_COLOUR)
            return QBrush(Qt.GlobalColor.black)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_DUE and step.due_estimated:
                return self.tr(
                    "Estimated: the public holidays of that year are not known yet; "
                    "weekends only were counted."
                )
            return step.description or None
        if role == STEP_ID_ROLE:
            return step.id
        if role == STATUS_ROLE:
            return str(step.status)
        if role == OVERDUE_ROLE:
            return step.overdue
        if role == RESPONSIBLE_ROLE:
            return step.responsible_person or step.responsible_party
        if role == PHASE_ROLE:
            return step.phase_code
        return None


class ProcedureFilter(QSortFilterProxyModel):
    """Filters the procedure tree by phase, status, overdue, responsible and a search text.

    A phase stays visible while any of its steps matches (recursive filtering).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.phase = ""
        self.status = ""
        self.overdue_only = False
        self.responsible = ""
        self.search = ""

    def set_filters(self, *, phase="", status="", overdue_only=False, responsible="", search=""):
        self.beginFilterChange()
        self.phase = phase
        self.status = status
        self.overdue_only = overdue_only
        self.responsible = responsible
        self.search = search.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def active(self) -> bool:
        return bool(self.phase or self.status or self.overdue_only or self.responsible or self.search)

    def filterAcceptsRow(self, source_row, source_parent):
        model = self.sourceModel()
        if not source_parent.isValid():
            # A phase row: shown when no step filter is active and the phase matches, or
            # (through recursive filtering) when one of its steps matches.
            index = model.index(source_row, 0)
            if self.phase and model.data(index, PHASE_ROLE) != self.phase:
                return False
            step_filters = bool(self.status or self.overdue_only or self.responsible or self.search)
            return not step_filters
        index = model.index(source_row, 0, source_parent)
        step = model.step_at(index)
        if step is None:
            return False
        if self.phase and step.phase_code != self.phase:
            return False
        if self.status and str(step.status) != self.status:
            return False
        if self.overdue_only and not step.overdue:
            return False
        if self.responsible and self.responsible not in (step.responsible_party, step.responsible_person):
            return False
        if self.search:
            haystack = " ".join(
                (step.code, step.name, step.name_en, step.description, step.notes,
                 step.responsible_party, step.responsible_person,
                 " ".join(m.name for m in step.materials))
            ).casefold()
            if self.search not in haystack:
                return False
        return True
