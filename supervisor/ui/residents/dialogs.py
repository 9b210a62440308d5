"""Dialogs of the residents' records: a household, a consultation answer, the local rules.

Each dialog takes a ``save`` callable; a ``SupervisorError`` from it is shown inside the dialog
and the dialog stays open with what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
)

from supervisor import errors
from supervisor.db.audit import current_user
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.residents.catalog import ANSWERS, MENU_GROUPS
from supervisor.residents.roster import HouseholdData, parse_area
from supervisor.residents.rules import ConsentRule, ConsentSettings, OpinionSettings, parse_percent
from supervisor.ui.dialogs import SavingDialog
from supervisor.ui.labels import catalog_label
from supervisor.ui.widgets import from_qdate, to_qdate


class HouseholdDialog(SavingDialog):
    """One household of the roster."""

    def __init__(self, save, data: HouseholdData | None = None, parent=None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Household"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.building = QLineEdit()
        self.building.setObjectName("householdBuilding")
        self.building.setPlaceholderText(self.tr("e.g. 3号楼"))
        self.unit = QLineEdit("1")
        self.number = QLineEdit()
        self.number.setObjectName("householdNumber")
        self.number.setPlaceholderText(self.tr("e.g. 502"))
        self.owner = QLineEdit()
        self.owner.setObjectName("householdOwner")
        self.phone = QLineEdit()
        self.phone.setObjectName("householdPhone")
        self.resident = QCheckBox(self.tr("Lives here"))
        self.resident.setChecked(True)
        self.elderly = QCheckBox(self.tr("Elderly (60 or older)"))
        self.area = QLineEdit()
        self.area.setPlaceholderText(self.tr("m², optional"))
        self.notes = QLineEdit()
        form.addRow(self.tr("&Building:"), self.building)
        form.addRow(self.tr("&Unit:"), self.unit)
        form.addRow(self.tr("&Flat:"), self.number)
        form.addRow(self.tr("&Owner:"), self.owner)
        form.addRow(self.tr("&Phone:"), self.phone)
        flags = QHBoxLayout()
        flags.addWidget(self.resident)
        flags.addWidget(self.elderly)
        flags.addStretch(1)
        form.addRow("", flags)
        form.addRow(self.tr("Floor &area:"), self.area)
        form.addRow(self.tr("&Notes:"), self.notes)
        layout.addLayout(form)
        self.finish(layout)
        if data is not None:
            self.building.setText(data.building)
            self.unit.setText(data.unit)
            self.number.setText(data.number)
            self.owner.setText(data.owner_name)
            self.phone.setText(data.phone)
            self.resident.setChecked(data.resident)
            self.elderly.setChecked(data.elderly)
            self.area.setText(str(data.area) if data.area is not None else "")
            self.notes.setText(data.notes)

    def data(self) -> HouseholdData:
        try:
            area = parse_area(self.area.text())
        except ValueError:
            raise errors.ValidationError(
                QT_TRANSLATE_NOOP("errors", "{area} is not a floor area in square metres."),
                field="area",
                area=self.area.text().strip(),
            ) from None
        return HouseholdData(
            self.building.text(), self.unit.text(), self.number.text(), self.owner.text(),
            self.phone.text(), self.resident.isChecked(), self.elderly.isChecked(), area, self.notes.text(),
        )

    def save(self) -> None:
        self._save(self.data())


class AnswerDialog(SavingDialog):
    """A household's answer in a consultation round: large, few fields, forgiving."""

    def __init__(self, save, title: str, data=None, parent=None):
        from supervisor.residents.consultation import AnswerData

        super().__init__(parent)
        self._save = save
        self.setWindowTitle(title)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.setFont(font)
        layout = self.scrolling_body()  # in large type it is taller than a laptop's screen
        heading = QLabel(title)
        heading.setWordWrap(True)
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        layout.addWidget(heading)
        answers = QHBoxLayout()
        self.answer_group = QButtonGroup(self)
        self.answer_buttons: dict[str, QRadioButton] = {}
        for entry in ANSWERS:
            button = QRadioButton(catalog_label(ANSWERS, entry.key))
            button.setObjectName(f"answer_{entry.key}")
            self.answer_group.addButton(button)
            self.answer_buttons[entry.key] = button
            answers.addWidget(button)
        answers.addStretch(1)
        layout.addLayout(answers)
        menu = QGroupBox(self.tr("Wanted renovation items"))
        grid = QGridLayout(menu)
        self.wanted: dict[str, QCheckBox] = {}
        for column, (group, items) in enumerate(MENU_GROUPS):
            title_label = QLabel(f"<b>{catalog_label([group], group.key)}</b>")
            grid.addWidget(title_label, 0, column)
            for row, item in enumerate(items, start=1):
                box = QCheckBox(catalog_label(items, item.key))
                box.setObjectName(f"wanted_{item.key}")
                self.wanted[item.key] = box
                grid.addWidget(box, row, column)
        layout.addWidget(menu)
        form = QFormLayout()
        self.co_fund = self._tri_state()
        self.pay_property = self._tri_state()
        self.comments = QPlainTextEdit()
        self.comments.setTabChangesFocus(True)
        self.comments.setFixedHeight(self.fontMetrics().height() * 4)
        self.visitor = QLineEdit(current_user())
        self.visited_on = QDateEdit()
        self.visited_on.setCalendarPopup(True)
        self.visited_on.setDisplayFormat("yyyy-MM-dd")
        self.visited_on.setDate(QDate.currentDate())
        form.addRow(self.tr("Willing to co-fund:"), self.co_fund)
        form.addRow(self.tr("Willing to pay for property management:"), self.pay_property)
        form.addRow(self.tr("Comments:"), self.comments)
        form.addRow(self.tr("Visitor:"), self.visitor)
        form.addRow(self.tr("Date:"), self.visited_on)
        layout.addLayout(form)
        self.finish(layout)
        data = data or AnswerData()
        self.answer_buttons.get(data.answer, self.answer_buttons["agree"]).setChecked(True)
        for key in data.wanted:
            if key in self.wanted:
                self.wanted[key].setChecked(True)
        self._set_tri(self.co_fund, data.co_fund)
        self._set_tri(self.pay_property, data.pay_property)
        self.comments.setPlainText(data.comments)
        if data.visitor:
            self.visitor.setText(data.visitor)
        if data.visited_on:
            self.visited_on.setDate(to_qdate(data.visited_on))

    def _tri_state(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Not asked"), None)
        combo.addItem(self.tr("Yes"), True)
        combo.addItem(self.tr("No"), False)
        return combo

    @staticmethod
    def _set_tri(combo: QComboBox, value) -> None:
        combo.setCurrentIndex({None: 0, True: 1, False: 2}[value])

    def data(self):
        from supervisor.residents.consultation import AnswerData

        answer = next((k for k, b in self.answer_buttons.items() if b.isChecked()), "")
        return AnswerData(
            answer,
            [k for k, box in self.wanted.items() if box.isChecked()],
            self.co_fund.currentData(),
            self.pay_property.currentData(),
            self.comments.toPlainText(),
            self.visitor.text(),
            from_qdate(self.visited_on.date()),
        )

    def save(self) -> None:
        self._save(self.data())


class ResidentRulesDialog(SavingDialog):
    """The local rules: the consent threshold and the reply period for opinions."""

    def __init__(self, save, consent: ConsentSettings, opinion: OpinionSettings, parent=None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Resident participation rules"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.rule = QComboBox()
        self.rule.setObjectName("consentRule")
        self.rule.addItem(self.tr("Share of all households agreeing"), str(ConsentRule.HOUSEHOLDS))
        self.rule.addItem(
            self.tr("Share of all households and of all floor area agreeing"), str(ConsentRule.HOUSEHOLDS_AND_AREA)
        )
        self.rule.addItem(
            self.tr("Civil Code: 2/3 take part (households and area), 3/4 of them agree"),
            str(ConsentRule.CIVIL_CODE),
        )
        self.percent = QLineEdit()
        self.percent.setObjectName("consentPercent")
        self.percent.setPlaceholderText(self.tr("e.g. 80 or 2/3"))
        self.per_unit = QCheckBox(self.tr("Judge each entrance (单元) on its own, as for added elevators"))
        self.reply_days = QSpinBox()
        self.reply_days.setObjectName("replyDays")
        self.reply_days.setRange(1, 60)
        self.reply_days.setSuffix(self.tr(" working days"))
        form.addRow(self.tr("Consent rule:"), self.rule)
        form.addRow(self.tr("Threshold (%):"), self.percent)
        form.addRow("", self.per_unit)
        form.addRow(self.tr("Reply to opinions within:"), self.reply_days)
        layout.addLayout(form)
        hint = QLabel(
            self.tr(
                "These rules apply to every project in this database. The default is the rule of "
                "many cities: at least 80 % of all households agree."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.finish(layout)
        self.rule.setCurrentIndex(max(0, self.rule.findData(str(consent.rule))))
        self.percent.setText(f"{consent.percent:g}")
        self.per_unit.setChecked(consent.per_unit)
        self.reply_days.setValue(opinion.reply_days)
        self.rule.currentIndexChanged.connect(self._rule_changed)
        self._rule_changed()

    def _rule_changed(self) -> None:
        self.percent.setEnabled(self.rule.currentData() != ConsentRule.CIVIL_CODE)

    def save(self) -> None:
        percent = parse_percent(self.percent.text()) if self.percent.isEnabled() else 80.0
        self._save(
            ConsentSettings(self.rule.currentData(), percent, self.per_unit.isChecked()),
            OpinionSettings(self.reply_days.value()),
        )


def warn_unmet_gates(parent, controller, compound_id: int) -> None:
    """After the roster grew: say so when a completed step has lost its residents' consent."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from supervisor.ui.labels import list_separator

    try:
        gates = controller.residents.unmet_gates(compound_id)
    except errors.SupervisorError:
        return
    for gate in gates:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Residents", "Consent no longer met"),
            QCoreApplication.translate(
                "Residents",
                "Step {step} {name} was completed on the residents' consent, but with the households "
                "now on the roster these compounds are below the threshold: {compounds}. Record the new "
                "households' answers, or reopen the step.",
            ).format(step=gate.step_code, name=gate.step_name, compounds=list_separator().join(gate.compounds)),
        )
