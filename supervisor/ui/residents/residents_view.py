"""The residents tab of a project (三问于民): roster, consultation, opinions, supervision days,
satisfaction. The roster, consultation and satisfaction pages show the compound chosen at the
top; opinions and supervision days cover the whole project."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from supervisor.residents.catalog import ANSWERS, MENU_ITEMS
from supervisor.ui.failures import shows_errors
from supervisor.ui.labels import catalog_label, list_separator, yes_no_label
from supervisor.ui.list_page import ListPage
from supervisor.ui.tables import (
    GOOD_BACKGROUND,
    OVERDUE_BACKGROUND,
    WARNING_BACKGROUND,
    Column,
    RowTableModel,
    fit_columns,
    fit_width,
    row_table,
    selected_rows,
)
from supervisor.ui.widgets import ask, format_date


def _buttons(*buttons) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class RosterPage(ListPage):
    """The households of one compound, entered by hand or imported from Excel."""

    def __init__(self, controller, parent=None):
        super().__init__(
            controller,
            [
                Column(self.tr("Building"), lambda r: r.building),
                Column(self.tr("Unit"), lambda r: r.unit),
                Column(self.tr("Flat"), lambda r: r.number),
                Column(self.tr("Owner"), lambda r: r.owner_name),
                Column(self.tr("Phone"), lambda r: r.phone),
                Column(self.tr("Lives here"), lambda r: yes_no_label(r.resident)),
                Column(self.tr("Elderly"), lambda r: yes_no_label(r.elderly)),
                Column(self.tr("Area (m²)"), lambda r: str(r.area) if r.area is not None else "", align_right=True),
                Column(self.tr("Notes"), lambda r: r.notes),
            ],
            table_name="rosterTable", new_text=self.tr("&Add household…"), multi=True, stretch=8, parent=parent,
        )
        self.compound_id: int | None = None
        self.compound_name = ""
        self.import_button = self.extra_button(self.tr("&Import from Excel…"), self.import_roster, name="importRoster")
        self.template_button = self.extra_button(self.tr("Save blank &template…"), self.save_template,
                                               needs_context=False)
        self.history_button = self.extra_button(
            self.tr("&History…"), self.show_history, name="householdHistory",
            tooltip=self.tr("Every change of the selected household and its consultation answers"),
            enabled=lambda rows: len(rows) == 1)
        self.summary = QLabel()
        self.summary.setObjectName("rosterSummary")
        self.insert(self.summary)
        self.update_buttons()

    def show_compound(self, compound_id: int | None, name: str) -> None:
        self.compound_id = compound_id
        self.compound_name = name
        self.reload()

    def available(self) -> bool:
        return self.compound_id is not None

    def load(self) -> list:
        return self.controller.residents.households(self.compound_id)

    def loaded(self, rows: list) -> None:
        elderly = sum(1 for r in rows if r.elderly)
        away = sum(1 for r in rows if not r.resident)
        unnamed = sum(1 for r in rows if not r.owner_name)
        text = self.tr("{count} households, {elderly} with elderly residents, {away} not living here.").format(
            count=len(rows), elderly=elderly, away=away
        )
        if unnamed:
            text += " " + self.tr("{unnamed} without an owner's name.").format(unnamed=unnamed)
        self.summary.setText(text if self.compound_id else self.tr("Choose a compound."))

    def show_history(self) -> None:
        from supervisor.ui.history.view import show_history

        row = self.current()
        if row is not None:
            show_history(self, self.controller, "household", row.id, f"{self.compound_name} {row.label}")

    def add(self) -> None:
        from supervisor.ui.residents.dialogs import HouseholdDialog, warn_unmet_gates

        compound_id = self.compound_id
        dialog = HouseholdDialog(lambda data: self.controller.residents.add_household(compound_id, data), parent=self)
        if dialog.exec():
            warn_unmet_gates(self, self.controller, compound_id)

    def edit(self, row) -> None:
        from supervisor.ui.residents.dialogs import HouseholdDialog

        HouseholdDialog(lambda data: self.controller.residents.update_household(row.id, data), row.to_data(), self).exec()

    def removal(self, rows: list):
        ids = [r.id for r in rows]
        summary = self.controller.residents.household_removal(ids)
        lines = [self.tr("Remove %n household(s)?", "", summary.households)]
        if summary.answers:
            lines.append(self.tr("Removed with them: %n consultation answer(s).", "", summary.answers))
        kept = [text for count, text in (
            (summary.opinions, self.tr("%n opinion(s)", "", summary.opinions)),
            (summary.surveys, self.tr("%n satisfaction survey form(s)", "", summary.surveys)),
            (summary.checks, self.tr("%n site check(s)", "", summary.checks)),
        ) if count]
        if kept:
            lines.append(self.tr("Staying, without their link to the household: {records}.").format(
                records=list_separator().join(kept)))
        lines.append(self.tr("Edit → Undo puts them back."))
        return self.tr("Remove households"), "\n\n".join(lines), lambda: self.controller.residents.remove_households(ids)

    def import_roster(self) -> None:
        from supervisor.ui.residents.roster_import import RosterImportDialog

        if self.compound_id is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import roster"), "", self.tr("Excel workbooks (*.xlsx);;All files (*)")
        )
        if path:
            RosterImportDialog(self.controller, self.compound_id, self.compound_name, Path(path), self).exec()

    @shows_errors
    def save_template(self) -> None:
        from supervisor.residents import roster_xlsx

        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save roster template"), "住户花名册模板.xlsx", self.tr("Excel workbooks (*.xlsx)")
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        roster_xlsx.write_template(path)


class ConsultationPage(QWidget):
    """Each household's answer in a round, the tally against the threshold, the ranking."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.project_id: int | None = None
        self.compound_id: int | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.round = QComboBox()
        self.round.setObjectName("consultationRound")
        self.round.addItem(self.tr("Round 1: willingness"), 1)
        self.round.addItem(self.tr("Round 2: scheme"), 2)
        self.round.currentIndexChanged.connect(lambda _i: self.reload())
        top.addWidget(QLabel(self.tr("Round:")))
        top.addWidget(self.round)
        top.addStretch(1)
        self.print_button = QPushButton(self.tr("&Print register…"))
        self.print_button.setObjectName("printRegister")
        self.print_button.setToolTip(self.tr("The resident opinion register of this compound and round, as a PDF"))
        self.print_button.clicked.connect(self.print_register)
        top.addWidget(self.print_button)
        layout.addLayout(top)
        self.tally_label = QLabel()
        self.tally_label.setObjectName("tallyLabel")
        self.tally_label.setWordWrap(True)
        self.tally_label.setTextFormat(Qt.TextFormat.RichText)
        font = self.tally_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.tally_label.setFont(font)
        layout.addWidget(self.tally_label)
        self.answer_button = QPushButton(self.tr("&Record answer…"))
        self.answer_button.setObjectName("recordAnswer")
        self.answer_button.clicked.connect(self.record)
        self.quick: dict[str, QPushButton] = {}
        for entry in ANSWERS:
            button = QPushButton(self.tr("Mark %1").replace("%1", catalog_label(ANSWERS, entry.key)))
            button.setObjectName(f"mark_{entry.key}")
            button.setToolTip(self.tr("Record this answer for the selected households, dated today"))
            button.clicked.connect(lambda _c=False, k=entry.key: self.mark(k))
            self.quick[entry.key] = button
        self.clear_button = QPushButton(self.tr("C&lear"))
        self.clear_button.clicked.connect(self.clear)
        layout.addLayout(_buttons(self.answer_button, *self.quick.values(), self.clear_button))
        self.model = RowTableModel(
            [
                Column(self.tr("Household"), lambda r: r.label),
                Column(self.tr("Owner"), lambda r: r.owner_name),
                Column(self.tr("Phone"), lambda r: r.phone),
                Column(self.tr("Answer"), lambda r: catalog_label(ANSWERS, r.answer) if r.answer else ""),
                Column(self.tr("Wanted items"), self._wanted),
                Column(self.tr("Co-fund"), lambda r: yes_no_label(r.co_fund)),
                Column(self.tr("Pay property fee"), lambda r: yes_no_label(r.pay_property)),
                Column(self.tr("Comments"), lambda r: r.comments),
                Column(self.tr("Visitor"), lambda r: r.visitor),
                Column(self.tr("Date"), lambda r: format_date(r.visited_on)),
            ],
            background=self._colour,
            parent=self,
        )
        self.table = row_table(self.model, "registerTable", multi=True)
        self.table.doubleClicked.connect(lambda _i: self.record())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.ranking = RowTableModel(
            [
                Column(self.tr("Compound"), lambda t: t.compound),
                Column(self.tr("Households"), lambda t: str(t.count.households), align_right=True),
                Column(self.tr("Agree"), lambda t: str(t.count.agreeing), align_right=True),
                Column(self.tr("Rate"), lambda t: f"{t.rate:.1%}", align_right=True),
                Column(self.tr("Passed"), lambda t: self.tr("Yes") if t.passed else self.tr("No")),
            ],
            background=lambda t: GOOD_BACKGROUND if t.passed else OVERDUE_BACKGROUND,
            parent=self,
        )
        self.ranking_table = row_table(self.ranking, "rankingTable")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Compounds of the project, by agreement")))
        right_layout.addWidget(self.ranking_table, 1)
        self.wanted_label = QLabel()
        self.wanted_label.setObjectName("wantedSummary")
        self.wanted_label.setWordWrap(True)
        right_layout.addWidget(self.wanted_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    @staticmethod
    def _wanted(row) -> str:
        return list_separator().join(catalog_label([MENU_ITEMS[k]], k) for k in row.wanted if k in MENU_ITEMS)

    @staticmethod
    def _colour(row):
        return {"agree": GOOD_BACKGROUND, "disagree": OVERDUE_BACKGROUND, "abstain": WARNING_BACKGROUND}.get(
            row.answer or ""
        )

    def print_register(self) -> None:
        from supervisor.ui.documents.print_preview import preview

        if self.compound_id is not None:
            preview(self, self.controller, "opinions", self.project_id, record=self.compound_id,
                    round_=self.current_round())

    def current_round(self) -> int:
        return int(self.round.currentData())

    def show_compound(self, project_id: int | None, compound_id: int | None) -> None:
        self.project_id = project_id
        self.compound_id = compound_id
        self.reload()

    def reload(self) -> None:
        round_ = self.current_round()
        if self.compound_id is None:
            self.model.set_rows([])
            self.tally_label.setText(self.tr("Choose a compound."))
            self.wanted_label.clear()
        else:
            self.model.set_rows(self.controller.residents.consultation_register(self.compound_id, round_))
            self.tally_label.setText(self._tally_text(self.controller.residents.tally(self.compound_id, round_)))
            counts = self.controller.residents.wanted_counts(self.compound_id, round_)
            top = sorted(counts.items(), key=lambda kv: -kv[1])[:8]
            self.wanted_label.setText(
                self.tr("Most wanted: {items}").format(
                    items=list_separator().join(
                        f"{catalog_label([MENU_ITEMS[k]], k)} {n}" for k, n in top if k in MENU_ITEMS
                    )
                )
                if top
                else ""
            )
        fit_columns(self.table)
        self.ranking.set_rows(self.controller.residents.project_tallies(self.project_id, round_) if self.project_id else [])
        fit_columns(self.ranking_table)
        fit_width(self.ranking_table)
        self._update_buttons()

    def _rule_text(self, settings) -> str:
        from supervisor.residents.rules import ConsentRule

        if settings.rule == ConsentRule.CIVIL_CODE:
            text = self.tr("2/3 take part (households and area), 3/4 of them agree")
        elif settings.rule == ConsentRule.HOUSEHOLDS_AND_AREA:
            text = self.tr("households and floor area agreeing ≥ {percent}%").format(percent=f"{settings.percent:g}")
        else:
            text = self.tr("households agreeing ≥ {percent}% of all").format(percent=f"{settings.percent:g}")
        return text + (self.tr(" (each entrance)") if settings.per_unit else "")

    def _tally_text(self, tally) -> str:
        from PySide6.QtCore import QCoreApplication

        c = tally.count
        text = self.tr(
            "{households} households, {visited} visited: {agree} agree, {disagree} disagree, "
            "{abstain} abstain. Agreement {rate}; rule: {rule}."
        ).format(
            households=c.households, visited=c.visited, agree=c.agreeing, disagree=c.disagreeing,
            abstain=c.abstaining, rate=f"{c.rate:.1%}", rule=self._rule_text(tally.settings),
        )
        if c.households > c.listed:
            text += " " + self.tr("The roster lists {listed} of the {households} households declared.").format(
                listed=c.listed, households=c.households
            )
        if tally.passed:
            reached = self.tr("Threshold reached.")
            verdict = f"<b style='color:#1e7b34'>{reached}</b>"
        else:
            reasons = list_separator().join(
                QCoreApplication.translate("consent", template).format(**params)
                for template, params in tally.verdict.reasons
            )
            below = self.tr("Below the threshold:")
            verdict = f"<b style='color:#c0392b'>{below}</b> {reasons}"
        from html import escape

        return f"{escape(text)}<br>{verdict}"

    def _update_buttons(self) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        for button in (self.answer_button, self.clear_button, *self.quick.values()):
            button.setEnabled(selected)
        self.print_button.setEnabled(self.compound_id is not None)

    def record(self) -> None:
        from supervisor.residents.consultation import AnswerData
        from supervisor.ui.residents.dialogs import AnswerDialog

        rows = selected_rows(self.table)
        if not rows:
            return
        row = rows[0]
        round_ = self.current_round()
        data = None
        if row.answer is not None:
            data = AnswerData(
                row.answer, list(row.wanted), row.co_fund, row.pay_property, row.comments, row.visitor, row.visited_on
            )
        title = self.tr("{household} {owner} — round {round}").format(
            household=row.label, owner=row.owner_name, round=round_
        )
        ids = [row.household_id]
        AnswerDialog(lambda d: self.controller.residents.set_answers(ids, round_, d), title, data, self).exec()

    @shows_errors
    def mark(self, answer: str) -> None:
        import datetime as dt

        from supervisor.db.audit import current_user
        from supervisor.residents.consultation import AnswerData

        rows = selected_rows(self.table)
        if not rows:
            return
        overwritten = [r for r in rows if r.answer is not None and r.answer != answer]
        if overwritten and not ask(
            self,
            self.tr("Change answers"),
            self.tr("{count} of the selected households already have another answer. Replace it?").format(
                count=len(overwritten)
            ),
        ):
            return
        answers = {
            row.household_id: AnswerData(
                answer, list(row.wanted), row.co_fund, row.pay_property, row.comments,
                row.visitor or current_user(), row.visited_on or dt.date.today(),
            )
            for row in rows
        }
        round_ = self.current_round()
        text = self.tr("Mark %n household(s) “{answer}” in round {round}", "", len(answers)).format(
            answer=catalog_label(ANSWERS, answer), round=round_)
        self.controller.residents.mark_answers(answers, round_, text)

    @shows_errors
    def clear(self) -> None:
        rows = selected_rows(self.table)
        if rows and ask(
            self,
            self.tr("Clear answers"),
            self.tr("Clear the answers of {count} household(s) in this round?").format(count=len(rows)),
        ):
            self.controller.residents.clear_answers([r.household_id for r in rows], self.current_round())


class ResidentsView(QWidget):
    """The residents tab: a compound chooser above the five pages.

    Signals:
        rectification_created(int): an issue of a supervision day became this rectification item.
    """

    rectification_created = Signal(int)

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        from supervisor.ui.residents.opinions_view import DaysPage, OpinionsPage
        from supervisor.ui.residents.surveys_view import SurveysPage

        self.controller = controller
        self.project_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.compound = QComboBox()
        self.compound.setObjectName("residentsCompound")
        self.compound.setMinimumContentsLength(16)
        self.compound.currentIndexChanged.connect(lambda _i: self._compound_changed())
        self.rules_button = QPushButton(self.tr("R&ules…"))
        self.rules_button.setObjectName("residentRules")
        self.rules_button.clicked.connect(self.edit_rules)
        top.addWidget(QLabel(self.tr("Compound:")))
        top.addWidget(self.compound)
        top.addStretch(1)
        top.addWidget(self.rules_button)
        layout.addLayout(top)
        self.pages = QTabWidget()
        self.pages.setObjectName("residentPages")
        self.roster = RosterPage(controller)
        self.consultation = ConsultationPage(controller)
        self.opinions = OpinionsPage(controller)
        self.days = DaysPage(controller)
        self.surveys = SurveysPage(controller)
        self.pages.addTab(self.roster, self.tr("Roster"))
        self.pages.addTab(self.consultation, self.tr("Consultation"))
        self.pages.addTab(self.opinions, self.tr("Opinions"))
        self.pages.addTab(self.days, self.tr("Supervision days"))
        self.pages.addTab(self.surveys, self.tr("Satisfaction"))
        layout.addWidget(self.pages, 1)
        self.days.rectification_created.connect(self.rectification_created)

    def compound_id(self) -> int | None:
        return self.compound.currentData()

    def show_project(self, project_id: int | None) -> None:
        self.project_id = project_id
        self.reload_compounds()
        self.opinions.show_project(project_id)
        self.days.show_project(project_id)

    def reload_compounds(self) -> None:
        keep = self.compound.currentData()
        self.compound.blockSignals(True)
        self.compound.clear()
        for row in self.controller.projects.compounds(self.project_id) if self.project_id else []:
            self.compound.addItem(row.name, row.id)
        index = self.compound.findData(keep) if keep is not None else -1
        self.compound.setCurrentIndex(index if index >= 0 else 0)
        self.compound.blockSignals(False)
        self._compound_changed()

    def _compound_changed(self) -> None:
        compound_id = self.compound.currentData()
        name = self.compound.currentText()
        self.roster.show_compound(compound_id, name)
        self.consultation.show_compound(self.project_id, compound_id)
        self.surveys.show_compound(self.project_id, compound_id)

    def reload(self) -> None:
        """After a change to residents' records: refresh every page."""
        self._compound_changed()
        self.opinions.reload()
        self.days.reload()

    @shows_errors
    def edit_rules(self) -> None:
        from supervisor.ui.residents.dialogs import ResidentRulesDialog

        consent, opinion = self.controller.residents.resident_settings()
        ResidentRulesDialog(self.controller.residents.set_resident_settings, consent, opinion, self).exec()

