"""Satisfaction surveys (满意度调查) of a compound, its rate, and the comparison of projects."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from supervisor.db.audit import current_user
from supervisor.residents.catalog import RATINGS, SURVEY_ITEMS, SURVEY_METHODS
from supervisor.ui.dialogs import SavingDialog
from supervisor.ui.failures import shows_errors
from supervisor.ui.labels import catalog_label
from supervisor.ui.list_page import ListPage
from supervisor.ui.tables import (
    GOOD_BACKGROUND,
    OVERDUE_BACKGROUND,
    Column,
    RowTableModel,
    fit_columns,
    row_table,
)
from supervisor.ui.widgets import fit_to_screen, format_date, from_qdate, to_qdate


def _percent(rate) -> str:
    return f"{rate:.1%}" if rate is not None else "—"


class SurveyDialog(SavingDialog):
    """One survey form: a row of rating buttons per item, as on the paper form."""

    def __init__(self, controller, compound_id: int, save, data=None, parent=None):
        from supervisor.residents.surveys import SurveyData

        super().__init__(parent)
        self.compound_id = compound_id
        self._save = save
        self.setWindowTitle(self.tr("Satisfaction survey"))
        fit_to_screen(self, 760, 760)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.household = QComboBox()
        self.household.setObjectName("surveyHousehold")
        self.household.addItem(self.tr("(anonymous, e.g. by QR code)"), None)
        for row in controller.residents.households(compound_id):
            self.household.addItem(f"{row.label} {row.owner_name}".strip(), row.id)
        self.method = QComboBox()
        for entry in SURVEY_METHODS:
            self.method.addItem(catalog_label(SURVEY_METHODS, entry.key), entry.key)
        self.respondent = QLineEdit()
        self.phone = QLineEdit()
        self.surveyor = QLineEdit(current_user())
        self.surveyed_on = QDateEdit()
        self.surveyed_on.setCalendarPopup(True)
        self.surveyed_on.setDisplayFormat("yyyy-MM-dd")
        self.surveyed_on.setDate(QDate.currentDate())
        form.addRow(self.tr("Household:"), self.household)
        form.addRow(self.tr("Method:"), self.method)
        form.addRow(self.tr("Respondent:"), self.respondent)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(self.tr("Surveyor:"), self.surveyor)
        form.addRow(self.tr("Date:"), self.surveyed_on)
        layout.addLayout(form)
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        item_header = self.tr("Item")
        grid.addWidget(QLabel(f"<b>{item_header}</b>"), 0, 0)
        for column, rating in enumerate(RATINGS, start=1):
            grid.addWidget(QLabel(f"<b>{catalog_label(RATINGS, rating.key)}</b>"), 0, column)
        not_rated = self.tr("Not rated")
        grid.addWidget(QLabel(f"<b>{not_rated}</b>"), 0, len(RATINGS) + 1)
        self.groups: dict[str, QButtonGroup] = {}
        self.rating_buttons: dict[tuple[str, str], QRadioButton] = {}
        for row, item in enumerate(SURVEY_ITEMS, start=1):
            name = QLabel(catalog_label(SURVEY_ITEMS, item.key))
            if item.key == "overall":
                font = name.font()
                font.setBold(True)
                name.setFont(font)
            grid.addWidget(name, row, 0)
            group = QButtonGroup(self)
            for column, key in enumerate([r.key for r in RATINGS] + [""], start=1):
                button = QRadioButton()
                button.setObjectName(f"rate_{item.key}_{key or 'none'}")
                group.addButton(button)
                self.rating_buttons[(item.key, key)] = button
                grid.addWidget(button, row, column, alignment=Qt.AlignmentFlag.AlignCenter)
            self.rating_buttons[(item.key, "")].setChecked(True)
            self.groups[item.key] = group
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_widget)
        layout.addWidget(scroll, 1)
        self.comments = QLineEdit()
        comments = QFormLayout()
        comments.addRow(self.tr("Comments:"), self.comments)
        layout.addLayout(comments)
        self.finish(layout)
        data = data or SurveyData(compound_id)
        index = self.household.findData(data.household_id)
        self.household.setCurrentIndex(max(0, index))
        self.method.setCurrentIndex(max(0, self.method.findData(data.method)))
        for key, value in data.ratings.items():
            if (key, value) in self.rating_buttons:
                self.rating_buttons[(key, value)].setChecked(True)
        self.respondent.setText(data.respondent)
        self.phone.setText(data.phone)
        if data.surveyor:
            self.surveyor.setText(data.surveyor)
        if data.surveyed_on:
            self.surveyed_on.setDate(to_qdate(data.surveyed_on))
        self.comments.setText(data.comments)

    def data(self):
        from supervisor.residents.surveys import SurveyData

        ratings = {}
        for item in SURVEY_ITEMS:
            for rating in RATINGS:
                if self.rating_buttons[(item.key, rating.key)].isChecked():
                    ratings[item.key] = rating.key
        return SurveyData(
            self.compound_id,
            self.household.currentData(),
            self.method.currentData(),
            ratings,
            self.comments.text(),
            self.respondent.text(),
            self.phone.text(),
            self.surveyor.text(),
            from_qdate(self.surveyed_on.date()),
        )

    def save(self) -> None:
        self._save(self.data())


class ComparisonDialog(QDialog):
    """Satisfaction of every project, and of each compound of the current project."""

    def __init__(self, controller, project_id: int | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Satisfaction by project"))
        fit_to_screen(self, 820, 560)
        layout = QVBoxLayout(self)
        projects = RowTableModel(
            [
                Column(self.tr("Code"), lambda p: p.code),
                Column(self.tr("Project"), lambda p: p.name),
                Column(self.tr("Forms"), lambda p: str(p.satisfaction.overall.forms), align_right=True),
                Column(self.tr("Valid"), lambda p: str(p.satisfaction.overall.valid), align_right=True),
                Column(self.tr("Satisfied"), lambda p: str(p.satisfaction.overall.satisfied), align_right=True),
                Column(self.tr("Rate"), lambda p: _percent(p.satisfaction.overall.rate), align_right=True),
            ],
            parent=self,
        )
        projects.set_rows(controller.residents.compare_projects())
        table = row_table(projects, "comparisonTable", stretch=1)
        layout.addWidget(QLabel(self.tr("Projects, the most satisfied first")))
        layout.addWidget(table, 1)
        if project_id is not None:
            _total, compounds = controller.residents.project_satisfaction(project_id)
            model = RowTableModel(
                [
                    Column(self.tr("Compound"), lambda s: s.name),
                    Column(self.tr("Households"), lambda s: str(s.households), align_right=True),
                    Column(self.tr("Forms"), lambda s: str(s.overall.forms), align_right=True),
                    Column(self.tr("Rate"), lambda s: _percent(s.overall.rate), align_right=True),
                ],
                parent=self,
            )
            model.set_rows(compounds)
            layout.addWidget(QLabel(self.tr("Compounds of the current project")))
            layout.addWidget(row_table(model, "compoundRates", stretch=0), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_columns(table)


class SurveysPage(ListPage):
    """Survey forms of one compound with its satisfaction rate and item rates."""

    def __init__(self, controller, parent=None):
        super().__init__(
            controller,
            [
                Column(self.tr("Household"), lambda r: r.household or self.tr("(anonymous)")),
                Column(self.tr("Owner"), lambda r: r.owner_name),
                Column(self.tr("Overall"), lambda r: catalog_label(RATINGS, r.overall) if r.overall else ""),
                Column(self.tr("Method"), lambda r: catalog_label(SURVEY_METHODS, r.method)),
                Column(self.tr("Respondent"), lambda r: r.respondent),
                Column(self.tr("Surveyor"), lambda r: r.surveyor),
                Column(self.tr("Date"), lambda r: format_date(r.surveyed_on)),
                Column(self.tr("Comments"), lambda r: r.comments),
            ],
            table_name="surveyTable", new_text=self.tr("&New survey form…"), new_name="newSurvey", stretch=7,
            background=lambda r: OVERDUE_BACKGROUND if r.overall == "unsatisfied" else (
                GOOD_BACKGROUND if r.overall else None
            ),
            parent=parent,
        )
        self.project_id: int | None = None
        self.compound_id: int | None = None
        self.compare_button = self.extra_button(self.tr("&Compare projects…"), self.compare, needs_context=False)
        self.print_button = self.extra_button(
            self.tr("&Print register…"), self.print_register, name="printSurveys",
            tooltip=self.tr("The satisfaction survey register of this compound, as a PDF"),
        )
        self.summary = QLabel()
        self.summary.setObjectName("satisfactionSummary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.summary.setFont(font)
        self.insert(self.summary)
        self.items_label = QLabel()
        self.items_label.setWordWrap(True)
        self.insert(self.items_label)
        self.update_buttons()

    def show_compound(self, project_id: int | None, compound_id: int | None) -> None:
        self.project_id = project_id
        self.compound_id = compound_id
        self.reload()

    def available(self) -> bool:
        return self.compound_id is not None

    def load(self) -> list:
        return self.controller.residents.surveys(self.compound_id)

    def loaded(self, rows: list) -> None:
        if self.compound_id is None:
            self.summary.setText(self.tr("Choose a compound."))
            self.items_label.clear()
            return
        result = self.controller.residents.compound_satisfaction(self.compound_id)
        overall = result.overall
        self.summary.setText(
            self.tr(
                "{forms} forms for {households} households, {valid} valid; satisfied {satisfied}: "
                "satisfaction rate {rate}."
            ).format(
                forms=overall.forms, households=result.households, valid=overall.valid,
                satisfied=overall.satisfied, rate=_percent(overall.rate),
            )
        )
        rated = [(item, result.items[item.key]) for item in SURVEY_ITEMS if result.items[item.key].valid]
        self.items_label.setText(
            "  ".join(f"{catalog_label(SURVEY_ITEMS, item.key)} {_percent(rate.rate)}" for item, rate in rated)
        )

    def add(self) -> None:
        SurveyDialog(
            self.controller, self.compound_id, lambda d: self.controller.residents.save_survey(None, d), parent=self
        ).exec()

    def edit(self, row) -> None:
        data = self.controller.residents.survey_data(row.id)
        SurveyDialog(
            self.controller, row.compound_id, lambda d: self.controller.residents.save_survey(row.id, d), data, self
        ).exec()

    def removal(self, rows: list):
        return (
            self.tr("Remove survey form"), self.tr("Remove this survey form?"),
            lambda: self.controller.residents.remove_survey(rows[0].id),
        )

    def print_register(self) -> None:
        from supervisor.ui.documents.print_preview import preview

        if self.compound_id is not None:
            preview(self, self.controller, "satisfaction", self.project_id, record=self.compound_id)

    @shows_errors
    def compare(self) -> None:
        ComparisonDialog(self.controller, self.project_id, self).exec()
