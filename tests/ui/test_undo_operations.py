"""Every user-level write of the window's operations goes on the undo stack, and undo and redo
put the whole database back exactly: every row of every table (the audit trail aside) is what it
was before the change after an undo, and what the change made after a redo. Run on the demo
database, which has a record of every kind."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from supervisor.db.models import Base

TODAY = dt.date.today()


def everything(path) -> dict[str, list[tuple]]:
    """Every row of every table but the audit trail, the history (an undo is a change it
    records) and the number counters (a number given out is not taken back by an undo: see
    below), in key order (read beside the program)."""
    with sqlite3.connect(path) as raw:
        return {
            table.name: raw.execute(f"SELECT * FROM {table.name} ORDER BY 1, 2").fetchall()
            for table in Base.metadata.sorted_tables
            if table.name not in ("change_log", "number_counter") and not table.name.startswith("history")
        }


@pytest.fixture
def controller(qapp, demo_path):
    from supervisor.db.audit import set_current_user
    from supervisor.db.engine import open_database
    from supervisor.ui.controller import Controller

    set_current_user("tester")
    controller = Controller(open_database(demo_path))
    yield controller
    controller.close()


# --- the changes, on the demo's first project (DH-2026-01) ------------------------------------


def _step(c, status: str) -> int:
    from sqlalchemy import select

    from supervisor.db.models import ProjectStep

    with c.database.read() as session:
        return session.scalars(select(ProjectStep.id).where(ProjectStep.project_id == 1,
                                                            ProjectStep.status == status)).first()


def step_status(c):
    c.procedure.set_status(_step(c, "not_started"), "in_progress")


def step_edit(c):
    from supervisor.procedure.steps import StepEdit

    c.procedure.update_step(_step(c, "in_progress"), StepEdit(TODAY, TODAY, TODAY, None, 1, "加快"))


def material_provided(c):
    from supervisor.db.models import StepMaterial

    with c.database.read() as session:
        material = session.query(StepMaterial).filter_by(provided=False, waived=False).first().id
    c.procedure.set_provided(material, True)


def material_waived(c):
    from supervisor.db.models import StepMaterial

    with c.database.read() as session:
        material = session.query(StepMaterial).filter_by(provided=False, waived=False).first().id
    c.procedure.waive(material, "本项目不涉及")


def new_check(c):
    from supervisor.site.checks import CheckData

    c.site.save_check(None, CheckData(project_id=1, compound_id=1, result="problem", description="外墙空鼓",
                                      inspector="李秀英"), c.site.unattached_links(1, []))


def edit_check(c):
    data = c.site.check_data(1)
    data.description += "（复查）"
    data.common_area = ""
    c.site.save_check(1, data)


def raise_from_check(c):
    c.site.rectification_from_check(1, responsible_party="施工单位")


def new_rectification(c):
    from supervisor.site.rectifications import RectificationData

    c.site.create_rectification(RectificationData(project_id=1, compound_id=1, problem="井盖缺失",
                                                  responsible_party="施工单位"))


def edit_rectification(c):
    from supervisor.site.rectifications import data_from_check

    with c.database.read() as session:
        data = data_from_check(session, 37)
    data.problem, data.responsible_party = "墙面渗水（补充）", "施工单位"
    c.site.update_rectification(1, data)


def reply(c):
    c.site.reply_rectification(1, "已返工")


def recheck(c):
    c.site.recheck_rectification(3, True, "合格", "王大爷")


def reopen(c):
    c.site.reopen_rectification(5, "复发")


def caption(c):
    c.site.set_photo_caption(1, "东立面")


def acceptance(c):
    from supervisor.site.acceptance import ItemData, acceptance_data

    data = acceptance_data(c.site.acceptance_record(3))
    data.conclusion = "同意验收"
    data.items.append(ItemData("道路", "沥青路面", "m²"))
    c.site.save_acceptance(3, data)


def new_project(c):
    from supervisor.projects.project import ProjectData

    c.projects.create_project(ProjectData(code="DH-2027-01", name="2027年片区"))


def edit_project(c):
    data = c.projects.project_data(1)
    data.notes = "加快进度"
    c.projects.update_project(1, data)


def archive(c):
    c.projects.set_archived(2, True)


def new_compound(c):
    from supervisor.projects.places import CompoundData

    c.projects.add_compound(1, CompoundData("新村", year_built=1990))


def edit_compound(c):
    data = c.projects.compound_data(1)
    data.address = "东湖路1号"
    c.projects.update_compound(1, data)


def add_building(c):
    c.projects.add_building(1, "9号楼", 2, 3, 2)


def add_person(c):
    c.projects.add_person("赵六", "监理员", "监理公司", "13900000000")


def edit_person(c):
    c.projects.update_person(1, "王建国", "总监", "监理公司", "13900000001")


def add_household(c):
    from supervisor.residents.roster import HouseholdData

    c.residents.add_household(1, HouseholdData("9号楼", "3", "101", "新住户"))


def move_household(c):
    (row, *_rest) = c.residents.households(1)
    data = row.to_data()
    data.unit, data.owner_name = "7", "搬来的户主"
    c.residents.update_household(row.id, data)


def remove_households(c):
    c.residents.remove_households([104, 99, 1, 2])  # answers, an opinion and a check name some


def set_answers(c):
    from supervisor.residents.consultation import AnswerData

    c.residents.set_answers([1, 2, 104], 2, AnswerData("disagree", visitor="小李", visited_on=TODAY))


def mark_answers(c):
    from supervisor.residents.consultation import AnswerData

    c.residents.mark_answers({h: AnswerData("agree", visitor="小李", visited_on=TODAY) for h in (1, 2, 104)}, 1,
                             "Mark")


def clear_answers(c):
    c.residents.clear_answers([104, 99, 1], 1)


def rules(c):
    from supervisor.residents.rules import ConsentSettings, OpinionSettings

    c.residents.set_resident_settings(ConsentSettings(percent=66.7), OpinionSettings(reply_days=7))


def letterhead(c):
    c.documents.set_letterhead("东湖街道办事处（新）", "另一监理有限公司", None)


def new_opinion(c):
    from supervisor.residents.opinions import OpinionData

    c.residents.save_opinion(None, OpinionData(project_id=1, compound_id=1, content="噪音", received_on=TODAY))


def edit_opinion(c):
    data = c.residents.opinion_data(1)
    data.content += "（补充）"
    c.residents.save_opinion(1, data)


def close_opinion(c):
    c.residents.close_opinion(4, True)


def remove_opinion(c):
    c.residents.remove_opinion(12)  # a supervision-day issue became this opinion


def new_day(c):
    from supervisor.residents.supervision_days import DayData, IssueData

    c.residents.save_day(None, DayData(1, TODAY, 1, "活动室", "王大爷、李阿姨", "", [IssueData("路灯不亮")]))


def edit_day(c):
    (row, *_rest) = c.residents.supervision_days(1)
    data = row.to_data(1)
    data.issues = data.issues[:1]  # an issue dropped
    data.notes = "改期"
    c.residents.save_day(row.id, data)


def remove_day(c):
    (row, *_rest) = c.residents.supervision_days(1)
    c.residents.remove_day(row.id)


def issue_to_opinion(c):
    c.residents.issue_to_opinion(3)


def issue_to_rectification(c):
    data = c.residents.issue_rectification_data(3)
    data.responsible_party = "施工单位"
    c.residents.rectification_from_issue(3, data)


def new_survey(c):
    from supervisor.residents.surveys import SurveyData

    c.residents.save_survey(None, SurveyData(6, None, "visit", {"overall": "satisfied"}, surveyor="小李",
                                             surveyed_on=TODAY))


def edit_survey(c):
    data = c.residents.survey_data(1)
    data.comments = "电梯很好"
    c.residents.save_survey(1, data)


def remove_survey(c):
    c.residents.remove_survey(1)


CHANGES = [
    step_status, step_edit, material_provided, material_waived, new_check, edit_check, raise_from_check, new_rectification, edit_rectification, reply, recheck, reopen,
    caption, acceptance, new_project, edit_project, archive, new_compound, edit_compound, add_building, add_person,
    edit_person, add_household, move_household, remove_households, set_answers, mark_answers, clear_answers,
    rules, letterhead, new_opinion, edit_opinion, close_opinion, remove_opinion, new_day, edit_day, remove_day,
    issue_to_opinion, issue_to_rectification, new_survey, edit_survey, remove_survey,
]


@pytest.mark.parametrize("change", CHANGES, ids=[c.__name__ for c in CHANGES])
def test_undo_and_redo_put_every_record_back_exactly(controller, demo_path, change):
    undo_and_redo_put_back(controller, demo_path, change)


def undo_and_redo_put_back(controller, demo_path, change):
    before = everything(demo_path)
    change(controller)
    after = everything(demo_path)
    assert after != before
    stack = controller.undo_stack
    assert (stack.count(), stack.index()) == (1, 1) and stack.undoText()
    failures = []
    controller.failed.connect(failures.append)
    stack.undo()
    assert failures == []
    assert everything(demo_path) == before
    stack.redo()
    assert failures == []
    assert everything(demo_path) == after
    stack.undo()
    assert everything(demo_path) == before


# --- the money, on the demo's first project with the payments of tests/funds/conftest.py --------


@pytest.fixture
def funded(controller):
    """The money of ``write_funds`` on project 1, and more written beside the window (not on the
    undo stack): a source and a contract nothing is paid from, an audited payment (6), a
    disbursed one (7), one no gate lets through (8), the residents' contributions assessed and two urgent repairs, one done."""
    from supervisor.funds import budget, payments, residents_share
    from tests.funds.conftest import write_funds

    money = write_funds(controller.database, 1)
    with controller.database.write() as s:
        spare = budget.save_source(s, 1, "other", "其他资金", "100,000").id
        design = budget.save_contract(s, 1, budget.ContractData("design", "市政设计院", "90,000")).id
        ids = []
        for on in (dt.date(2026, 10, 5), dt.date(2026, 10, 6)):
            paid = payments.apply(s, 1, payments.Application(money.works, "progress", "100,000", on,
                                                             completed_value="9,000,000"))
            payments.certify(s, paid.id, on=on)
            payments.record_audit(s, paid.id, on=on)
            ids.append(paid.id)
        payments.approve(s, ids[1], on=dt.date(2026, 10, 7))
        payments.disburse(s, ids[1], {money.central: "100,000"}, "PZ-7", on=dt.date(2026, 10, 8))
        gated = payments.apply(s, 1, payments.Application(money.works, "progress", "100,000", dt.date(2026, 10, 9),
                                                          completed_value="1,000,000")).id
        residents_share.assess(s, 1, per_household="500")
        repairs = [residents_share.save_repair(s, 1, residents_share.RepairData(
            text, "1,000.05", dt.date(2026, 9, 1), repaired_on=repaired)).id
            for text, repaired in (("路灯不亮", None), ("水管爆裂", dt.date(2026, 9, 2)))]
    return {"money": money, "spare": spare, "design": design, "audited": ids[0], "disbursed": ids[1],
            "gated": gated, "repairs": repairs}


def _contribution(c) -> int:
    from supervisor.db.models import Contribution

    with c.database.read() as session:
        return session.query(Contribution).filter_by(project_id=1).order_by(Contribution.id).first().id


def funding_terms(c, f):
    from supervisor.funds import budget

    c.funds.set_terms(1, budget.Terms("progress-90", "2.5", 3, 4, notes="区财政局批复"))


def new_budget_line(c, f):
    c.funds.save_budget_line(1, "upgrade", "加装电梯", "2,000,000.01")


def edit_budget_line(c, f):
    line = c.funds.budget_lines(1)[0]
    c.funds.save_budget_line(1, line.work_class, line.item + "（调整）", "5,999,999.99", line.id)


def delete_budget_line(c, f):
    line = c.funds.budget_lines(1)[-1]
    c.funds.delete_budget_line(line.id, line.item)


def new_source(c, f):
    c.funds.save_source(1, "bond", "专项债", "1,000,000")


def edit_source(c, f):
    c.funds.save_source(1, "local", "区级财政资金", "3,600,000.50", "追加", f["money"].district)


def delete_source(c, f):
    c.funds.delete_source(f["spare"], "其他资金")


def new_contract(c, f):
    from supervisor.funds import budget

    c.funds.save_contract(1, budget.ContractData("audit", "正信造价咨询", "45,000.50", "SJ-1"))


def edit_contract(c, f):
    from supervisor.funds import budget

    c.funds.save_contract(1, budget.ContractData("works", "城建第三工程有限公司", "9,100,000", "SG-2026-01",
                                                 retention_due_on=dt.date(2029, 1, 1)), f["money"].works)


def delete_contract(c, f):
    c.funds.delete_contract(f["design"], "市政设计院")


def apply_payment(c, f):
    from supervisor.funds import payments

    c.funds.apply_payment(1, payments.Application(f["money"].works, "progress", "200,000.10", TODAY,
                                                  completed_value="6,000,000", items=[
                                                      payments.ItemData("外墙保温", "m²", "100", "45.50")]))


def edit_application(c, f):
    data = c.funds.application(f["money"].applied)
    data.applied_amount, data.period = "450,000", "2026年9月（更正）"
    c.funds.update_application(f["money"].applied, "ZF-2026-004", data)


def delete_payment(c, f):
    c.funds.delete_payment(f["money"].rejected, "ZF-2026-005")


def sign_off(c, f):
    c.funds.sign_off(f["money"].applied, "ZF-2026-004", TODAY)


def certify(c, f):
    c.funds.certify(f["money"].applied, "ZF-2026-004", "499,999.99", TODAY, "同意")


def certify_overridden(c, f):
    from supervisor.funds import gates

    c.funds.certify(f["gated"], "ZF-2026-008", None, TODAY, "", gates.Override("", "", "街道同意先行支付"))


def record_audit(c, f):
    c.funds.record_audit(f["money"].certified, "ZF-2026-003", "799,999.50", TODAY)


def approve(c, f):
    c.funds.approve(f["audited"], "ZF-2026-006", TODAY)


def disburse(c, f):
    m = f["money"]
    c.funds.disburse(m.approved, "ZF-2026-002", {m.central: "900,000", m.residents: "100,000"}, "PZ-2", TODAY)


def publish(c, f):
    c.funds.publish(f["disbursed"], "ZF-2026-007", TODAY)


def send_back(c, f):
    c.funds.reject(f["money"].certified, "ZF-2026-003", "计量有误", TODAY)


def assess(c, f):
    c.funds.assess(1, None, "10.5")


def record_paid(c, f):
    c.funds.record_paid(_contribution(c), "1号楼 1-101", "300.01", TODAY, "SJ-1")


def new_repair(c, f):
    from supervisor.funds import residents_share

    c.funds.save_repair(1, residents_share.RepairData("楼道灯", "333.33", TODAY))


def edit_repair(c, f):
    from supervisor.funds import residents_share

    c.funds.save_repair(1, residents_share.RepairData("路灯不亮（两处）", "2,000", dt.date(2026, 9, 1),
                                                      repaired_on=TODAY), f["repairs"][0])


def pay_repair(c, f):
    c.funds.pay_repair(f["repairs"][1], "WX-2026-002", TODAY, "PZ-WX-2")


MONEY_CHANGES = [
    funding_terms, new_budget_line, edit_budget_line, delete_budget_line, new_source, edit_source, delete_source,
    new_contract, edit_contract, delete_contract, apply_payment, edit_application, delete_payment, sign_off,
    certify, certify_overridden, record_audit, approve, disburse, publish, send_back, assess, record_paid,
    new_repair, edit_repair, pay_repair,
]


@pytest.mark.parametrize("change", MONEY_CHANGES, ids=[c.__name__ for c in MONEY_CHANGES])
def test_undo_and_redo_put_the_money_back_exactly(controller, demo_path, funded, change):
    undo_and_redo_put_back(controller, demo_path, lambda c: change(c, funded))


def test_a_number_given_out_is_not_given_again_after_an_undo(controller, demo_path):
    """Raise an item, undo it, raise another: the second gets the next number, so a notice
    printed with the first number never names two items (and a redo finds its number free)."""
    from supervisor.site.rectifications import RectificationData

    def raise_one() -> str:
        rect_id = controller.site.create_rectification(
            RectificationData(project_id=1, problem="楼道扶手松动", responsible_party="城建第三工程有限公司")
        )
        return controller.site.rect_detail(rect_id).number

    first = raise_one()
    controller.undo_stack.undo()
    second = raise_one()
    assert int(second.rsplit("-", 1)[1]) == int(first.rsplit("-", 1)[1]) + 1


def test_undo_and_redo_are_in_the_audit_trail(controller, demo_path):
    from supervisor.projects.places import CompoundData

    controller.projects.add_compound(1, CompoundData("新村"))
    controller.undo_stack.undo()
    controller.undo_stack.redo()
    with sqlite3.connect(demo_path) as raw:
        (uuid,) = raw.execute("SELECT uuid FROM compound WHERE name = '新村'").fetchone()
        trail = raw.execute("SELECT user, action, detail FROM change_log WHERE entity_uuid = ? ORDER BY id",
                            (uuid,)).fetchall()
    assert [(user, action) for user, action, _detail in trail] == [
        ("tester", "compound.create"), ("tester", "undo"), ("tester", "redo")]
    assert json.loads(trail[1][2]) == {"change": "New compound 新村"}


def test_removed_households_come_back_linked(controller, demo_path):
    """What named them (an opinion, a survey, a check) names them again, by the same ids."""
    linked = ("SELECT 'opinion', id FROM opinion WHERE household_id = {h} UNION ALL "
              "SELECT 'survey', id FROM survey WHERE household_id = {h} UNION ALL "
              "SELECT 'check', id FROM site_check WHERE household_id = {h}")
    with sqlite3.connect(demo_path) as raw:
        household = raw.execute("SELECT household_id FROM survey WHERE household_id IS NOT NULL").fetchone()[0]
        named = raw.execute(linked.format(h=household)).fetchall()
    assert named
    controller.residents.remove_households([household])
    with sqlite3.connect(demo_path) as raw:
        assert raw.execute(linked.format(h=household)).fetchall() == []
    controller.undo_stack.undo()
    with sqlite3.connect(demo_path) as raw:
        assert raw.execute(linked.format(h=household)).fetchall() == named


def test_a_failed_redo_leaves_the_stack_and_says_why(controller, demo_path):
    from supervisor import errors
    from supervisor.projects.places import CompoundData

    controller.projects.add_compound(1, CompoundData("新村"))
    controller.undo_stack.undo()
    with sqlite3.connect(demo_path) as raw:  # another program takes the name meanwhile
        raw.execute("INSERT INTO compound (project_id, name, uuid, created_at, updated_at, created_by, updated_by,"
                    " address) SELECT 1, '新村', 'x', created_at, updated_at, '', '', '' FROM compound LIMIT 1")
    failures = []
    controller.failed.connect(failures.append)
    controller.undo_stack.redo()
    assert len(failures) == 1 and isinstance(failures[0], errors.Stale)
    assert "“New compound 新村” cannot be redone" in str(failures[0])
    assert controller.undo_stack.count() == 0
    with sqlite3.connect(demo_path) as raw:
        assert raw.execute("SELECT count(*) FROM compound WHERE name = '新村'").fetchone() == (1,)


def test_every_change_above_is_a_write_the_window_makes():
    """The list covers every write of the operations modules but those decided otherwise: the
    deletions that say what they take, drafts, imports, templates, checklists and the calendar."""
    import ast
    from pathlib import Path

    import supervisor.ui

    covered = {
        "set_status", "update_step", "set_provided", "waive", "unwaive", "save_check", "rectification_from_check", "create_rectification", "update_rectification",
        "reply_rectification", "recheck_rectification", "reopen_rectification", "set_photo_caption",
        "save_acceptance", "create_project", "update_project", "set_archived", "add_compound", "update_compound", "add_building",
        "add_person", "update_person", "add_household", "update_household", "remove_households", "set_answers",
        "mark_answers", "clear_answers", "set_resident_settings", "set_letterhead", "save_opinion", "close_opinion",
        "remove_opinion", "save_day", "remove_day", "issue_to_opinion", "rectification_from_issue",
        "save_survey", "remove_survey",
        # the money (MONEY_CHANGES)
        "set_terms", "save_budget_line", "delete_budget_line", "save_source", "delete_source", "save_contract",
        "delete_contract", "apply_payment", "update_application", "delete_payment", "sign_off", "certify",
        "record_audit", "approve", "disburse", "publish", "reject", "assess", "record_paid", "save_repair",
        "pay_repair",
    }
    decided = {
        # deletions that cannot be put back exactly: their questions say what goes (tests/ui/*)
        "delete_check", "remove_compound", "unlink_photo",
        # not user-level records: drafts kept while typing, reference data in the Tools dialogs
        "save_draft", "discard_draft", "add_checklist_item", "update_checklist_item", "remove_checklist_item",
        "move_checklist_item", "copy_template", "edit_template", "set_calendar_day", "remove_calendar_day",
        # an import confirmed by its preview; attachments (undone by the core, their bytes kept)
        "import_roster", "attach", "remove_attachment",
        # a dry run: the import tried in a savepoint and rolled back, to warn before it is made
        "gates_lost_by_import",
        # reads that write once: the built-in template and checklists loaded the first time
        "templates", "work_types",
    }
    functions = [
        node
        for path in Path(supervisor.ui.__file__).parent.glob("*/operations.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef)
    ]

    def calls(node, names) -> bool:
        return any(isinstance(n, ast.Attribute) and n.attr in names for n in ast.walk(node))

    helpers = {f.name for f in functions if f.name.startswith("_") and calls(f, {"write", "undoable_write"})}
    writers = {
        f.name for f in functions
        if not f.name.startswith("_") and calls(f, {"write", "undoable", "undoable_write", *helpers})
    }
    assert writers - decided == covered
    assert {c.__name__ for c in CHANGES} >= {"new_check", "new_compound", "mark_answers"}
