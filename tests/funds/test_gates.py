"""Each gate on certifying a payment: refused with its reason, then allowed once the condition
is met; the administrator's override, recorded; the roles each step of the path needs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from supervisor import errors
from supervisor.accounts import people
from supervisor.codes import ContractKind, PaymentStatus, StepStatus
from supervisor.db.models import ChangeLog, Payment
from supervisor.funds import budget, gates, payments
from supervisor.procedure import steps
from supervisor.site import acceptance
from tests.conftest import provide_all, step_by_code

DAY = dt.date(2026, 7, 1)
PASSWORD = "correct horse 1"


def _works(database, project_id, *, price="1,000,000", rule="progress", retention="3"):
    with database.write() as s:
        budget.set_terms(s, project_id, budget.Terms(payment_rule=rule, retention_percent=retention))
        return budget.save_contract(s, project_id, budget.ContractData(ContractKind.WORKS, "城建三公司", price)).id


def _apply(database, project_id, contract_id, amount, **fields):
    with database.write() as s:
        return payments.apply(s, project_id, payments.Application(contract_id, fields.pop("kind", "progress"),
                                                                  amount, fields.pop("on", DAY), **fields)).id


def _refused_codes(database, payment_id, amount=None, on=None) -> list[str]:
    with pytest.raises(gates.GatesClosed) as caught:
        with database.write() as s:
            payments.certify(s, payment_id, amount, on=on)
    with database.read() as s:
        assert s.get(Payment, payment_id).status == PaymentStatus.APPLIED  # nothing was written
    return [r.code for r in caught.value.refusals]


def _certify(database, payment_id, amount=None, on=None):
    with database.write() as s:
        return payments.certify(s, payment_id, amount, on=on).certified_amount


def test_a_payment_on_a_step_not_done_is_refused_until_the_step_is_done(database, ungated_project):
    contract = _works(database, ungated_project)
    with database.read() as s:
        step_id = step_by_code(s, ungated_project, "28").id
    payment = _apply(database, ungated_project, contract, "100,000", completed_value="500,000", step_id=step_id)
    assert _refused_codes(database, payment) == ["step"]
    with database.write() as s:
        step = step_by_code(s, ungated_project, "28")
        provide_all(s, step)
        steps.set_status(s, step, StepStatus.DONE, override_reason="test: earlier steps out of scope")
    assert _certify(database, payment) == Decimal("100000.00")


def test_an_item_measured_by_a_failed_acceptance_item_is_refused_until_it_passes(database, project):
    contract = _works(database, project)
    record = acceptance.AcceptanceData(items=[acceptance.ItemData(
        "基础类", "雨污分流管网", "m", Decimal("860"), Decimal("845.5"), "闭水试验", "fail", "渗漏")])
    with database.write() as s:
        acceptance.save_record(s, project, record)
        item_id = acceptance.load_record(s, project).items[0].id
    item = payments.ItemData("雨污分流管网", "m", "800", "500", acceptance_item_id=item_id)
    payment = _apply(database, project, contract, "400,000", items=[item], completed_value="600,000")
    refused = _refused_codes(database, payment)
    assert refused == ["acceptance"]
    record.items[0].result = "pass"
    with database.write() as s:
        acceptance.save_record(s, project, record)
    assert _certify(database, payment, "400,000") == Decimal("400000.00")


def test_measured_quantities_beyond_the_accepted_ones_are_refused_also_in_all(database, project):
    contract = _works(database, project)
    over = payments.ItemData("外墙保温", "㎡", "3,200", "100", accepted_quantity="3000")
    payment = _apply(database, project, contract, "200,000", items=[over])
    with pytest.raises(gates.GatesClosed) as caught:
        with database.write() as s:
            payments.certify(s, payment)
    assert [r.code for r in caught.value.refusals] == ["quantity"]
    assert "3200 ㎡ measured in all, more than the 3000 ㎡ accepted" in str(caught.value)
    assert "累计计量3200㎡，超过验收合格工程量3000㎡" in caught.value.refusals[0].chinese()
    fixed = payments.ItemData("外墙保温", "㎡", "2,000", "100", accepted_quantity="3000")
    with database.write() as s:
        payments.update_application(s, payment, payments.Application(contract, "progress", "160,000", DAY, items=[fixed]))
    assert _certify(database, payment) == Decimal("160000.00")
    # the next period's 1,200 ㎡ would make 3,200 in all, more than the 3,000 accepted
    more = payments.ItemData("外墙保温", "㎡", "1,200", "100", accepted_quantity="3000")
    later = _apply(database, project, contract, "50,000", items=[more], on=dt.date(2026, 8, 1))
    assert "quantity" in _refused_codes(database, later)


def test_cumulative_payments_cannot_pass_the_rules_share_of_the_accepted_value(database, project):
    contract = _works(database, project)
    payment = _apply(database, project, contract, "900,000", completed_value="1,000,000")
    assert _refused_codes(database, payment) == ["progress_cap"]
    assert _certify(database, payment, "800,000") == Decimal("800000.00")  # 80 % of the accepted value
    second = _apply(database, project, contract, "0.01", completed_value="1,000,000", on=dt.date(2026, 8, 1))
    assert _refused_codes(database, second) == ["progress_cap"]  # one fen more is too much


def test_cumulative_payments_cannot_pass_the_contract_price_less_retention(database, project):
    contract = _works(database, project, price="1,000,000", rule="progress-90")
    first = _apply(database, project, contract, "900,000", completed_value="1,000,000")
    assert _certify(database, first) == Decimal("900000.00")
    second = _apply(database, project, contract, "80,000", completed_value="2,000,000", on=dt.date(2026, 8, 1))
    assert _refused_codes(database, second) == ["contract_cap"]  # 980,000 > 1,000,000 − 3 %
    assert _certify(database, second, "70,000") == Decimal("70000.00")  # exactly 970,000 in all


def test_retention_is_at_most_three_percent(database, project):
    with pytest.raises(errors.ValidationError, match="at most 3 %"):
        with database.write() as s:
            budget.set_terms(s, project, budget.Terms(retention_percent="3.01"))
    with database.write() as s:
        budget.set_terms(s, project, budget.Terms(retention_percent="2.5"))
    with database.read() as s:
        assert budget.funding(s, project).retention_percent == Decimal("2.50")


def test_a_milestone_payment_needs_the_resident_supervisors_sign_off_and_stays_within_its_share(database, project):
    contract = _works(database, project, rule="milestone")
    payment = _apply(database, project, contract, "150,000", kind="milestone", milestone="entry")
    assert _refused_codes(database, payment) == ["milestone_cap", "sign_off"]  # entry pays 10 %
    with database.write() as s:
        payments.sign_off(s, payment, on=DAY)
    assert _refused_codes(database, payment) == ["milestone_cap"]
    assert _certify(database, payment, "100,000") == Decimal("100000.00")
    with database.read() as s:
        assert s.get(Payment, payment).signed_off_by == "tester"


def test_the_retention_is_paid_only_after_the_defects_period(database, project):
    contract = _works(database, project, price="1,000,000")
    with database.write() as s:
        budget.save_contract(s, project, budget.ContractData(ContractKind.WORKS, "城建三公司", "1,000,000",
                                                             retention_due_on=dt.date(2028, 6, 30)), contract)
    early = _apply(database, project, contract, "30,000", kind="retention", on=dt.date(2028, 6, 1))
    assert _refused_codes(database, early, on=dt.date(2028, 6, 29)) == ["retention_early"]
    due = _apply(database, project, contract, "30,000.01", kind="retention", on=dt.date(2028, 6, 1))
    assert _refused_codes(database, due, on=dt.date(2028, 6, 30)) == ["retention_cap"]
    assert _certify(database, due, "30,000", on=dt.date(2028, 6, 30)) == Decimal("30000.00")


@pytest.fixture
def staffed(database, project):
    with database.write() as session:
        people.add_user(session, "admin", PASSWORD, ["administrator"], "管理员甲")
    people.sign_in(database, "admin", PASSWORD)
    with database.write() as session:
        people.add_user(session, "sup", PASSWORD, ["supervisor"], "张监理")
        people.add_user(session, "pm", PASSWORD, ["project manager"], "李经理")
        people.add_user(session, "clerk", PASSWORD, ["clerk"], "王资料")
    people.sign_in(database, "pm", PASSWORD)
    with database.write() as session:
        budget.set_terms(session, project, budget.Terms())
        contract = budget.save_contract(session, project, budget.ContractData(ContractKind.WORKS, "城建三公司", "1,000,000")).id
    people.sign_out()
    return project, contract


def test_an_administrator_overrides_a_gate_with_password_and_reason_recorded(database, staffed):
    project, contract = staffed
    people.sign_in(database, "clerk", PASSWORD)
    payment = _apply(database, project, contract, "900,000", completed_value="1,000,000")
    people.sign_in(database, "sup", PASSWORD)
    assert _refused_codes(database, payment) == ["progress_cap"]
    override = gates.Override("admin", "wrong", "抢修工期，街道会议纪要2026-15号同意")
    with pytest.raises(errors.SignInFailed):
        with database.write() as s:
            payments.certify(s, payment, override=override)
    with pytest.raises(errors.SignInFailed, match="not an active administrator"):
        with database.write() as s:
            payments.certify(s, payment, override=gates.Override("pm", PASSWORD, "理由"))
    with pytest.raises(errors.ValidationError, match="needs a reason"):
        with database.write() as s:
            payments.certify(s, payment, override=gates.Override("admin", PASSWORD, "  "))
    with database.write() as s:
        payments.certify(s, payment, override=gates.Override("admin", PASSWORD, override.reason))
    with database.read() as s:
        stored = s.get(Payment, payment)
        assert stored.status == PaymentStatus.CERTIFIED
        assert stored.certified_by == "张监理" and stored.entered_by == "王资料"
        assert stored.override_by == "管理员甲" and stored.override_reason == override.reason
        assert "超过已完成合格工程价款1,000,000.00元的80%" in stored.override_gates
        assert s.scalars(select(ChangeLog.action).where(ChangeLog.entity_uuid == stored.uuid)).all().count(
            "payment.override") == 1


def test_each_step_of_the_path_needs_its_role(database, staffed):
    project, contract = staffed
    people.sign_in(database, "clerk", PASSWORD)
    payment = _apply(database, project, contract, "100,000", completed_value="1,000,000")
    with pytest.raises(errors.Refused, match="may not certify"):
        with database.write() as s:
            payments.certify(s, payment)
    people.sign_in(database, "sup", PASSWORD)
    _certify(database, payment)
    with pytest.raises(errors.Refused, match="may not record"):
        with database.write() as s:
            payments.record_audit(s, payment)
    people.sign_in(database, "clerk", PASSWORD)
    with database.write() as s:
        payments.record_audit(s, payment)
    with pytest.raises(errors.Refused, match="may not approve"):
        with database.write() as s:
            payments.approve(s, payment)
    people.sign_in(database, "pm", PASSWORD)
    with database.write() as s:
        stored = payments.approve(s, payment)
        assert (stored.certified_by, stored.audited_by, stored.approved_by) == ("张监理", "王资料", "李经理")


def _chinese(text: str) -> str:
    """The message's texts as the window's translation gives them."""
    from PySide6.QtCore import QTranslator

    from supervisor.paths import TRANSLATIONS

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "supervisor_zh_CN.qm"))
    return translator.translate("errors", text) or text


def test_steps_go_in_order(database, project):
    contract = _works(database, project)
    payment = _apply(database, project, contract, "100,000", completed_value="1,000,000")
    with pytest.raises(errors.RuleViolation, match="is applied for: it cannot be approved now") as refused:
        with database.write() as s:
            payments.approve(s, payment)
    assert refused.value.message(_chinese) == "支付ZF-2026-001当前为已报审，不能审批。"
    with pytest.raises(errors.ValidationError, match="before the payment's previous step"):
        with database.write() as s:
            payments.certify(s, payment, on=DAY - dt.timedelta(days=1))
