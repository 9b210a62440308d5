"""Rectification items: numbers, deadlines in working days, the loop, lists, evidence checks."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import func, select

from supervisor import errors
from supervisor.db.audit import set_current_user
from supervisor.db.models import (
    CalendarDay,
    ChangeLog,
    Photo,
    PhotoBlob,
    PhotoLink,
    ProjectStep,
    Rectification,
    RectificationEvent,
)
from supervisor.procedure import templates
from supervisor.projects.places import CompoundData, add_building, add_compound
from supervisor.projects.project import ProjectData, get_project
from supervisor.site import checks, rectification_register, rectifications
from supervisor.site.checks import CheckData
from supervisor.site.evidence import evidence_warnings
from supervisor.site.rectification_register import RectFilter
from supervisor.site.rectifications import RectificationData
from tests.conftest import build_source

ISSUED = dt.datetime(2026, 5, 6, 10, 0)  # a Wednesday


@pytest.fixture(scope="module")
def starting_files(tmp_path_factory, project_source):
    """The files this module's tests start from, each written once and copied per test: the
    project with its ``site``; that and ``other_project``; that and the ``evidence``. Each
    maps to the file and what its fixture returns."""
    base, project_id = project_source
    folder = tmp_path_factory.mktemp("rectifications")
    site = build_source(folder / "site.sqlite", base, lambda db: write_site(db, project_id))
    other = build_source(folder / "other.sqlite", site[0], write_other_project)
    evidence = build_source(
        folder / "evidence.sqlite", other[0], lambda db: write_evidence(db, site[1], other[1])
    )
    return {"site": site, "other_project": other, "evidence": evidence}


def starting_point(request) -> str | None:
    """The richest starting file the test asks for, if any."""
    return next((n for n in ("evidence", "other_project", "site") if n in request.fixturenames), None)


@pytest.fixture
def database_source(request, database_source):
    start = starting_point(request)
    return request.getfixturevalue("starting_files")[start][0] if start else database_source


@pytest.fixture
def site(request, database, project):
    """Two compounds (幸福里小区 with 1号楼), step 26; a dict of their ids."""
    return request.getfixturevalue("starting_files")["site"][1]


@pytest.fixture
def other_project(request, database):
    """Project T-02 with its compound 别处小区."""
    return request.getfixturevalue("starting_files")["other_project"][1]


def write_site(database, project: int) -> dict:
    with database.write() as session:
        p = get_project(session, project)
        xingfu = add_compound(session, p, CompoundData("幸福里小区"))
        other = add_compound(session, p, CompoundData("电业局宿舍"))
        building = add_building(session, xingfu, "1号楼", 2, 3, 2)
        step = session.scalars(
            select(ProjectStep).where(ProjectStep.project_id == project, ProjectStep.code == "26")
        ).one()
        return {
            "project": project,
            "compound": xingfu.id,
            "other_compound": other.id,
            "building": building.id,
            "unit": building.units[1].id,
            "step": step.id,
        }


def write_other_project(database) -> dict:
    with database.write() as session:
        created = templates.create_project(session, ProjectData(code="T-02", name="另一片区"))
        compound = add_compound(session, created, CompoundData("别处小区"))
        return {"project": created.id, "compound": compound.id}


def notice(site, **changes) -> RectificationData:
    data = RectificationData(
        project_id=site["project"],
        compound_id=site["compound"],
        location_text="幸福里小区 1号楼 屋面",
        category="workmanship",
        responsible_party="城建第三工程有限公司",
        problem="屋面防水卷材搭接不足",
        requirement="按规范重新搭接，搭接宽度不小于100mm",
        basis="GB 50207",
        issued_at=ISSUED,
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def create(database, site, **changes) -> int:
    with database.write() as session:
        return rectifications.create(session, notice(site, **changes)).id


def detail(database, rect_id, today=None):
    with database.read() as session:
        return rectification_register.rectification_detail(session, rect_id, today=today)


def problem_check(database, site, **changes) -> int:
    data = CheckData(
        project_id=site["project"],
        compound_id=site["compound"],
        building_id=site["building"],
        unit_id=site["unit"],
        common_area="stairwell",
        category="safety",
        result="problem",
        description="楼道堆放易燃物",
        inspector="王阿姨",
        checked_at=dt.datetime(2026, 5, 5, 15, 20),
        step_id=site["step"],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    with database.write() as session:
        return checks.create_check(session, data).id


def add_photo(
    session,
    project_id: int,
    name: str,
    *,
    phash: str = "",
    taken_at: dt.datetime | None = None,
    check_id: int | None = None,
    rectification_id: int | None = None,
    role: str = "check",
    position: int = 0,
) -> int:
    """A Photo row made directly (the import module is tested on its own), linked once."""
    photo = Photo(
        sha256=hashlib.sha256(name.encode()).hexdigest(),
        filename=name,
        size=123,
        media_type="image/jpeg",
        width=40,
        height=30,
        taken_at=taken_at,
        phash=phash,
        thumbnail=b"\xff\xd8thumb\xff\xd9",
    )
    session.add(photo)
    session.flush()
    session.add(PhotoBlob(photo_id=photo.id, original=b"\xff\xd8orig\xff\xd9", preview=b"p"))
    link(session, photo.id, project_id, check_id=check_id, rectification_id=rectification_id,
         role=role, position=position)
    return photo.id


def link(session, photo_id, project_id, *, check_id=None, rectification_id=None, role="check", position=0):
    session.add(
        PhotoLink(
            photo_id=photo_id,
            project_id=project_id,
            check_id=check_id,
            rectification_id=rectification_id,
            role=role,
            position=position,
        )
    )
    session.flush()


# --- numbers -------------------------------------------------------------------------------


def test_numbers_count_per_project_and_year(database, site, other_project):
    assert [detail(database, create(database, site)).number for _ in range(3)] == [
        "ZG-2026-001", "ZG-2026-002", "ZG-2026-003",
    ]
    assert detail(database, create(database, site, issued_at=dt.datetime(2025, 12, 30, 9, 0))).number == \
        "ZG-2025-001"
    elsewhere = create(
        database, site, project_id=other_project["project"], compound_id=other_project["compound"]
    )
    assert detail(database, elsewhere).number == "ZG-2026-001"
    with database.read() as session:
        assert rectifications.next_number(session, site["project"], 2026) == "ZG-2026-004"
        assert rectifications.next_number(session, site["project"], 2027) == "ZG-2027-001"


def test_numbers_are_not_reused_and_go_past_999(database, site):
    from supervisor.db.models import NumberCounter

    first, second, third = (create(database, site) for _ in range(3))
    with database.write() as session:
        session.delete(session.get(Rectification, first))
        session.delete(session.get(Rectification, second))
    fourth = create(database, site)
    assert detail(database, fourth).number == "ZG-2026-004"
    with database.write() as session:  # the highest number too is never given again
        session.delete(session.get(Rectification, fourth))
    assert detail(database, create(database, site)).number == "ZG-2026-005"
    with database.write() as session:
        session.get(NumberCounter, f"rectification {site['project']} 2026").last = 999
    assert detail(database, create(database, site)).number == "ZG-2026-1000"
    assert detail(database, create(database, site)).number == "ZG-2026-1001"


def test_numbering_of_a_database_from_before_counters_goes_on_after_its_highest(database, site):
    from supervisor.db.models import NumberCounter

    item = create(database, site)
    with database.write() as session:  # as an earlier version left it: numbers, no counter
        session.get(Rectification, item).number = "ZG-2026-041"
        session.delete(session.get(NumberCounter, f"rectification {site['project']} 2026"))
    assert detail(database, create(database, site)).number == "ZG-2026-042"


def test_people_raising_items_at_once_get_different_numbers(database, site):
    """Eight writers at once (threads, each its own transaction): eight different numbers."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(8) as pool:
        ids = list(pool.map(lambda _: create(database, site), range(8)))
    numbers = sorted(detail(database, rect_id).number for rect_id in ids)
    assert numbers == [f"ZG-2026-{n:03d}" for n in range(1, 9)]


# --- deadlines -----------------------------------------------------------------------------


def test_deadline_counts_working_days_across_national_day_2026(database, site):
    # 09-30 issued; 10-01..07 holiday; 10-08 Thu, 10-09 Fri, 10-10 Sat (make-up working day),
    # 10-11 Sun off, 10-12 Mon, 10-13 Tue: the fifth working day.
    rect_id = create(database, site, issued_at=dt.datetime(2026, 9, 30, 16, 45), deadline_days=5)
    item = detail(database, rect_id)
    assert item.deadline == dt.date(2026, 10, 13)
    assert item.deadline_estimated is False
    assert item.deadline_days == 5
    three = create(database, site, issued_at=dt.datetime(2026, 9, 30, 16, 45), deadline_days=3)
    assert detail(database, three).deadline == dt.date(2026, 10, 10)  # the make-up Saturday


def test_a_deadline_in_a_year_without_holiday_data_is_an_estimate(database, site):
    rect_id = create(database, site, issued_at=dt.datetime(2026, 11, 20, 9, 0), deadline_days=40)
    item = detail(database, rect_id)
    assert item.deadline.year == 2027
    assert item.deadline_estimated is True


def test_administrator_days_count_in_deadlines(database, site):
    with database.write() as session:
        session.add(CalendarDay(day=dt.date(2026, 5, 7), is_workday=False, note="停电"))
    rect_id = create(database, site, deadline_days=1)  # Wednesday + 1: Thursday is off
    assert detail(database, rect_id).deadline == dt.date(2026, 5, 8)


def test_zero_days_means_the_same_day(database, site):
    assert detail(database, create(database, site, deadline_days=0)).deadline == ISSUED.date()


# --- create --------------------------------------------------------------------------------


def test_create_stamps_issuer_status_and_an_issue_event(database, site):
    set_current_user("王监理")
    rect_id = create(database, site, step_id=site["step"])
    item = detail(database, rect_id)
    assert item.status == "open"
    assert item.issued_by == "王监理"
    assert item.issued_at == ISSUED
    assert item.compound_name == "幸福里小区"
    assert item.step_code == "26"
    assert item.source == "supervisor" and item.severity == "normal"
    assert item.to_data() == notice(site, step_id=site["step"], version=1)
    with database.read() as session:
        (event,) = rectifications.events(session, rect_id)
        assert (event.action, event.from_status, event.to_status, event.by) == ("issue", "", "open", "王监理")
        uuid = session.get(Rectification, rect_id).uuid
        assert session.scalars(select(ChangeLog.action).where(ChangeLog.entity_uuid == uuid)).all() == [
            "rectification.issue"
        ]


def test_issued_at_defaults_to_now(database, site):
    before = dt.datetime.now().replace(second=0, microsecond=0)
    item = detail(database, create(database, site, issued_at=None))
    assert before <= item.issued_at <= dt.datetime.now()
    assert item.number == f"ZG-{item.issued_at.year}-001"


def test_location_defaults_to_the_compound_name(database, site):
    assert detail(database, create(database, site, location_text="")).location_text == "幸福里小区"


def invalid_cases(site, other_project):
    return [
        ("problem", {"problem": "  "}),
        ("severity", {"severity": "mild"}),
        ("source", {"source": "rumour"}),
        ("category", {"category": "beauty"}),
        ("deadline_days", {"deadline_days": -1}),
        ("deadline_days", {"deadline_days": 366}),
        ("deadline_days", {"deadline_days": True}),
        ("issued_at", {"issued_at": dt.datetime.now() + dt.timedelta(days=3)}),
        ("compound_id", {"compound_id": other_project["compound"]}),
        ("step_id", {"step_id": 99999}),
        ("check_id", {"check_id": 99999}),
        ("responsible_party", {"responsible_party": "某" * 201}),
    ]


def test_invalid_notices_name_their_field_and_write_nothing(database, site, other_project):
    for field_name, changes in invalid_cases(site, other_project):
        with pytest.raises(errors.ValidationError) as caught:
            create(database, site, **changes)
        assert caught.value.field == field_name, changes
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Rectification)) == 0
        assert session.scalar(select(func.count()).select_from(RectificationEvent)) == 0


def test_create_from_check_prefills_and_links_the_photos_as_before(database, site):
    check_id = problem_check(database, site)
    with database.write() as session:
        first = add_photo(session, site["project"], "a.jpg", check_id=check_id, position=0)
        second = add_photo(session, site["project"], "b.jpg", check_id=check_id, position=1)
    with database.write() as session:
        rect = rectifications.create_from_check(
            session, check_id, responsible_party="物业公司", deadline_days=2,
            issued_at=dt.datetime(2026, 5, 6, 8, 0),
        )
        rect_id = rect.id
    item = detail(database, rect_id)
    assert item.check_id == check_id
    assert item.project_id == site["project"] and item.compound_id == site["compound"]
    assert item.location_text == "幸福里小区 1号楼 2单元 楼道"
    assert item.category == "safety"
    assert item.problem == "楼道堆放易燃物"
    assert item.step_id == site["step"]
    assert item.responsible_party == "物业公司"
    assert item.deadline == dt.date(2026, 5, 8)
    with database.read() as session:
        links = session.execute(
            select(PhotoLink.photo_id, PhotoLink.role, PhotoLink.project_id, PhotoLink.check_id)
            .where(PhotoLink.rectification_id == rect_id)
            .order_by(PhotoLink.position)
        ).all()
        assert links == [(first, "before", site["project"], None), (second, "before", site["project"], None)]
        rows = rectification_register.list_rectifications(session, RectFilter(project_id=site["project"]))
        assert (rows[0].before_count, rows[0].after_count) == (2, 0)
        # the check's own links are untouched
        assert session.scalar(select(func.count()).where(PhotoLink.check_id == check_id)) == 2


def name_parties(database, project_id: int) -> None:
    from supervisor.projects.project import PartyData, project_data, update_project

    with database.write() as session:
        project = get_project(session, project_id)
        data = project_data(project)
        data.parties = {"client": PartyData("东湖街道办事处"), "contractor": PartyData("城建第三工程有限公司"),
                        "supervisor": PartyData("华建工程监理有限公司")}
        update_project(session, project, data)


def test_a_notice_goes_to_the_contractor_found_by_the_checks_inspector(database, site):
    """Raised from a check: to the contractor (not the client listed first), and found by a
    resident supervisor when the check's inspector is one in the list of people."""
    from supervisor.projects.people import add_person

    name_parties(database, site["project"])
    with database.write() as session:
        add_person(session, "王阿姨", "群众质量监督员", "幸福里社区", "")
        add_person(session, "张伟", "总监理工程师", "华建工程监理有限公司", "")
    by_resident = problem_check(database, site)  # inspector 王阿姨
    by_supervisor = problem_check(database, site, inspector="张伟")
    by_someone = problem_check(database, site, inspector="路过的人")
    with database.read() as session:
        data = {c: rectifications.data_from_check(session, c) for c in (by_resident, by_supervisor, by_someone)}
        blank = rectifications.new_notice(session, site["project"])
    assert [data[c].source for c in (by_resident, by_supervisor, by_someone)] == ["resident", "supervisor", "supervisor"]
    assert {d.responsible_party for d in data.values()} == {"城建第三工程有限公司"}
    assert blank.responsible_party == "城建第三工程有限公司"
    with database.write() as session:
        rect = rectifications.create_from_check(session, by_resident)
        assert (rect.source, rect.responsible_party) == ("resident", "城建第三工程有限公司")


def test_create_from_a_check_without_description_needs_a_problem(database, site):
    check_id = problem_check(database, site, result="pass", description="")
    with pytest.raises(errors.ValidationError) as caught:
        with database.write() as session:
            rectifications.create_from_check(session, check_id)
    assert caught.value.field == "problem"
    with database.write() as session:
        assert rectifications.create_from_check(session, check_id, problem="补充的问题").problem == "补充的问题"
    with pytest.raises(errors.NotFound):
        with database.write() as session:
            rectifications.create_from_check(session, 99999)


# --- update --------------------------------------------------------------------------------


def test_update_changes_texts_and_recomputes_the_deadline_only_when_needed(database, site):
    rect_id = create(database, site)
    item = detail(database, rect_id)
    assert item.deadline == dt.date(2026, 5, 12)  # Saturday 05-09 is a make-up working day
    data = item.to_data()
    data.version = None  # one form saved again and again: not compared (see the conflict test)
    data.problem = "屋面卷材起鼓"
    data.responsible_party = "另一家公司"
    with database.write() as session:
        rectifications.update(session, rect_id, data)
    item = detail(database, rect_id)
    assert (item.problem, item.responsible_party, item.deadline) == ("屋面卷材起鼓", "另一家公司", dt.date(2026, 5, 12))
    data.deadline_days = 10
    with database.write() as session:
        rectifications.update(session, rect_id, data)
    assert detail(database, rect_id).deadline == dt.date(2026, 5, 19)
    data.issued_at = dt.datetime(2026, 9, 30, 9, 0)
    data.deadline_days = 5
    with database.write() as session:
        rectifications.update(session, rect_id, data)
    item = detail(database, rect_id)
    assert item.deadline == dt.date(2026, 10, 13)
    assert item.number == "ZG-2026-001"
    data.issued_at = None  # keeps the issue time
    with database.write() as session:
        rectifications.update(session, rect_id, data)
    assert detail(database, rect_id).issued_at == dt.datetime(2026, 9, 30, 9, 0)


def test_update_validates(database, site, other_project):
    rect_id = create(database, site)
    with pytest.raises(errors.ValidationError) as caught:
        with database.write() as session:
            rectifications.update(session, rect_id, notice(site, problem=""))
    assert caught.value.field == "problem"
    with pytest.raises(errors.ValidationError) as caught:
        with database.write() as session:
            rectifications.update(
                session, rect_id, notice(site, project_id=other_project["project"], compound_id=None)
            )
    assert caught.value.field == "project_id"
    with pytest.raises(errors.NotFound):
        with database.write() as session:
            rectifications.update(session, 99999, notice(site))


# --- the loop ------------------------------------------------------------------------------


def close(database, rect_id):
    with database.write() as session:
        rectifications.reply(session, rect_id, "已重新搭接")
        rectifications.recheck(session, rect_id, True, "复查合格")


def test_reply_records_the_measures_and_who(database, site):
    rect_id = create(database, site)
    set_current_user("刘施工")
    with database.write() as session:
        rectifications.reply(session, rect_id, "  已按规范重新搭接  ")
    item = detail(database, rect_id)
    assert item.status == "replied"
    assert item.reply_measures == "已按规范重新搭接"
    assert item.replied_by == "刘施工"
    assert abs((dt.datetime.now() - item.replied_at).total_seconds()) < 60


def test_reply_needs_measures(database, site):
    rect_id = create(database, site)
    with pytest.raises(errors.ValidationError) as caught:
        with database.write() as session:
            rectifications.reply(session, rect_id, "   ")
    assert caught.value.field == "measures"
    assert detail(database, rect_id).status == "open"


def test_a_passed_recheck_closes_the_item(database, site):
    rect_id = create(database, site)
    with database.write() as session:
        rectifications.reply(session, rect_id, "已整改")
    set_current_user("张监理")
    with database.write() as session:
        rectifications.recheck(session, rect_id, True, "复查合格，同意销项", resident_confirmed_by=" 李秀英 ")
    item = detail(database, rect_id)
    assert item.status == "closed"
    assert item.recheck_opinion == "复查合格，同意销项"
    assert item.rechecked_by == "张监理"
    assert item.resident_confirmed_by == "李秀英"
    assert item.resident_confirmed_at == item.rechecked_at == item.closed_at
    assert item.closed_at is not None


def test_a_passed_recheck_without_resident_leaves_the_confirmation_empty(database, site):
    rect_id = create(database, site)
    close(database, rect_id)
    item = detail(database, rect_id)
    assert item.status == "closed"
    assert item.resident_confirmed_by == "" and item.resident_confirmed_at is None


def test_a_failed_recheck_sends_the_item_back_with_the_reason(database, site):
    rect_id = create(database, site)
    with database.write() as session:
        rectifications.reply(session, rect_id, "已整改")
        with pytest.raises(errors.ValidationError) as caught:
            rectifications.recheck(session, rect_id, False, "  ")
        assert caught.value.field == "opinion"
        rectifications.recheck(session, rect_id, False, "退回：搭接宽度仍不足")
    item = detail(database, rect_id)
    assert item.status == "open"
    assert item.closed_at is None
    assert item.recheck_opinion == "退回：搭接宽度仍不足"
    with database.read() as session:
        last = rectifications.events(session, rect_id)[-1]
    assert (last.action, last.from_status, last.to_status, last.note) == (
        "return", "replied", "open", "退回：搭接宽度仍不足"
    )


def test_a_passed_recheck_needs_an_opinion(database, site):
    rect_id = create(database, site)
    with database.write() as session:
        rectifications.reply(session, rect_id, "已整改")
    with pytest.raises(errors.ValidationError) as caught:
        with database.write() as session:
            rectifications.recheck(session, rect_id, True, "")
    assert caught.value.field == "opinion"
    assert detail(database, rect_id).status == "replied"


def test_reopen_needs_a_reason_and_clears_the_closing(database, site):
    rect_id = create(database, site)
    close(database, rect_id)
    with pytest.raises(errors.ValidationError) as caught:
        with database.write() as session:
            rectifications.reopen(session, rect_id, " ")
    assert caught.value.field == "reason"
    with database.write() as session:
        rectifications.reopen(session, rect_id, "雨后复查仍渗漏")
    item = detail(database, rect_id)
    assert item.status == "open" and item.closed_at is None
    # it can go round the loop again
    close(database, rect_id)
    assert detail(database, rect_id).status == "closed"


@pytest.mark.parametrize(
    "state, action, message",
    [
        ("open", lambda s, i: rectifications.recheck(s, i, True, "合格"), "no reply yet"),
        ("open", lambda s, i: rectifications.reopen(s, i, "原因"), "only a closed item"),
        ("replied", lambda s, i: rectifications.reply(s, i, "再次回复"), "already been replied"),
        ("replied", lambda s, i: rectifications.reopen(s, i, "原因"), "only a closed item"),
        ("closed", lambda s, i: rectifications.reply(s, i, "回复"), "is closed"),
        ("closed", lambda s, i: rectifications.recheck(s, i, False, "退回"), "already closed"),
    ],
)
def test_invalid_transitions_are_refused_with_a_clear_message(database, site, state, action, message):
    rect_id = create(database, site)
    with database.write() as session:
        if state in ("replied", "closed"):
            rectifications.reply(session, rect_id, "已整改")
        if state == "closed":
            rectifications.recheck(session, rect_id, True, "合格")
    with pytest.raises(errors.RuleViolation) as caught:
        with database.write() as session:
            action(session, rect_id)
    assert message in str(caught.value)
    assert "ZG-2026-001" in str(caught.value)
    assert detail(database, rect_id).status == state


def test_a_closed_item_cannot_be_edited(database, site):
    rect_id = create(database, site)
    close(database, rect_id)
    with pytest.raises(errors.RuleViolation) as caught:
        with database.write() as session:
            rectifications.update(session, rect_id, notice(site, problem="改"))
    assert str(caught.value) == "A closed item cannot be edited; reopen it with a reason first."
    with database.write() as session:
        rectifications.reopen(session, rect_id, "需要补充")
        rectifications.update(session, rect_id, notice(site, problem="改"))
    assert detail(database, rect_id).problem == "改"


def test_every_transition_is_an_event_stamped_with_who_and_when(database, site):
    set_current_user("王监理")
    rect_id = create(database, site)
    steps = [
        ("刘施工", lambda s: rectifications.reply(s, rect_id, "第一次回复")),
        ("王监理", lambda s: rectifications.recheck(s, rect_id, False, "退回：不合格")),
        ("刘施工", lambda s: rectifications.reply(s, rect_id, "第二次回复")),
        ("张监理", lambda s: rectifications.recheck(s, rect_id, True, "合格", "李秀英")),
        ("王监理", lambda s: rectifications.reopen(s, rect_id, "居民反映仍渗漏")),
    ]
    start = dt.datetime.now().replace(microsecond=0)
    for user, step in steps:
        set_current_user(user)
        with database.write() as session:
            step(session)
    with database.read() as session:
        history = rectifications.events(session, rect_id)
        uuid = session.get(Rectification, rect_id).uuid
        logged = session.scalars(
            select(ChangeLog.action).where(ChangeLog.entity_uuid == uuid).order_by(ChangeLog.id)
        ).all()
    assert [(e.action, e.from_status, e.to_status, e.by, e.note) for e in history] == [
        ("issue", "", "open", "王监理", ""),
        ("reply", "open", "replied", "刘施工", "第一次回复"),
        ("return", "replied", "open", "王监理", "退回：不合格"),
        ("reply", "open", "replied", "刘施工", "第二次回复"),
        ("close", "replied", "closed", "张监理", "合格"),
        ("reopen", "closed", "open", "王监理", "居民反映仍渗漏"),
    ]
    assert all(start <= e.at <= dt.datetime.now() for e in history[1:])
    assert logged == ["rectification.issue", "rectification.reply", "rectification.return",
                      "rectification.reply", "rectification.close", "rectification.reopen"]


def test_unknown_items_are_not_found(database, site):
    with database.write() as session:
        for action in (
            lambda: rectifications.reply(session, 5, "x"),
            lambda: rectifications.recheck(session, 5, True, "x"),
            lambda: rectifications.reopen(session, 5, "x"),
            lambda: rectification_register.rectification_detail(session, 5),
            lambda: evidence_warnings(session, 5),
        ):
            with pytest.raises(errors.NotFound):
                action()


# --- lists ---------------------------------------------------------------------------------

TODAY = dt.date(2026, 6, 15)


@pytest.fixture
def ledger(database, site):
    """40 items over April–June 2026 in every state; returns their rows as dicts."""
    parties = ["城建第三工程有限公司", "市政公司", "物业公司"]
    severities = ["normal", "serious", "stop_work"]
    states = ["open", "replied", "closed", "open"]
    made = []
    with database.write() as session:
        for i in range(40):
            rect = rectifications.create(
                session,
                notice(
                    site,
                    compound_id=site["compound"] if i % 3 else site["other_compound"],
                    location_text="",
                    category=["workmanship", "materials", "safety"][i % 3],
                    responsible_party=parties[i % 3],
                    severity=severities[i % 3 if i % 5 else 0],
                    problem=f"问题{i}" + ("渗漏" if i % 4 == 0 else ""),
                    deadline_days=[3, 5, 10, 20][i % 4],
                    issued_at=dt.datetime(2026, 4, 1, 9, 0) + dt.timedelta(days=(i * 7) % 70, minutes=i),
                ),
            )
            state = states[i % 4]
            if state in ("replied", "closed"):
                rectifications.reply(session, rect.id, "已整改")
            if state == "closed":
                rectifications.recheck(session, rect.id, True, "合格")
            if i % 6 == 0:
                add_photo(session, site["project"], f"b{i}.jpg", rectification_id=rect.id, role="before")
            if i % 4 == 1:
                add_photo(session, site["project"], f"a{i}.jpg", rectification_id=rect.id, role="after")
                add_photo(session, site["project"], f"c{i}.jpg", rectification_id=rect.id, role="after")
            made.append(
                {
                    "id": rect.id,
                    "number": rect.number,
                    "status": rect.status,
                    "severity": rect.severity,
                    "responsible_party": rect.responsible_party,
                    "compound_id": rect.compound_id,
                    "category": rect.category,
                    "problem": rect.problem,
                    "issued_at": rect.issued_at,
                    "deadline": rect.deadline,
                    "replied_at": rect.replied_at,
                    "before": 1 if i % 6 == 0 else 0,
                    "after": 2 if i % 4 == 1 else 0,
                }
            )
    return made


def expected(rows, keep=lambda r: True, sort="deadline", descending=False):
    def key(r):
        if sort == "number":
            return (len(r["number"]), r["number"], r["id"])
        return (r[sort], r["id"])

    return [r["id"] for r in sorted((r for r in rows if keep(r)), key=key, reverse=descending)]


def overdue_days(r) -> int:
    if r["status"] == "open":
        return max(0, (TODAY - r["deadline"]).days)
    if r["status"] == "replied":
        return max(0, (r["replied_at"].date() - r["deadline"]).days)
    return 0


def overdue(r) -> bool:
    return overdue_days(r) > 0


RECT_FILTER_CASES = [
    (lambda s: RectFilter(project_id=s["project"]), lambda s: lambda r: True),
    (lambda s: RectFilter(project_id=s["project"], status="replied"), lambda s: lambda r: r["status"] == "replied"),
    (lambda s: RectFilter(project_id=s["project"], overdue_only=True), lambda s: overdue),
    (lambda s: RectFilter(project_id=s["project"], overdue_only=True, status="replied"),
     lambda s: lambda r: overdue(r) and r["status"] == "replied"),
    (lambda s: RectFilter(project_id=s["project"], responsible_party="市政公司"),
     lambda s: lambda r: r["responsible_party"] == "市政公司"),
    (lambda s: RectFilter(project_id=s["project"], compound_id=s["other_compound"]),
     lambda s: lambda r: r["compound_id"] == s["other_compound"]),
    (lambda s: RectFilter(project_id=s["project"], category="materials"),
     lambda s: lambda r: r["category"] == "materials"),
    (lambda s: RectFilter(project_id=s["project"], severity="stop_work"),
     lambda s: lambda r: r["severity"] == "stop_work"),
    (lambda s: RectFilter(project_id=s["project"], date_from=dt.date(2026, 4, 10), date_to=dt.date(2026, 4, 30)),
     lambda s: lambda r: dt.date(2026, 4, 10) <= r["issued_at"].date() <= dt.date(2026, 4, 30)),
    (lambda s: RectFilter(project_id=s["project"], search="渗漏"), lambda s: lambda r: "渗漏" in r["problem"]),
    (lambda s: RectFilter(project_id=s["project"], search="问题12渗漏"), lambda s: lambda r: r["problem"] == "问题12渗漏"),
]


def test_rectification_filters_count_and_list_the_same_rows(database, site, ledger):
    for make_filter, keep in RECT_FILTER_CASES:
        f = make_filter(site)
        wanted = expected(ledger, keep(site))
        assert wanted, f
        with database.read() as session:
            assert rectification_register.count_rectifications(session, f, today=TODAY) == len(wanted), f
            rows = rectification_register.list_rectifications(session, f, limit=None, today=TODAY)
            assert [r.id for r in rows] == wanted, f


def test_every_rectification_sort_key_pages_in_order(database, site, ledger):
    f = RectFilter(project_id=site["project"])
    for sort in rectification_register.RECT_SORT_KEYS:
        for descending in (False, True):
            ids = []
            for offset in range(0, 40, 15):
                with database.read() as session:
                    page = rectification_register.list_rectifications(
                        session, f, sort=sort, descending=descending, offset=offset, limit=15, today=TODAY
                    )
                ids.extend(r.id for r in page)
            assert ids == expected(ledger, sort=sort, descending=descending), (sort, descending)
    with database.read() as session:
        with pytest.raises(ValueError):
            rectification_register.list_rectifications(session, f, sort="colour")


def test_rows_show_overdue_days_counts_and_names(database, site, ledger):
    with database.read() as session:
        rows = {
            r.id: r
            for r in rectification_register.list_rectifications(
                session, RectFilter(project_id=site["project"]), limit=None, today=TODAY
            )
        }
    for source in ledger:
        row = rows[source["id"]]
        assert row.overdue_days == overdue_days(source)
        assert (row.before_count, row.after_count) == (source["before"], source["after"])
        assert row.compound_name == ("幸福里小区" if source["compound_id"] == site["compound"] else "电业局宿舍")
        assert row.location_text == row.compound_name
        assert (row.replied_at is not None) == (source["status"] != "open")
        assert (row.closed_at is not None) == (source["status"] == "closed")
    assert any(r.overdue_days > 0 for r in rows.values())
    assert all(r.overdue_days == 0 for r in rows.values() if r.status == "closed")
    assert detail(database, ledger[0]["id"], today=TODAY).overdue_days == rows[ledger[0]["id"]].overdue_days


def test_numbers_sort_numerically_past_999(database, site):
    with database.write() as session:
        from supervisor.db.models import NumberCounter

        rectifications.create(session, notice(site))  # ZG-2026-001, then on to 999
        session.get(NumberCounter, f"rectification {site['project']} 2026").last = 998
        rectifications.create(session, notice(site))  # ZG-2026-999
        rectifications.create(session, notice(site))  # ZG-2026-1000
        rectifications.create(session, notice(site, issued_at=dt.datetime(2025, 3, 1, 9, 0)))  # ZG-2025-001
        numbers = [
            r.number
            for r in rectification_register.list_rectifications(
                session, RectFilter(project_id=site["project"]), sort="number"
            )
        ]
    assert numbers == ["ZG-2025-001", "ZG-2026-001", "ZG-2026-999", "ZG-2026-1000"]


def test_responsible_parties_for_the_filter(database, site, ledger):
    with database.read() as session:
        assert rectification_register.responsible_parties(session, site["project"]) == sorted(
            {"城建第三工程有限公司", "市政公司", "物业公司"}
        )


# --- evidence ------------------------------------------------------------------------------

HASH = "f0f0f0f0f0f0f0f0"


def flip(hex_hash: str, bits: int) -> str:
    """``hex_hash`` with its lowest ``bits`` bits inverted."""
    value = int(hex_hash, 16) ^ ((1 << bits) - 1)
    return f"{value:0{len(hex_hash)}x}"


@pytest.fixture
def evidence(request, database, site, other_project):
    """An item issued 2026-05-06 10:00 with a "before" photo from its check, and others."""
    return request.getfixturevalue("starting_files")["evidence"][1]


def write_evidence(database, site, other_project) -> dict:
    check_id = problem_check(database, site)
    with database.write() as session:
        check_photo = add_photo(
            session, site["project"], "check.jpg", phash="0123456789abcdef",
            taken_at=dt.datetime(2026, 5, 5, 15, 25), check_id=check_id,
        )
        rect = rectifications.create_from_check(session, check_id, issued_at=ISSUED)
        other_rect = rectifications.create(session, notice(site, issued_at=ISSUED))
        other_before = add_photo(
            session, site["project"], "other_before.jpg", phash=HASH,
            taken_at=dt.datetime(2026, 5, 1, 9, 0), rectification_id=other_rect.id, role="before",
        )
        add_photo(  # the same look in another project: not this project's business
            session, other_project["project"], "far_away.jpg", phash=flip("00000000ffffffff", 1),
            taken_at=dt.datetime(2026, 5, 1, 9, 0),
        )
        return {
            "rect": rect.id,
            "other_rect": other_rect.id,
            "check_photo": check_photo,
            "other_before": other_before,
            "check_id": check_id,
        }


def warnings(database, rect_id):
    with database.read() as session:
        return evidence_warnings(session, rect_id)


def add_after(database, site, evidence, name, *, phash="", taken_at=dt.datetime(2026, 5, 8, 14, 0), position=0):
    with database.write() as session:
        return add_photo(
            session, site["project"], name, phash=phash, taken_at=taken_at,
            rectification_id=evidence["rect"], role="after", position=position,
        )


def test_a_good_after_photo_raises_no_warning(database, site, evidence):
    assert warnings(database, evidence["rect"]) == []  # no after photos yet
    add_after(database, site, evidence, "good.jpg", phash="00000000ffffffff")
    assert warnings(database, evidence["rect"]) == []


def test_an_after_photo_taken_before_the_notice(database, site, evidence):
    photo = add_after(database, site, evidence, "early.jpg", phash="00000000ffffffff",
                      taken_at=dt.datetime(2026, 5, 6, 9, 59))
    (warning,) = warnings(database, evidence["rect"])
    assert warning.kind == "taken_before_notice"
    assert (warning.photo_id, warning.filename) == (photo, "early.jpg")
    assert warning.detail == "Taken 2026-05-06 09:59, before the notice was issued (2026-05-06 10:00)."
    assert warning.template.format(**dict(warning.params)) == warning.detail


def test_an_after_photo_without_capture_time_is_not_flagged_for_time(database, site, evidence):
    add_after(database, site, evidence, "notime.jpg", phash="00000000ffffffff", taken_at=None)
    assert warnings(database, evidence["rect"]) == []


def test_the_before_photo_sent_back_as_after(database, site, evidence):
    """The check's photo, already this item's "before" photo, linked again as "after"."""
    with database.write() as session:
        link(session, evidence["check_photo"], site["project"], rectification_id=evidence["rect"], role="after")
    found = warnings(database, evidence["rect"])
    assert [w.kind for w in found] == ["taken_before_notice", "same_file", "same_file"]
    places = sorted(w.other for w in found[1:])
    assert places == ["ZG-2026-001 before", "site check 2026-05-05 幸福里小区 1号楼 2单元 楼道"]
    assert all(w.photo_id == evidence["check_photo"] and w.filename == "check.jpg" for w in found)
    assert "ZG-2026-001 before" in found[1].detail + found[2].detail


def test_the_same_file_on_another_item(database, site, evidence):
    with database.write() as session:
        link(session, evidence["other_before"], site["project"], rectification_id=evidence["rect"], role="after")
    found = warnings(database, evidence["rect"])
    assert [(w.kind, w.other) for w in found] == [
        ("taken_before_notice", ""),
        ("same_file", "ZG-2026-002 before"),
    ]
    assert found[1].detail == "The same photo file is also on ZG-2026-002 before."


def test_a_photo_that_looks_the_same_as_one_elsewhere(database, site, evidence):
    add_after(database, site, evidence, "similar.jpg", phash=flip(HASH, 3))
    (warning,) = warnings(database, evidence["rect"])
    assert warning.kind == "looks_same"
    assert warning.other == "ZG-2026-002 before"
    assert warning.detail == (
        "Looks like other_before.jpg on ZG-2026-002 before (3 of 64 fingerprint bits differ)."
    )


def test_looks_the_same_up_to_eight_bits(database, site, evidence):
    add_after(database, site, evidence, "eight.jpg", phash=flip(HASH, 8))
    add_after(database, site, evidence, "nine.jpg", phash=flip(HASH, 9), position=1)
    found = warnings(database, evidence["rect"])
    assert [(w.kind, w.filename) for w in found] == [("looks_same", "eight.jpg")]


def test_looks_the_same_as_its_own_before_photo(database, site, evidence):
    add_after(database, site, evidence, "unchanged.jpg", phash=flip("0123456789abcdef", 2))
    found = warnings(database, evidence["rect"])
    assert sorted(w.other for w in found) == [
        "ZG-2026-001 before", "site check 2026-05-05 幸福里小区 1号楼 2单元 楼道",
    ]
    assert {w.kind for w in found} == {"looks_same"}


def test_after_photos_of_one_item_may_look_alike(database, site, evidence):
    add_after(database, site, evidence, "one.jpg", phash="00000000ffffffff")
    add_after(database, site, evidence, "two.jpg", phash=flip("00000000ffffffff", 2), position=1)
    assert warnings(database, evidence["rect"]) == []


def test_warnings_follow_the_order_of_the_after_photos(database, site, evidence):
    add_after(database, site, evidence, "second.jpg", phash=flip(HASH, 1), position=1)
    add_after(database, site, evidence, "first.jpg", phash="00000000ffffffff",
              taken_at=dt.datetime(2026, 5, 1, 8, 0), position=0)
    found = warnings(database, evidence["rect"])
    assert [(w.filename, w.kind) for w in found] == [
        ("first.jpg", "taken_before_notice"),
        ("second.jpg", "looks_same"),
    ]


def test_unusable_fingerprints_are_skipped(database, site, evidence):
    add_after(database, site, evidence, "nohash.jpg", phash="")
    add_after(database, site, evidence, "short.jpg", phash="f0f0", position=1)
    add_after(database, site, evidence, "garbage.jpg", phash="zzzzzzzzzzzzzzzz", position=2)
    assert warnings(database, evidence["rect"]) == []


def test_the_same_file_twice_among_the_after_photos(database, site, evidence):
    photo = add_after(database, site, evidence, "twice.jpg", phash="00000000ffffffff")
    with database.write() as session:
        link(session, photo, site["project"], rectification_id=evidence["rect"], role="after", position=1)
    found = warnings(database, evidence["rect"])
    assert [(w.kind, w.other) for w in found] == [
        ("same_file", "ZG-2026-001 after"), ("same_file", "ZG-2026-001 after"),
    ]


def test_photos_of_other_projects_are_not_compared(database, site, evidence, other_project):
    """far_away.jpg (other project) is one bit from this after photo: no warning."""
    add_after(database, site, evidence, "near_far_away.jpg", phash="00000000ffffffff")
    assert warnings(database, evidence["rect"]) == []


def test_a_reply_stops_the_overdue_count(database, site):
    now = dt.datetime.now().replace(second=0, microsecond=0)
    late = create(database, site, issued_at=now - dt.timedelta(days=30), deadline_days=3)
    in_time = create(database, site, issued_at=now, deadline_days=5)
    with database.write() as session:
        for rect_id in (late, in_time):
            rectifications.reply(session, rect_id, "已整改")
    later = dt.date.today() + dt.timedelta(days=60)
    late_detail = detail(database, late, today=later)
    assert late_detail.overdue_days == (dt.date.today() - late_detail.deadline).days > 0
    assert detail(database, in_time, today=later).overdue_days == 0
    f = RectFilter(project_id=site["project"], overdue_only=True)
    with database.read() as session:
        assert [r.id for r in rectification_register.list_rectifications(session, f, today=later)] == [late]
        assert rectification_register.count_rectifications(session, f, today=later) == 1


def test_closing_again_after_reopening_does_not_keep_the_old_confirmation(database, site):
    rect_id = create(database, site)
    with database.write() as session:
        rectifications.reply(session, rect_id, "已整改")
        rectifications.recheck(session, rect_id, True, "合格", resident_confirmed_by="王大妈")
        rectifications.reopen(session, rect_id, "雨后复漏")
        rectifications.reply(session, rect_id, "重新处理")
        rectifications.recheck(session, rect_id, True, "复查合格")
    closed = detail(database, rect_id)
    assert closed.status == "closed"
    assert (closed.resident_confirmed_by, closed.resident_confirmed_at) == ("", None)


def test_a_photo_imported_for_the_project_alone_is_no_evidence_of_reuse(database, site):
    rect_id = create(database, site)
    with database.write() as session:
        photo_id = add_photo(session, site["project"], "bulk.jpg")  # the project alone
    with database.write() as session:
        session.add(PhotoLink(photo_id=photo_id, project_id=site["project"], rectification_id=rect_id,
                              role="after", caption="", position=0))
    with database.read() as session:
        kinds = [w.kind for w in evidence_warnings(session, rect_id)]
    assert "same_file" not in kinds


def test_a_reply_entered_afterwards_keeps_its_own_time_within_the_loop(database, site):
    issued = dt.datetime(2026, 3, 5, 10, 0)
    rect_id = create(database, site, issued_at=issued)
    for wrong in (issued - dt.timedelta(hours=1), dt.datetime.now() + dt.timedelta(days=1)):
        with database.write() as session, pytest.raises(errors.ValidationError) as caught:
            rectifications.reply(session, rect_id, "已整改", at=wrong)
        assert caught.value.field == "at"
    with database.write() as session:
        rectifications.reply(session, rect_id, "已整改", at=dt.datetime(2026, 3, 8, 16, 20, 33, 5))
    with database.read() as session:
        events = rectifications.events(session, rect_id)
        d = rectification_register.rectification_detail(session, rect_id)
    assert d.replied_at == dt.datetime(2026, 3, 8, 16, 20, 33)
    assert [(e.action, e.at) for e in events] == [("issue", issued), ("reply", d.replied_at)]


# --- two people editing the same item ------------------------------------------------------


def test_an_edit_begun_before_someone_else_saved_the_item_is_refused_with_both_values(database, site):
    from supervisor.db.audit import current_user, set_current_user

    rect_id = create(database, site, problem="外墙空鼓")
    mine = detail(database, rect_id).to_data()  # I open the notice ...
    me = current_user()
    set_current_user("张伟")
    try:  # ... 张伟 saves his edit meanwhile ...
        theirs = detail(database, rect_id).to_data()
        theirs.problem = "外墙空鼓，面积约3平方米"
        with database.write() as session:
            rectifications.update(session, rect_id, theirs)
    finally:
        set_current_user(me)
    mine.problem = "外墙空鼓约2处"  # ... and I save mine
    with pytest.raises(errors.EditConflict) as caught:
        with database.write() as session:
            rectifications.update(session, rect_id, mine)
    text = str(caught.value)
    assert text.startswith("ZG-2026-001 was changed by 张伟 at ")
    assert text.splitlines()[-1] == "Problem: 外墙空鼓，面积约3平方米 → 外墙空鼓约2处"
    assert detail(database, rect_id).problem == "外墙空鼓，面积约3平方米"  # theirs kept
    mine = detail(database, rect_id).to_data()  # reloaded: my edit goes in
    mine.problem = "外墙空鼓约2处"
    with database.write() as session:
        rectifications.update(session, rect_id, mine)
    assert detail(database, rect_id).problem == "外墙空鼓约2处"
