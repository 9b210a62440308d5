"""A project's procedure: its steps, their rules, due dates, progress.

Rules enforced here, for every caller (window, command line, tests):

- a step cannot be completed while a required material is neither provided nor waived;
- completing a step whose prerequisites are not complete needs an explicit override with a
  reason, which is recorded on the step and in the audit trail;
- so does completing a step gated on a consultation round (step 1 of the default template)
  while a compound of the project is below the consent threshold (``supervisor.consultation``);
- a step's due date is its planned end when one is set, else its statutory period counted
  from its anchor (its own start, the project's planned start, or another step's completion)
  in working or calendar days; a deadline past today on an open step is overdue.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from supervisor import errors
from supervisor.db.audit import current_user, log_change
from supervisor.db.models import (
    Attachment,
    AttachmentBlob,
    CalendarDay,
    PeriodKind,
    ProcedureTemplate,
    Project,
    ProjectStep,
    StepMaterial,
    StepStatus,
    utcnow,
)
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.workdays import DueDate, WorkCalendar

CLOSED = (StepStatus.DONE, StepStatus.NOT_APPLICABLE)
MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


def instantiate(project: Project, template: ProcedureTemplate) -> None:
    """Give ``project`` its own copy of every step and material of ``template``."""
    project.template = template
    position = 0
    for phase in template.phases:
        for tstep in phase.steps:
            step = ProjectStep(
                template_step_id=tstep.id,
                phase_code=phase.code,
                phase_name=phase.name,
                phase_name_en=phase.name_en,
                code=tstep.code,
                name=tstep.name,
                name_en=tstep.name_en,
                description=tstep.description,
                responsible_party=tstep.responsible,
                period=tstep.period,
                prerequisites=list(tstep.prerequisites or []),
                gate=tstep.gate or "",
                position=position,
                status=StepStatus.NOT_STARTED,
            )
            for m_index, tmaterial in enumerate(tstep.materials):
                step.materials.append(
                    StepMaterial(name=tmaterial.name, required=tmaterial.required, position=m_index)
                )
            project.steps.append(step)
            position += 1


def load_calendar(session: Session) -> WorkCalendar:
    rows = session.execute(select(CalendarDay.day, CalendarDay.is_workday)).all()
    return WorkCalendar({day: workday for day, workday in rows})


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


def _check_consent_gate(session: Session, step: ProjectStep, override_reason: str | None) -> None:
    """Hold back a step gated on consultation unless every compound passed or a reason is given."""
    from supervisor.consultation import gate_round, project_tallies

    round_ = gate_round(step)
    if round_ is None:
        return
    tallies = project_tallies(session, step.project_id, round_)
    failures = [t.summary() for t in tallies if not t.passed]
    if tallies and not failures:
        return
    if not tallies:
        template = QT_TRANSLATE_NOOP(
            "errors",
            "Step {step} needs consent from the residents of every compound (round {round}), "
            "but the project has no compounds. Complete it anyway?",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "errors",
            "Step {step} needs consent from the residents of every compound (round {round}); "
            "these compounds are below the threshold: {compounds}. Complete it anyway?",
        )
    if not (override_reason or "").strip():
        raise errors.NeedsConfirmation(
            template,
            reasons=failures,
            step=step.code,
            round=round_,
            compounds="; ".join(failures),
        )
    step.override_reason = override_reason.strip()
    step.override_by = current_user()
    step.override_at = utcnow()
    log_change(session, step, "step.override_consent", reason=step.override_reason, compounds=failures)


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
        _check_consent_gate(session, step, override_reason)
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
    )


def update_step(session: Session, step: ProjectStep, edit: StepEdit) -> None:
    validate_dates(edit)
    step.planned_start = edit.planned_start
    step.planned_end = edit.planned_end
    step.actual_start = edit.actual_start
    step.actual_end = edit.actual_end
    step.responsible_person_id = edit.responsible_person_id
    step.notes = edit.notes


# --- materials and attachments -------------------------------------------------------------


def get_material(session: Session, material_id: int) -> StepMaterial:
    material = session.get(StepMaterial, material_id)
    if material is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The material no longer exists."))
    return material


def set_provided(session: Session, material: StepMaterial, provided: bool) -> None:
    material.provided = provided
    if provided:
        material.waived = False
        material.waive_reason = ""


def waive(session: Session, material: StepMaterial, reason: str) -> None:
    if not reason.strip():
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give a reason for waiving {material}."),
            field="reason",
            material=material.name,
        )
    material.waived = True
    material.waive_reason = reason.strip()
    log_change(session, material, "material.waive", reason=material.waive_reason)


def unwaive(session: Session, material: StepMaterial) -> None:
    material.waived = False
    material.waive_reason = ""


def read_file_for_attachment(path: Path) -> bytes:
    """The bytes of a file the user chose, or a ``ValidationError`` saying why not."""
    try:
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise errors.ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "{file} is larger than {limit} MB and was not attached."
                ),
                file=path.name,
                limit=MAX_ATTACHMENT_BYTES // (1024 * 1024),
            )
        return path.read_bytes()
    except IsADirectoryError as error:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "{file} is a folder, not a file."), file=path.name
        ) from error
    except OSError as error:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "{file} cannot be read: {detail}"),
            file=path.name,
            detail=error.strerror or str(error),
        ) from error


def attach(session: Session, material: StepMaterial, filename: str, data: bytes) -> Attachment:
    """Store a file on a material (bytes in the database) and mark the material provided."""
    if not filename.strip():
        raise errors.ValidationError(QT_TRANSLATE_NOOP("errors", "The file needs a name."))
    media_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    attachment = Attachment(
        filename=filename,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        media_type=media_type,
    )
    attachment.blob = AttachmentBlob(data=data)
    material.attachments.append(attachment)
    set_provided(session, material, True)
    session.flush()
    log_change(session, attachment, "attachment.add", filename=filename, sha256=attachment.sha256)
    return attachment


def attachment_bytes(session: Session, attachment_id: int) -> tuple[str, bytes]:
    row = session.execute(
        select(Attachment.filename, AttachmentBlob.data)
        .join(AttachmentBlob, AttachmentBlob.attachment_id == Attachment.id)
        .where(Attachment.id == attachment_id)
    ).first()
    if row is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The attachment no longer exists."))
    return row[0], row[1]


def remove_attachment(session: Session, attachment_id: int) -> None:
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The attachment no longer exists."))
    material = attachment.material
    log_change(session, attachment, "attachment.remove", filename=attachment.filename)
    material.attachments.remove(attachment)
    session.flush()
    if not material.attachments:
        material.provided = False


# --- undo support --------------------------------------------------------------------------


@dataclass(frozen=True)
class SavedStep:
    """Everything a user can change on a step, to put it back exactly (undo)."""

    status: str
    edit: StepEdit
    override_reason: str
    override_by: str
    override_at: dt.datetime | None


def save_step(step: ProjectStep) -> SavedStep:
    return SavedStep(
        str(step.status), current_edit(step), step.override_reason, step.override_by, step.override_at
    )


def restore_step(session: Session, step: ProjectStep, saved: SavedStep) -> None:
    """Put a step back as it was. Undo runs in reverse order, so the saved state was valid."""
    old = step.status
    step.status = saved.status
    update_step(session, step, saved.edit)
    step.override_reason = saved.override_reason
    step.override_by = saved.override_by
    step.override_at = saved.override_at
    if old != saved.status:
        log_change(session, step, "step.status", old=str(old), new=saved.status, undo=True)
