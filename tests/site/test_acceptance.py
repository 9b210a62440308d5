"""The completion acceptance record: stored and read back, checked, blank when not entered."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import delete, func, select

from supervisor import errors
from supervisor.db.engine import open_database
from supervisor.db.models import Acceptance, AcceptanceItem, ChangeLog, Project
from supervisor.procedure import templates
from supervisor.projects import places
from supervisor.projects.project import PartyData, ProjectData, get_project, project_data, update_project
from supervisor.site import acceptance
from supervisor.site.acceptance import AcceptanceData, ItemData


@pytest.fixture
def compound(database, project):
    with database.write() as session:
        return places.add_compound(session, get_project(session, project), places.CompoundData("幸福里小区")).id


def full_data(compound_id: int | None = None) -> AcceptanceData:
    return AcceptanceData(
        contract_price=Decimal("3560000.50"),
        started_on=dt.date(2026, 3, 2),
        completed_on=dt.date(2026, 10, 30),
        accepted_on=dt.date(2026, 11, 12),
        sub_works_total=6,
        sub_works_passed=5,
        quality_documents="共核查 48 项，齐全有效",
        safety_function="共核查 12 项，符合要求",
        appearance="好",
        conclusion="合格",
        supervision_opinion="同意验收",
        items=[
            ItemData("屋面", "防水层闭水试验", "m²", Decimal("1200"), Decimal("1250.5"), "试验", "pass",
                     compound_id=compound_id),
            ItemData("基础类", "雨污分流管网", "m", Decimal("860"), Decimal("820"), "尺量", "fail",
                     "3号楼北侧检查井未设防坠网", dt.date(2026, 11, 20)),
            ItemData("完善类", "电动自行车充电设施", "处", Decimal("4"), None, "观察"),
        ],
    )


def save(database, project_id, data):
    with database.write() as session:
        acceptance.save_record(session, project_id, data)


def load(database, project_id):
    with database.read() as session:
        return acceptance.load_record(session, project_id)


def test_a_saved_record_is_read_back_after_reopening(db_path, database, project, compound):
    with database.write() as session:
        p = get_project(session, project)
        data = project_data(p)
        data.parties = {
            "client": PartyData("东湖区住建局"),
            "contractor": PartyData("江西建工集团"),
            "supervisor": PartyData("华正监理公司", "王建国"),
        }
        update_project(session, p, data)
    save(database, project, full_data(compound))
    database.close()
    reopened = open_database(db_path, create=False)
    try:
        record = load(reopened, project)
        with reopened.read() as session:
            actions = session.scalars(select(ChangeLog.action).where(ChangeLog.entity == "acceptance")).all()
    finally:
        reopened.close()
    assert record.exists
    assert (record.project_code, record.project_name) == ("T-01", "测试片区")
    assert (record.client, record.contractor, record.supervisor, record.designer) == (
        "东湖区住建局", "江西建工集团", "华正监理公司", "",
    )
    assert record.contract_price == Decimal("3560000.50")
    assert (record.started_on, record.completed_on, record.accepted_on) == (
        dt.date(2026, 3, 2), dt.date(2026, 10, 30), dt.date(2026, 11, 12),
    )
    assert (record.sub_works_total, record.sub_works_passed) == (6, 5)
    assert record.quality_documents == "共核查 48 项，齐全有效"
    assert record.safety_function == "共核查 12 项，符合要求"
    assert (record.appearance, record.conclusion, record.supervision_opinion) == ("好", "合格", "同意验收")
    first, second, third = record.items
    assert (first.number, first.category, first.item, first.unit) == (1, "屋面", "防水层闭水试验", "m²")
    assert (first.designed_quantity, first.completed_quantity) == (Decimal("1200.00"), Decimal("1250.50"))
    assert (first.method, first.result, first.compound) == ("试验", "pass", "幸福里小区")
    assert (second.result, second.problem, second.deadline) == ("fail", "3号楼北侧检查井未设防坠网", dt.date(2026, 11, 20))
    assert second.compound_id is None and second.compound == ""
    assert third.result is None and third.completed_quantity is None
    assert (record.items_total, record.items_passed, record.items_failed, record.items_unchecked) == (3, 1, 1, 1)
    assert actions == ["acceptance.save"]
    assert acceptance.acceptance_data(record) == full_data(compound)


def test_a_project_without_a_record_gives_a_blank_form(database, project):
    record = load(database, project)
    assert not record.exists
    assert record.project_code == "T-01"
    assert (record.client, record.contractor, record.supervisor, record.designer) == ("", "", "", "")
    assert record.contract_price is None and record.started_on is None and record.accepted_on is None
    assert record.sub_works_total is None and record.sub_works_passed is None
    assert record.conclusion == "" and record.supervision_opinion == ""
    assert record.items == ()
    assert (record.items_total, record.items_passed, record.items_failed, record.items_unchecked) == (0, 0, 0, 0)
    assert acceptance.acceptance_data(record) == AcceptanceData()


def test_a_missing_project_is_reported(database):
    with database.read() as session:
        with pytest.raises(errors.NotFound):
            acceptance.load_record(session, 999)
        with pytest.raises(errors.NotFound):
            acceptance.validate(session, 999, AcceptanceData())


def test_replacing_items_keeps_their_order(database, project):
    save(database, project, full_data())
    with database.read() as session:
        first_ids = session.scalars(select(AcceptanceItem.id).order_by(AcceptanceItem.position)).all()
    data = acceptance.acceptance_data(load(database, project))
    data.items = [data.items[2], ItemData("提升类", "停车泊位划线"), data.items[0], ItemData("", "绿化补植")]
    data.conclusion = "基本合格"
    save(database, project, data)
    record = load(database, project)
    assert [i.item for i in record.items] == ["电动自行车充电设施", "停车泊位划线", "防水层闭水试验", "绿化补植"]
    assert [i.number for i in record.items] == [1, 2, 3, 4]
    assert record.items[2].result == "pass" and record.items[1].result is None
    assert record.conclusion == "基本合格"
    with database.read() as session:
        assert session.scalar(select(func.count(Acceptance.id))) == 1
        # The first rows were updated in place.
        assert session.scalars(select(AcceptanceItem.id).order_by(AcceptanceItem.position)).all()[:3] == first_ids
    data.items = [ItemData("屋面", "防水层")]
    save(database, project, data)
    assert [i.item for i in load(database, project).items] == ["防水层"]
    with database.read() as session:
        assert session.scalar(select(func.count(AcceptanceItem.id))) == 1


def test_texts_are_trimmed_and_amounts_kept_to_the_cent(database, project):
    data = AcceptanceData(contract_price=Decimal("100.005"), conclusion="  合格 \n")
    data.items = [ItemData(" 屋面 ", " 防水 ", " m² ", Decimal("1.234"), result="")]
    save(database, project, data)
    record = load(database, project)
    assert record.contract_price == Decimal("100.01") and record.conclusion == "合格"
    item = record.items[0]
    assert (item.category, item.item, item.unit, item.designed_quantity, item.result) == (
        "屋面", "防水", "m²", Decimal("1.23"), None,
    )


def expect_error(database, project_id, data, field, *words):
    with database.read() as session:
        with pytest.raises(errors.ValidationError) as caught:
            acceptance.validate(session, project_id, data)
    assert caught.value.field == field
    for word in words:
        assert word in str(caught.value)
    return caught.value


def item_data(**changes) -> AcceptanceData:
    base = dict(category="屋面", item="防水层", result="pass")
    base.update(changes)
    return AcceptanceData(items=[ItemData("屋面", "找平层"), ItemData(**base)])


def test_item_errors_name_the_row(database, project):
    error = expect_error(database, project, item_data(item="  "), "items.item", "Row 2", "item")
    assert error.params["row"] == 2
    expect_error(database, project, item_data(result="ok"), "items.result", "Row 2", "pass, fail")
    expect_error(database, project, item_data(designed_quantity=Decimal("-1")), "items.designed_quantity",
                 "negative")
    expect_error(database, project, item_data(completed_quantity=Decimal("-0.5")), "items.completed_quantity",
                 "negative")
    expect_error(database, project, item_data(completed_quantity=Decimal("1e15")), "items.completed_quantity",
                 "quantity")
    expect_error(database, project, item_data(result="fail", problem=" "), "items.problem", "Row 2", "problem")
    expect_error(database, project, item_data(deadline=dt.date(2026, 12, 1)), "items.deadline", "passed")
    expect_error(database, project, item_data(unit="平方米" * 10), "items.unit", "too long", "20")
    too_early = item_data(result="fail", problem="渗漏", deadline=dt.date(2026, 11, 1))
    too_early.accepted_on = dt.date(2026, 11, 12)
    expect_error(database, project, too_early, "items.deadline", "before the acceptance")


def test_completed_more_than_designed_is_allowed(database, project):
    data = item_data(designed_quantity=Decimal("10"), completed_quantity=Decimal("12"))
    with database.read() as session:
        acceptance.validate(session, project, data)


def test_header_errors(database, project):
    expect_error(database, project, AcceptanceData(sub_works_total=-1), "sub_works_total", "negative")
    expect_error(database, project, AcceptanceData(sub_works_passed=-2), "sub_works_passed", "negative")
    expect_error(database, project, AcceptanceData(sub_works_total=5, sub_works_passed=6), "sub_works_passed",
                 "(6)", "(5)")
    expect_error(
        database, project,
        AcceptanceData(started_on=dt.date(2026, 5, 1), completed_on=dt.date(2026, 4, 30)),
        "completed_on", "before the start",
    )
    expect_error(
        database, project,
        AcceptanceData(completed_on=dt.date(2026, 5, 1), accepted_on=dt.date(2026, 4, 30)),
        "accepted_on", "completion",
    )
    expect_error(database, project, AcceptanceData(contract_price=Decimal("-5")), "contract_price", "price")
    expect_error(database, project, AcceptanceData(contract_price=Decimal("NaN")), "contract_price", "price")


def test_a_compound_of_another_project_is_refused(database, project, compound):
    with database.write() as session:
        other = templates.create_project(session, ProjectData(code="T-02", name="另一片区"))
        foreign = places.add_compound(session, other, places.CompoundData("别处小区")).id
    expect_error(database, project, item_data(compound_id=foreign), "items.compound", "Row 2", "compound")
    expect_error(database, project, item_data(compound_id=9999), "items.compound")
    with database.read() as session:
        acceptance.validate(session, project, item_data(compound_id=compound))


def test_nothing_is_stored_when_an_item_is_bad(database, project):
    save(database, project, full_data())
    data = full_data()
    data.conclusion = "改过"
    data.items.append(ItemData("屋面", "", result="pass"))
    with pytest.raises(errors.ValidationError):
        save(database, project, data)
    record = load(database, project)
    assert record.conclusion == "合格" and record.items_total == 3


def test_parsing_typed_numbers():
    assert acceptance.parse_quantity(" 1,250.5 ") == Decimal("1250.5")
    assert acceptance.parse_quantity("") is None
    for bad in ("12m", "NaN", "inf", "一百"):
        with pytest.raises(ValueError):
            acceptance.parse_quantity(bad)
    assert acceptance.parse_price("¥3,500,000") == Decimal("3500000")
    assert acceptance.parse_price("  ") is None
    with pytest.raises(errors.ValidationError) as caught:
        acceptance.parse_price("350万")
    assert caught.value.field == "contract_price"


def test_removing_the_project_removes_its_record_and_a_removed_compound_is_let_go(database, project, compound):
    save(database, project, full_data(compound))
    with database.write() as session:
        places.remove_compound(session, places.get_compound(session, compound))
    record = load(database, project)
    assert record.items[0].compound_id is None and record.items[0].compound == ""
    # Projects are archived, not removed, in the application; the database still cascades.
    with database.write() as session:
        session.execute(delete(Project).where(Project.id == project))
    with database.read() as session:
        assert session.scalar(select(func.count(Acceptance.id))) == 0
        assert session.scalar(select(func.count(AcceptanceItem.id))) == 0
