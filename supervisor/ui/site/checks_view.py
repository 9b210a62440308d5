"""The site check list of a project: filters, SQL-side sorting, rows loaded in batches."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supervisor.codes import CheckCategory, CheckResult
from supervisor.ui.failures import attempt, shows_errors
from supervisor.ui.labels import (
    RESULT_COLOURS,
    category_label,
    list_separator,
    result_label,
)
from supervisor.ui.signals import emit
from supervisor.ui.tables import Column, PagedTableModel, paged_table
from supervisor.ui.widgets import DateField, ask, size_columns


class CheckListModel(PagedTableModel):
    """Site checks (``checks.CheckRow``), newest first unless sorted otherwise."""

    def __init__(self, parent=None):
        super().__init__(sort_key="checked_at", descending=True, parent=parent)
        self.columns = [
            Column(self.tr("Date"), lambda r: r.checked_at.strftime("%Y-%m-%d %H:%M"), sort_key="checked_at"),
            Column(self.tr("Location"), lambda r: r.location_text, sort_key="location"),
            Column(self.tr("Category"), lambda r: category_label(r.category), sort_key="category"),
            Column(self.tr("Result"), lambda r: result_label(r.result), sort_key="result",
                   background=lambda r: RESULT_COLOURS.get(r.result)),
            Column(self.tr("Description"), lambda r: r.description.replace("\n", " "),
                   tooltip=lambda r: r.description),
            Column(self.tr("Inspector"), lambda r: r.inspector, sort_key="inspector"),
            Column(self.tr("Photos"), lambda r: str(r.photo_count) if r.photo_count else "", align_right=True),
            Column(self.tr("Rectifications"), lambda r: str(r.rectification_count) if r.rectification_count else "",
                   align_right=True),
        ]


class ChecksView(QWidget):
    """Signals:
        rectification_created(int): a rectification was raised from a check (its id).
    """

    rectification_created = Signal(int)

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.project_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New site check…"))
        self.new_button.setObjectName("newCheck")
        self.new_button.clicked.connect(self.new_check)
        self.open_button = QPushButton(self.tr("&Open…"))
        self.open_button.clicked.connect(self.open_check)
        self.rectify_button = QPushButton(self.tr("Raise &rectification…"))
        self.rectify_button.setObjectName("raiseRectification")
        self.rectify_button.clicked.connect(self.raise_rectification)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_check)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("printCheck")
        self.print_button.setToolTip(self.tr("Print the site check record of the selected check"))
        self.print_button.clicked.connect(self.print_check)
        self.history_button = QPushButton(self.tr("&History…"))
        self.history_button.setObjectName("checkHistory")
        self.history_button.setToolTip(self.tr("Every change of the selected check and its photos: who, when, old → new"))
        self.history_button.clicked.connect(self.show_history)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setObjectName("exportChecks")
        self.export_button.setToolTip(self.tr("Export the checks listed, with these filters, to Excel"))
        self.export_button.clicked.connect(self.export_list)
        for button in (self.new_button, self.open_button, self.rectify_button, self.delete_button,
                       self.print_button, self.history_button, self.export_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.count_label = QLabel()
        actions.addWidget(self.count_label)
        layout.addLayout(actions)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("checkSearch")
        self.search.setPlaceholderText(self.tr("Search location, description, inspector…"))
        self.search.setClearButtonEnabled(True)
        self.compound = QComboBox()
        self.compound.setObjectName("checkCompoundFilter")
        self.category = QComboBox()
        self.category.setObjectName("checkCategoryFilter")
        self.category.addItem(self.tr("All categories"), "")
        for category in CheckCategory:
            self.category.addItem(category_label(category), str(category))
        self.result = QComboBox()
        self.result.setObjectName("checkResultFilter")
        self.result.addItem(self.tr("All results"), "")
        for result in CheckResult:
            self.result.addItem(result_label(result), str(result))
        self.date_from = DateField()
        self.date_to = DateField()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.compound, 1)
        filters.addWidget(self.category, 1)
        filters.addWidget(self.result, 1)
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.date_to)
        layout.addLayout(filters)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.compound, self.category, self.result):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        for field in (self.date_from, self.date_to):
            field.changed.connect(self.reload)

        self.model = CheckListModel(self)
        self.table = paged_table(self.model, "checkTable", 0, Qt.SortOrder.DescendingOrder, 4)
        size_columns(self.table, {
            0: ["2026-12-31 23:59"],
            1: 26,
            2: [category_label(c) for c in ("materials", "workmanship", "progress", "funds", "safety")],
            3: [result_label(r) for r in ("pass", "problem")],
            5: 8, 6: ["999"], 7: ["99"],
        })
        self.table.doubleClicked.connect(lambda _i: self.open_check())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def show_project(self, project_id: int | None) -> None:
        self.project_id = project_id
        self.compound.blockSignals(True)
        self.compound.clear()
        self.compound.addItem(self.tr("All compounds"), None)
        if project_id:
            for row in self.controller.projects.compounds(project_id):
                self.compound.addItem(row.name, row.id)
        self.compound.blockSignals(False)
        self.reload()

    def current_filter(self):
        from supervisor.site.checks import CheckFilter

        return CheckFilter(
            project_id=self.project_id,
            compound_id=self.compound.currentData(),
            category=self.category.currentData() or "",
            result=self.result.currentData() or "",
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            search=self.search.text().strip(),
        )

    def reload(self) -> None:
        if not self.project_id:
            self.model.set_source(None, None)
        else:
            check_filter = self.current_filter()
            attempt(self, lambda: self.model.set_source(
                lambda offset, limit, key, desc: self.controller.site.check_page(check_filter, offset, limit, key, desc),
                lambda: self.controller.site.check_count(check_filter),
            ))
        self.count_label.setText(self.tr("%n check(s)", "", self.model.total))
        self.new_button.setEnabled(bool(self.project_id))
        self._update_buttons()

    def _selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self):
        row = self._selected()
        self.open_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.rectify_button.setEnabled(row is not None)
        self.print_button.setEnabled(row is not None)
        self.history_button.setEnabled(row is not None)

    def export_list(self) -> None:
        from supervisor.ui.documents.export_dialog import export_view

        if self.project_id:
            export_view(self, self.controller, "site-checks", self.current_filter())

    def print_check(self) -> None:
        from supervisor.site.checks import check_number
        from supervisor.ui.documents.print_preview import preview

        row = self._selected()
        if row is not None:
            preview(self, self.controller, "site-check", self.project_id, record=row.id,
                    number=check_number(row.id, row.checked_at))

    def show_history(self) -> None:
        from supervisor.site.checks import check_number
        from supervisor.ui.history.view import show_history

        row = self._selected()
        if row is not None:
            show_history(self, self.controller, "site_check", row.id, check_number(row.id, row.checked_at))

    def new_check(self, step_id: int | None = None) -> None:
        from supervisor.ui.site.check_dialog import CheckDialog

        if not self.project_id:
            return
        dialog = CheckDialog(self.controller, self.project_id, None, self, step_id=step_id or None)
        if dialog.exec() and dialog.saved_id:
            self.select(dialog.saved_id)

    def open_check(self) -> None:
        from supervisor.ui.site.check_dialog import CheckDialog

        row = self._selected()
        if row is None:
            return
        CheckDialog(self.controller, self.project_id, row.id, self).exec()

    def select(self, check_id: int) -> None:
        row = self.model.row_of(check_id)
        if row >= 0:
            self.table.selectRow(row)

    @shows_errors
    def delete_check(self) -> None:
        row = self._selected()
        if row is None:
            return
        if ask(self, self.tr("Delete site check"), self.deletion_question(row.id)):
            self.controller.site.delete_check(row.id)

    def deletion_question(self, check_id: int) -> str:
        """The question before deleting a check: what goes with it and what stays, counted."""
        summary = self.controller.site.check_deletion(check_id)
        lines = [self.tr("Delete site check {number} of {date} at {place}?").format(
            number=summary.number, date=summary.checked_at.strftime("%Y-%m-%d"), place=summary.location)]
        if summary.photos_deleted:
            lines.append(self.tr("Its %n photo(s) shown on no other record will be deleted with it.", "",
                                 summary.photos_deleted))
        if summary.photos_kept:
            lines.append(self.tr("%n photo(s) also shown on other records stay there.", "", summary.photos_kept))
        if summary.rectifications:
            lines.append(self.tr("Rectification item(s) {numbers} raised from it stay, but lose their link "
                                 "to this check.").format(
                numbers=list_separator().join(summary.rectifications)))
        lines.append(self.tr("This cannot be undone."))
        return "\n\n".join(lines)

    def raise_rectification(self) -> None:
        from supervisor.ui.site.rectifications_view import RectificationDialog

        row = self._selected()
        if row is None:
            return
        dialog = RectificationDialog(self.controller, self.project_id, parent=self, from_check=row.id)
        if dialog.exec() and dialog.saved_id:
            emit(self.rectification_created, dialog.saved_id)
