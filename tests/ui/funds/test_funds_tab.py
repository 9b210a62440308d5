"""The Funds tab driven by clicks: a payment taken from its certificate to its disbursement, a
certificate refused by a closed gate (and let through by an override), the split by source that
must add up, the budget's records, the residents' share and the deadlines after acceptance.
The money is written by ``tests/funds/conftest.py``'s ``write_funds``; the database is read
back after the clicks."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox

from supervisor.codes import PaymentStatus
from supervisor.db.changes import Changed
from supervisor.db.models import Acceptance, Contract, Payment, UrgentRepair
from supervisor.projects import places
from supervisor.residents import roster
from supervisor.residents.roster import HouseholdData
from tests.conftest import build_source, copy_database, write_project
from tests.funds.conftest import write_funds
from tests.ui.conftest import open_window, type_text, when_modal


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def set_text(qtbot, dialog, name: str, text: str) -> None:
    edit = dialog.findChild(QLineEdit, name)
    assert edit is not None, name
    edit.clear()
    type_text(qtbot, edit, text)


@pytest.fixture(scope="module")
def funds_source(tmp_path_factory, migrated_source):
    """A project with two compounds of households and the money of ``write_funds``, once."""

    def build(database):
        project_id = write_project(database)
        with database.write() as session:
            from supervisor.db.models import Project

            project = session.get(Project, project_id)
            compound = places.add_compound(session, project, places.CompoundData("幸福里小区"))
            for i in range(4):
                roster.add_household(session, compound, HouseholdData("1号楼", "1", str(101 + i), f"户主{i}",
                                                                      area=Decimal("60") + i))
        return write_funds(database, project_id)

    return build_source(tmp_path_factory.mktemp("funds") / "funds.sqlite", migrated_source, build)


@pytest.fixture
def funds_db(db_path, funds_source):
    return copy_database(funds_source[0], db_path), funds_source[1]


@pytest.fixture
def funds_tab(qtbot, funds_db):
    path, funded = funds_db
    window = open_window(qtbot, path, "T-01")
    window.funds_tab_action.trigger()
    view = window.workspace.funds
    assert window.workspace.tabs.currentWidget() is view
    return window, view, funded


def payment_in_db(window, payment_id: int) -> SimpleNamespace:
    """The payment as stored, read afresh."""
    with window.controller.database.read() as session:
        p = session.get(Payment, payment_id)
        values = {c.key: getattr(p, c.key) for c in Payment.__table__.columns}
        values["splits"] = [SimpleNamespace(source=s.source.name, amount=s.amount) for s in p.splits]
        return SimpleNamespace(**values)


def select_payment(qtbot, view, payment_id: int) -> None:
    page = view.payments
    view.pages.setCurrentWidget(page)
    row = page.model.row_of(payment_id)
    assert row >= 0
    rect = page.table.visualRect(page.model.index(row, 0))
    click_at = rect.center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=click_at)
    assert page.current().id == payment_id


def status_text(view, payment_id: int) -> str:
    page = view.payments
    return page.model.index(page.model.row_of(payment_id), page.model.columnCount() - 1).data()


def test_a_payment_is_taken_from_certificate_to_publicity_by_clicks(qtbot, funds_tab):
    window, view, funded = funds_tab
    page = view.payments
    select_payment(qtbot, view, funded.applied)
    assert status_text(view, funded.applied) == "Applied"
    buttons = page.step_buttons
    assert [name for name, b in buttons.items() if b.isEnabled()] == ["certify", "sendBack"]

    def certificate(dialog):
        assert dialog.findChild(QLineEdit, "stepAmount").text() == "500,000.00"
        dialog.opinion.setPlainText("同意支付")
        ok(dialog)

    when_modal(certificate)
    click(qtbot, buttons["certify"])
    assert status_text(view, funded.applied) == "Certified"
    assert [name for name, b in buttons.items() if b.isEnabled()] == ["audit", "sendBack"]

    def audit(dialog):
        set_text(qtbot, dialog, "stepAmount", "499,999.50")
        ok(dialog)

    when_modal(audit)
    click(qtbot, buttons["audit"])
    when_modal(ok)
    click(qtbot, buttons["approve"])
    assert status_text(view, funded.applied) == "Approved"

    def disburse(dialog):
        set_text(qtbot, dialog, f"split_{funded.central}", "400,000")
        set_text(qtbot, dialog, f"split_{funded.district}", "99,999.50")
        assert "adds up" in dialog.total.text()
        set_text(qtbot, dialog, "voucher", "PZ-2026-1202")
        ok(dialog)

    when_modal(disburse)
    click(qtbot, buttons["disburse"])
    assert status_text(view, funded.applied) == "Disbursed"
    when_modal(ok)
    click(qtbot, buttons["publish"])
    assert status_text(view, funded.applied) == "Published"

    stored = payment_in_db(window, funded.applied)
    assert stored.status == PaymentStatus.PUBLISHED
    assert (stored.certified_amount, stored.audited_amount) == (Decimal("500000.00"), Decimal("499999.50"))
    assert stored.certificate_opinion == "同意支付" and stored.certified_by == "tester"
    assert stored.voucher == "PZ-2026-1202" and stored.disbursed_on == dt.date.today()
    assert {s.source: s.amount for s in stored.splits} == {
        "中央补助资金": Decimal("400000.00"), "区级财政资金": Decimal("99999.50")}
    # The figures above the pages follow: 1,180,000.50 + 499,999.50 disbursed.
    assert "disbursed 1,680,000.00" in view.summary.text()
    # Each step is one undo: the publicity goes back first.
    window.undo_action.trigger()
    assert payment_in_db(window, funded.applied).status == PaymentStatus.DISBURSED
    assert status_text(view, funded.applied) == "Disbursed"


def test_a_refused_certificate_says_the_gates_reason_and_an_override_lets_it_through(qtbot, funds_tab):
    window, view, funded = funds_tab
    page = view.payments
    view.pages.setCurrentWidget(page)

    def application(dialog):
        set_text(qtbot, dialog, "appliedAmount", "500,000")
        set_text(qtbot, dialog, "completedValue", "4,000,000")
        set_text(qtbot, dialog, "paymentPeriod", "2026年10月")
        ok(dialog)

    when_modal(application)
    click(qtbot, page.new_button)
    new = page.current()
    assert new.number == "ZF-2026-006" and new.applied == Decimal("500000.00")

    shown: dict = {}

    def refused_box(box):
        assert isinstance(box, QMessageBox) and box.objectName() == "gatesClosed"
        shown["text"] = box.text() + "\n" + box.informativeText()
        box.button(QMessageBox.StandardButton.Close).click()

    def certificate(dialog):
        when_modal(refused_box)
        ok(dialog)
        shown["in dialog"] = dialog.message.text()
        dialog.done(0)

    when_modal(certificate)
    click(qtbot, page.step_buttons["certify"])
    assert "Payment ZF-2026-006 cannot be certified" in shown["text"]
    assert ("3,500,000.00 paid in all would pass 80 % of the 4,000,000.00 of accepted work (3,200,000.00)"
            in shown["text"])
    assert "3,200,000.00" in shown["in dialog"]
    assert payment_in_db(window, new.id).status == PaymentStatus.APPLIED
    assert status_text(view, new.id) == "Applied"

    def override_box(box):
        when_modal(override)
        box.findChild(type(box.button(QMessageBox.StandardButton.Close)), "overrideGates").click()

    def override(dialog):
        assert "3,200,000.00" in dialog.prompt.text()
        dialog.reason.setPlainText("街道书面同意先行支付")
        ok(dialog)

    def certificate_again(dialog):
        when_modal(override_box)
        ok(dialog)

    when_modal(certificate_again)
    click(qtbot, page.step_buttons["certify"])
    stored = payment_in_db(window, new.id)
    assert stored.status == PaymentStatus.CERTIFIED and stored.certified_amount == Decimal("500000.00")
    assert stored.override_reason == "街道书面同意先行支付" and "累计支付3,500,000.00元" in stored.override_gates
    assert "Gates overridden by tester: 街道书面同意先行支付" in page.detail.text()


def test_the_split_editor_refuses_a_split_that_does_not_add_up(qtbot, funds_tab):
    window, view, funded = funds_tab
    select_payment(qtbot, view, funded.approved)
    seen: dict = {}

    def disburse(dialog):
        set_text(qtbot, dialog, f"split_{funded.central}", "600,000")
        set_text(qtbot, dialog, f"split_{funded.district}", "300,000")
        seen["total"] = dialog.total.text()
        set_text(qtbot, dialog, "voucher", "PZ-9")
        ok(dialog)
        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.message.text()
        set_text(qtbot, dialog, f"split_{funded.residents}", "100,000.01")
        seen["over"] = dialog.total.text()
        ok(dialog)
        seen["still open"] = dialog.isVisible()
        dialog.done(0)

    when_modal(disburse)
    click(qtbot, view.payments.step_buttons["disburse"])
    assert seen["total"] == "Split: 900,000.00 of 1,000,000.00 — 100,000.00 still to book."
    assert seen["open"] and seen["message"] == "The split by source adds up to 900,000.00, not the 1,000,000.00 to pay."
    assert seen["over"] == "Split: 1,000,000.01 of 1,000,000.00 — 0.01 too much."
    assert seen["still open"]
    stored = payment_in_db(window, funded.approved)
    assert stored.status == PaymentStatus.APPROVED and stored.splits == [] and stored.voucher == ""

    def by_remaining(dialog):
        click(qtbot, dialog.share_button)
        seen["shared"] = dialog.total.text()
        set_text(qtbot, dialog, "voucher", "PZ-10")
        ok(dialog)

    when_modal(by_remaining)
    click(qtbot, view.payments.step_buttons["disburse"])
    assert seen["shared"].endswith("adds up.")
    stored = payment_in_db(window, funded.approved)
    assert stored.status == PaymentStatus.DISBURSED and sum(s.amount for s in stored.splits) == Decimal("1000000.00")


def test_the_budget_sources_and_contracts_are_kept_by_their_dialogs_and_undone(qtbot, funds_tab):
    window, view, funded = funds_tab
    page = view.budget
    view.pages.setCurrentWidget(page)
    assert "Progress payments: 80 % of the accepted work" in page.terms.text() and "3 %" in page.terms.text()

    def source(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("maintenance_fund"))
        set_text(qtbot, dialog, "sourceName", "住宅专项维修资金")
        set_text(qtbot, dialog, "sourceAmount", "¥ 123,456.78")
        ok(dialog)

    when_modal(source)
    click(qtbot, page.sources.new_button)
    rows = {r.name: r for r in page.sources.model.rows()}
    assert rows["住宅专项维修资金"].amount == Decimal("123456.78")
    shown = [page.sources.model.index(r, 2).data() for r in range(page.sources.model.rowCount())]
    assert "123,456.78" in shown

    def too_little(dialog):  # 居民出资 has paid out 30,000.00 already
        set_text(qtbot, dialog, "sourceAmount", "20,000")
        box: dict = {}
        when_modal(lambda b: (box.update(text=b.text()), b.accept()))
        ok(dialog)
        box["in dialog"] = dialog.message.text()
        dialog.done(0)
        seen.update(box)

    seen: dict = {}
    residents_row = page.sources.model.row_of(funded.residents)
    page.sources.table.selectRow(residents_row)
    when_modal(too_little)
    click(qtbot, page.sources.edit_button)
    assert "居民出资 has already paid out 30,000.00" in seen["text"] and "30,000.00" in seen["in dialog"]

    def terms(dialog):
        set_text(qtbot, dialog, "retentionPercent", "5")
        ok(dialog)
        seen["refused"] = dialog.message.text()
        set_text(qtbot, dialog, "retentionPercent", "2.5")
        ok(dialog)

    when_modal(terms)
    click(qtbot, page.terms_button)
    assert "at most 3 % may be held" in seen["refused"]
    assert "2.5 %" in page.terms.text()
    assert "retention held 225,000.00" in view.summary.text()  # 2.5 % of 9,000,000
    window.undo_action.trigger()
    assert "retention held 270,000.00" in view.summary.text()
    window.undo_action.trigger()  # the new source goes
    assert "住宅专项维修资金" not in {r.name for r in page.sources.model.rows()}


def test_contributions_and_urgent_repairs_with_their_20_80_split(qtbot, funds_tab):
    window, view, funded = funds_tab
    share = view.residents_share
    view.pages.setCurrentWidget(share)
    page = share.contributions

    def assess(dialog):
        dialog.by_area.setChecked(True)
        set_text(qtbot, dialog, "assessAmount", "12.50")
        ok(dialog)

    when_modal(assess)
    click(qtbot, page.new_button)
    assert [r.due for r in page.model.rows()] == [Decimal("750.00"), Decimal("762.50"), Decimal("775.00"),
                                                  Decimal("787.50")]
    assert page.summary.text() == "4 household(s): 3,075.00 due, 0.00 paid, 3,075.00 outstanding."
    page.table.selectRow(1)

    def paid(dialog):
        assert dialog.findChild(QLineEdit, "paidAmount").text() == "762.50"
        set_text(qtbot, dialog, "paidAmount", "800")
        ok(dialog)
        seen["too much"] = dialog.message.text()
        set_text(qtbot, dialog, "paidAmount", "700.01")
        set_text(qtbot, dialog, "receipt", "SJ-0002")
        ok(dialog)

    seen: dict = {}
    when_modal(paid)
    click(qtbot, page.edit_button)
    assert "800.00 is more than the 762.50 still due" in seen["too much"]
    assert page.summary.text() == "4 household(s): 3,075.00 due, 700.01 paid, 2,374.99 outstanding."

    repairs = share.repairs

    def repair(dialog):
        set_text(qtbot, dialog, "repairDescription", "2号楼屋面漏水")
        set_text(qtbot, dialog, "repairCost", "10,000.01")
        seen["shares"] = dialog.shares.text()
        dialog.repaired.enabled.setChecked(True)
        ok(dialog)

    when_modal(repair)
    click(qtbot, repairs.new_button)
    assert seen["shares"] == "Owners and public income (20 %): 2,000.00; government (80 %): 8,000.01"
    (row,) = repairs.model.rows()
    assert (row.owners_share, row.government_share, row.status) == (Decimal("2000.00"), Decimal("8000.01"), "repaired")
    repairs.table.selectRow(0)
    assert repairs.pay_button.isEnabled()

    def pay(dialog):
        set_text(qtbot, dialog, "voucher", "PZ-WX-1")
        ok(dialog)

    when_modal(pay)
    click(qtbot, repairs.pay_button)
    with window.controller.database.read() as session:
        stored = session.get(UrgentRepair, row.id)
        assert (stored.status, stored.voucher, stored.cost) == ("paid", "PZ-WX-1", Decimal("10000.01"))
    repairs.table.selectRow(0)
    assert not repairs.pay_button.isEnabled() and not repairs.edit_button.isEnabled()


def test_retention_and_overdue_deadlines_stand_out(qtbot, funds_tab):
    from supervisor.ui.tables import OVERDUE_BACKGROUND

    window, view, funded = funds_tab
    page = view.retention
    view.pages.setCurrentWidget(page)
    assert page.no_deadlines.isVisible() and page.deadlines_model.rowCount() == 0
    with window.controller.database.write() as session:
        session.add(Acceptance(project_id=funded.project_id, accepted_on=dt.date.today() - dt.timedelta(days=70)))
    with window.controller.database.write() as session:
        session.get(Contract, funded.works).retention_due_on = dt.date.today()
    window.controller.announce(Changed.FUNDS)  # written beside the window: say so, as a write of its own does
    works = page.contracts_model.rows()[0]
    assert (works.retention, works.retained) == (Decimal("270000.00"), Decimal("270000.00"))
    model = page.contracts_model
    assert model.index(0, model.columnCount() - 1).data() == "Due for release"
    final, settlement = page.deadlines_model.rows()
    assert final.overdue and not settlement.overdue
    states = [page.deadlines_model.index(r, 3).data() for r in range(2)]
    assert states[0].startswith("Overdue by ") and states[1].endswith("day(s) left")
    background = page.deadlines_model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert background.color() == OVERDUE_BACKGROUND
    assert page.deadlines_model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "1 deadline(s) overdue" in view.summary.text()

    def submitted(dialog):
        dialog.submitted.enabled.setChecked(True)
        ok(dialog)

    when_modal(submitted)
    click(qtbot, page.final_button)
    assert page.deadlines_model.index(0, 3).data() == "Done"
    assert "overdue" not in view.summary.text()


PASSWORD = "correct horse 1"


@pytest.fixture
def with_users(db_path, funds_source):
    """The money above, in a database with an administrator, a project manager (also a clerk)
    and a chief supervisor; nobody signed in."""
    from supervisor.accounts import people
    from supervisor.db.engine import open_database

    copy_database(funds_source[0], db_path)
    database = open_database(db_path)
    with database.write() as session:
        people.add_user(session, "admin", PASSWORD, ["administrator"], "管理员甲")
    people.sign_in(database, "admin", PASSWORD)
    with database.write() as session:
        people.add_user(session, "pm", PASSWORD, ["project manager", "clerk"], "李经理")
        people.add_user(session, "sup", PASSWORD, ["supervisor"], "王总监")
    people.sign_out()
    database.close()
    return db_path, funds_source[1]


def signed_in_funds(qtbot, path, name):
    from tests.ui.accounts.test_sign_in import open_signed_in

    window = open_signed_in(qtbot, path, name, [PASSWORD])
    window.funds_tab_action.trigger()
    return window, window.workspace.funds


def test_the_buttons_follow_the_roles_and_the_core_refuses_anyway(qtbot, with_users):
    from supervisor import errors

    path, funded = with_users
    window, view = signed_in_funds(qtbot, path, "pm")
    page = view.payments
    select_payment(qtbot, view, funded.applied)
    assert not page.step_buttons["certify"].isEnabled() and page.step_buttons["sendBack"].isEnabled()
    select_payment(qtbot, view, funded.certified)
    assert page.step_buttons["audit"].isEnabled()
    with pytest.raises(errors.Refused, match="may not certify payments"):
        window.controller.funds.certify(funded.applied, "ZF-2026-004")
    assert payment_in_db(window, funded.applied).status == PaymentStatus.APPLIED
    assert view.budget.sources.new_button.isEnabled()  # a clerk keeps the budget


def test_an_override_needs_an_administrators_password(qtbot, with_users):
    path, funded = with_users
    window, view = signed_in_funds(qtbot, path, "sup")
    page = view.payments
    assert not view.budget.sources.new_button.isEnabled()  # the chief supervisor does not keep the budget
    select_payment(qtbot, view, funded.applied)
    assert page.step_buttons["certify"].isEnabled() and not page.step_buttons["approve"].isEnabled()
    with window.controller.database.write() as session:  # the value accepted is less than claimed
        session.get(Payment, funded.applied).completed_value = Decimal("4000000")
    window.controller.announce(Changed.FUNDS)
    seen: dict = {}

    def override(dialog):
        type_text(qtbot, dialog.findChild(QLineEdit, "overrideAdministrator"), "admin")
        type_text(qtbot, dialog.findChild(QLineEdit, "overridePassword"), "wrong")
        dialog.reason.setPlainText("街道书面同意")
        ok(dialog)
        seen["wrong"] = dialog.message.text()
        dialog.findChild(QLineEdit, "overridePassword").clear()
        type_text(qtbot, dialog.findChild(QLineEdit, "overridePassword"), PASSWORD)
        ok(dialog)

    def box(message_box):
        seen["reasons"] = message_box.informativeText()
        when_modal(override)
        message_box.findChild(type(message_box.button(QMessageBox.StandardButton.Close)), "overrideGates").click()

    def certificate(dialog):
        when_modal(box)
        ok(dialog)

    when_modal(certificate)
    click(qtbot, page.step_buttons["certify"])
    assert "3,500,000.00 paid in all would pass 80 % of the 4,000,000.00" in seen["reasons"]
    assert seen["wrong"] == "Wrong name or password for admin."
    stored = payment_in_db(window, funded.applied)
    assert stored.status == PaymentStatus.CERTIFIED
    assert (stored.override_by, stored.certified_by) == ("管理员甲", "王总监")


def test_a_milestone_is_signed_off_before_its_certificate(qtbot, funds_tab):
    window, view, funded = funds_tab
    view.pages.setCurrentWidget(view.budget)

    def terms(dialog):
        dialog.rule.setCurrentIndex(dialog.rule.findData("milestone"))
        ok(dialog)

    when_modal(terms)
    click(qtbot, view.budget.terms_button)
    assert "Milestones: 10 % at site entry" in view.budget.terms.text()
    page = view.payments
    view.pages.setCurrentWidget(page)

    def application(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("milestone"))
        assert dialog.milestone.isEnabled()
        dialog.milestone.setCurrentIndex(dialog.milestone.findData("90"))
        set_text(qtbot, dialog, "appliedAmount", "100,000")
        ok(dialog)

    when_modal(application)
    click(qtbot, page.new_button)
    new = page.current()
    assert new.milestone == "90" and page.step_buttons["signOff"].isEnabled()
    reasons = []

    def refused(box):
        reasons.append(box.informativeText())
        box.button(QMessageBox.StandardButton.Close).click()

    def certificate(dialog):
        when_modal(refused)
        ok(dialog)
        dialog.done(0)

    when_modal(certificate)
    click(qtbot, page.step_buttons["certify"])
    assert "A milestone payment needs a resident quality supervisor's sign-off." in reasons[0]
    when_modal(ok)
    click(qtbot, page.step_buttons["signOff"])
    assert payment_in_db(window, new.id).signed_off_by == "tester"
    assert not page.step_buttons["signOff"].isEnabled() and "Signed off by tester" in page.detail.text()
    when_modal(ok)  # signed off, 3,100,000.00 in all is within the 90 % payable at 完成90%
    click(qtbot, page.step_buttons["certify"])
    assert len(reasons) == 1
    stored = payment_in_db(window, new.id)
    assert stored.status == PaymentStatus.CERTIFIED and stored.override_by == ""
