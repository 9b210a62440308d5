"""Plain, detached records of what the window shows: a project's procedure with its materials.

Sessions are short (one user event); the window keeps these frozen records between events
instead of ORM objects, so nothing it holds can trigger a lazy load or go stale silently.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from supervisor.codes import StepStatus
from supervisor.db.models import Project
from supervisor.procedure.steps import CLOSED, progress


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    filename: str
    size: int
    sha256: str
    added_by: str
    added_at: dt.datetime | None


@dataclass(frozen=True)
class MaterialRow:
    id: int
    name: str
    required: bool
    provided: bool
    waived: bool
    waive_reason: str
    attachments: tuple[AttachmentRow, ...]

    @property
    def satisfied(self) -> bool:
        return self.provided or self.waived or not self.required


@dataclass(frozen=True)
class StepRow:
    id: int
    phase_code: str
    code: str
    name: str
    name_en: str
    description: str
    status: StepStatus
    responsible_party: str
    responsible_person_id: int | None
    responsible_person: str
    planned_start: dt.date | None
    planned_end: dt.date | None
    actual_start: dt.date | None
    actual_end: dt.date | None
    due: dt.date | None
    due_estimated: bool
    earliest: dt.date | None
    overdue: bool
    overdue_days: int
    notes: str
    period_note: str
    prerequisites: tuple[str, ...]
    override_reason: str
    override_by: str
    materials: tuple[MaterialRow, ...]
    version: int = 0

    @property
    def materials_done(self) -> int:
        return sum(1 for m in self.materials if m.required and (m.provided or m.waived))

    @property
    def materials_required(self) -> int:
        return sum(1 for m in self.materials if m.required)


@dataclass(frozen=True)
class PhaseRow:
    code: str
    name: str
    name_en: str
    steps: tuple[StepRow, ...]

    @property
    def total(self) -> int:
        return len(self.steps)

    @property
    def done(self) -> int:
        return sum(1 for s in self.steps if s.status in CLOSED)


@dataclass(frozen=True)
class ProcedureSnapshot:
    project_id: int
    project_code: str
    project_name: str
    today: dt.date
    phases: tuple[PhaseRow, ...]

    @property
    def total(self) -> int:
        return sum(p.total for p in self.phases)

    @property
    def done(self) -> int:
        return sum(p.done for p in self.phases)

    @property
    def overdue(self) -> int:
        return sum(1 for p in self.phases for s in p.steps if s.overdue)

    def steps(self) -> list[StepRow]:
        return [s for p in self.phases for s in p.steps]

    def step(self, step_id: int) -> StepRow | None:
        return next((s for s in self.steps() if s.id == step_id), None)

    def by_code(self, code: str) -> StepRow | None:
        return next((s for s in self.steps() if s.code == code), None)


def procedure_snapshot(
    session: Session, project: Project, today: dt.date | None = None
) -> ProcedureSnapshot:
    today = today or dt.date.today()
    state = progress(session, project, today)
    phases = []
    for phase in state.phases:
        rows = []
        for item in phase.steps:
            step, dates = item.step, item.dates
            person = step.responsible_person
            rows.append(
                StepRow(
                    id=step.id,
                    phase_code=step.phase_code,
                    code=step.code,
                    name=step.name,
                    name_en=step.name_en,
                    description=step.description,
                    status=StepStatus(step.status),
                    responsible_party=step.responsible_party,
                    responsible_person_id=step.responsible_person_id,
                    responsible_person=person.name if person else "",
                    planned_start=step.planned_start,
                    planned_end=step.planned_end,
                    actual_start=step.actual_start,
                    actual_end=step.actual_end,
                    due=dates.due.date if dates.due else None,
                    due_estimated=bool(dates.due and dates.due.estimated),
                    earliest=dates.earliest.date if dates.earliest else None,
                    overdue=dates.overdue,
                    overdue_days=dates.overdue_days,
                    notes=step.notes,
                    period_note=(step.period or {}).get("note", ""),
                    prerequisites=tuple(step.prerequisites or ()),
                    override_reason=step.override_reason,
                    override_by=step.override_by,
                    version=step.version,
                    materials=tuple(
                        MaterialRow(
                            id=m.id,
                            name=m.name,
                            required=m.required,
                            provided=m.provided,
                            waived=m.waived,
                            waive_reason=m.waive_reason,
                            attachments=tuple(
                                AttachmentRow(
                                    a.id, a.filename, a.size, a.sha256, a.created_by, a.created_at
                                )
                                for a in m.attachments
                            ),
                        )
                        for m in step.materials
                    ),
                )
            )
        phases.append(PhaseRow(phase.code, phase.name, phase.name_en, tuple(rows)))
    return ProcedureSnapshot(project.id, project.code, project.name, today, tuple(phases))
