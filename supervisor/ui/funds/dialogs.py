"""Dialogs of the Funds tab: the funding terms, a budget line, a fund source, a contract, a
payment application, one step of a payment's path, the disbursement split by source, the
administrator's override of a closed gate, the residents' contributions and urgent repairs.

Each takes a ``save`` callable; a ``SupervisorError`` from it shows in the dialog, which stays
open with what was typed (``SavingDialog``). Amounts are typed as text ("1,234,567.80") and
parsed exactly by the core.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
)

from supervisor import errors
from supervisor.codes import ProjectClass
from supervisor.funds import amounts, budget, payments, residents_share, rules
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.ui.dialogs import SavingDialog
from supervisor.ui.funds import labels
from supervisor.ui.labels import class_label
from supervisor.ui.widgets import DateField, fit_to_screen, from_qdate, to_qdate

GOOD_STYLE = "color: #1e7b34; font-weight: bold;"
BAD_STYLE = "color: #c0392b; font-weight: bold;"


def _combo(names: dict[str, str], current: str | None = None, name: str = "") -> QComboBox:
    combo = QComboBox()
    if name:
        combo.setObjectName(name)
    for key, text in names.items():
        combo.addItem(text, str(key))
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(max(index, 0))
    return combo


def _money_edit(name: str, value: Decimal | None = None) -> QLineEdit:
    edit = QLineEdit(labels.money(value))
    edit.setObjectName(name)
    edit.setPlaceholderText(QCoreApplication.translate("funds", "e.g. 12,345.67"))
    return edit


def _date_edit(name: str, value: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit(to_qdate(value) if value else QDate.currentDate())
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _amount(value) -> Decimal | None:
    """An amount kept as Decimal or as typed text, as a Decimal (None when empty or not one)."""
    if value in (None, ""):
        return None
    return value if isinstance(value, Decimal) else _parsed(str(value))


def _parsed(text: str) -> Decimal | None:
    """The amount in ``text``, or None when it is not one (the core says why on saving)."""
    try:
        return amounts.parse(text)
    except errors.ValidationError:
        return None


class TermsDialog(SavingDialog):
    """The project's funding terms: its payment rule, retention and the deadlines after
    acceptance, with the final account and settlement as they happen."""

    def __init__(self, save, terms: budget.Terms, parent=None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Funding terms"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.rule = QComboBox()
        self.rule.setObjectName("paymentRule")
        for code, rule in rules.RULES.items():
            self.rule.addItem(labels.rule_label(rule), code)
        self.rule.setCurrentIndex(max(self.rule.findData(terms.payment_rule), 0))
        self.retention = QLineEdit(f"{Decimal(terms.retention_percent).normalize():f}")
        self.retention.setObjectName("retentionPercent")
        self.retention.setToolTip(self.tr("At most 3 % of the price may be held as retention."))
        self.final_months = QSpinBox()
        self.final_months.setRange(1, 12)
        self.final_months.setValue(int(terms.final_account_months))
        self.final_months.setSuffix(self.tr(" month(s)"))
        self.settlement_months = QSpinBox()
        self.settlement_months.setRange(1, budget.MAX_SETTLEMENT_MONTHS)
        self.settlement_months.setValue(int(terms.settlement_months))
        self.settlement_months.setSuffix(self.tr(" month(s)"))
        self.submitted = DateField()
        self.submitted.set_value(terms.final_account_submitted_on)
        self.audited = DateField()
        self.audited.set_value(terms.final_account_audited_on)
        self.final_amount = _money_edit("finalAccountAmount", _amount(terms.final_account_amount))
        self.settled = DateField()
        self.settled.set_value(terms.settlement_done_on)
        self.notes = QLineEdit(terms.notes)
        form.addRow(self.tr("Payment &rule:"), self.rule)
        form.addRow(self.tr("Re&tention (%):"), self.retention)
        form.addRow(self.tr("Final account due after acceptance:"), self.final_months)
        form.addRow(self.tr("Settlement due after acceptance:"), self.settlement_months)
        form.addRow(self.tr("Final account submitted:"), self.submitted)
        form.addRow(self.tr("Final account audited:"), self.audited)
        form.addRow(self.tr("Audited final &amount:"), self.final_amount)
        form.addRow(self.tr("Settlement done:"), self.settled)
        form.addRow(self.tr("&Notes:"), self.notes)
        layout.addLayout(form)
        self.finish(layout)
        self.fields = {"retention_percent": self.retention, "final_account_amount": self.final_amount}
        fit_to_screen(self, 560, 420)

    def save(self) -> None:
        self._save(budget.Terms(
            self.rule.currentData(), self.retention.text(), self.final_months.value(),
            self.settlement_months.value(), self.submitted.value(), self.audited.value(),
            self.final_amount.text().strip() or None, self.settled.value(), self.notes.text(),
        ))


class BudgetLineDialog(SavingDialog):
    """One line of the approved budget: its class of work, what it pays for, the amount."""

    def __init__(self, save, row=None, parent=None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Budget line"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.work_class = _combo({c.value: class_label(c) for c in ProjectClass},
                                 row.work_class if row else None, "budgetClass")
        self.item = QLineEdit(row.item if row else "")
        self.item.setObjectName("budgetItem")
        self.amount = _money_edit("budgetAmount", row.amount if row else None)
        form.addRow(self.tr("&Class of work:"), self.work_class)
        form.addRow(self.tr("&Pays for:"), self.item)
        form.addRow(self.tr("&Amount (yuan):"), self.amount)
        layout.addLayout(form)
        self.finish(layout)
        self.fields = {"item": self.item, "amount": self.amount}
        fit_to_screen(self, 460, 200)

    def save(self) -> None:
        self._save(self.work_class.currentData(), self.item.text(), self.amount.text())


class SourceDialog(SavingDialog):
    """Where money comes from: its kind, name and amount."""

    def __init__(self, save, row=None, parent=None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Fund source"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = _combo(labels.source_kinds(), row.kind if row else None, "sourceKind")
        self.name = QLineEdit(row.name if row else "")
        self.name.setObjectName("sourceName")
        self.name.setPlaceholderText(self.tr("e.g. 中央补助资金"))
        self.amount = _money_edit("sourceAmount", row.amount if row else None)
        self.notes = QLineEdit(row.notes if row else "")
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Amount (yuan):"), self.amount)
        form.addRow(self.tr("N&otes:"), self.notes)
        layout.addLayout(form)
        self.finish(layout)
        self.fields = {"name": self.name, "amount": self.amount}
        fit_to_screen(self, 460, 220)

    def save(self) -> None:
        self._save(self.kind.currentData(), self.name.text(), self.amount.text(), self.notes.text())


class ContractDialog(SavingDialog):
    """A contract paid from the project's money."""

    def __init__(self, save, data: budget.ContractData | None = None, parent=None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Contract"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = _combo(labels.contract_kinds(), data.kind if data else None, "contractKind")
        self.party = QLineEdit(data.party if data else "")
        self.party.setObjectName("contractParty")
        self.number = QLineEdit(data.number if data else "")
        self.price = _money_edit("contractPrice", _amount(data.price) if data else None)
        self.signed = DateField()
        self.signed.set_value(data.signed_on if data else None)
        self.retention_due = DateField()
        self.retention_due.set_value(data.retention_due_on if data else None)
        self.retention_due.setToolTip(self.tr("The end of the defects period: the retention is paid after it."))
        self.notes = QLineEdit(data.notes if data else "")
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("Other &party:"), self.party)
        form.addRow(self.tr("N&umber:"), self.number)
        form.addRow(self.tr("&Price (yuan):"), self.price)
        form.addRow(self.tr("Signed on:"), self.signed)
        form.addRow(self.tr("Defects period ends:"), self.retention_due)
        form.addRow(self.tr("N&otes:"), self.notes)
        layout.addLayout(form)
        self.finish(layout)
        self.fields = {"party": self.party, "price": self.price}
        fit_to_screen(self, 520, 320)

    def save(self) -> None:
        self._save(budget.ContractData(
            self.kind.currentData(), self.party.text(), self.price.text(), self.number.text(),
            self.signed.value(), self.retention_due.value(), self.notes.text(),
        ))


class ApplicationDialog(SavingDialog):
    """The contractor's payment application (工程款支付报审表): contract, kind, amount, period,
    the value of the work accepted so far or the milestone reached. Measured items entered
    elsewhere are kept as they are."""

    def __init__(self, save, contracts, rule: rules.Rule, data: payments.Application | None = None, parent=None):
        super().__init__(parent)
        self._save = save
        self._items = list(data.items) if data else []
        self.setWindowTitle(self.tr("Payment application"))
        layout = self.scrolling_body()
        form = QFormLayout()
        self.contract = QComboBox()
        self.contract.setObjectName("paymentContract")
        for row in contracts:
            self.contract.addItem(f"{labels.label(labels.contract_kinds(), row.kind)} — {row.party}", row.id)
        if data is not None:
            self.contract.setCurrentIndex(max(self.contract.findData(data.contract_id), 0))
        self.kind = _combo(labels.payment_kinds(), data.kind if data else "progress", "paymentKind")
        self.milestone = QComboBox()
        self.milestone.setObjectName("paymentMilestone")
        self.milestone.addItem("", "")
        for milestone in rule.milestones:
            self.milestone.addItem(f"{milestone.name} ({milestone.percent.normalize():f} %)", milestone.code)
        self.milestone.setEnabled(rule.by_milestone)
        if data is not None:
            self.milestone.setCurrentIndex(max(self.milestone.findData(data.milestone), 0))
        self.amount = _money_edit("appliedAmount", _amount(data.applied_amount) if data else None)
        self.applied_on = _date_edit("appliedOn", data.applied_on if data else None)
        self.period = QLineEdit(data.period if data else "")
        self.period.setObjectName("paymentPeriod")
        self.period.setPlaceholderText(self.tr("e.g. 2026年6月"))
        self.completed = _money_edit("completedValue", _amount(data.completed_value) if data else None)
        self.completed.setToolTip(self.tr("The value of all work measured and accepted so far; a progress "
                                          "payment is capped at the rule's share of it."))
        self.applicant = QLineEdit(data.applicant if data else "")
        self.notes = QLineEdit(data.notes if data else "")
        form.addRow(self.tr("&Contract:"), self.contract)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Milestone:"), self.milestone)
        form.addRow(self.tr("Amount &applied for:"), self.amount)
        form.addRow(self.tr("Applied &on:"), self.applied_on)
        form.addRow(self.tr("&Period:"), self.period)
        form.addRow(self.tr("Accepted work &value so far:"), self.completed)
        form.addRow(self.tr("Appli&cant:"), self.applicant)
        form.addRow(self.tr("N&otes:"), self.notes)
        layout.addLayout(form)
        if self._items:
            kept = QLabel(self.tr("%n measured item(s) kept as entered.", "", len(self._items)))
            layout.addWidget(kept)
        self.finish(layout)
        self.fields = {"contract": self.contract, "kind": self.kind, "milestone": self.milestone,
                       "applied_amount": self.amount, "completed_value": self.completed}
        fit_to_screen(self, 560, 400)

    def save(self) -> None:
        if self.contract.currentData() is None:
            raise errors.ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose the contract the payment is made on."), field="contract",
            )
        self._save(payments.Application(
            self.contract.currentData(), self.kind.currentData(), self.amount.text(),
            from_qdate(self.applied_on.date()), self.period.text(), self.milestone.currentData() or "",
            None, self.completed.text().strip() or None, self.applicant.text(), self._items, self.notes.text(),
        ))


class StepDialog(SavingDialog):
    """One step of a payment's path: its date, and where the step sets one, the amount (the
    certificate, the audit) and an opinion (the certificate)."""

    def __init__(self, save, title: str, prompt: str, *, amount: Decimal | None = None, amount_label: str = "",
                 opinion: bool = False, parent=None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        form = QFormLayout()
        self.amount = None
        if amount_label:
            self.amount = _money_edit("stepAmount", amount)
            form.addRow(amount_label, self.amount)
        self.on = _date_edit("stepDate")
        form.addRow(self.tr("&Date:"), self.on)
        self.opinion = None
        if opinion:
            self.opinion = QPlainTextEdit()
            self.opinion.setObjectName("stepOpinion")
            self.opinion.setTabChangesFocus(True)
            self.opinion.setMaximumHeight(80)
            form.addRow(self.tr("O&pinion:"), self.opinion)
        layout.addLayout(form)
        self.finish(layout)
        self.fields = {name: self.amount for name in ("certified_amount", "audited_amount") if self.amount}
        fit_to_screen(self, 520, 260 if opinion else 200)

    def save(self) -> None:
        self._save(
            self.amount.text().strip() if self.amount is not None else None,
            from_qdate(self.on.date()),
            self.opinion.toPlainText().strip() if self.opinion is not None else "",
        )


class DisburseDialog(SavingDialog):
    """Finance pays: the amount booked to each source, which must add up to the amount to pay
    (the total below says whether it does), the voucher and the date."""

    def __init__(self, save, number: str, due: Decimal, sources, parent=None):
        super().__init__(parent)
        self._save = save
        self.due = due
        self.sources = list(sources)
        self.setWindowTitle(self.tr("Disburse payment {number}").format(number=number))
        layout = self.scrolling_body()
        intro = QLabel(self.tr("Book the {amount} to pay to the sources it comes from.").format(
            amount=labels.money(due)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        for column, header in enumerate((self.tr("Source"), self.tr("Holds"), self.tr("Still available"),
                                         self.tr("This payment"))):
            title = QLabel(f"<b>{header}</b>")
            grid.addWidget(title, 0, column)
        self.parts: dict[int, QLineEdit] = {}
        for row, source in enumerate(self.sources, start=1):
            grid.addWidget(QLabel(source.name), row, 0)
            grid.addWidget(QLabel(labels.money(source.amount)), row, 1)
            grid.addWidget(QLabel(labels.money(source.remaining)), row, 2)
            edit = QLineEdit()
            edit.setObjectName(f"split_{source.id}")
            edit.setPlaceholderText("0.00")
            edit.textChanged.connect(lambda _text: self.update_total())
            grid.addWidget(edit, row, 3)
            self.parts[source.id] = edit
        layout.addLayout(grid)
        total_row = QHBoxLayout()
        self.total = QLabel()
        self.total.setObjectName("splitTotal")
        self.total.setWordWrap(True)
        self.share_button = QPushButton(self.tr("Split by what &remains"))
        self.share_button.setObjectName("splitByRemaining")
        self.share_button.setToolTip(self.tr("Share the amount among the sources in proportion to what each "
                                             "still has available."))
        self.share_button.clicked.connect(self.split_by_remaining)
        total_row.addWidget(self.total, 1)
        total_row.addWidget(self.share_button)
        layout.addLayout(total_row)
        form = QFormLayout()
        self.voucher = QLineEdit()
        self.voucher.setObjectName("voucher")
        self.voucher.setPlaceholderText(self.tr("e.g. PZ-2026-0711"))
        self.on = _date_edit("disbursedOn")
        form.addRow(self.tr("&Voucher:"), self.voucher)
        form.addRow(self.tr("&Date:"), self.on)
        layout.addLayout(form)
        self.finish(layout)
        self.fields = {"voucher": self.voucher}
        self.update_total()
        wanted = self.sizeHint()
        fit_to_screen(self, max(wanted.width(), 620), wanted.height() + 24)

    def booked(self) -> Decimal | None:
        """The sum of the parts typed; None while one is not an amount."""
        values = [_parsed(edit.text()) if edit.text().strip() else amounts.ZERO for edit in self.parts.values()]
        return None if None in values else amounts.total(values)

    def adds_up(self) -> bool:
        return self.booked() == self.due

    def update_total(self) -> None:
        booked = self.booked()
        if booked is None:
            text, good = self.tr("A part is not an amount of money."), False
        elif booked == self.due:
            text, good = self.tr("Split: {booked} of {due} — adds up.").format(
                booked=labels.money(booked), due=labels.money(self.due)), True
        elif booked < self.due:
            text, good = self.tr("Split: {booked} of {due} — {left} still to book.").format(
                booked=labels.money(booked), due=labels.money(self.due), left=labels.money(self.due - booked)), False
        else:
            text, good = self.tr("Split: {booked} of {due} — {over} too much.").format(
                booked=labels.money(booked), due=labels.money(self.due), over=labels.money(booked - self.due)), False
        self.total.setText(text)
        self.total.setStyleSheet(GOOD_STYLE if good else BAD_STYLE)

    def split_by_remaining(self) -> None:
        shares = [max(s.remaining, amounts.ZERO) for s in self.sources]
        for source, value in zip(self.sources, amounts.split(self.due, shares)):
            self.parts[source.id].setText(labels.money(value) if value else "")

    def save(self) -> None:
        booked = self.booked()
        if booked != self.due:
            raise errors.ValidationError(
                QT_TRANSLATE_NOOP("errors", "The split by source adds up to {booked}, not the {due} to pay."),
                field="splits", booked=labels.money(booked) if booked is not None else "?", due=labels.money(self.due),
            )
        splits = {source_id: edit.text() for source_id, edit in self.parts.items() if edit.text().strip()}
        self._save(splits, self.voucher.text(), from_qdate(self.on.date()))


class OverrideDialog(SavingDialog):
    """An administrator lets a payment through its closed gates: their name and password, and
    the reason, which the certificate prints."""

    def __init__(self, save, reasons: str, parent=None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Override the gates"))
        layout = QVBoxLayout(self)
        self.prompt = QLabel(self.tr("Closed gates:\n{reasons}\n\nAn administrator may certify the payment "
                                     "anyway. Their name and the reason are recorded and printed on the "
                                     "certificate.").format(reasons=reasons))
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        form = QFormLayout()
        self.administrator = QLineEdit()
        self.administrator.setObjectName("overrideAdministrator")
        self.password = QLineEdit()
        self.password.setObjectName("overridePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("overrideReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        form.addRow(self.tr("Administrator's &name:"), self.administrator)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Reason:"), self.reason)
        layout.addLayout(form)
        self.finish(layout)
        self.fields = {"reason": self.reason}
        fit_to_screen(self, 560, 360)

    def save(self) -> None:
        self._save(self.administrator.text().strip(), self.password.text(), self.reason.toPlainText().strip())


class AssessDialog(SavingDialog):
    """What each household is to contribute: a fixed amount, or an amount per m² of its area."""

    def __init__(self, save, compounds, parent=None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Assess contributions"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.compound = QComboBox()
        self.compound.setObjectName("assessCompound")
        self.compound.addItem(self.tr("All compounds"), None)
        for row in compounds:
            self.compound.addItem(row.name, row.id)
        self.fixed = QRadioButton(self.tr("Per &household"))
        self.fixed.setChecked(True)
        self.by_area = QRadioButton(self.tr("Per &m² of floor area"))
        group = QButtonGroup(self)
        group.addButton(self.fixed)
        group.addButton(self.by_area)
        choice = QHBoxLayout()
        choice.addWidget(self.fixed)
        choice.addWidget(self.by_area)
        choice.addStretch(1)
        self.amount = _money_edit("assessAmount")
        form.addRow(self.tr("&Compound:"), self.compound)
        form.addRow(self.tr("Basis:"), choice)
        form.addRow(self.tr("&Amount (yuan):"), self.amount)
        layout.addLayout(form)
        note = QLabel(self.tr("Households that paid keep what they paid; no amount due is set below it."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.finish(layout)
        self.fields = {"per_household": self.amount, "per_square_metre": self.amount}
        fit_to_screen(self, 480, 240)

    def save(self) -> None:
        text = self.amount.text()
        if self.fixed.isChecked():
            self._save(text, None, self.compound.currentData())
        else:
            self._save(None, text, self.compound.currentData())


class ContributionPaidDialog(SavingDialog):
    """A household's payment of its contribution."""

    def __init__(self, save, household: str, outstanding: Decimal, parent=None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Record a contribution"))
        layout = QVBoxLayout(self)
        prompt = QLabel(self.tr("{household}: {outstanding} still due.").format(
            household=household, outstanding=labels.money(outstanding)))
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        form = QFormLayout()
        self.amount = _money_edit("paidAmount", outstanding if outstanding > 0 else None)
        self.on = _date_edit("paidOn")
        self.receipt = QLineEdit()
        self.receipt.setObjectName("receipt")
        form.addRow(self.tr("&Amount paid:"), self.amount)
        form.addRow(self.tr("&Date:"), self.on)
        form.addRow(self.tr("&Receipt:"), self.receipt)
        layout.addLayout(form)
        self.finish(layout)
        self.fields = {"paid": self.amount}
        fit_to_screen(self, 440, 220)

    def save(self) -> None:
        self._save(self.amount.text(), from_qdate(self.on.date()), self.receipt.text())


class RepairDialog(SavingDialog):
    """An urgent repair: what, where, its cost and the 20/80 split it makes."""

    def __init__(self, save, compounds, data: residents_share.RepairData | None = None, parent=None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Urgent repair"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.description = QLineEdit(data.description if data else "")
        self.description.setObjectName("repairDescription")
        self.location = QLineEdit(data.location if data else "")
        self.location.setPlaceholderText(self.tr("e.g. 3号楼2单元"))
        self.compound = QComboBox()
        self.compound.addItem("", None)
        for row in compounds:
            self.compound.addItem(row.name, row.id)
        if data is not None:
            self.compound.setCurrentIndex(max(self.compound.findData(data.compound_id), 0))
        self.cost = _money_edit("repairCost", _amount(data.cost) if data else None)
        self.cost.textChanged.connect(lambda _text: self.update_shares())
        self.shares = QLabel()
        self.shares.setObjectName("repairShares")
        self.reported = _date_edit("repairReported", data.reported_on if data else None)
        self.repaired = DateField()
        self.repaired.set_value(data.repaired_on if data else None)
        self.notes = QLineEdit(data.notes if data else "")
        form.addRow(self.tr("&What:"), self.description)
        form.addRow(self.tr("&Where:"), self.location)
        form.addRow(self.tr("&Compound:"), self.compound)
        form.addRow(self.tr("C&ost (yuan):"), self.cost)
        form.addRow("", self.shares)
        form.addRow(self.tr("&Reported on:"), self.reported)
        form.addRow(self.tr("Re&paired on:"), self.repaired)
        form.addRow(self.tr("N&otes:"), self.notes)
        layout.addLayout(form)
        self.finish(layout)
        self.fields = {"description": self.description, "cost": self.cost}
        self.update_shares()
        fit_to_screen(self, 520, 340)

    def update_shares(self) -> None:
        cost = _parsed(self.cost.text())
        if cost is None or cost == 0:
            self.shares.setText(self.tr("Owners and public income pay 20 %, the government 80 %."))
            return
        owners, government = residents_share.shares(cost)
        self.shares.setText(self.tr("Owners and public income (20 %): {owners}; government (80 %): {government}")
                            .format(owners=labels.money(owners), government=labels.money(government)))

    def save(self) -> None:
        self._save(residents_share.RepairData(
            self.description.text(), self.cost.text(), from_qdate(self.reported.date()), self.location.text(),
            self.compound.currentData(), self.repaired.value(), self.notes.text(),
        ))


class VoucherDialog(SavingDialog):
    """A payment made: its date and voucher number (an urgent repair paid)."""

    def __init__(self, save, title: str, prompt: str, parent=None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        form = QFormLayout()
        self.on = _date_edit("voucherDate")
        self.voucher = QLineEdit()
        self.voucher.setObjectName("voucher")
        form.addRow(self.tr("&Date:"), self.on)
        form.addRow(self.tr("&Voucher:"), self.voucher)
        layout.addLayout(form)
        self.finish(layout)
        self.fields = {"voucher": self.voucher}
        fit_to_screen(self, 440, 200)

    def save(self) -> None:
        self._save(from_qdate(self.on.date()), self.voucher.text())
