"""Rectification items (整改): the list with its filters, the notice dialog, and the detail
panel that carries an item through reply, re-check and closing, showing evidence warnings
to the re-checker."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from supervisor.codes import CheckCategory, PhotoRole, RectificationStatus, Severity
from supervisor.ui.dialogs import ReasonDialog, SavingDialog
from supervisor.ui.failures import attempt, shows_errors
from supervisor.ui.labels import (
    OVERDUE_COLOUR,
    RECT_STATUS_COLOURS,
    category_label,
    rect_status_label,
    severity_label,
    source_label,
)
from supervisor.ui.site.photos import PhotoGallery, PhotoViewer, choose_photo_files, run_import
from supervisor.ui.tables import Column, PagedTableModel, paged_table
from supervisor.ui.widgets import DateField, ask, fit_to_screen, size_columns


def _deadline_text(row) -> str:
    text = row.deadline.isoformat() + ("*" if row.deadline_estimated else "")
    return text


class RectListModel(PagedTableModel):
    """Rectification items (``rectifications.RectRow``); overdue ones stand out."""

    def __init__(self, parent=None):
        super().__init__(sort_key="deadline", descending=False, bold=lambda r: bool(r.overdue_days), parent=parent)

        def overdue(row):
            return OVERDUE_COLOUR if row.overdue_days else None

        self.columns = [
            Column(self.tr("No."), lambda r: r.number, sort_key="number"),
            Column(self.tr("Status"), lambda r: rect_status_label(r.status), sort_key="status",
                   background=lambda r: RECT_STATUS_COLOURS.get(r.status)),
            Column(self.tr("Deadline"), _deadline_text, sort_key="deadline", foreground=overdue),
            Column(self.tr("Overdue"), lambda r: self.tr("%n day(s)", "", r.overdue_days) if r.overdue_days else "",
                   align_right=True, foreground=overdue),
            Column(self.tr("Severity"), lambda r: severity_label(r.severity), sort_key="severity"),
            Column(self.tr("Responsible"), lambda r: r.responsible_party, sort_key="responsible_party"),
            Column(self.tr("Location"), lambda r: r.location_text),
            Column(self.tr("Problem"), lambda r: r.problem.replace("\n", " "), tooltip=lambda r: r.problem),
            Column(self.tr("Issued"), lambda r: r.issued_at.strftime("%Y-%m-%d"), sort_key="issued_at"),
        ]


class RectificationDialog(SavingDialog):
    """Issue a rectification notice (new, or raised from a site check), or edit an open one."""

    def __init__(self, controller, project_id: int, rect_id: int | None = None, parent=None,
                 from_check: int | None = None, prefill=None, create=None):
        """``prefill``: a ``RectificationData`` for a new notice; ``create``: saves a new notice
        instead of the controller's ``create_rectification`` (e.g. linking it to its source)."""
        super().__init__(parent)
        self.create = create or controller.site.create_rectification
        self.controller = controller
        self.project_id = project_id
        self.rect_id = rect_id
        self.from_check = from_check
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Rectification notice"))
        fit_to_screen(self, 720, 620)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.compound = QComboBox()
        self.compound.addItem(self.tr("(no compound)"), None)
        for row in controller.projects.compounds(project_id):
            self.compound.addItem(row.name, row.id)
        self.location = QLineEdit()
        self.category = QComboBox()
        self.category.addItem("", "")
        for category in CheckCategory:
            self.category.addItem(category_label(category), str(category))
        self.source = QComboBox()
        for source in ("supervisor", "resident", "complaint", "acceptance"):
            self.source.addItem(source_label(source), source)
        self.party = QComboBox()
        self.party.setObjectName("rectParty")
        self.party.setEditable(True)
        for organisation in controller.projects.party_names(project_id):
            self.party.addItem(organisation)
        self.severity = QComboBox()
        for severity in Severity:
            self.severity.addItem(severity_label(severity), str(severity))
        self.problem = QPlainTextEdit()
        self.problem.setObjectName("rectProblem")
        self.problem.setTabChangesFocus(True)
        self.requirement = QPlainTextEdit()
        self.requirement.setObjectName("rectRequirement")
        self.requirement.setTabChangesFocus(True)
        self.basis = QLineEdit()
        self.basis.setPlaceholderText(self.tr("clause or standard, optional"))
        self.days = QSpinBox()
        self.days.setObjectName("rectDays")
        self.days.setRange(1, 120)
        self.days.setValue(5)
        self.days.setSuffix(self.tr(" working days"))
        form.addRow(self.tr("Compound:"), self.compound)
        form.addRow(self.tr("Location:"), self.location)
        form.addRow(self.tr("Category:"), self.category)
        form.addRow(self.tr("Found by:"), self.source)
        form.addRow(self.tr("Responsible party:"), self.party)
        form.addRow(self.tr("Severity:"), self.severity)
        form.addRow(self.tr("Problem:"), self.problem)
        form.addRow(self.tr("Requirement:"), self.requirement)
        form.addRow(self.tr("Basis:"), self.basis)
        form.addRow(self.tr("Deadline:"), self.days)
        layout.addLayout(form)
        self.finish(layout)
        self.fields = {
            "location_text": self.location, "responsible_party": self.party, "problem": self.problem,
            "requirement": self.requirement, "deadline_days": self.days,
        }
        if rect_id is not None:
            self._fill(controller.site.rect_detail(rect_id))
        elif from_check is not None:  # found by the check's inspector, to the contractor
            self._fill(controller.site.notice_from_check(from_check))
        else:
            self._fill(prefill or controller.site.new_notice(project_id))

    @staticmethod
    def _select(combo, value):
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _fill(self, d) -> None:
        self._version = getattr(d, "version", None)  # saving refuses an edit of an item changed meanwhile
        self._select(self.compound, d.compound_id)
        self.location.setText(d.location_text)
        self._select(self.category, d.category)
        self._select(self.source, d.source)
        self.party.setCurrentText(d.responsible_party)
        self._select(self.severity, d.severity)
        self.problem.setPlainText(d.problem)
        self.requirement.setPlainText(d.requirement)
        self.basis.setText(d.basis)
        self.days.setValue(d.deadline_days)

    def data(self):
        from supervisor.site.rectifications import RectificationData

        return RectificationData(
            project_id=self.project_id,
            check_id=self.from_check,
            compound_id=self.compound.currentData(),
            location_text=self.location.text().strip(),
            category=self.category.currentData() or "",
            source=self.source.currentData(),
            responsible_party=self.party.currentText().strip(),
            severity=self.severity.currentData(),
            problem=self.problem.toPlainText().strip(),
            requirement=self.requirement.toPlainText().strip(),
            basis=self.basis.text().strip(),
            deadline_days=self.days.value(),
        )

    def save(self) -> None:
        data = self.data()
        if self.rect_id is not None:
            detail = self.controller.site.rect_detail(self.rect_id)
            data.issued_at = detail.issued_at
            data.check_id = detail.check_id
            data.step_id = detail.step_id  # not on the form: kept as it is
            data.version = self._version
            self.controller.site.update_rectification(self.rect_id, data)
            self.saved_id = self.rect_id
        elif self.from_check is not None:
            # Fields not on the form (the step, the issue time) stay as the check gives them.
            overrides = {
                k: v for k, v in vars(data).items()
                if k not in ("project_id", "check_id", "step_id", "issued_at")
            }
            self.saved_id = self.controller.site.rectification_from_check(self.from_check, **overrides)
        else:
            self.saved_id = self.create(data)


def evidence_text(warning) -> str:
    """An evidence warning in the user's language (its place included)."""
    params = dict(warning.params)
    if warning.place_template:
        place = QCoreApplication.translate("evidence", warning.place_template)
        params["other"] = _format(place, dict(warning.place_params), warning.other)
    return _format(QCoreApplication.translate("evidence", warning.template), params, warning.detail)


def _format(text: str, params: dict, fallback: str) -> str:
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):  # a damaged translation: show the original
        return fallback


class RectificationPanel(QScrollArea):
    """One rectification item: its notice, photos, reply, re-check, warnings and history."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.rect_id: int | None = None
        self.project_id: int | None = None
        self.detail = None
        self._typed: dict[tuple[int, str], tuple[str, str, str]] = {}
        self.setWidgetResizable(True)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.edit_button = QPushButton(self.tr("&Edit notice…"))
        self.edit_button.clicked.connect(self.edit)
        self.print_button = QPushButton(self.tr("&Print notice…"))
        self.print_button.setObjectName("printNotice")
        self.print_button.clicked.connect(self.print_notice)
        notice_buttons = QHBoxLayout()
        notice_buttons.addWidget(self.edit_button)
        notice_buttons.addWidget(self.print_button)
        notice_buttons.addStretch(1)
        layout.addLayout(notice_buttons)

        before_box = QGroupBox(self.tr("Before (the problem)"))
        before_layout = QVBoxLayout(before_box)
        self.before = PhotoGallery()
        self.before.setObjectName("beforePhotos")
        self.before.files_offered.connect(lambda paths: self.add_photos(paths, PhotoRole.BEFORE))
        self.before.photo_opened.connect(lambda row: self.open_photo(self.before, row))
        add_before = QPushButton(self.tr("Add \"before\" photos…"))
        add_before.clicked.connect(lambda: self.add_photos(choose_photo_files(self), PhotoRole.BEFORE))
        before_layout.addWidget(self.before)
        before_layout.addWidget(add_before, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(before_box)

        reply_box = QGroupBox(self.tr("Reply (measures taken)"))
        reply_layout = QVBoxLayout(reply_box)
        self.measures = QPlainTextEdit()
        self.measures.setObjectName("replyMeasures")
        self.measures.setMaximumHeight(90)
        self.after = PhotoGallery()
        self.after.setObjectName("afterPhotos")
        self.after.files_offered.connect(lambda paths: self.add_photos(paths, PhotoRole.AFTER))
        self.after.photo_opened.connect(lambda row: self.open_photo(self.after, row))
        reply_buttons = QHBoxLayout()
        self.add_after = QPushButton(self.tr("Add \"after\" photos…"))
        self.add_after.clicked.connect(lambda: self.add_photos(choose_photo_files(self), PhotoRole.AFTER))
        self.reply_button = QPushButton(self.tr("Submit &reply"))
        self.reply_button.setObjectName("submitReply")
        self.reply_button.clicked.connect(self.reply)
        reply_buttons.addWidget(self.add_after)
        reply_buttons.addStretch(1)
        reply_buttons.addWidget(self.reply_button)
        reply_layout.addWidget(self.measures)
        reply_layout.addWidget(self.after)
        reply_layout.addLayout(reply_buttons)
        layout.addWidget(reply_box)

        recheck_box = QGroupBox(self.tr("Re-check"))
        recheck_form = QFormLayout(recheck_box)
        self.opinion = QPlainTextEdit()
        self.opinion.setObjectName("recheckOpinion")
        self.opinion.setMaximumHeight(70)
        self.resident = QLineEdit()
        self.resident.setObjectName("residentConfirmation")
        self.resident.setPlaceholderText(self.tr("name of the resident quality supervisor who confirms"))
        recheck_buttons = QHBoxLayout()
        self.pass_button = QPushButton(self.tr("&Pass and close"))
        self.pass_button.setObjectName("recheckPass")
        self.pass_button.clicked.connect(lambda: self.recheck(True))
        self.return_button = QPushButton(self.tr("Send &back"))
        self.return_button.setObjectName("recheckReturn")
        self.return_button.clicked.connect(lambda: self.recheck(False))
        self.reopen_button = QPushButton(self.tr("Re&open…"))
        self.reopen_button.setObjectName("reopen")
        self.reopen_button.clicked.connect(self.reopen)
        for button in (self.pass_button, self.return_button, self.reopen_button):
            recheck_buttons.addWidget(button)
        recheck_buttons.addStretch(1)
        # The evidence warnings sit right above the buttons that close the item.
        self.warnings = QLabel()
        self.warnings.setObjectName("evidenceWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(
            "background: #fdecea; color: #8e1b10; border: 1px solid #e6a39b; padding: 6px;"
        )
        recheck_form.addRow(self.tr("Opinion:"), self.opinion)
        recheck_form.addRow(self.tr("Resident supervisor:"), self.resident)
        recheck_form.addRow(self.warnings)
        recheck_form.addRow(recheck_buttons)
        layout.addWidget(recheck_box)

        history_box = QGroupBox(self.tr("History"))
        history_layout = QVBoxLayout(history_box)
        self.history = QListWidget()
        self.history.setMaximumHeight(130)
        history_layout.addWidget(self.history)
        self.changes_button = QPushButton(self.tr("All &changes…"))
        self.changes_button.setObjectName("rectHistory")
        self.changes_button.setToolTip(self.tr("Every change of this item, its steps and its photos: who, when, old → new"))
        self.changes_button.clicked.connect(self.show_changes)
        history_layout.addWidget(self.changes_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(history_box)
        layout.addStretch(1)
        self.show_item(None, None)

    def _remember_typed(self) -> None:
        """Keep what was typed but not yet sent for the item shown, by item and status, so a
        reload (a photo added, another row selected and back) never wipes it."""
        if self.rect_id is None or self.detail is None:
            return
        typed = (self.measures.toPlainText(), self.opinion.toPlainText(), self.resident.text())
        if self.detail.status == RectificationStatus.OPEN and typed[0] != self.detail.reply_measures:
            self._typed[(self.rect_id, "open")] = typed
        elif self.detail.status == RectificationStatus.REPLIED and (typed[1] or typed[2]):
            self._typed[(self.rect_id, "replied")] = typed

    def print_notice(self) -> None:
        from supervisor.ui.documents.print_preview import preview

        if self.detail is not None:
            preview(self, self.controller, "rectification", self.project_id, record=self.detail.id,
                    number=self.detail.number)

    @shows_errors
    def show_item(self, rect_id: int | None, project_id: int | None) -> None:
        self._remember_typed()
        if rect_id != self.rect_id:
            self.verticalScrollBar().setValue(0)  # another item is read from its top
        self.rect_id = rect_id
        self.project_id = project_id
        self.widget().setEnabled(rect_id is not None)
        if rect_id is None:
            self.detail = None
            self.title.setText(self.tr("Select a rectification item."))
            for widget in (self.summary, self.warnings):
                widget.clear()
            self.warnings.hide()
            self.before.photos.set_rows([])
            self.after.photos.set_rows([])
            self.history.clear()
            return
        d = self.detail = self.controller.site.rect_detail(rect_id)
        self.title.setText(f"{d.number}  {rect_status_label(d.status)}")
        deadline = d.deadline.isoformat() + (self.tr(" (estimated)") if d.deadline_estimated else "")
        if d.overdue_days:
            late = (
                self.tr("replied %n day(s) late", "", d.overdue_days)
                if d.status == "replied"
                else self.tr("%n day(s) late", "", d.overdue_days)
            )
            deadline = f"<b style='color:#c0392b'>{deadline} — {late}</b>"
        deadline_label = self.tr("Deadline")
        rows = [
            (self.tr("Responsible"), d.responsible_party),
            (self.tr("Severity"), severity_label(d.severity)),
            (self.tr("Location"), d.location_text),
            (self.tr("Problem"), d.problem),
            (self.tr("Requirement"), d.requirement),
            (self.tr("Issued"), f"{d.issued_at:%Y-%m-%d %H:%M} {d.issued_by}"),
            (deadline_label, deadline),
        ]
        if d.basis:
            rows.append((self.tr("Basis"), d.basis))
        self.summary.setText(
            "<table>" + "".join(
                f"<tr><td style='color:gray;padding-right:8px'>{k}</td><td>{_html(v) if k != deadline_label else v}</td></tr>"
                for k, v in rows
            ) + "</table>"
        )
        status = d.status
        open_, replied, closed = (status == RectificationStatus.OPEN, status == RectificationStatus.REPLIED,
                                  status == RectificationStatus.CLOSED)
        self.edit_button.setEnabled(not closed)
        self.measures.setPlainText(d.reply_measures)
        self.measures.setReadOnly(not open_)
        self.reply_button.setEnabled(open_)
        self.add_after.setEnabled(open_)
        self.opinion.setPlainText(d.recheck_opinion if closed else "")
        self.opinion.setReadOnly(not replied)
        self.resident.setText(d.resident_confirmed_by if closed else "")
        self.resident.setReadOnly(not replied)
        self.pass_button.setEnabled(replied)
        self.return_button.setEnabled(replied)
        self.reopen_button.setEnabled(closed)
        typed = self._typed.get((rect_id, str(status)))
        if typed is not None and open_:
            self.measures.setPlainText(typed[0])
        elif typed is not None and replied:
            self.opinion.setPlainText(typed[1])
            self.resident.setText(typed[2])
        self.before.photos.set_rows(self.controller.site.photo_rows(rectification_id=rect_id, role=PhotoRole.BEFORE))
        self.after.photos.set_rows(self.controller.site.photo_rows(rectification_id=rect_id, role=PhotoRole.AFTER))
        warnings = self.controller.site.evidence_warnings(rect_id)
        if warnings:
            self.warnings.setText(
                "<b>" + self.tr("Check the evidence:") + "</b><br>"
                + "<br>".join(_html(line) for line in _warning_lines(warnings))
            )
            self.warnings.show()
        else:
            self.warnings.hide()
        self.history.clear()
        for event in self.controller.site.rect_events(rect_id):
            line = f"{event.at:%Y-%m-%d %H:%M}  {event.by}  {rect_status_label(event.from_status)} → {rect_status_label(event.to_status)}"
            if event.note:
                line += f"  — {event.note}"
            self.history.addItem(line)

    def show_changes(self) -> None:
        from supervisor.ui.history.view import show_history

        if self.detail is not None:
            show_history(self, self.controller, "rectification", self.detail.id, self.detail.number)

    def _guard(self, action) -> bool:
        return attempt(self, action)

    def edit(self):
        if self.rect_id is None:
            return
        RectificationDialog(self.controller, self.project_id, self.rect_id, self).exec()

    def add_photos(self, paths, role):
        if self.rect_id is None or not paths:
            return
        if role == PhotoRole.AFTER and self.detail and self.detail.status != RectificationStatus.OPEN:
            return
        rect_id = self.rect_id
        run_import(self, self.controller, paths, self.project_id, rectification_id=rect_id, role=str(role),
                   on_done=lambda _o: self.show_item(rect_id, self.project_id))

    def open_photo(self, gallery, row):
        PhotoViewer(self.controller, gallery.photos.photo(row), self).exec()
        self.show_item(self.rect_id, self.project_id)

    def reply(self):
        rect_id = self.rect_id
        if self._guard(lambda: self.controller.site.reply_rectification(rect_id, self.measures.toPlainText())):
            self._typed.pop((rect_id, "open"), None)

    def recheck(self, passed: bool):
        rect_id = self.rect_id
        if passed and not self._confirm_evidence(rect_id):
            return
        if passed:
            from supervisor.ui.accounts.sign_in import confirm

            what = self.tr("Close {number}").format(number=self.detail.number)
            if not confirm(self, self.controller.database, what):
                return
        if self._guard(
            lambda: self.controller.site.recheck_rectification(
                rect_id, passed, self.opinion.toPlainText(), self.resident.text()
            )
        ):
            self._typed.pop((rect_id, "replied"), None)

    def _confirm_evidence(self, rect_id: int) -> bool:
        """Closing past evidence warnings: ask, naming them. Whether to go on."""
        warnings = self.controller.site.evidence_warnings(rect_id)
        if not warnings:
            return True
        return ask(
            self, self.tr("Pass and close"),
            self.tr("The evidence of {number} has these warnings:").format(number=self.detail.number)
            + "\n\n" + "\n".join(_warning_lines(warnings)) + "\n\n"
            + self.tr("Close the item anyway?"),
        )

    def reopen(self):
        rect_id = self.rect_id
        ReasonDialog(  # an empty reason is refused in place: the question stays open
            self, self.tr("Reopen rectification"), self.tr("Why is the item reopened?"),
            lambda reason: self.controller.site.reopen_rectification(rect_id, reason),
        ).exec()


def _warning_lines(warnings) -> list[str]:
    return [f"• {w.filename}: {evidence_text(w)}" for w in warnings]


def _html(text: str) -> str:
    from html import escape

    return escape(text or "").replace("\n", "<br>")


class RectificationsView(QWidget):
    """The rectification list of a project beside the selected item's panel."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.project_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New rectification…"))
        self.new_button.setObjectName("newRectification")
        self.new_button.clicked.connect(self.new_item)
        actions.addWidget(self.new_button)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setObjectName("exportRectifications")
        self.export_button.setToolTip(self.tr("Export the items listed, with these filters, to Excel"))
        self.export_button.clicked.connect(self.export_list)
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        self.count_label = QLabel()
        actions.addWidget(self.count_label)
        layout.addLayout(actions)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("rectSearch")
        self.search.setPlaceholderText(self.tr("Search number, problem, location…"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setObjectName("rectStatusFilter")
        self.status.addItem(self.tr("All statuses"), "")
        for status in RectificationStatus:
            self.status.addItem(rect_status_label(status), str(status))
        self.overdue = QCheckBox(self.tr("&Overdue only"))
        self.overdue.setObjectName("rectOverdue")
        self.party = QComboBox()
        self.party.setObjectName("rectPartyFilter")
        self.compound = QComboBox()
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), "")
        for category in CheckCategory:
            self.category.addItem(category_label(category), str(category))
        self.date_from = DateField()
        self.date_to = DateField()
        # Two rows, so that at 1280 pixels no choice is cut short ("All partie").
        filters.addWidget(self.search, 1)
        filters.addWidget(self.overdue)
        filters.addWidget(QLabel(self.tr("Issued")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.date_to)
        layout.addLayout(filters)
        choices = QHBoxLayout()
        for combo in (self.status, self.party, self.compound, self.category):
            choices.addWidget(combo, 1)
        layout.addLayout(choices)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.status, self.party, self.compound, self.category):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.overdue.toggled.connect(lambda _c: self.reload())
        for field in (self.date_from, self.date_to):
            field.changed.connect(self.reload)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = RectListModel(self)
        self.table = paged_table(self.model, "rectTable", 2, Qt.SortOrder.AscendingOrder, 7)
        size_columns(self.table, {
            0: ["ZG-2026-0000"],
            1: [rect_status_label(s) for s in ("open", "replied", "closed")],
            2: ["2026-12-31*"],
            3: [self.model.columns[3].text(SimpleNamespace(overdue_days=365))],
            4: [severity_label(s) for s in ("normal", "serious", "stop_work")],
            5: 16, 6: 18, 8: ["2026-12-31"],
        })
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.panel = RectificationPanel(controller)
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel)
        splitter.setSizes([700, 480])
        layout.addWidget(splitter, 1)

    def show_project(self, project_id: int | None) -> None:
        self.project_id = project_id
        for combo, first, items in (
            (self.party, self.tr("All parties"), self.controller.projects.party_names(project_id) if project_id else []),
            (self.compound, self.tr("All compounds"),
             [(r.name, r.id) for r in self.controller.projects.compounds(project_id)] if project_id else []),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for item in items:
                if isinstance(item, tuple):
                    combo.addItem(item[0], item[1])
                else:
                    combo.addItem(item, item)
            combo.blockSignals(False)
        self.reload()

    def export_list(self) -> None:
        from supervisor.ui.documents.export_dialog import export_view

        if self.project_id:
            export_view(self, self.controller, "rectifications", self.current_filter())

    def current_filter(self):
        from supervisor.site.rectification_register import RectFilter

        return RectFilter(
            project_id=self.project_id,
            status=self.status.currentData() or "",
            overdue_only=self.overdue.isChecked(),
            responsible_party=self.party.currentData() or "",
            compound_id=self.compound.currentData(),
            category=self.category.currentData() or "",
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            search=self.search.text().strip(),
        )

    def reload(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else self.panel.rect_id
        if not self.project_id:
            self.model.set_source(None, None)
        else:
            rect_filter = self.current_filter()
            attempt(self, lambda: self.model.set_source(
                lambda offset, limit, key, desc: self.controller.site.rect_page(rect_filter, offset, limit, key, desc),
                lambda: self.controller.site.rect_count(rect_filter),
            ))
        self.count_label.setText(self.tr("%n item(s)", "", self.model.total))
        self.new_button.setEnabled(bool(self.project_id))
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.table.selectRow(row)
            self.panel.show_item(keep, self.project_id)
        else:
            self.panel.show_item(None, None)

    def _current_changed(self, current, _previous):
        if current.isValid():
            self.panel.show_item(self.model.row(current.row()).id, self.project_id)
        else:
            self.panel.show_item(None, None)

    def select(self, rect_id: int) -> None:
        self.reload(keep=rect_id)

    def new_item(self):
        if not self.project_id:
            return
        dialog = RectificationDialog(self.controller, self.project_id, parent=self)
        if dialog.exec() and dialog.saved_id:
            self.select(dialog.saved_id)
