"""A project's compounds (小区): list, add, edit, remove, and add buildings with their units
and households."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from supervisor import errors
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.projects.places import CompoundData, CompoundRow
from supervisor.ui.dialogs import SavingDialog
from supervisor.ui.failures import shows_errors
from supervisor.ui.labels import list_separator
from supervisor.ui.list_page import ListPage
from supervisor.ui.tables import Column


class CompoundDialog(SavingDialog):
    """Create or edit a compound; ``save(data)`` may raise and the dialog then stays open."""

    def __init__(self, save, data: CompoundData | None = None, parent=None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("New compound") if data is None else self.tr("Edit compound"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("compoundName")
        self.address = QLineEdit()
        self.year = QLineEdit()
        self.year.setPlaceholderText(self.tr("e.g. 1992"))
        self.households = QLineEdit()
        self.households.setPlaceholderText(self.tr("number of households"))
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Year built:"), self.year)
        form.addRow(self.tr("Households:"), self.households)
        layout.addLayout(form)
        self.finish(layout)
        self.fields = {"name": self.name, "year_built": self.year, "households": self.households}
        if data is not None:
            self.name.setText(data.name)
            self.address.setText(data.address)
            self.year.setText(str(data.year_built) if data.year_built else "")
            self.households.setText(str(data.households) if data.households is not None else "")

    def _number(self, field: QLineEdit, what: str) -> int | None:
        text = field.text().strip()
        if not text:
            return None
        if not text.isdigit():
            field.setFocus()
            raise errors.ValidationError(
                QT_TRANSLATE_NOOP("errors", "{what} must be a whole number."), what=what
            )
        return int(text)

    def save(self) -> None:
        self._save(
            CompoundData(
                name=self.name.text(),
                address=self.address.text(),
                year_built=self._number(self.year, self.tr("The year built")),
                households=self._number(self.households, self.tr("The number of households")),
            )
        )


class BuildingDialog(SavingDialog):
    """Add a building: its name, units, floors and flats per floor (households 101, 102...)."""

    def __init__(self, save, parent=None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Add building"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. 3号楼"))
        self.units = QSpinBox()
        self.units.setRange(1, 20)
        self.units.setValue(2)
        self.floors = QSpinBox()
        self.floors.setRange(1, 60)
        self.floors.setValue(6)
        self.flats = QSpinBox()
        self.flats.setRange(1, 20)
        self.flats.setValue(2)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Units:"), self.units)
        form.addRow(self.tr("Floors:"), self.floors)
        form.addRow(self.tr("Flats per floor:"), self.flats)
        layout.addLayout(form)
        self.finish(layout)
        self.fields = {"name": self.name}

    def save(self) -> None:
        self._save(self.name.text(), self.units.value(), self.floors.value(), self.flats.value())


class CompoundsView(ListPage):
    """The compounds tab of a project: the list, and the buildings and units of the one selected."""

    COL_NAME, COL_ADDRESS, COL_YEAR, COL_HOUSEHOLDS, COL_BUILDINGS = range(5)

    def __init__(self, controller, parent=None):
        super().__init__(
            controller,
            [
                Column(self.tr("Compound"), lambda r: r.name),
                Column(self.tr("Address"), lambda r: r.address),
                Column(self.tr("Built"), lambda r: str(r.year_built) if r.year_built else "", align_right=True),
                Column(self.tr("Households"), self._households, align_right=True),
                Column(self.tr("Buildings"), lambda r: str(r.buildings), align_right=True),
            ],
            table_name="compoundTable", new_text=self.tr("&New compound…"), stretch=self.COL_ADDRESS,
            parent=parent,
        )
        self.body.setContentsMargins(0, 0, 0, 0)
        self.project_id: int | None = None
        self.building_button = self.extra_button(
            self.tr("Add &building…"), self.add_building, enabled=lambda rows: bool(rows)
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_structure())
        self.structure = QTreeWidget()
        self.structure.setObjectName("compoundStructure")
        self.structure.setHeaderLabels([self.tr("Building / unit"), self.tr("Households")])
        self.structure.setColumnWidth(0, 260)
        self.splitter.addWidget(self.structure)
        self.splitter.setSizes([300, 300])
        self.update_buttons()

    def place_table(self, table) -> None:
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(table)
        self.body.addWidget(self.splitter, 1)

    def _households(self, row: CompoundRow) -> str:
        declared = row.households_declared
        if declared is not None and declared != row.households_recorded:
            return self.tr("{declared} ({recorded} recorded)").format(
                declared=declared, recorded=row.households_recorded
            )
        return str(declared if declared is not None else row.households_recorded)

    def show_project(self, project_id: int | None) -> None:
        self.project_id = project_id
        self.reload()

    def available(self) -> bool:
        return self.project_id is not None

    def load(self) -> list:
        return self.controller.projects.compounds(self.project_id)

    def loaded(self, rows: list) -> None:
        if rows and not self.selected():
            self.table.selectRow(0)
        self._show_structure()

    def _show_structure(self) -> None:
        row = self.current()
        self.structure.clear()
        if row is None:
            return
        for building in self.controller.projects.compound_outline(row.id):
            floors = self.tr("%n floor(s)", "", building.floors) if building.floors else ""
            households = sum(len(u.households) for u in building.units)
            item = QTreeWidgetItem([f"{building.name}  {floors}", str(households)])
            for unit in building.units:
                child = QTreeWidgetItem(
                    [self.tr("Unit {name}").format(name=unit.name), " ".join(unit.households)]
                )
                child.setToolTip(1, " ".join(unit.households))
                item.addChild(child)
            self.structure.addTopLevelItem(item)

    def add(self) -> None:
        project_id = self.project_id
        CompoundDialog(lambda data: self.controller.projects.add_compound(project_id, data), parent=self).exec()

    def edit(self, row) -> None:
        data = self.controller.projects.compound_data(row.id)
        CompoundDialog(lambda d: self.controller.projects.update_compound(row.id, d), data, self).exec()

    @shows_errors
    def add_building(self) -> None:
        row = self.current()
        if row is None:
            return
        BuildingDialog(
            lambda name, units, floors, flats: self.controller.projects.add_building(row.id, name, units, floors, flats),
            self,
        ).exec()

    def removal(self, rows: list):
        row = rows[0]
        return (
            self.tr("Remove compound"), self.removal_question(row.id),
            lambda: self.controller.projects.remove_compound(row.id),
        )

    def removal_question(self, compound_id: int) -> str:
        """The question before removing a compound: what goes with it and what stays, counted."""
        s = self.controller.projects.compound_removal(compound_id)
        gone = [text for count, text in (
            (s.buildings, self.tr("%n building(s)", "", s.buildings)),
            (s.units, self.tr("%n unit(s)", "", s.units)),
            (s.households, self.tr("%n household(s)", "", s.households)),
            (s.answers, self.tr("%n consultation answer(s)", "", s.answers)),
            (s.surveys, self.tr("%n satisfaction survey form(s)", "", s.surveys)),
        ) if count]
        kept = [text for count, text in (
            (s.checks, self.tr("%n site check(s)", "", s.checks)),
            (s.rectifications, self.tr("%n rectification item(s)", "", s.rectifications)),
            (s.opinions, self.tr("%n opinion(s)", "", s.opinions)),
            (s.supervision_days, self.tr("%n supervision day(s)", "", s.supervision_days)),
            (s.acceptance_items, self.tr("%n acceptance item(s)", "", s.acceptance_items)),
        ) if count]
        lines = [self.tr("Remove compound {name}?").format(name=s.name)]
        if gone:
            lines.append(self.tr("Removed with it: {records}.").format(records=list_separator().join(gone)))
        if kept:
            lines.append(self.tr("Staying, without their link to the compound: {records}.").format(
                records=list_separator().join(kept)))
        lines.append(self.tr("This cannot be undone."))
        return "\n\n".join(lines)
