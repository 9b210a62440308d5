"""A project's procedure: its steps, their rules, due dates, progress.

Materials and attachments are in ``supervisor.procedure.materials``; a project gets its steps
from a template in ``supervisor.procedure.templates``.

Rules enforced here, for every caller (window, command line, tests):

- a step cannot be completed while a required material is neither provided nor waived;
- completing a step whose prerequisites are not complete needs an explicit override with a
  reason, which is recorded on the step and in the audit trail;
- so does completing a step gated on a consultation round (step 1 of the default template)
  while a compound of the project is below the consent threshold (``supervisor.procedure.gates``);
- a step's due date is its planned end when one is set, else its statutory period counted
  from its anchor (its own start, the project's planned start, or another step's completion)
  in working or calendar days; a deadline past today on an open step is overdue.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from supervisor import errors
from supervisor.codes import PeriodKind, StepStatus
from supervisor.db import conflicts
from supervisor.db.audit import current_user, log_change
from supervisor.db.calendar import load_calendar
from supervisor.db.models import (
    Project,
    ProjectStep,
    StepMaterial,
    utcnow,
)
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.workdays import DueDate, WorkCalendar

CLOSED = (StepStatus.DONE, StepStatus.NOT_APPLICABLE)


def load_steps(session: Session, project_id: int) -> list[ProjectStep]:
    """The project's steps in order, with materials and attachment metadata loaded."""
    return list(
        session.scalars(
            select(ProjectStep)
            .where(ProjectStep.project_id == project_id)
            .order_by(ProjectStep.position)
            .options(
                selectinload(ProjectStep.materials).selectinload(StepMaterial.attachments),
                selectinload(ProjectStep.responsible_person),
            )
        )
    )


def get_step(session: Session, step_id: int) -> ProjectStep:
    step = session.get(ProjectStep, step_id)
    if step is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The step no longer exists."))
    return step


# --- dates ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class StepDates:
    """What the rules say about a step's dates today."""

    due: DueDate | None  # deadline: planned end, else statutory deadline
    earliest: DueDate | None  # a statutory minimum ("not before")
    overdue: bool
    overdue_days: int


def _anchor(step: ProjectStep, project: Project, by_code: dict[str, ProjectStep]) -> dt.date | None:
    anchor = (step.period or {}).get("from", "start")
    if anchor == "start":
        return step.actual_start
    if anchor == "project_start":
        return project.planned_start
    if anchor.startswith("step:"):
        other = by_code.get(anchor[5:])
        return other.actual_end if other is not None else None
    return None


def step_dates(
    step: ProjectStep,
    project: Project,
    by_code: dict[str, ProjectStep],
    calendar: WorkCalendar,
    today: dt.date,
) -> StepDates:
    due = earliest = None
    period = step.period
    if period:
        anchor = _anchor(step, project, by_code)
        if anchor is not None:
            computed = calendar.add(anchor, int(period["days"]), period["unit"])
            if period.get("kind", PeriodKind.DEADLINE) == PeriodKind.MINIMUM:
                earliest = computed
            else:
                due = computed
    if step.planned_end is not None:
        due = DueDate(step.planned_end)
    overdue = due is not None and step.status not in CLOSED and due.date < today
    return StepDates(due, earliest, overdue, (today - due.date).days if overdue else 0)


# --- progress ------------------------------------------------------------------------------


@dataclass
class StepState:
    step: ProjectStep
    dates: StepDates


@dataclass
class PhaseProgress:
    code: str
    name: str
    name_en: str
    steps: list[StepState] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.steps)

    @property
    def done(self) -> int:
        return sum(1 for s in self.steps if s.step.status in CLOSED)

    @property
    def overdue(self) -> list[StepState]:
        return [s for s in self.steps if s.dates.overdue]


@dataclass
class ProjectProgress:
    project: Project
    phases: list[PhaseProgress]

    @property
    def total(self) -> int:
        return sum(p.total for p in self.phases)

    @property
    def done(self) -> int:
        return sum(p.done for p in self.phases)

    @property
    def overdue(self) -> list[StepState]:
        return [s for p in self.phases for s in p.overdue]


def progress(
    session: Session,
    project: Project,
    today: dt.date | None = None,
    calendar: WorkCalendar | None = None,
    steps: list[ProjectStep] | None = None,
) -> ProjectProgress:
    """The project's steps grouped by phase, with due dates and overdue flags as of ``today``."""
    today = today or dt.date.today()
    calendar = calendar or load_calendar(session)
    steps = steps if steps is not None else load_steps(session, project.id)
    by_code = {s.code: s for s in steps}
    phases: dict[str, PhaseProgress] = {}
    for step in steps:
        phase = phases.get(step.phase_code)
        if phase is None:
            phase = phases[step.phase_code] = PhaseProgress(
                step.phase_code, step.phase_name, step.phase_name_en
            )
        phase.steps.append(StepState(step, step_dates(step, project, by_code, calendar, today)))
    return ProjectProgress(project, list(phases.values()))


# --- changing a step -----------------------------------------------------------------------


def missing_materials(step: ProjectStep) -> list[StepMaterial]:
    return [m for m in step.materials if m.required and not m.provided and not m.waived]


def unfinished_prerequisites(session: Session, step: ProjectStep) -> list[ProjectStep]:
    if not step.prerequisites:
        return []
    others = session.scalars(
        select(ProjectStep)
        .where(ProjectStep.project_id == step.project_id, ProjectStep.code.in_(step.prerequisites))
        .order_by(ProjectStep.position)
    )
    return [other for other in others if other.status not in CLOSED]


def set_status(
    session: Session,
    step: ProjectStep,
    status: StepStatus | str,
    *,
    override_reason: str | None = None,
    today: dt.date | None = None,
) -> None:
    """Change a step's status, enforcing the completion rules.

    Completing fills in missing actual dates with ``today``. Raises ``RuleViolation`` when
    required materials are missing and ``NeedsConfirmation`` when prerequisites are unfinished
    and no ``override_reason`` was given.
    """
    status = StepStatus(status)
    today = today or dt.date.today()
    if status == StepStatus.DONE and step.status != StepStatus.DONE:
        missing = missing_materials(step)
        if missing:
            raise errors.RuleViolation(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Step {step} cannot be completed: these required materials are neither "
                    "provided nor waived: {materials}.",
                ),
                step=step.code,
                materials="、".join(m.name for m in missing),
            )
        from supervisor.procedure.gates import check_consent_gate  # not at the top: opening a project needs no residents

        check_consent_gate(session, step, override_reason)
        unfinished = unfinished_prerequisites(session, step)
        if unfinished:
            names = [f"{s.code} {s.name}" for s in unfinished]
            if not (override_reason or "").strip():
                raise errors.NeedsConfirmation(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Step {step} has prerequisites that are not complete: {steps}. "
                        "Complete it anyway?",
                    ),
                    reasons=names,
                    step=step.code,
                    steps="; ".join(names),
                )
            step.override_reason = override_reason.strip()
            step.override_by = current_user()
            step.override_at = utcnow()
            log_change(
                session,
                step,
                "step.override_prerequisites",
                reason=step.override_reason,
                unfinished=[s.code for s in unfinished],
            )
        step.actual_start = step.actual_start or today
        step.actual_end = step.actual_end or today
    elif status == StepStatus.IN_PROGRESS:
        step.actual_start = step.actual_start or today
        if step.status == StepStatus.DONE:
            step.actual_end = None
    elif status == StepStatus.NOT_STARTED and step.status == StepStatus.DONE:
        step.actual_end = None
    if step.status == StepStatus.DONE and status != StepStatus.DONE and step.override_reason:
        # Reopened: the override belonged to that completion (the audit trail keeps it).
        step.override_reason = ""
        step.override_by = ""
        step.override_at = None
    old = step.status
    step.status = status
    if old != status:
        log_change(session, step, "step.status", old=str(old), new=str(status))


@dataclass
class StepEdit:
    """The fields of a step a user edits directly."""

    planned_start: dt.date | None
    planned_end: dt.date | None
    actual_start: dt.date | None
    actual_end: dt.date | None
    responsible_person_id: int | None
    notes: str
    version: int | None = None  # of the stored step the edit began from (None: not compared)


# What an edit conflict shows of a step (``supervisor.db.conflicts``).
CONFLICT_LABELS = {
    "planned_start": QT_TRANSLATE_NOOP("errors", "Planned start"),
    "planned_end": QT_TRANSLATE_NOOP("errors", "Planned end"),
    "actual_start": QT_TRANSLATE_NOOP("errors", "Actual start"),
    "actual_end": QT_TRANSLATE_NOOP("errors", "Actual end"),
    "notes": QT_TRANSLATE_NOOP("errors", "Notes"),
}


def validate_dates(edit: StepEdit) -> None:
    if edit.planned_start and edit.planned_end and edit.planned_end < edit.planned_start:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The planned end is before the planned start."),
            field="planned_end",
        )
    if edit.actual_start and edit.actual_end and edit.actual_end < edit.actual_start:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The actual end is before the actual start."),
            field="actual_end",
        )


def current_edit(step: ProjectStep) -> StepEdit:
    return StepEdit(
        step.planned_start,
        step.planned_end,
        step.actual_start,
        step.actual_end,
        step.responsible_person_id,
        step.notes,
        step.version,
    )


def update_step(session: Session, step: ProjectStep, edit: StepEdit) -> None:
    """Apply a user's edit; refused (``EditConflict``) when someone saved the step after the
    edit began."""
    conflicts.ensure_unchanged(
        step, edit.version, f"{step.code}. {step.name}", lambda: current_edit(step), edit, CONFLICT_LABELS
    )
    validate_dates(edit)
    step.planned_start = edit.planned_start
    step.planned_end = edit.planned_end
    step.actual_start = edit.actual_start
    step.actual_end = edit.actual_end
    step.responsible_person_id = edit.responsible_person_id
    step.notes = edit.notes


def overdue_findings(session: Session, today: dt.date | None = None) -> list:
    """The open projects' steps past their due date, as ``supervisor check`` warns of them
    (``integrity.Problem``: "overdue", "DH-2026-01 step 26 问题整改闭环: due 2026-11-18, 13 day(s) ago")."""
    from supervisor.db.integrity import Problem

    today = today or dt.date.today()
    calendar = load_calendar(session)
    findings = []
    projects = session.scalars(select(Project).where(Project.archived.is_(False)).order_by(Project.code))
    for project in projects:
        for state in progress(session, project, today, calendar).overdue:
            step, dates = state.step, state.dates
            findings.append(Problem(
                "overdue", f"{project.code} step {step.code} {step.name}: due {dates.due.date.isoformat()}, "
                f"{dates.overdue_days} day(s) ago",
            ))
    return findings

