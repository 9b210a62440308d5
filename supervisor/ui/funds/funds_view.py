"""The Funds tab of a project: its money at a glance above four pages.

- Budget & sources: the funding terms (payment rule, retention), the budget by class of work,
  the sources of the money and the contracts paid from it.
- Payments: each payment with its amounts and where it is on its path, and a button for each
  step (apply, sign off, certify, audit, approve, disburse split by source, publish, send back).
  A certificate refused by a closed gate says every reason in a message box and offers an
  administrator's override.
- Retention & deadlines: what each contract holds back and when it is released; the final
  account and settlement deadlines after acceptance, an overdue one in red.
- Residents' share: each household's contribution, and the urgent repairs with their 20/80 split.

The buttons follow the signed-in person's roles (the core checks every write anyway); every
write goes through ``controller.funds`` and can be undone.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from supervisor import errors
from supervisor.codes import PaymentKind, PaymentStatus
from supervisor.funds import amounts, gates
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.ui.failures import show_error, shows_errors
from supervisor.ui.funds import labels
from supervisor.ui.funds.labels import money
from supervisor.ui.labels import class_label
from supervisor.ui.list_page import ListPage
from supervisor.ui.tables import (
    GOOD_BACKGROUND,
    OVERDUE_BACKGROUND,
    WARNING_BACKGROUND,
    Column,
    RowTableModel,
    fit_columns,
    row_table,
)
from supervisor.ui.widgets import format_date

S = PaymentStatus

NO_CONTRACT = QT_TRANSLATE_NOOP("errors", "Enter the project's contracts first: a payment is made on one.")


def may(permission_name: str) -> bool:
    """Whether the signed-in person's roles allow ``permission_name`` (anyone, in a database
    without users). The buttons follow it; the core checks every write anyway."""
    from supervisor.accounts import people
    from supervisor.accounts.roles import Permission, allows

    person = people.signed_in()
    return person is None or allows(person.roles, Permission[permission_name])


def _refused(parent, title: str, error: errors.SupervisorError) -> None:
    """The core said no for a reason of its rules or the person's roles: say it in a message
    box (the dialog also keeps it in view)."""
    if isinstance(error, (errors.Refused, errors.RuleViolation)) and not isinstance(error, gates.GatesClosed):
        show_error(parent, error, title)


def _guarded(parent_of, title: str, action):
    """``action(*args)``; a refusal of the roles or the rules is shown in a message box over
    ``parent_of()`` before it goes on to the dialog's own message line."""
    def run(*args):
        try:
            return action(*args)
        except errors.SupervisorError as error:
            _refused(parent_of(), title, error)
            raise

    return run


def _amount_column(header: str, value) -> Column:
    return Column(header, lambda r: money(value(r)), align_right=True)


# --- budget & sources --------------------------------------------------------------------------


class _ProjectPage(ListPage):
    """A list of the project's money records, editable by those whose roles allow ``permission``."""

    permission = "FUNDS"

    def __init__(self, controller, columns, **options):
        self.project_id: int | None = None
        super().__init__(controller, columns, **options)

    def available(self) -> bool:
        return self.project_id is not None

    def show_project(self, project_id: int | None) -> None:
        self.project_id = project_id
        self.reload()

    def update_buttons(self) -> None:
        super().update_buttons()
        if not may(self.permission):
            for button in (self.new_button, self.edit_button, self.remove_button):
                if button is not None:
                    button.setEnabled(False)

    @property
    def funds(self):
        return self.controller.funds


class BudgetLinesPage(_ProjectPage):
    def __init__(self, controller, parent=None):
        super().__init__(
            controller,
            [
                Column(self.tr("Class"), lambda r: class_label(r.work_class)),
                Column(self.tr("Pays for"), lambda r: r.item),
                _amount_column(self.tr("Amount"), lambda r: r.amount),
            ],
            table_name="budgetTable", new_text=self.tr("New &line…"), new_name="newBudgetLine",
            remove_text=self.tr("Delete"), stretch=1, parent=parent,
        )

    def load(self):
        return self.funds.budget_lines(self.project_id)

    def add(self) -> None:
        from supervisor.ui.funds.dialogs import BudgetLineDialog

        BudgetLineDialog(lambda c, i, a: self.funds.save_budget_line(self.project_id, c, i, a), parent=self).exec()

    def edit(self, row) -> None:
        from supervisor.ui.funds.dialogs import BudgetLineDialog

        BudgetLineDialog(lambda c, i, a: self.funds.save_budget_line(self.project_id, c, i, a, row.id),
                         row, self).exec()

    def removal(self, rows):
        row = rows[0]
        return (self.tr("Delete budget line"),
                self.tr("Delete the budget line {item} ({amount})?").format(item=row.item, amount=money(row.amount)),
                lambda: self.funds.delete_budget_line(row.id, row.item))


class SourcesPage(_ProjectPage):
    def __init__(self, controller, parent=None):
        super().__init__(
            controller,
            [
                Column(self.tr("Source"), lambda r: r.name),
                Column(self.tr("Kind"), lambda r: labels.label(labels.source_kinds(), r.kind)),
                _amount_column(self.tr("Amount"), lambda r: r.amount),
                _amount_column(self.tr("Paid out"), lambda r: r.disbursed),
                _amount_column(self.tr("Available"), lambda r: r.remaining),
            ],
            table_name="sourceTable", new_text=self.tr("New &source…"), new_name="newSource",
            remove_text=self.tr("Delete"), stretch=0, parent=parent,
        )

    def load(self):
        return self.funds.sources(self.project_id)

    def add(self) -> None:
        from supervisor.ui.funds.dialogs import SourceDialog

        SourceDialog(lambda k, n, a, o: self.funds.save_source(self.project_id, k, n, a, o), parent=self).exec()

    def edit(self, row) -> None:
        from supervisor.ui.funds.dialogs import SourceDialog

        SourceDialog(_guarded(lambda: self, self.tr("Fund source"),
                              lambda k, n, a, o: self.funds.save_source(self.project_id, k, n, a, o, row.id)),
                     row, self).exec()

    def removal(self, rows):
        row = rows[0]
        return (self.tr("Delete fund source"),
                self.tr("Delete the fund source {name} ({amount})?").format(name=row.name, amount=money(row.amount)),
                lambda: self.funds.delete_source(row.id, row.name))


class ContractsPage(_ProjectPage):
    def __init__(self, controller, parent=None):
        super().__init__(
            controller,
            [
                Column(self.tr("Kind"), lambda r: labels.label(labels.contract_kinds(), r.kind)),
                Column(self.tr("Other party"), lambda r: r.party),
                Column(self.tr("Number"), lambda r: r.number),
                _amount_column(self.tr("Price"), lambda r: r.price),
                Column(self.tr("Signed"), lambda r: format_date(r.signed_on)),
                Column(self.tr("Defects period ends"), lambda r: format_date(r.retention_due_on)),
            ],
            table_name="contractTable", new_text=self.tr("New &contract…"), new_name="newContract",
            remove_text=self.tr("Delete"), stretch=1, parent=parent,
        )

    def load(self):
        return self.funds.contracts(self.project_id)

    def add(self) -> None:
        from supervisor.ui.funds.dialogs import ContractDialog

        ContractDialog(lambda d: self.funds.save_contract(self.project_id, d), parent=self).exec()

    def edit(self, row) -> None:
        from supervisor.ui.funds.dialogs import ContractDialog

        ContractDialog(_guarded(lambda: self, self.tr("Contract"),
                                lambda d: self.funds.save_contract(self.project_id, d, row.id)),
                       row.to_data(), self).exec()

    def removal(self, rows):
        row = rows[0]
        return (self.tr("Delete contract"),
                self.tr("Delete the contract with {party} ({price})?").format(party=row.party, price=money(row.price)),
                lambda: self.funds.delete_contract(row.id, row.party))


class BudgetPage(QWidget):
    """The funding terms above the budget by class, the sources and the contracts."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.project_id: int | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.terms = QLabel()
        self.terms.setObjectName("fundingTerms")
        self.terms.setWordWrap(True)
        self.terms_button = QPushButton(self.tr("Funding &terms…"))
        self.terms_button.setObjectName("editTerms")
        self.terms_button.clicked.connect(self.edit_terms)
        top.addWidget(self.terms, 1)
        top.addWidget(self.terms_button)
        layout.addLayout(top)
        self.lines = BudgetLinesPage(controller)
        self.sources = SourcesPage(controller)
        self.contracts = ContractsPage(controller)
        for page in (self.lines, self.sources, self.contracts):
            page.body.setContentsMargins(0, 0, 0, 0)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self._titled(self.tr("Budget by class of work"), self.lines))
        upper.addWidget(self._titled(self.tr("Sources of the money"), self.sources))
        whole = QSplitter(Qt.Orientation.Vertical)
        whole.addWidget(upper)
        whole.addWidget(self._titled(self.tr("Contracts"), self.contracts))
        layout.addWidget(whole, 1)

    @staticmethod
    def _titled(title: str, page: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(f"<b>{title}</b>")
        layout.addWidget(label)
        layout.addWidget(page, 1)
        return box

    def show_project(self, project_id: int | None) -> None:
        self.project_id = project_id
        self.reload()

    def reload(self) -> None:
        for page in (self.lines, self.sources, self.contracts):
            page.show_project(self.project_id)
        self.terms_button.setEnabled(self.project_id is not None and may("FUNDS"))
        if self.project_id is None:
            self.terms.clear()
            return
        funds = self.controller.funds
        terms = funds.terms(self.project_id)
        rule = funds.rule(self.project_id)
        self.terms.setText(self.tr(
            "Payment rule: {rule}. Retention: {retention} % of the works price, paid after the defects "
            "period. Final account due {final} month(s) and settlement {settlement} month(s) after acceptance."
        ).format(rule=labels.rule_label(rule), retention=f"{terms.retention_percent.normalize():f}",
                 final=terms.final_account_months, settlement=terms.settlement_months))

    @shows_errors
    def edit_terms(self) -> None:
        from supervisor.ui.funds.dialogs import TermsDialog

        if self.project_id is None:
            return
        project_id = self.project_id
        TermsDialog(lambda t: self.controller.funds.set_terms(project_id, t),
                    self.controller.funds.terms(project_id), self).exec()


# --- payments -----------------------------------------------------------------------------------


def _status_colour(row):
    if row.status == S.REJECTED:
        return WARNING_BACKGROUND
    if row.status in (S.DISBURSED, S.PUBLISHED):
        return GOOD_BACKGROUND
    return None


class PaymentsPage(_ProjectPage):
    """The project's payments and a button for each step of their path."""

    permission = "PAYMENTS"

    def __init__(self, controller, parent=None):
        statuses, kinds = labels.payment_statuses(), labels.payment_kinds()
        super().__init__(
            controller,
            [
                Column(self.tr("Number"), lambda r: r.number),
                Column(self.tr("Kind"), lambda r: labels.label(kinds, r.kind)),
                Column(self.tr("Contract"), lambda r: r.contract),
                Column(self.tr("Period"), lambda r: r.period),
                Column(self.tr("Applied on"), lambda r: format_date(r.applied_on)),
                _amount_column(self.tr("Applied"), lambda r: r.applied),
                _amount_column(self.tr("Certified"), lambda r: r.certified),
                _amount_column(self.tr("Audited"), lambda r: r.audited),
                _amount_column(self.tr("Disbursed"), lambda r: r.disbursed),
                Column(self.tr("Status"), lambda r: labels.label(statuses, r.status),
                       tooltip=lambda r: r.rejection_reason or None),
            ],
            table_name="paymentTable", new_text=self.tr("&New application…"), new_name="newPayment",
            remove_text=self.tr("Delete"), stretch=2, background=_status_colour, parent=parent,
        )
        self.edit_button.setObjectName("editPayment")
        self.remove_button.setObjectName("deletePayment")
        steps = QHBoxLayout()
        steps.addWidget(QLabel(self.tr("Next step:")))
        self.step_buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
            ("signOff", self.tr("Sign &off…"), self.sign_off),
            ("certify", self.tr("Ce&rtify…"), self.certify),
            ("audit", self.tr("Record &audit…"), self.record_audit),
            ("approve", self.tr("A&pprove…"), self.approve),
            ("disburse", self.tr("&Disburse…"), self.disburse),
            ("publish", self.tr("P&ublish…"), self.publish),
            ("sendBack", self.tr("Send &back…"), self.send_back),
        ):
            button = self._make_button(text, slot, name)
            steps.addWidget(button)
            self.step_buttons[name] = button
        steps.addStretch(1)
        self.insert(steps)
        self.detail = QLabel()
        self.detail.setObjectName("paymentDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.detail)

    def load(self):
        return self.funds.payments(self.project_id)

    def loaded(self, rows) -> None:
        self.update_buttons()

    # --- which steps are open ---

    def _milestone_rule(self) -> bool:
        return self.project_id is not None and self.funds.rule(self.project_id).by_milestone

    def update_buttons(self) -> None:
        super().update_buttons()
        row = self.current()
        status = row.status if row else None
        self.edit_button.setEnabled(status == S.APPLIED and may("PAYMENTS"))
        self.remove_button.setEnabled(status in (S.APPLIED, S.REJECTED) and may("PAYMENTS"))
        milestone = row is not None and (row.kind == PaymentKind.MILESTONE or
                                         (row.kind == PaymentKind.PROGRESS and self._milestone_rule()))
        enabled = {
            "signOff": status == S.APPLIED and milestone and not row.signed_off_by and may("SIGN_OFF_MILESTONE"),
            "certify": status == S.APPLIED and may("CERTIFY_PAYMENT"),
            "audit": status == S.CERTIFIED and may("RECORD_PAYMENT"),
            "approve": status == S.AUDITED and may("APPROVE_PAYMENT"),
            "disburse": status == S.APPROVED and may("RECORD_PAYMENT"),
            "publish": status == S.DISBURSED and may("RECORD_PAYMENT"),
            "sendBack": status in (S.APPLIED, S.CERTIFIED, S.AUDITED) and may("PAYMENTS"),
        }
        for name, button in self.step_buttons.items():
            button.setEnabled(bool(enabled[name]))
        self.detail.setText(self._detail(row) if row else "")

    def _detail(self, row) -> str:
        parts = []
        if row.signed_off_by:
            parts.append(self.tr("Signed off by {name} on {date}.").format(
                name=row.signed_off_by, date=format_date(row.signed_off_on)))
        if row.certified_by:
            parts.append(self.tr("Certified by {name}.").format(name=row.certified_by))
        if row.override_by:
            parts.append(self.tr("Gates overridden by {name}: {reason}").format(
                name=row.override_by, reason=row.override_reason))
        if row.splits:
            parts.append(self.tr("Paid from: {splits}; voucher {voucher}.").format(
                splits=", ".join(f"{name} {money(amount)}" for name, amount in row.splits), voucher=row.voucher))
        if row.rejection_reason:
            parts.append(self.tr("Sent back: {reason}").format(reason=row.rejection_reason))
        return " ".join(parts)

    # --- the application ---

    def _contracts(self):
        contracts = self.funds.contracts(self.project_id)
        if not contracts:
            raise errors.RuleViolation(NO_CONTRACT)
        return contracts

    def add(self) -> None:
        from supervisor.ui.funds.dialogs import ApplicationDialog

        project_id = self.project_id
        created = {}

        def save(data):
            created["id"] = self.funds.apply_payment(project_id, data)

        dialog = ApplicationDialog(_guarded(lambda: dialog, self.tr("Payment application"), save),
                                   self._contracts(), self.funds.rule(project_id), parent=self)
        if dialog.exec() and "id" in created:
            self.select(created["id"])

    def edit(self, row) -> None:
        from supervisor.ui.funds.dialogs import ApplicationDialog

        if row.status != S.APPLIED:
            return
        dialog = ApplicationDialog(
            _guarded(lambda: dialog, self.tr("Payment application"),
                     lambda data: self.funds.update_application(row.id, row.number, data)),
            self._contracts(), self.funds.rule(self.project_id), self.funds.application(row.id), self,
        )
        dialog.exec()

    def removal(self, rows):
        row = rows[0]
        return (self.tr("Delete payment"),
                self.tr("Delete payment {number} ({amount} applied for)?").format(
                    number=row.number, amount=money(row.applied)),
                lambda: self.funds.delete_payment(row.id, row.number))

    def select(self, payment_id: int) -> None:
        index = self.model.row_of(payment_id)
        if index >= 0:
            self.table.selectRow(index)

    # --- the steps ---

    def _step(self, title: str, prompt: str, save, **options) -> bool:
        from supervisor.ui.funds.dialogs import StepDialog

        dialog = StepDialog(_guarded(lambda: dialog, title, save), title, prompt, parent=self, **options)
        return bool(dialog.exec())

    @shows_errors
    def sign_off(self) -> None:
        row = self.current()
        if row is not None:
            self._step(self.tr("Sign off payment {number}").format(number=row.number),
                       self.tr("As resident quality supervisor, confirm that the milestone of {number} is "
                               "reached as claimed.").format(number=row.number),
                       lambda _amount, on, _opinion: self.funds.sign_off(row.id, row.number, on))

    @shows_errors
    def certify(self) -> None:
        """The certificate; a closed gate shows every reason and offers the override."""
        from supervisor.ui.funds.dialogs import StepDialog

        row = self.current()
        if row is None:
            return
        title = self.tr("Certify payment {number}").format(number=row.number)

        def save(amount, on, opinion):
            try:
                self.funds.certify(row.id, row.number, amount, on, opinion)
            except gates.GatesClosed as closed:
                if not self.offer_override(dialog, row.number, closed):
                    raise
                self.override(dialog, closed, lambda o: self.funds.certify(row.id, row.number, amount, on, opinion, o))

        dialog = StepDialog(_guarded(lambda: dialog, title, save), title,
                            self.tr("The chief supervisor's certificate for {number}: {amount} applied for.").format(
                                 number=row.number, amount=money(row.applied)),
                            amount=row.applied, amount_label=self.tr("&Amount certified:"), opinion=True,
                            parent=self)
        dialog.exec()

    def offer_override(self, parent, number: str, closed: gates.GatesClosed) -> bool:
        """Say why the payment cannot be certified, every reason on its own line; whether the
        user asks for an administrator's override."""
        box = QMessageBox(parent)
        box.setObjectName("gatesClosed")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The payment cannot be certified"))
        box.setText(self.tr("Payment {number} cannot be certified:").format(number=number))
        box.setInformativeText(_reasons(closed))
        override = box.addButton(self.tr("&Override…"), QMessageBox.ButtonRole.ActionRole)
        override.setObjectName("overrideGates")
        override.setToolTip(self.tr("An administrator may let the payment through with their password and a reason."))
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        return box.clickedButton() is override

    def override(self, parent, closed: gates.GatesClosed, certify) -> None:
        """Ask for the administrator and the reason and certify with them; raises the refusal
        again when the override is cancelled (the certificate dialog stays open saying why)."""
        from supervisor.ui.funds.dialogs import OverrideDialog

        def save(administrator, password, reason):
            certify(gates.Override(administrator, password, reason))

        if not OverrideDialog(save, _reasons(closed), parent).exec():
            raise closed

    @shows_errors
    def record_audit(self) -> None:
        row = self.current()
        if row is not None:
            self._step(self.tr("Audit of payment {number}").format(number=row.number),
                       self.tr("The tracking audit's figure for {number} ({amount} certified); it may only lower "
                               "it.").format(number=row.number, amount=money(row.certified)),
                       lambda amount, on, _opinion: self.funds.record_audit(row.id, row.number, amount, on),
                       amount=row.certified, amount_label=self.tr("&Audited amount:"))

    @shows_errors
    def approve(self) -> None:
        row = self.current()
        if row is not None:
            self._step(self.tr("Approve payment {number}").format(number=row.number),
                       self.tr("The street office approves {amount} for {number}.").format(
                           number=row.number, amount=money(row.payable)),
                       lambda _amount, on, _opinion: self.funds.approve(row.id, row.number, on))

    @shows_errors
    def disburse(self) -> None:
        from supervisor.ui.funds.dialogs import DisburseDialog

        row = self.current()
        if row is None:
            return
        title = self.tr("Disburse payment {number}").format(number=row.number)
        dialog = DisburseDialog(
            _guarded(lambda: dialog, title,
                     lambda splits, voucher, on: self.funds.disburse(row.id, row.number, splits, voucher, on)),
            row.number, row.payable, self.funds.sources(self.project_id), self,
        )
        dialog.exec()

    @shows_errors
    def publish(self) -> None:
        row = self.current()
        if row is not None:
            self._step(self.tr("Publish payment {number}").format(number=row.number),
                       self.tr("The disbursement of {number} is posted for the residents.").format(number=row.number),
                       lambda _amount, on, _opinion: self.funds.publish(row.id, row.number, on))

    @shows_errors
    def send_back(self) -> None:
        from supervisor.ui.dialogs import ReasonDialog

        row = self.current()
        if row is None:
            return
        ReasonDialog(self, self.tr("Send back payment {number}").format(number=row.number),
                     self.tr("Why is {number} sent back? The reason is recorded with it.").format(number=row.number),
                     lambda reason: self.funds.reject(row.id, row.number, reason)).exec()


def _reasons(closed: gates.GatesClosed) -> str:
    return "\n".join("• " + r.message(lambda t: QCoreApplication.translate("errors", t)) for r in closed.refusals)


# --- retention & deadlines -------------------------------------------------------------------


class RetentionPage(QWidget):
    """What each contract holds back and until when; the deadlines after acceptance."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.project_id: int | None = None
        self.today = None  # the day deadlines are counted to (None: today)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>{}</b>".format(self.tr("Retention by contract"))))
        self.contracts_model = RowTableModel([
            Column(self.tr("Kind"), lambda r: labels.label(labels.contract_kinds(), r.kind)),
            Column(self.tr("Other party"), lambda r: r.party),
            _amount_column(self.tr("Price"), lambda r: r.price),
            _amount_column(self.tr("Certified"), lambda r: r.certified),
            _amount_column(self.tr("Disbursed"), lambda r: r.disbursed),
            _amount_column(self.tr("Retention"), lambda r: r.retention),
            _amount_column(self.tr("Released"), lambda r: r.retention_released),
            _amount_column(self.tr("Still held"), lambda r: r.retained),
            Column(self.tr("Defects period ends"), lambda r: format_date(r.retention_due_on)),
            Column(self.tr("Release"), self._release_text),
        ], background=self._release_colour, parent=self)
        self.contracts = row_table(self.contracts_model, "retentionTable", stretch=1)
        layout.addWidget(self.contracts, 2)
        top = QHBoxLayout()
        top.addWidget(QLabel("<b>{}</b>".format(self.tr("Deadlines after acceptance"))))
        top.addStretch(1)
        self.final_button = QPushButton(self.tr("Final account and &settlement…"))
        self.final_button.setObjectName("editFinalAccount")
        self.final_button.clicked.connect(self.edit_final_account)
        top.addWidget(self.final_button)
        layout.addLayout(top)
        self.deadlines_model = RowTableModel([
            Column(self.tr("Deadline"), lambda d: labels.deadline_name(d.code)),
            Column(self.tr("Due"), lambda d: format_date(d.due)),
            Column(self.tr("Done"), lambda d: format_date(d.done)),
            Column(self.tr("State"), self._deadline_text),
        ], background=lambda d: OVERDUE_BACKGROUND if d.overdue else (GOOD_BACKGROUND if d.done else None),
            parent=self)
        self.deadlines = row_table(self.deadlines_model, "deadlineTable", stretch=3)
        layout.addWidget(self.deadlines, 1)
        self.no_deadlines = QLabel(self.tr("The deadlines count from the completion acceptance, which is not "
                                           "recorded yet."))
        self.no_deadlines.setObjectName("noDeadlines")
        layout.addWidget(self.no_deadlines)

    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    def _release_text(self, row) -> str:
        if row.retention == 0:
            return ""
        if row.retained <= 0:
            return self.tr("Released")
        if row.retention_due_on is None:
            return self.tr("Defects period not set")
        if row.retention_due_on <= self._today():
            return self.tr("Due for release")
        return self.tr("Held")

    def _release_colour(self, row):
        if row.retention and row.retained > 0 and row.retention_due_on and row.retention_due_on <= self._today():
            return WARNING_BACKGROUND
        return None

    def _deadline_text(self, deadline) -> str:
        if deadline.done is not None:
            return self.tr("Done")
        if deadline.overdue:
            return self.tr("Overdue by %n day(s)", "", deadline.overdue_days)
        return self.tr("%n day(s) left", "", (deadline.due - deadline.today).days)

    def show_project(self, project_id: int | None) -> None:
        self.project_id = project_id
        self.reload()

    def reload(self) -> None:
        self.final_button.setEnabled(self.project_id is not None and may("FUNDS"))
        if self.project_id is None:
            self.contracts_model.set_rows([])
            self.deadlines_model.set_rows([])
            return
        funds = self.controller.funds.project_funds(self.project_id, self.today)
        self.contracts_model.set_rows(funds.contracts)
        self.deadlines_model.set_rows(funds.deadlines)
        fit_columns(self.contracts)
        fit_columns(self.deadlines)
        self.no_deadlines.setVisible(not funds.deadlines)

    @shows_errors
    def edit_final_account(self) -> None:
        from supervisor.ui.funds.dialogs import TermsDialog

        if self.project_id is None:
            return
        project_id = self.project_id
        TermsDialog(lambda t: self.controller.funds.set_terms(project_id, t),
                    self.controller.funds.terms(project_id), self).exec()


# --- residents' share -----------------------------------------------------------------------------


class ContributionsPage(_ProjectPage):
    """Each household's contribution: due, paid, outstanding."""

    def __init__(self, controller, parent=None):
        super().__init__(
            controller,
            [
                Column(self.tr("Compound"), lambda r: r.compound),
                Column(self.tr("Building"), lambda r: r.building),
                Column(self.tr("Unit"), lambda r: r.unit),
                Column(self.tr("Flat"), lambda r: r.household),
                Column(self.tr("Owner"), lambda r: r.owner),
                Column(self.tr("Area (m²)"), lambda r: "" if r.area is None else f"{r.area:.2f}", align_right=True),
                _amount_column(self.tr("Due"), lambda r: r.due),
                _amount_column(self.tr("Paid"), lambda r: r.paid),
                _amount_column(self.tr("Outstanding"), lambda r: r.outstanding),
                Column(self.tr("Paid on"), lambda r: format_date(r.paid_on)),
                Column(self.tr("Receipt"), lambda r: r.receipt),
            ],
            table_name="contributionTable", new_text=self.tr("&Assess…"), new_name="assessContributions",
            edit_text=self.tr("&Record payment…"), remove_text=None, stretch=4,
            background=lambda r: GOOD_BACKGROUND if r.due and r.outstanding <= 0 else None, parent=parent,
        )
        self.edit_button.setObjectName("recordContribution")
        self.summary = QLabel()
        self.summary.setObjectName("contributionSummary")
        self.insert(self.summary)

    def load(self):
        return self.funds.contributions(self.project_id)

    def loaded(self, rows) -> None:
        if not rows:
            self.summary.setText(self.tr("No contributions yet: Assess… sets what each household of the roster "
                                         "is to pay."))
            return
        due = sum((r.due for r in rows), start=amounts.ZERO)
        paid = sum((r.paid for r in rows), start=amounts.ZERO)
        self.summary.setText(self.tr("%n household(s): {due} due, {paid} paid, {outstanding} outstanding.", "",
                                     len(rows)).format(due=money(due), paid=money(paid), outstanding=money(due - paid)))

    def add(self) -> None:
        from supervisor.ui.funds.dialogs import AssessDialog

        project_id = self.project_id
        AssessDialog(lambda fixed, rate, compound: self.funds.assess(project_id, fixed, rate, compound),
                     self.controller.projects.compounds(project_id), self).exec()

    def edit(self, row) -> None:
        from supervisor.ui.funds.dialogs import ContributionPaidDialog

        household = f"{row.building} {row.unit}-{row.household} {row.owner}".strip()
        ContributionPaidDialog(lambda amount, on, receipt: self.funds.record_paid(
            row.contribution_id, household, amount, on, receipt), household, row.outstanding, self).exec()


class RepairsPage(_ProjectPage):
    """Urgent repairs: owners and public income pay 20 %, the government 80 %."""

    def __init__(self, controller, parent=None):
        statuses = labels.repair_statuses()
        super().__init__(
            controller,
            [
                Column(self.tr("Number"), lambda r: r.number),
                Column(self.tr("What"), lambda r: r.description),
                Column(self.tr("Where"), lambda r: r.location),
                Column(self.tr("Reported"), lambda r: format_date(r.reported_on)),
                Column(self.tr("Repaired"), lambda r: format_date(r.repaired_on)),
                _amount_column(self.tr("Cost"), lambda r: r.cost),
                _amount_column(self.tr("Owners 20 %"), lambda r: r.owners_share),
                _amount_column(self.tr("Government 80 %"), lambda r: r.government_share),
                Column(self.tr("Status"), lambda r: labels.label(statuses, r.status)),
                Column(self.tr("Voucher"), lambda r: r.voucher),
            ],
            table_name="repairTable", new_text=self.tr("New &repair…"), new_name="newRepair",
            remove_text=None, stretch=1, parent=parent,
        )
        self.pay_button = self.extra_button(self.tr("&Pay…"), self.pay, name="payRepair",
                                            enabled=lambda rows: len(rows) == 1 and rows[0].status == "repaired")
        self.summary = QLabel()
        self.summary.setObjectName("repairSummary")
        self.insert(self.summary)

    def load(self):
        return self.funds.repairs(self.project_id)

    def loaded(self, rows) -> None:
        total = amounts.total
        self.summary.setText(self.tr("%n repair(s): {cost}, of which owners and public income {owners}, "
                                     "government {government}.", "", len(rows)).format(
            cost=money(total(r.cost for r in rows)), owners=money(total(r.owners_share for r in rows)),
            government=money(total(r.government_share for r in rows))))

    def update_buttons(self) -> None:
        super().update_buttons()
        row = self.current()
        if row is not None and row.status == "paid":
            self.edit_button.setEnabled(False)
        if not may("FUNDS"):
            self.pay_button.setEnabled(False)

    def add(self) -> None:
        from supervisor.ui.funds.dialogs import RepairDialog

        project_id = self.project_id
        RepairDialog(lambda data: self.funds.save_repair(project_id, data),
                     self.controller.projects.compounds(project_id), parent=self).exec()

    def edit(self, row) -> None:
        from supervisor.ui.funds.dialogs import RepairDialog

        if row.status == "paid":
            return
        RepairDialog(lambda data: self.funds.save_repair(self.project_id, data, row.id),
                     self.controller.projects.compounds(self.project_id), row.to_data(), self).exec()

    @shows_errors
    def pay(self) -> None:
        from supervisor.ui.funds.dialogs import VoucherDialog

        row = self.current()
        if row is None:
            return
        VoucherDialog(lambda on, voucher: self.funds.pay_repair(row.id, row.number, on, voucher),
                      self.tr("Pay urgent repair {number}").format(number=row.number),
                      self.tr("{description}: {government} from the government's share, {owners} from the owners "
                              "and public income.").format(description=row.description,
                                                           government=money(row.government_share),
                                                           owners=money(row.owners_share)), self).exec()


class ResidentsSharePage(QWidget):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.contributions = ContributionsPage(controller)
        self.repairs = RepairsPage(controller)
        for page in (self.contributions, self.repairs):
            page.body.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(BudgetPage._titled(self.tr("Residents' contributions"), self.contributions))
        split.addWidget(BudgetPage._titled(self.tr("Urgent repairs"), self.repairs))
        layout.addWidget(split, 1)

    def show_project(self, project_id: int | None) -> None:
        self.contributions.show_project(project_id)
        self.repairs.show_project(project_id)

    def reload(self) -> None:
        self.contributions.reload()
        self.repairs.reload()


# --- the tab ---------------------------------------------------------------------------------------


class FundsView(QWidget):
    """The Funds tab: the project's money at a glance above its four pages."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.project_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("fundsSummary")
        self.summary.setWordWrap(True)
        self.summary.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.summary)
        self.pages = QTabWidget()
        self.pages.setObjectName("fundsPages")
        self.budget = BudgetPage(controller)
        self.payments = PaymentsPage(controller)
        self.retention = RetentionPage(controller)
        self.residents_share = ResidentsSharePage(controller)
        self.pages.addTab(self.budget, self.tr("Budget && sources"))
        self.pages.addTab(self.payments, self.tr("Payments"))
        self.pages.addTab(self.retention, self.tr("Retention && deadlines"))
        self.pages.addTab(self.residents_share, self.tr("Residents' share"))
        layout.addWidget(self.pages, 1)

    def show_project(self, project_id: int | None) -> None:
        self.project_id = project_id
        self.reload()

    def reload(self) -> None:
        """After a change to the money: every page and the figures."""
        for page in (self.budget, self.payments, self.retention, self.residents_share):
            page.show_project(self.project_id)
        self._summarise()

    def _summarise(self) -> None:
        if self.project_id is None:
            self.summary.clear()
            return
        funds = self.controller.funds.project_funds(self.project_id)
        text = self.tr(
            "Budget {budget} · sources {sources} · contracts {contracts} · certified {certified} · "
            "disbursed {disbursed} · certified, not yet paid {due} · retention held {retained}"
        ).format(budget=money(funds.budget), sources=money(funds.sources_total), contracts=money(funds.contract_total),
                 certified=money(funds.certified), disbursed=money(funds.disbursed), due=money(funds.due),
                 retained=money(funds.retained))
        if funds.overdue:
            text += " · " + self.tr("<b style='color:#c0392b'>%n deadline(s) overdue</b>", "", len(funds.overdue))
        self.summary.setText(text)

