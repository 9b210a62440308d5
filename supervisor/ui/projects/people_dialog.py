"""The people named on records (Tools → People): a list to add to and edit."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from supervisor import errors
from supervisor.ui.common import error_text


class PersonDialog(QDialog):
    """Add or edit one person; ``save(name, role, organisation, phone)`` may raise."""

    def __init__(self, save, values=("", "", "", ""), parent=None):
        super().__init__(parent)
        self.save = save
        self.setWindowTitle(self.tr("Person"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fields = [QLineEdit(v) for v in values]
        self.fields[0].setObjectName("personName")
        for label, field in zip(
            (self.tr("&Name:"), self.tr("Role:"), self.tr("Organisation:"), self.tr("Phone:")), self.fields
        ):
            form.addRow(label, field)
        self.fields[1].setPlaceholderText(self.tr("e.g. 项目负责人, 群众质量监督员"))
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self):
        try:
            self.save(*(f.text() for f in self.fields))
        except errors.SupervisorError as error:
            self.message.setText(error_text(error))
            self.message.show()
            return
        super().accept()


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
