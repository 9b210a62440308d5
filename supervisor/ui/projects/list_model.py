"""The project list beside the project's tabs: code, name, street, class and progress."""

from __future__ import annotations

from PySide6.QtCore import Qt

from supervisor.projects.project import ProjectRow
from supervisor.ui.labels import class_label
from supervisor.ui.tables import Column, RowTableModel


class ProjectListModel(RowTableModel):
    """The project list: code, name, street, class, progress; archived projects in grey. Every
    cell's tool tip sums the project up."""

    COL_CODE, COL_NAME, COL_STREET, COL_CLASS, COL_PROGRESS = range(5)

    def __init__(self, parent=None):
        super().__init__(
            foreground=lambda r: Qt.GlobalColor.gray if r.archived else None,
            long_text_tooltips=False,
            parent=parent,
        )
        summary = self._summary
        self.columns = [
            Column(self.tr("Code"), lambda r: r.code, tooltip=summary),
            Column(self.tr("Name"), lambda r: r.name + (self.tr(" (archived)") if r.archived else ""),
                   tooltip=summary),
            Column(self.tr("Street"), lambda r: r.street, tooltip=summary),
            Column(self.tr("Class"), lambda r: class_label(r.project_class), tooltip=summary),
            Column(self.tr("Progress"), lambda r: f"{r.steps_done}/{r.steps_total}", tooltip=summary),
        ]

    def _summary(self, row: ProjectRow) -> str:
        return self.tr("{name}\n{done} of {total} steps done, {compounds} compounds").format(
            name=row.name, done=row.steps_done, total=row.steps_total, compounds=row.compounds
        )

    def project(self, row: int) -> ProjectRow:
        return self.row(row)
