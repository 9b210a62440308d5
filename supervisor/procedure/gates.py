"""Gates on procedure steps: the residents' consent.

A step gated on a consultation round (``gate == "consent:N"``, step 1 of the default template)
cannot be completed while a compound of the project is below the consent threshold in that
round (``supervisor.residents.consultation``), unless a reason is recorded. A step completed on
consent that no longer holds (households added to the roster afterwards) is an ``UnmetGate``,
which ``supervisor check`` reports; ``gates_lost_by`` tells beforehand which a change (a roster
import) would leave unmet, for the import's preview.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from supervisor import errors
from supervisor.codes import StepStatus
from supervisor.db.audit import current_user, log_change
from supervisor.db.integrity import Problem
from supervisor.db.models import Project, ProjectStep, utcnow
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.residents.consultation import project_tallies


def check_consent_gate(session: Session, step: ProjectStep, override_reason: str | None) -> None:
    """Hold back a step gated on consultation unless every compound passed or a reason is given."""
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


def gate_round(step: ProjectStep) -> int | None:
    gate = step.gate or ""
    if gate.startswith("consent:"):
        try:
            return int(gate.split(":", 1)[1])
        except ValueError:
            return None
    return None


@dataclass(frozen=True)
class UnmetGate:
    """A completed step whose consent no longer holds, and the compounds now below it."""

    project_code: str
    step_code: str
    step_name: str
    compounds: tuple[str, ...]  # "光明新村 77.8% (35/45)"

    def __str__(self) -> str:
        return (
            f"project {self.project_code} step {self.step_code} {self.step_name} was completed on "
            f"residents' consent, but these compounds are now below the threshold: {'; '.join(self.compounds)}"
        )


def unmet_gates(session: Session, project_id: int | None = None) -> list[UnmetGate]:
    """Steps completed without an override whose consultation round no longer passes, e.g.
    because households were added to the roster afterwards."""
    query = (
        select(ProjectStep, Project.code)
        .join(Project, Project.id == ProjectStep.project_id)
        .where(ProjectStep.gate != "", ProjectStep.status == StepStatus.DONE.value)
        .order_by(Project.code, ProjectStep.position)
    )
    if project_id is not None:
        query = query.where(ProjectStep.project_id == project_id)
    found = []
    for step, code in session.execute(query):
        round_ = gate_round(step)
        if round_ is None or (step.override_reason or "").strip():
            continue
        failing = [t.summary() for t in project_tallies(session, step.project_id, round_) if not t.passed]
        if failing:
            found.append(UnmetGate(code, step.code, step.name, tuple(failing)))
    return found


def gates_lost_by(session: Session, project_id: int, change: Callable[[Session], object]) -> list[UnmetGate]:
    """The completed steps of the project whose residents' consent ``change(session)`` would
    leave unmet (or unmet differently), without changing anything: the change is made in a
    savepoint and undone. ``session`` must be able to write (the savepoint takes the lock).
    Without a completed gated step nothing can be lost, and nothing is tried."""
    completed_gated_step = session.scalar(
        select(ProjectStep.id).where(
            ProjectStep.project_id == project_id, ProjectStep.gate != "",
            ProjectStep.status == StepStatus.DONE.value,
        ).limit(1)
    )
    if completed_gated_step is None:
        return []
    before = unmet_gates(session, project_id)
    savepoint = session.begin_nested()
    try:
        change(session)
        session.flush()
        after = unmet_gates(session, project_id)
    finally:
        savepoint.rollback()
    return [gate for gate in after if gate not in before]


def consent_problems(session: Session) -> list[Problem]:
    """Every unmet gate, as ``supervisor check`` reports it."""
    return [Problem("consent no longer met", str(gate)[len("project "):]) for gate in unmet_gates(session)]
