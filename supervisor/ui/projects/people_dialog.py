"""The people named on records (Tools → People): a list to add to and edit."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
)

from supervisor.ui.dialogs import SavingDialog
from supervisor.ui.list_page import ListPage
from supervisor.ui.tables import Column
from supervisor.ui.widgets import fit_to_screen


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


class PeoplePage(ListPage):
    """Everyone named on records, with their role, organisation and phone."""

    def __init__(self, controller, parent=None):
        super().__init__(
            controller,
            [
                Column(self.tr("Name"), lambda p: p.name),
                Column(self.tr("Role"), lambda p: p.role),
                Column(self.tr("Organisation"), lambda p: p.organisation),
                Column(self.tr("Phone"), lambda p: p.phone),
            ],
            table_name="peopleTable", new_text=self.tr("&Add…"), new_name="addPerson", remove_text=None,
            stretch=2, parent=parent,
        )
        self.body.setContentsMargins(0, 0, 0, 0)

    def load(self) -> list:
        return self.controller.projects.person_rows()

    def add(self) -> None:
        if PersonDialog(self.controller.projects.add_person, parent=self).exec():
            self.reload()

    def edit(self, person) -> None:
        dialog = PersonDialog(
            lambda *values: self.controller.projects.update_person(person.id, *values),
            (person.name, person.role, person.organisation, person.phone),
            self,
        )
        if dialog.exec():
            self.reload()


class PeopleDialog(QDialog):
    """The people who can be made responsible for steps (Tools → People)."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("People"))
        fit_to_screen(self, 700, 450)
        layout = QVBoxLayout(self)
        self.page = PeoplePage(controller, self)
        layout.addWidget(self.page)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.page.reload()
