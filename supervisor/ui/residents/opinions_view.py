"""Residents' opinions (意见诉求) and supervision days (民主监督日) of a project.

Opinions past their reply date stand out; an opinion is answered in its dialog and closed when
settled. A supervision day lists who came and the issues raised; an issue is registered as an
opinion or raised as a rectification notice from here.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supervisor import errors
from supervisor.residents.catalog import (
    OPINION_CATEGORIES,
    OPINION_CHANNELS,
    OPINION_STATUSES,
)
from supervisor.ui.dialogs import SavingDialog
from supervisor.ui.failures import shows_errors
from supervisor.ui.labels import catalog_label
from supervisor.ui.list_page import ListPage
from supervisor.ui.signals import emit
from supervisor.ui.tables import (
    OVERDUE_BACKGROUND,
    Column,
    RowTableModel,
    fit_columns,
    row_table,
    selected_rows,
)
from supervisor.ui.widgets import (
    DateField,
    fit_to_screen,
    format_date,
    from_qdate,
    to_qdate,
)


def _date_edit(value: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(to_qdate(value) if value else QDate.currentDate())
    return edit


def _fill(combo: QComboBox, entries) -> None:
    for entry in entries:
        combo.addItem(catalog_label(entries, entry.key), entry.key)


def _select(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class OpinionDialog(SavingDialog):
    """Register an opinion or complaint, and record its reply."""

    def __init__(self, controller, project_id: int, save, data=None, parent=None):
        from supervisor.residents.opinions import OpinionData

        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        self._save = save
        self.setWindowTitle(self.tr("Opinion or complaint"))
        fit_to_screen(self, 640, 600)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.compound = QComboBox()
        self.compound.setObjectName("opinionCompound")
        self.compound.addItem(self.tr("(whole project)"), None)
        for row in controller.projects.compounds(project_id):
            self.compound.addItem(row.name, row.id)
        self.household = QComboBox()
        self.household.setObjectName("opinionHousehold")
        self.compound.currentIndexChanged.connect(lambda _i: self._load_households())
        self.person = QLineEdit()
        self.person.setObjectName("opinionPerson")
        self.phone = QLineEdit()
        self.channel = QComboBox()
        _fill(self.channel, OPINION_CHANNELS)
        self.category = QComboBox()
        self.category.setObjectName("opinionCategory")
        _fill(self.category, OPINION_CATEGORIES)
        self.content = QPlainTextEdit()
        self.content.setObjectName("opinionContent")
        self.content.setTabChangesFocus(True)
        self.received_on = _date_edit()
        self.received_on.setObjectName("opinionReceived")
        self.handler = QLineEdit()
        self.reply = QPlainTextEdit()
        self.reply.setObjectName("opinionReply")
        self.reply.setTabChangesFocus(True)
        self.replied_on = DateField()
        self.replied_on.setObjectName("opinionReplied")
        self.reply.textChanged.connect(self._reply_typed)
        form.addRow(self.tr("Compound:"), self.compound)
        form.addRow(self.tr("Household:"), self.household)
        form.addRow(self.tr("From:"), self.person)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(self.tr("Channel:"), self.channel)
        form.addRow(self.tr("Category:"), self.category)
        form.addRow(self.tr("What was said:"), self.content)
        form.addRow(self.tr("Received:"), self.received_on)
        form.addRow(self.tr("Handled by:"), self.handler)
        form.addRow(self.tr("Reply:"), self.reply)
        form.addRow(self.tr("Replied on:"), self.replied_on)
        layout.addLayout(form)
        self.finish(layout)
        data = data or OpinionData(project_id)
        _select(self.compound, data.compound_id)
        self._load_households()
        _select(self.household, data.household_id)
        self.person.setText(data.person)
        self.phone.setText(data.phone)
        _select(self.channel, data.channel)
        _select(self.category, data.category)
        self.content.setPlainText(data.content)
        if data.received_on:
            self.received_on.setDate(to_qdate(data.received_on))
        self.handler.setText(data.handler)
        self.reply.blockSignals(True)
        self.reply.setPlainText(data.reply)
        self.reply.blockSignals(False)
        self.replied_on.set_value(data.replied_on)
        self.household.currentIndexChanged.connect(lambda _i: self._household_chosen())

    def _load_households(self) -> None:
        self.household.clear()
        self.household.addItem(self.tr("(not a listed household)"), None)
        compound_id = self.compound.currentData()
        if compound_id is None:
            return
        for row in self.controller.residents.households(compound_id):
            self.household.addItem(f"{row.label} {row.owner_name}".strip(), row.id)
            self.household.setItemData(self.household.count() - 1, (row.owner_name, row.phone), Qt.ItemDataRole.UserRole + 1)

    def _household_chosen(self) -> None:
        owner = self.household.currentData(Qt.ItemDataRole.UserRole + 1)
        if owner and not self.person.text().strip():
            self.person.setText(owner[0])
        if owner and not self.phone.text().strip():
            self.phone.setText(owner[1])

    def _reply_typed(self) -> None:
        if self.reply.toPlainText().strip() and self.replied_on.value() is None:
            self.replied_on.set_value(dt.date.today())

    def data(self):
        from supervisor.residents.opinions import OpinionData

        return OpinionData(
            project_id=self.project_id,
            content=self.content.toPlainText(),
            received_on=from_qdate(self.received_on.date()),
            compound_id=self.compound.currentData(),
            household_id=self.household.currentData(),
            person=self.person.text(),
            phone=self.phone.text(),
            channel=self.channel.currentData(),
            category=self.category.currentData(),
            handler=self.handler.text(),
            reply=self.reply.toPlainText(),
            replied_on=self.replied_on.value(),
        )

    def save(self) -> None:
        self._save(self.data())


class OpinionsPage(ListPage):
    """The opinion register of a project, overdue replies first."""

    def __init__(self, controller, parent=None):
        super().__init__(
            controller,
            [
                Column(self.tr("Received"), lambda r: format_date(r.received_on)),
                Column(self.tr("Compound"), lambda r: r.compound),
                Column(self.tr("Household"), lambda r: r.household),
                Column(self.tr("From"), lambda r: r.person),
                Column(self.tr("Channel"), lambda r: catalog_label(OPINION_CHANNELS, r.channel)),
                Column(self.tr("Category"), lambda r: catalog_label(OPINION_CATEGORIES, r.category)),
                Column(self.tr("Content"), lambda r: r.content.replace("\n", " ")),
                Column(self.tr("Status"), lambda r: catalog_label(OPINION_STATUSES, r.status)),
                Column(self.tr("Reply due"), lambda r: format_date(r.reply_due)),
                Column(self.tr("Overdue"), self._overdue_text, align_right=True),
                Column(self.tr("Handled by"), lambda r: r.handler),
                Column(self.tr("Reply"), lambda r: r.reply.replace("\n", " ")),
            ],
            table_name="opinionTable", new_text=self.tr("&New opinion…"), new_name="newOpinion",
            edit_text=self.tr("&Edit / reply…"),
            background=lambda r: OVERDUE_BACKGROUND if r.status == "open" and r.overdue_days else None,
            parent=parent,
        )
        self.project_id: int | None = None
        self.close_button = self.extra_button(
            self.tr("&Close (settled)"), self.close_opinion, name="closeOpinion",
            enabled=lambda rows: bool(rows) and rows[0].status != "open",
        )
        self.export_button = self.extra_button(
            self.tr("E&xport…"), self.export_list, name="exportOpinions",
            tooltip=self.tr("Export the opinions listed, with these filters, to Excel"),
        )
        self.status = QComboBox()
        self.status.setObjectName("opinionStatusFilter")
        self.status.addItem(self.tr("All"), None)
        _fill(self.status, OPINION_STATUSES)
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.overdue.setObjectName("opinionOverdue")
        self.overdue.toggled.connect(lambda _on: self.reload())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.reload())
        for widget in (self.status, self.overdue, self.search):
            self.buttons.addWidget(widget)
        self.summary = QLabel()
        self.summary.setObjectName("opinionSummary")
        self.insert(self.summary)
        self.update_buttons()

    def _overdue_text(self, row) -> str:
        if not row.overdue_days:
            return ""
        if row.status == "open":
            return self.tr("%n day(s)", "", row.overdue_days)
        return self.tr("%n day(s) late", "", row.overdue_days)

    def show_project(self, project_id: int | None) -> None:
        self.project_id = project_id
        self.reload()

    def current_filter(self):
        from supervisor.residents.opinions import OpinionFilter

        return OpinionFilter(
            self.project_id,
            status=self.status.currentData(),
            overdue_only=self.overdue.isChecked(),
            text=self.search.text(),
        )

    def export_list(self) -> None:
        from supervisor.ui.documents.export_dialog import export_view

        if self.project_id is not None:
            export_view(self, self.controller, "opinions", self.current_filter())

    def available(self) -> bool:
        return self.project_id is not None

    def load(self) -> list:
        return self.controller.residents.opinions(self.current_filter())

    def loaded(self, rows: list) -> None:
        if not self.available():
            self.summary.clear()
            return
        for column in (6, 11):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))
        open_rows = [r for r in rows if r.status == "open"]
        overdue = [r for r in open_rows if r.overdue_days]
        self.summary.setText(
            self.tr("{count} shown: {open} awaiting a reply, {overdue} of them overdue.").format(
                count=len(rows), open=len(open_rows), overdue=len(overdue)
            )
        )

    def update_buttons(self) -> None:
        super().update_buttons()
        row = self.current()
        if row is not None and row.status == "closed":
            self.close_button.setText(self.tr("Re&open"))
        else:
            self.close_button.setText(self.tr("&Close (settled)"))

    def add(self) -> None:
        OpinionDialog(
            self.controller, self.project_id, lambda d: self.controller.residents.save_opinion(None, d), parent=self
        ).exec()

    def edit(self, row) -> None:
        data = self.controller.residents.opinion_data(row.id)
        OpinionDialog(
            self.controller, row.project_id, lambda d: self.controller.residents.save_opinion(row.id, d), data, self
        ).exec()

    @shows_errors
    def close_opinion(self) -> None:
        row = self.current()
        if row is not None:
            self.controller.residents.close_opinion(row.id, row.status != "closed")

    def removal(self, rows: list):
        return (
            self.tr("Remove opinion"), self.tr("Remove this opinion from the register?"),
            lambda: self.controller.residents.remove_opinion(rows[0].id),
        )


class DayDialog(SavingDialog):
    """A supervision day: when, where, who came, and the issues raised (one per table row)."""

    ISSUE_COLUMNS = 4

    def __init__(self, controller, project_id: int, save, data=None, parent=None):
        from supervisor.residents.supervision_days import DayData

        super().__init__(parent)
        self.project_id = project_id
        self._save = save
        self.setWindowTitle(self.tr("Resident supervision day"))
        fit_to_screen(self, 820, 600)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.held_on = _date_edit()
        self.held_on.setObjectName("dayDate")
        self.compound = QComboBox()
        self.compound.addItem(self.tr("(whole project)"), None)
        for row in controller.projects.compounds(project_id):
            self.compound.addItem(row.name, row.id)
        self.place = QLineEdit()
        self.attendees = QPlainTextEdit()
        self.attendees.setObjectName("dayAttendees")
        self.attendees.setTabChangesFocus(True)
        self.attendees.setPlaceholderText(self.tr("Names, separated by commas or one per line (the sign-in sheet)"))
        self.attendees.setFixedHeight(self.fontMetrics().height() * 4)
        self.notes = QLineEdit()
        form.addRow(self.tr("Date:"), self.held_on)
        form.addRow(self.tr("Compound:"), self.compound)
        form.addRow(self.tr("Place:"), self.place)
        form.addRow(self.tr("Attendees:"), self.attendees)
        form.addRow(self.tr("Notes:"), self.notes)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Issues raised (leave the due date empty when there is none):")))
        self.issues = QTableWidget(0, self.ISSUE_COLUMNS)
        self.issues.setObjectName("dayIssues")
        self.issues.setHorizontalHeaderLabels(
            [self.tr("Issue"), self.tr("Raised by"), self.tr("Who must act"), self.tr("Due (YYYY-MM-DD)")]
        )
        header = self.issues.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 100), (2, 220), (3, 130)):
            self.issues.setColumnWidth(column, width)
        layout.addWidget(self.issues, 1)
        buttons = QHBoxLayout()
        self.add_issue = QPushButton(self.tr("Add &issue"))
        self.add_issue.setObjectName("addIssue")
        self.add_issue.clicked.connect(lambda: self._add_row())
        self.remove_issue = QPushButton(self.tr("Remove issue"))
        self.remove_issue.clicked.connect(self._remove_row)
        buttons.addWidget(self.add_issue)
        buttons.addWidget(self.remove_issue)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.finish(layout)
        data = data or DayData(project_id)
        if data.held_on:
            self.held_on.setDate(to_qdate(data.held_on))
        _select(self.compound, data.compound_id)
        self.place.setText(data.place)
        self.attendees.setPlainText(data.attendees)
        self.notes.setText(data.notes)
        for issue in data.issues:
            self._add_row(issue.content, issue.raised_by, issue.action_by, format_date(issue.due))

    def _add_row(self, *values) -> None:
        row = self.issues.rowCount()
        self.issues.insertRow(row)
        for column in range(self.ISSUE_COLUMNS):
            text = values[column] if column < len(values) else ""
            self.issues.setItem(row, column, QTableWidgetItem(text))
        if not values:
            self.issues.setCurrentCell(row, 0)
            self.issues.editItem(self.issues.item(row, 0))

    def _remove_row(self) -> None:
        row = self.issues.currentRow()
        if row >= 0:
            self.issues.removeRow(row)

    def data(self):
        from supervisor.i18n import QT_TRANSLATE_NOOP
        from supervisor.residents.supervision_days import DayData, IssueData

        issues = []
        for row in range(self.issues.rowCount()):
            texts = [(self.issues.item(row, c).text() if self.issues.item(row, c) else "").strip()
                     for c in range(self.ISSUE_COLUMNS)]
            if not any(texts):
                continue
            due = None
            if texts[3]:
                try:
                    due = dt.date.fromisoformat(texts[3])
                except ValueError:
                    raise errors.ValidationError(
                        QT_TRANSLATE_NOOP("errors", "{value} is not a date (use YYYY-MM-DD)."),
                        field="issues",
                        value=texts[3],
                    ) from None
            issues.append(IssueData(texts[0], texts[1], texts[2], due))
        return DayData(
            self.project_id,
            from_qdate(self.held_on.date()),
            self.compound.currentData(),
            self.place.text(),
            self.attendees.toPlainText(),
            self.notes.text(),
            issues,
        )

    def save(self) -> None:
        self._save(self.data())


class DaysPage(ListPage):
    """Supervision days of a project and what became of their issues.

    Signals:
        rectification_created(int): an issue was raised as this rectification item.
    """

    rectification_created = Signal(int)

    def __init__(self, controller, parent=None):
        super().__init__(
            controller,
            [
                Column(self.tr("Date"), lambda d: format_date(d.held_on)),
                Column(self.tr("Compound"), lambda d: d.compound),
                Column(self.tr("Place"), lambda d: d.place),
                Column(self.tr("Attendees"), lambda d: str(d.attendee_count), tooltip=lambda d: d.attendees,
                       align_right=True),
                Column(self.tr("Issues"), lambda d: str(len(d.issues)), align_right=True),
                Column(self.tr("Notes"), lambda d: d.notes),
            ],
            table_name="dayTable", new_text=self.tr("&New supervision day…"), new_name="newDay", stretch=5,
            parent=parent,
        )
        self.project_id: int | None = None
        self.days, self.day_table = self.model, self.table  # beside the issues below
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._day_selected())
        self.issues = RowTableModel(
            [
                Column(self.tr("Issue"), lambda i: i.content),
                Column(self.tr("Raised by"), lambda i: i.raised_by),
                Column(self.tr("Who must act"), lambda i: i.action_by),
                Column(self.tr("Due"), lambda i: format_date(i.due)),
                Column(self.tr("Became"), self._became),
            ],
            parent=self,
        )
        self.issue_table = row_table(self.issues, "issueTable", stretch=0)
        self.issue_table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.to_opinion = QPushButton(self.tr("Register as &opinion"))
        self.to_opinion.setObjectName("issueToOpinion")
        self.to_opinion.clicked.connect(self.issue_to_opinion)
        self.to_rect = QPushButton(self.tr("Raise &rectification…"))
        self.to_rect.setObjectName("issueToRectification")
        self.to_rect.clicked.connect(self.issue_to_rectification)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Issues raised on the selected day")))
        lower_layout.addWidget(self.issue_table, 1)
        issue_buttons = QHBoxLayout()
        issue_buttons.addWidget(self.to_opinion)
        issue_buttons.addWidget(self.to_rect)
        issue_buttons.addStretch(1)
        lower_layout.addLayout(issue_buttons)
        self.splitter.addWidget(lower)
        self.update_buttons()

    def place_table(self, table) -> None:
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(table)
        self.body.addWidget(self.splitter, 1)

    def _became(self, issue) -> str:
        parts = []
        if issue.opinion_id:
            parts.append(self.tr("opinion"))
        if issue.rectification_number:
            parts.append(self.tr("rectification {number}").format(number=issue.rectification_number))
        return ", ".join(parts)

    def show_project(self, project_id: int | None) -> None:
        self.project_id = project_id
        self.reload()

    def available(self) -> bool:
        return self.project_id is not None

    def load(self) -> list:
        return self.controller.residents.supervision_days(self.project_id)

    def loaded(self, rows: list) -> None:
        if rows and not self.selected():
            self.table.selectRow(0)
        self._day_selected()

    def _selected_issue(self):
        rows = selected_rows(self.issue_table)
        return rows[0] if rows else None

    def _day_selected(self) -> None:
        day = self.current()
        self.issues.set_rows(day.issues if day else [])
        fit_columns(self.issue_table)
        self.update_buttons()

    def update_buttons(self) -> None:
        super().update_buttons()
        if not hasattr(self, "to_opinion"):  # still being built
            return
        issue = self._selected_issue()
        self.to_opinion.setEnabled(issue is not None and not issue.opinion_id)
        self.to_rect.setEnabled(issue is not None and not issue.rectification_id)

    def add(self) -> None:
        DayDialog(self.controller, self.project_id, lambda d: self.controller.residents.save_day(None, d), parent=self).exec()

    def edit(self, day) -> None:
        DayDialog(
            self.controller, self.project_id, lambda d: self.controller.residents.save_day(day.id, d),
            day.to_data(self.project_id), self,
        ).exec()

    def removal(self, rows: list):
        day = rows[0]
        question = self.tr(
            "Remove the supervision day of {date}? Opinions and rectification items made from it stay."
        ).format(date=format_date(day.held_on))
        return self.tr("Remove supervision day"), question, lambda: self.controller.residents.remove_day(day.id)

    @shows_errors
    def issue_to_opinion(self) -> None:
        issue = self._selected_issue()
        if issue is None:
            return
        self.controller.residents.issue_to_opinion(issue.id)

    @shows_errors
    def issue_to_rectification(self) -> None:
        from supervisor.ui.site.rectifications_view import RectificationDialog

        issue = self._selected_issue()
        if issue is None or self.project_id is None:
            return
        data = self.controller.residents.issue_rectification_data(issue.id)
        dialog = RectificationDialog(
            self.controller, self.project_id, parent=self, prefill=data,
            create=lambda d: self.controller.residents.rectification_from_issue(issue.id, d),
        )
        if dialog.exec() and dialog.saved_id:
            emit(self.rectification_created, dialog.saved_id)
