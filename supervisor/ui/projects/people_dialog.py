"""The people named on records (Tools → People): a list to add to and edit."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from supervisor.ui.dialogs import SavingDialog


class PersonDialog(SavingDialog):
    """Add or edit one person; ``save(name, role, organisation, phone)`` may raise."""

    def __init__(self, save, values=("", "", "", ""), parent=None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Person"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.edits = [QLineEdit(v) for v in values]
        self.edits[0].setObjectName("personName")
        self.edits[3].setObjectName("personPhone")
        for label, field in zip(
            (self.tr("&Name:"), self.tr("Role:"), self.tr("Organisation:"), self.tr("Phone:")), self.edits
        ):
            form.addRow(label, field)
        self.edits[1].setPlaceholderText(self.tr("e.g. 项目负责人, 群众质量监督员"))
        layout.addLayout(form)
        self.finish(layout)
        self.fields = {"name": self.edits[0], "phone": self.edits[3]}

    def save(self) -> None:
        self._save(*(edit.text() for edit in self.edits))


class PeopleDialog(QDialog):
    """The people who can be made responsible for steps."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("People"))
        self.resize(700, 450)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("peopleTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Organisation"), self.tr("Phone")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        layout.addWidget(self.table)
        row = QHBoxLayout()
        add = QPushButton(self.tr("&Add…"))
        add.setObjectName("addPerson")
        add.clicked.connect(self.add)
        edit = QPushButton(self.tr("&Edit…"))
        edit.clicked.connect(self.edit)
        row.addWidget(add)
        row.addWidget(edit)
        row.addStretch(1)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.rows = []
        self.reload()

    def reload(self):
        self.rows = self.controller.projects.person_rows()
        self.table.setRowCount(len(self.rows))
        for r, person in enumerate(self.rows):
            for c, value in enumerate((person.name, person.role, person.organisation, person.phone)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def add(self):
        if PersonDialog(self.controller.projects.add_person, parent=self).exec():
            self.reload()

    def edit(self):
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return
        person = self.rows[selected[0].row()]
        dialog = PersonDialog(
            lambda *values: self.controller.projects.update_person(person.id, *values),
            (person.name, person.role, person.organisation, person.phone),
            self,
        )
        if dialog.exec():
            self.reload()
