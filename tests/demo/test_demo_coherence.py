"""The demo database tells one consistent story, read as a clerk and an auditor would read it.

Each test is a rule a reviewer checks: photos show what their record is about, checklists agree
with results, the acceptance conclusion agrees with its items, steps, checks, notices, replies and
consultation rounds follow each other in time, and nothing is dated after the demo's own today.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from sqlalchemy import func, select

from supervisor.db.engine import open_database
from supervisor.db.models import (
    Acceptance,
    AcceptanceItem,
    Building,
    Compound,
    Consultation,
    Household,
    Opinion,
    Photo,
    PhotoLink,
    Project,
    ProjectStep,
    Rectification,
    RectificationEvent,
    SiteCheck,
    SupervisionDay,
    Unit,
)

# Words that name a defect: no passed check shows a photo captioned with one.
DEFECT_WORDS = ("空鼓", "渗漏", "缺失", "不足", "未标注", "未穿管", "无合格证", "开裂", "脱落", "无防坠网", "错接")
# Where each kind of work can be checked (common area; "" = a building, unit or the compound).
AREAS = {
    "外墙": {"", "parking"},  # on a building, or its materials where they are stored
    "屋面": {"roof", "parking"},
    "雨污分流": {"pipes", "road", "parking"},
    "给水": {"pipes", "road", ""},
    "线缆": {"stairwell", ""},
    "停车": {"road", "parking"},
}


@pytest.fixture
def demo(demo_source):
    url = getattr(demo_source, "url", demo_source)
    database = open_database(url, create=False)
    with database.read() as session:
        yield session
    database.close()


def _bigrams(text: str) -> set[str]:
    runs = re.findall(r"[\u4e00-\u9fff]+", text)
    return {run[i:i + 2] for run in runs for i in range(len(run) - 1)}


def _related(a: str, b: str) -> bool:
    """Whether two Chinese texts speak of the same thing (share a two-character word)."""
    return bool(_bigrams(a) & _bigrams(b))


def _drawn_caption(session, photo_id: int) -> str:
    """The caption burnt into a demo photo, as its EXIF ImageDescription keeps it."""
    from PIL import Image

    from supervisor.site import photos

    _name, data = photos.original(session, photo_id)
    value = Image.open(io.BytesIO(data)).getexif().get(0x010E) or ""
    return value.encode("latin-1").decode("utf-8") if isinstance(value, str) else value.decode("utf-8")


def _steps(session, project_id: int) -> dict[str, ProjectStep]:
    return {s.code: s for s in session.scalars(select(ProjectStep).where(ProjectStep.project_id == project_id))}


def test_every_photo_shows_what_its_record_is_about(demo):
    """The caption under a photo is what the picture shows, and it speaks of the check's work,
    of the notice's problem ("before") or of its repair ("after")."""
    links = demo.scalars(select(PhotoLink)).all()
    assert links
    wrong = []
    for link in links:
        drawn = _drawn_caption(demo, link.photo_id)
        if not link.caption or link.caption != drawn:
            wrong.append((link.id, link.caption, drawn))
            continue
        if link.check_id is not None:
            check = demo.get(SiteCheck, link.check_id)
            if not _related(link.caption, check.description):
                wrong.append((check.description, link.caption))
        else:
            rect = demo.get(Rectification, link.rectification_id)
            about = rect.problem if link.role == "before" else rect.problem + rect.requirement + rect.reply_measures
            if not _related(link.caption, about):
                wrong.append((rect.number, link.role, link.caption))
    assert not wrong, wrong


def test_a_passed_check_shows_no_defect_and_a_problem_check_shows_its_problem(demo):
    rows = demo.execute(
        select(SiteCheck.id, SiteCheck.result, SiteCheck.description, PhotoLink.photo_id)
        .join(PhotoLink, PhotoLink.check_id == SiteCheck.id)
    ).all()
    wrong = []
    for check, result, description, photo_id in rows:
        drawn = _drawn_caption(demo, photo_id)
        if result == "pass" and any(word in drawn for word in DEFECT_WORDS):
            wrong.append((check, result, drawn))
        if result == "problem" and not _related(drawn, description):
            wrong.append((check, result, description, drawn))
    assert rows and not wrong, wrong


def test_checklists_agree_with_the_result(demo):
    """A check of work that has a checklist ticks the points it covered: a passed check none
    wrong, a check that found a problem the point that failed."""
    from supervisor.site.checklists import checklist_items

    wrong = []
    for check in demo.scalars(select(SiteCheck)):
        if not check.work_type or not checklist_items(demo, check.work_type):
            continue
        marks = [entry["ok"] for entry in check.checklist]
        if not marks:
            wrong.append((check.id, check.work_type, "no checklist"))
        elif check.result == "pass" and False in marks:
            wrong.append((check.id, "passed with a point wrong"))
        elif check.result == "problem" and False not in marks:
            wrong.append((check.id, "a problem with no point wrong"))
    assert not wrong, wrong


def test_a_check_is_made_where_its_work_is(demo):
    wrong = []
    for check in demo.scalars(select(SiteCheck)):
        allowed = AREAS.get(check.work_type, {""} if check.category == "funds" else None)
        if allowed is not None and check.common_area not in allowed:
            wrong.append((check.id, check.work_type, check.category, check.common_area))
        if check.common_area == "roof" and check.building_id is None:
            wrong.append((check.id, "a roof of no building"))
    assert not wrong, wrong


def test_site_checks_come_after_the_start_order_and_before_today(demo, demo_day):
    wrong = []
    for check in demo.scalars(select(SiteCheck)):
        start_order = _steps(demo, check.project_id)["20"].actual_end
        if start_order is None or not start_order <= check.checked_at.date() <= demo_day:
            wrong.append((check.id, check.checked_at, start_order))
    assert not wrong, wrong


def test_a_check_or_notice_belongs_to_a_step_that_was_under_way(demo):
    wrong = []
    for kind, rows in (("check", demo.execute(select(SiteCheck.id, SiteCheck.checked_at, SiteCheck.step_id))),
                       ("notice", demo.execute(select(Rectification.number, Rectification.issued_at,
                                                      Rectification.step_id)))):
        for name, when, step_id in rows:
            step = demo.get(ProjectStep, step_id) if step_id else None
            if step is None:
                continue
            started, ended = step.actual_start, step.actual_end
            if started is None or when.date() < started or (ended is not None and when.date() > ended):
                wrong.append((kind, name, when, step.code, started, ended))
    assert not wrong, wrong


def test_the_acceptance_conclusion_agrees_with_its_items(demo):
    """A failed item is named in the conclusion, which accepts only once it is rectified and
    re-tested; the re-test is recorded between the acceptance and step 37 (整改与复验)."""
    record = demo.scalars(select(Acceptance)).one()
    items = demo.scalars(select(AcceptanceItem).where(AcceptanceItem.project_id == record.project_id)).all()
    failed = [i for i in items if i.result == "fail"]
    steps = _steps(demo, record.project_id)
    assert failed  # the demo shows a failed item and what became of it
    assert "同意通过竣工验收" not in record.conclusion, record.conclusion
    assert "复验合格后" in record.conclusion, record.conclusion
    assert f"合格 {len(items) - len(failed)} 项" in record.conclusion, record.conclusion
    assert record.sub_works_passed < record.sub_works_total
    for item in failed:
        assert item.item in record.conclusion and item.problem
        assert record.accepted_on < item.deadline <= steps["37"].actual_end
        assert "闭水" not in item.method or "闭水试验合格" not in record.safety_function
    retested = re.search(r"(\d{4})年(\d{2})月(\d{2})日", record.supervision_opinion)
    assert retested and "复验合格" in record.supervision_opinion, record.supervision_opinion
    assert record.accepted_on < dt.date(*map(int, retested.groups())) <= steps["37"].actual_end


def test_the_acceptance_dates_and_quantities_fit_the_project(demo):
    record = demo.scalars(select(Acceptance)).one()
    steps = _steps(demo, record.project_id)
    assert record.started_on == steps["20"].actual_end  # the start order
    assert record.started_on < record.completed_on <= record.accepted_on == steps["36"].actual_end
    buildings = set(demo.scalars(
        select(Building.name).join(Compound).where(Compound.project_id == record.project_id)))
    units = demo.scalar(
        select(func.count(Unit.id)).join(Building).join(Compound).where(Compound.project_id == record.project_id))
    for item in demo.scalars(select(AcceptanceItem).where(AcceptanceItem.project_id == record.project_id)):
        named = set(re.findall(r"\d+号楼", item.problem))
        assert named <= buildings, (item.item, named, buildings)
        if item.unit == "单元":
            assert item.completed_quantity <= units, (item.item, item.completed_quantity, units)


def test_a_notice_s_history_is_in_order_and_its_reply_answers_it(demo, demo_day):
    wrong = []
    for rect in demo.scalars(select(Rectification)):
        events = demo.scalars(select(RectificationEvent).where(RectificationEvent.rectification_id == rect.id)
                              .order_by(RectificationEvent.id)).all()
        times = [e.at for e in events]
        if events[0].action != "issue" or times != sorted(times) or times[-1].date() > demo_day:
            wrong.append((rect.number, [(e.action, e.at) for e in events]))
        for event in events:
            if event.action == "reply" and not _related(event.note, rect.requirement + rect.problem):
                wrong.append((rect.number, "a reply that does not answer", event.note))
        check = demo.get(SiteCheck, rect.check_id) if rect.check_id else None
        if check is not None and check.checked_at > rect.issued_at:
            wrong.append((rect.number, "issued before its check"))
    assert not wrong, wrong


def test_a_notice_names_a_place_in_its_compound(demo):
    wrong = []
    for rect in demo.scalars(select(Rectification)):
        compound = demo.get(Compound, rect.compound_id) if rect.compound_id else None
        if compound is None or not rect.location_text.startswith(compound.name):
            wrong.append((rect.number, rect.location_text))
    assert not wrong, wrong


def test_a_notice_cites_the_standard_it_enforces(demo):
    numbers = demo.scalars(select(Rectification.number).where(Rectification.basis.not_like("%GB%"))).all()
    assert not numbers, numbers


def test_doubtful_evidence_is_never_signed_off(demo):
    """An "after" photo must be taken between the notice and the re-check; evidence the app
    doubts (taken before the notice, the "before" photo again, one that looks like another)
    never closed an item, and a re-check of a photo taken before the notice sent it back with
    that reason (a reply not yet re-checked waits, the warnings shown to whoever re-checks)."""
    from supervisor.site import evidence

    wrong = []
    returns = demo.scalars(select(RectificationEvent.note).where(RectificationEvent.action == "return")).all()
    assert any("照片" in note for note in returns), returns  # the demo shows a reply sent back for it
    for rect in demo.scalars(select(Rectification)):
        warnings = evidence.evidence_warnings(demo, rect.id)
        events = demo.scalars(select(RectificationEvent).where(RectificationEvent.rectification_id == rect.id)).all()
        if warnings and any(e.action == "close" for e in events):
            wrong.append((rect.number, "closed on doubtful evidence", [w.kind for w in warnings]))
        rechecks = [e for e in events if e.action in ("close", "return")]
        if any(w.kind == "taken_before_notice" for w in warnings) and rechecks:
            if not any(e.action == "return" and "照片" in e.note for e in rechecks):
                wrong.append((rect.number, "re-checked, yet a photo older than the notice was not sent back"))
        if rect.status == "closed" or any(e.action == "close" for e in events):
            closing = next(e.at for e in events if e.action == "close")
            taken = demo.scalars(select(Photo.taken_at).join(PhotoLink).where(
                PhotoLink.rectification_id == rect.id, PhotoLink.role == "after")).all()
            if not taken or not all(rect.issued_at <= t <= closing for t in taken):
                wrong.append((rect.number, "after photos", taken))
    assert not wrong, wrong


def test_steps_follow_each_other(demo):
    """Planned periods end after they start; a completed step comes after the steps it depends
    on unless a reason is recorded; a step under way starts after them; no step note blames the
    contractor before the contract is signed (step 10)."""
    wrong = []
    for project in demo.scalars(select(Project)):
        steps = _steps(demo, project.id)
        for step in steps.values():
            if step.planned_start and step.planned_end and step.planned_end < step.planned_start:
                wrong.append((project.code, step.code, "planned", step.planned_start, step.planned_end))
            before = [steps[c] for c in step.prerequisites]
            if step.status == "done" and not step.override_reason:
                if any(b.status != "done" or b.actual_end > step.actual_end for b in before):
                    wrong.append((project.code, step.code, "done before its prerequisites"))
            if step.status == "in_progress":
                ends = [b.actual_end for b in before if b.actual_end]
                if ends and step.actual_start < max(ends):
                    wrong.append((project.code, step.code, "started before its prerequisites"))
            if "施工单位" in step.notes and steps["10"].status != "done":
                wrong.append((project.code, step.code, "a contractor before the contract", step.notes))
    assert not wrong, wrong


def test_no_contractor_is_named_before_the_contract_is_signed(demo):
    from supervisor.db.models import ProjectParty

    wrong = []
    for project in demo.scalars(select(Project)):
        if _steps(demo, project.id)["10"].status == "done":
            continue
        named = demo.scalars(select(ProjectParty.organisation).where(
            ProjectParty.project_id == project.id, ProjectParty.role == "contractor")).all()
        if any(named):
            wrong.append((project.code, named))
    assert not wrong, wrong


def test_the_scheme_consultation_is_over_and_passed_when_its_step_is_done(demo):
    """Step 2 (方案征询, round 2) done: every compound's round-2 answers are dated by then, and
    every compound passed (or a reason is recorded on the step)."""
    from supervisor.residents.consultation import project_tallies

    wrong = []
    for project in demo.scalars(select(Project)):
        step = _steps(demo, project.id)["2"]
        if step.status != "done":
            continue
        last = demo.scalar(
            select(Consultation.visited_on).join(Household).join(Unit).join(Building).join(Compound)
            .where(Compound.project_id == project.id, Consultation.round == 2)
            .order_by(Consultation.visited_on.desc()).limit(1))
        if last is not None and last > step.actual_end:
            wrong.append((project.code, "visited after the step", last, step.actual_end))
        failing = [t.summary() for t in project_tallies(demo, project.id, 2) if not t.passed]
        if failing and not step.override_reason:
            wrong.append((project.code, failing))
    assert not wrong, wrong


def test_an_opinion_from_a_supervision_day_is_dated_on_one(demo):
    wrong = []
    for opinion in demo.scalars(select(Opinion).where(Opinion.channel == "supervision_day")):
        days = set(demo.scalars(select(SupervisionDay.held_on).where(SupervisionDay.project_id == opinion.project_id)))
        if opinion.received_on not in days:
            wrong.append((opinion.content, opinion.received_on, sorted(days)))
    assert not wrong, wrong


def test_nothing_happened_after_the_demo_s_today(demo, demo_day):
    dates = [
        *demo.scalars(select(ProjectStep.actual_end).where(ProjectStep.actual_end.is_not(None))),
        *demo.scalars(select(ProjectStep.actual_start).where(ProjectStep.actual_start.is_not(None))),
        *(t.date() for t in demo.scalars(select(SiteCheck.checked_at))),
        *(t.date() for t in demo.scalars(select(Photo.taken_at).where(Photo.taken_at.is_not(None)))),
        *(t.date() for t in demo.scalars(select(RectificationEvent.at))),
        *demo.scalars(select(Consultation.visited_on).where(Consultation.visited_on.is_not(None))),
        *demo.scalars(select(Opinion.received_on)),
        *demo.scalars(select(Opinion.replied_on).where(Opinion.replied_on.is_not(None))),
        *demo.scalars(select(SupervisionDay.held_on)),
    ]
    assert dates and max(dates) <= demo_day
