"""The procedure rules: materials, prerequisites, due dates, progress, attachments."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import func, select

from supervisor import errors
from supervisor.codes import StepStatus
from supervisor.db.engine import open_database
from supervisor.db.models import AttachmentBlob, CalendarDay, ChangeLog, Project
from supervisor.procedure import materials, steps
from supervisor.projects.project import list_projects
from supervisor.workdays import DueDate
from tests.conftest import provide_all, step_by_code

# National Day 2026 per chinese_calendar: 10-01..10-07 off, 10-08 back to work, Saturday
# 10-10 and Sunday 09-20 are make-up working days (调休).
NATIONAL_DAY_EVE = dt.date(2026, 9, 30)


@pytest.fixture(autouse=True)
def no_consent_gate(request):
    """These tests are about materials, prerequisites and dates; the consent gate on step 1 is
    tested in tests/residents/test_consultation.py."""
    if "project" in request.fixturenames:
        request.getfixturevalue("ungated_project")


def log_actions(session, record) -> list[str]:
    return list(
        session.scalars(
            select(ChangeLog.action).where(ChangeLog.entity_uuid == record.uuid).order_by(ChangeLog.id)
        )
    )


# --- materials block completion ------------------------------------------------------------


def test_step_with_a_missing_required_material_cannot_be_completed(database, project):
    with database.write() as session:
        step = step_by_code(session, project, "1")
        assert [m.name for m in step.materials] == ["居民意见登记表", "同意率统计表"]
        materials.set_provided(session, step.materials[0], True)
        with pytest.raises(errors.RuleViolation) as caught:
            steps.set_status(session, step, StepStatus.DONE, today=dt.date(2026, 3, 10))
        assert "同意率统计表" in str(caught.value)
        assert "居民意见登记表" not in str(caught.value)
        assert step.status == StepStatus.NOT_STARTED
        assert step.actual_end is None
    with database.read() as session:
        assert step_by_code(session, project, "1").status == StepStatus.NOT_STARTED


def test_attaching_a_file_and_waiving_with_a_reason_allow_completion(database, project):
    day = dt.date(2026, 3, 10)
    with database.write() as session:
        step = step_by_code(session, project, "1")
        register, tally = step.materials
        materials.attach(session, register, "居民意见登记表.pdf", b"%PDF-1.4 scanned register")
        assert register.provided is True
        with pytest.raises(errors.RuleViolation):
            steps.set_status(session, step, StepStatus.DONE, today=day)
        materials.waive(session, tally, "  同意率已在登记表末页统计  ")
        steps.set_status(session, step, StepStatus.DONE, today=day)
    with database.read() as session:
        step = step_by_code(session, project, "1")
        assert step.status == StepStatus.DONE
        assert step.actual_start == day and step.actual_end == day
        assert step.materials[1].waived and step.materials[1].waive_reason == "同意率已在登记表末页统计"
        assert step.override_reason == ""  # no prerequisites, so no override
        assert log_actions(session, step.materials[1]) == ["material.waive"]
        assert log_actions(session, step) == ["step.status"]


def test_waiving_needs_a_reason(database, project):
    with database.write() as session:
        material = step_by_code(session, project, "1").materials[0]
        with pytest.raises(errors.ValidationError) as caught:
            materials.waive(session, material, "   ")
        assert caught.value.field == "reason"
        assert material.waived is False


def test_optional_materials_never_block_completion(database, project):
    with database.write() as session:
        step = step_by_code(session, project, "13")
        assert [m.name for m in steps.missing_materials(step)] == ["施工许可证"]
        materials.set_provided(session, step.materials[0], True)
        assert steps.missing_materials(step) == []


# --- prerequisites and overrides -----------------------------------------------------------


def test_unfinished_prerequisite_needs_confirmation(database, project):
    with database.write() as session:
        step = step_by_code(session, project, "2")
        provide_all(session, step)
        with pytest.raises(errors.NeedsConfirmation) as caught:
            steps.set_status(session, step, StepStatus.DONE, today=dt.date(2026, 3, 20))
        assert caught.value.reasons == ["1 改造意愿征询（第一轮）"]
        with pytest.raises(errors.NeedsConfirmation):
            steps.set_status(
                session, step, StepStatus.DONE, override_reason="   ", today=dt.date(2026, 3, 20)
            )
        assert step.status == StepStatus.NOT_STARTED
        assert step.override_reason == "" and step.override_at is None
    with database.read() as session:
        assert step_by_code(session, project, "2").status == StepStatus.NOT_STARTED
        assert session.scalar(
            select(func.count()).where(ChangeLog.action == "step.override_prerequisites")
        ) == 0


def test_override_completes_and_is_recorded(database, project):
    before = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    with database.write() as session:
        step = step_by_code(session, project, "2")
        provide_all(session, step)
        steps.set_status(
            session,
            step,
            StepStatus.DONE,
            override_reason=" 区住建局要求先行公示 ",
            today=dt.date(2026, 3, 20),
        )
    after = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    with database.read() as session:
        step = step_by_code(session, project, "2")
        assert step.status == StepStatus.DONE
        assert step.actual_end == dt.date(2026, 3, 20)
        assert step.override_reason == "区住建局要求先行公示"
        assert step.override_by == "tester"
        assert before - dt.timedelta(seconds=1) <= step.override_at <= after + dt.timedelta(seconds=1)
        rows = session.scalars(
            select(ChangeLog).where(
                ChangeLog.entity_uuid == step.uuid,
                ChangeLog.action == "step.override_prerequisites",
            )
        ).all()
        assert len(rows) == 1
        assert rows[0].user == "tester"
        assert rows[0].entity == "project_step"
        assert rows[0].detail == {"reason": "区住建局要求先行公示", "unfinished": ["1"]}


def test_not_applicable_prerequisite_counts_as_finished(database, project):
    with database.write() as session:
        steps.set_status(session, step_by_code(session, project, "1"), StepStatus.NOT_APPLICABLE)
        step = step_by_code(session, project, "2")
        provide_all(session, step)
        steps.set_status(session, step, StepStatus.DONE, today=dt.date(2026, 3, 20))
        assert step.status == StepStatus.DONE
        assert step.override_reason == ""


def test_reopening_a_done_step_clears_its_end_date(database, project):
    with database.write() as session:
        step = step_by_code(session, project, "1")
        provide_all(session, step)
        steps.set_status(session, step, StepStatus.DONE, today=dt.date(2026, 3, 10))
        steps.set_status(session, step, StepStatus.IN_PROGRESS, today=dt.date(2026, 3, 12))
        assert step.actual_start == dt.date(2026, 3, 10)
        assert step.actual_end is None
        assert steps.progress(session, session.get(Project, project)).done == 0


# --- due dates -----------------------------------------------------------------------------


def _complete_with_override(session, step, day):
    provide_all(session, step)
    steps.set_status(session, step, StepStatus.DONE, override_reason="测试补录", today=day)


def test_working_day_minimum_skips_national_day(database, project):
    """Step 36 may only happen 7 working days after the quality station was notified (35)."""
    with database.write() as session:
        _complete_with_override(session, step_by_code(session, project, "35"), dt.date(2026, 9, 28))
    with database.read() as session:
        report = steps.progress(session, session.get(Project, project), today=dt.date(2026, 10, 9))
        state = next(s for p in report.phases for s in p.steps if s.step.code == "36")
        # 09-29, 09-30, (10-01..07 off), 10-08, 10-09, 10-10 (make-up Sat), 10-12, 10-13.
        # Counting weekends only would wrongly give 10-07, in the middle of the holiday.
        assert state.dates.earliest == DueDate(dt.date(2026, 10, 13), estimated=False)
        assert state.dates.due is None and not state.dates.overdue


def test_working_day_deadline_across_national_day_and_overdue_flag(database, project):
    with database.write() as session:
        step = step_by_code(session, project, "31")
        step.period = {"days": 5, "unit": "wd", "from": "start", "kind": "deadline"}
        steps.set_status(session, step, StepStatus.IN_PROGRESS, today=NATIONAL_DAY_EVE)
    with database.read() as session:
        project_row = session.get(Project, project)

        def state_on(day):
            report = steps.progress(session, project_row, today=day)
            state = next(s for p in report.phases for s in p.steps if s.step.code == "31")
            return report, state

        # 10-08, 10-09, 10-10 (Saturday, a make-up working day), 10-12, 10-13.
        report, state = state_on(dt.date(2026, 10, 13))
        assert state.dates.due == DueDate(dt.date(2026, 10, 13), estimated=False)
        assert not state.dates.overdue and report.overdue == []
        report, state = state_on(dt.date(2026, 10, 16))
        assert state.dates.overdue and state.dates.overdue_days == 3
        assert [s.step.code for s in report.overdue] == ["31"]
        phase = next(p for p in report.phases if p.code == "P3")
        assert [s.step.code for s in phase.overdue] == ["31"]


def test_calendar_day_deadline_counts_holidays(database, project):
    """Filing (38) is due 15 calendar days after the joint acceptance (36), holidays or not."""
    with database.write() as session:
        _complete_with_override(session, step_by_code(session, project, "36"), NATIONAL_DAY_EVE)
    with database.read() as session:
        report = steps.progress(session, session.get(Project, project), today=dt.date(2026, 10, 20))
        dates = {s.step.code: s.dates for s in report.overdue}
        assert dates["38"].due == DueDate(dt.date(2026, 10, 15))
        assert dates["38"].overdue_days == 5
        assert "36" not in dates  # done steps are never overdue


def test_planned_end_overrides_the_statutory_deadline_and_closed_steps_are_not_overdue(
    database, project
):
    with database.write() as session:
        step = step_by_code(session, project, "40")
        step.planned_end = dt.date(2026, 5, 1)
        steps.set_status(session, step, StepStatus.IN_PROGRESS, today=dt.date(2026, 4, 1))
        na = step_by_code(session, project, "42")
        na.planned_end = dt.date(2026, 5, 1)
        steps.set_status(session, na, StepStatus.NOT_APPLICABLE)
    with database.read() as session:
        project_row = session.get(Project, project)
        on_day = steps.progress(session, project_row, today=dt.date(2026, 5, 1))
        assert on_day.overdue == []  # due today is not late
        late = steps.progress(session, project_row, today=dt.date(2026, 5, 2))
        assert [(s.step.code, s.dates.due.date, s.dates.overdue_days) for s in late.overdue] == [
            ("40", dt.date(2026, 5, 1), 1)
        ]


def test_administrator_calendar_days_are_used_for_unpublished_years(database, project):
    with database.write() as session:
        step = step_by_code(session, project, "31")
        step.period = {"days": 3, "unit": "wd", "from": "start", "kind": "deadline"}
        steps.set_status(session, step, StepStatus.IN_PROGRESS, today=dt.date(2027, 1, 29))
    with database.read() as session:
        report = steps.progress(session, session.get(Project, project), today=dt.date(2027, 1, 29))
        state = next(s for p in report.phases for s in p.steps if s.step.code == "31")
        assert state.dates.due == DueDate(dt.date(2027, 2, 3), estimated=True)
    with database.write() as session:
        session.add(CalendarDay(day=dt.date(2027, 2, 1), is_workday=False, note="假设的假日"))
    with database.read() as session:
        report = steps.progress(session, session.get(Project, project), today=dt.date(2027, 1, 29))
        state = next(s for p in report.phases for s in p.steps if s.step.code == "31")
        assert state.dates.due == DueDate(dt.date(2027, 2, 4), estimated=False)


# --- progress ------------------------------------------------------------------------------


def test_progress_counts_per_phase_and_overall(database, project):
    with database.read() as session:
        report = steps.progress(session, session.get(Project, project), today=dt.date(2026, 3, 2))
        assert [(p.code, p.done, p.total) for p in report.phases] == [
            ("P1", 0, 10), ("P2", 0, 10), ("P3", 0, 11), ("P4", 0, 8), ("P5", 0, 6)
        ]
        assert (report.done, report.total) == (0, 45)
    with database.write() as session:
        step1 = step_by_code(session, project, "1")
        provide_all(session, step1)
        steps.set_status(session, step1, StepStatus.DONE, today=dt.date(2026, 3, 10))
        steps.set_status(session, step_by_code(session, project, "34"), StepStatus.NOT_APPLICABLE)
        steps.set_status(session, step_by_code(session, project, "21"), StepStatus.IN_PROGRESS)
    with database.read() as session:
        report = steps.progress(session, session.get(Project, project), today=dt.date(2026, 3, 10))
        assert [(p.code, p.done) for p in report.phases] == [
            ("P1", 1), ("P2", 0), ("P3", 0), ("P4", 1), ("P5", 0)
        ]
        assert (report.done, report.total) == (2, 45)
        row = list_projects(session)[0]
        assert (row.code, row.steps_done, row.steps_total) == ("T-01", 2, 45)


# --- attachments ---------------------------------------------------------------------------


def test_attachment_bytes_are_stored_with_hash_and_size(db_path, database, project):
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 400 + b"\x00\x00end"
    with database.write() as session:
        material = step_by_code(session, project, "2").materials[2]
        attachment = materials.attach(session, material, "方案公示照片.png", data)
        attachment_id = attachment.id
    database.close()
    reopened = open_database(db_path, create=False)
    try:
        with reopened.read() as session:
            name, stored = materials.attachment_bytes(session, attachment_id)
            assert name == "方案公示照片.png"
            assert stored == data
            material = step_by_code(session, project, "2").materials[2]
            (meta,) = material.attachments
            assert meta.size == len(data)
            assert meta.sha256 == hashlib.sha256(data).hexdigest()
            assert meta.media_type == "image/png"
            assert material.provided
    finally:
        reopened.close()


def test_attachment_needs_a_file_name(database, project):
    with database.write() as session:
        material = step_by_code(session, project, "1").materials[0]
        with pytest.raises(errors.ValidationError):
            materials.attach(session, material, "  ", b"data")
        assert material.provided is False and material.attachments == []


def test_removing_the_last_attachment_makes_the_material_missing_again(database, project):
    with database.write() as session:
        step = step_by_code(session, project, "8")
        report = step.materials[0]
        first = materials.attach(session, report, "评标报告.pdf", b"first").id
        second = materials.attach(session, report, "评标报告-附件.pdf", b"second").id
    with database.write() as session:
        materials.remove_attachment(session, first)
        assert step_by_code(session, project, "8").materials[0].provided is True
    with database.write() as session:
        materials.remove_attachment(session, second)
    with database.write() as session:
        step = step_by_code(session, project, "8")
        assert step.materials[0].provided is False
        assert step.materials[0].attachments == []
        assert session.scalar(select(func.count()).select_from(AttachmentBlob)) == 0
        with pytest.raises(errors.NotFound):
            materials.attachment_bytes(session, second)
        with pytest.raises(errors.RuleViolation):
            steps.set_status(session, step, StepStatus.DONE, override_reason="x")
        removed = session.scalar(
            select(func.count()).where(ChangeLog.action == "attachment.remove")
        )
        assert removed == 2
        with pytest.raises(errors.NotFound):
            materials.remove_attachment(session, second)


def test_reading_a_chosen_file(tmp_path):
    path = tmp_path / "扫描件.pdf"
    path.write_bytes(b"%PDF-1.7 body")
    assert materials.read_file_for_attachment(path) == b"%PDF-1.7 body"
    with pytest.raises(errors.ValidationError) as caught:
        materials.read_file_for_attachment(tmp_path)
    assert "folder" in str(caught.value)
    with pytest.raises(errors.ValidationError) as caught:
        materials.read_file_for_attachment(tmp_path / "gone.pdf")
    assert "gone.pdf" in str(caught.value)


def test_a_step_edit_begun_before_someone_else_saved_the_step_is_refused(database, project):
    from supervisor.db.audit import current_user, set_current_user

    with database.read() as session:
        mine = steps.current_edit(step_by_code(session, project, "26"))  # I start typing ...
    me = current_user()
    set_current_user("王建国")
    try:  # ... 王建国 saves the step's dates meanwhile ...
        with database.write() as session:
            step = step_by_code(session, project, "26")
            theirs = steps.current_edit(step)
            theirs.planned_end = dt.date(2026, 12, 20)
            theirs.notes = "等待检测报告"
            steps.update_step(session, step, theirs)
    finally:
        set_current_user(me)
    mine.notes = "闭水试验已预约"
    with pytest.raises(errors.EditConflict) as caught:
        with database.write() as session:
            steps.update_step(session, step_by_code(session, project, "26"), mine)
    lines = str(caught.value).splitlines()
    assert lines[0].startswith("26. 问题整改闭环 was changed by 王建国 at ")
    assert lines[-2:] == ["Planned end: 2026-12-20 → —", "Notes: 等待检测报告 → 闭水试验已预约"]
    with database.read() as session:
        step = step_by_code(session, project, "26")
        assert (step.notes, step.planned_end) == ("等待检测报告", dt.date(2026, 12, 20))
