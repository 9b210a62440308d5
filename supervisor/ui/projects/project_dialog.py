"""The dialog to create or edit an area project: identity, place, class, budget, dates,
the four parties with their contacts. Input is checked by the core on OK; the offending
field gets the focus and the dialog stays open, so nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from supervisor.codes import PartyRole, ProjectClass
from supervisor.projects.project import PartyData, ProjectData, parse_budget
from supervisor.ui.dialogs import SavingDialog
from supervisor.ui.labels import class_label, role_label
from supervisor.ui.widgets import DateField


class ProjectDialog(SavingDialog):
    """Create (``data`` None) or edit a project. ``save(data)`` is called on OK and may raise
    ``SupervisorError``; the dialog then shows the message and stays open. ``history()``, when
    given, opens the project's History view (a "History…" button beside OK)."""

    def __init__(self, save, data: ProjectData | None = None, parent=None, template_choices=None,
                 history=None):
        super().__init__(parent)
        self._save = save
        self.template_choices = template_choices
        self.setWindowTitle(self.tr("New project") if data is None else self.tr("Edit project"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)

        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setObjectName("projectCode")
        self.code.setPlaceholderText(self.tr("e.g. DH-2026-03"))
        self.name = QLineEdit()
        self.name.setObjectName("projectName")
        self.district = QLineEdit()
        self.street = QLineEdit()
        self.community = QLineEdit()
        self.project_class = QComboBox()
        for value in ProjectClass:
            self.project_class.addItem(class_label(value), str(value))
        self.budget = QLineEdit()
        self.budget.setObjectName("projectBudget")
        self.budget.setPlaceholderText(self.tr("yuan, e.g. 3500000"))
        self.planned_start = DateField()
        self.planned_end = DateField()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self.notes.setTabChangesFocus(True)
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("District:"), self.district)
        form.addRow(self.tr("Street:"), self.street)
        form.addRow(self.tr("Community:"), self.community)
        form.addRow(self.tr("Class:"), self.project_class)
        form.addRow(self.tr("Budget (yuan):"), self.budget)
        form.addRow(self.tr("Planned start:"), self.planned_start)
        form.addRow(self.tr("Planned end:"), self.planned_end)
        form.addRow(self.tr("Notes:"), self.notes)
        self.template = QComboBox()
        self.template.setObjectName("projectTemplate")
        if template_choices:
            for template_id, label in template_choices:
                self.template.addItem(label, template_id)
            form.addRow(self.tr("Procedure:"), self.template)
        layout.addLayout(form)

        parties = QGroupBox(self.tr("Parties"))
        grid = QGridLayout(parties)
        grid.addWidget(QLabel(self.tr("Organisation")), 0, 1)
        grid.addWidget(QLabel(self.tr("Contact")), 0, 2)
        grid.addWidget(QLabel(self.tr("Phone")), 0, 3)
        self.party_fields: dict[str, tuple[QLineEdit, QLineEdit, QLineEdit]] = {}
        for row, role in enumerate(PartyRole, start=1):
            fields = (QLineEdit(), QLineEdit(), QLineEdit())
            fields[2].setObjectName(f"phone_{role}")
            grid.addWidget(QLabel(role_label(role)), row, 0)
            for column, field in enumerate(fields, start=1):
                grid.addWidget(field, row, column)
            self.party_fields[str(role)] = fields
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        layout.addWidget(parties)

        self.finish(layout)
        if history is not None:
            from PySide6.QtWidgets import QDialogButtonBox

            button = self.buttons.addButton(self.tr("&History…"), QDialogButtonBox.ButtonRole.ActionRole)
            button.setObjectName("projectHistory")
            button.clicked.connect(history)
        self.fields = {
            "code": self.code,
            "name": self.name,
            "budget": self.budget,
            "planned_end": self.planned_end.edit,
            **{f"phone_{role}": f[2] for role, f in self.party_fields.items()},
        }
        if data is not None:
            self._fill(data)
        self.code.setFocus()

    def _fill(self, data: ProjectData) -> None:
        self.code.setText(data.code)
        self.name.setText(data.name)
        self.district.setText(data.district)
        self.street.setText(data.street)
        self.community.setText(data.community)
        self.project_class.setCurrentIndex(self.project_class.findData(str(data.project_class)))
        self.budget.setText(f"{data.budget:f}" if data.budget is not None else "")
        self.planned_start.set_value(data.planned_start)
        self.planned_end.set_value(data.planned_end)
        self.notes.setPlainText(data.notes)
        for role, party in data.parties.items():
            fields = self.party_fields.get(str(role))
            if fields:
                fields[0].setText(party.organisation)
                fields[1].setText(party.contact_name)
                fields[2].setText(party.contact_phone)

    def data(self) -> ProjectData:
        return ProjectData(
            code=self.code.text(),
            name=self.name.text(),
            district=self.district.text(),
            street=self.street.text(),
            community=self.community.text(),
            project_class=self.project_class.currentData(),
            budget=parse_budget(self.budget.text()),
            planned_start=self.planned_start.value(),
            planned_end=self.planned_end.value(),
            notes=self.notes.toPlainText(),
            parties={
                role: PartyData(f[0].text(), f[1].text(), f[2].text())
                for role, f in self.party_fields.items()
                if any(x.text().strip() for x in f)
            },
        )

    def save(self) -> None:
        if self.template_choices:
            self._save(self.data(), self.template.currentData())
        else:
            self._save(self.data())
