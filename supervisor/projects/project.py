"""Area projects (片区项目) and their parties (建设/施工/监理/设计单位), and the project list.

``ProjectData`` is what a project dialog or an import hands in; ``validate`` checks it before
anything is written, so an invalid entry never leaves half a record behind. A project is always
created on a procedure template: ``supervisor.procedure.templates.create_project`` makes the
record here (``new_project_record``) and gives it its steps.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, selectinload

from supervisor import errors
from supervisor.codes import PartyRole, ProjectClass, StepStatus
from supervisor.db.audit import log_change
from supervisor.db.models import (
    Compound,
    Project,
    ProjectParty,
    ProjectStep,
)
from supervisor.i18n import QT_TRANSLATE_NOOP

CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-./]{0,49}$")
PHONE_PATTERN = re.compile(r"^[0-9+\-() ]{3,30}$")


@dataclass
class PartyData:
    organisation: str = ""
    contact_name: str = ""
    contact_phone: str = ""


@dataclass
class ProjectData:
    code: str
    name: str
    district: str = ""
    street: str = ""
    community: str = ""
    project_class: str = ProjectClass.BASIC
    budget: Decimal | None = None
    planned_start: dt.date | None = None
    planned_end: dt.date | None = None
    notes: str = ""
    parties: dict[str, PartyData] = field(default_factory=dict)


def parse_budget(text: str) -> Decimal | None:
    """A budget typed by a user (``1,234,567.89``, ``¥ 500万`` is refused), or None if empty."""
    cleaned = text.strip().replace(",", "").replace("，", "").replace("¥", "").replace("￥", "")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
        if not value.is_finite():  # "NaN", "inf": Decimal accepts them, comparisons fail
            raise InvalidOperation(cleaned)
    except InvalidOperation as error:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The budget must be a number of yuan, e.g. 3500000."),
            field="budget",
        ) from error
    return value


def validate(session: Session, data: ProjectData, existing: Project | None = None) -> None:
    code = data.code.strip()
    if not code:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The project needs a code."), field="code"
        )
    if not CODE_PATTERN.match(code):
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The project code may use letters, digits and - _ . / only (at most 50).",
            ),
            field="code",
        )
    if not data.name.strip():
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The project needs a name."), field="name"
        )
    if data.project_class not in {c.value for c in ProjectClass}:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown project class."), field="project_class"
        )
    if data.budget is not None and (
        not data.budget.is_finite() or data.budget < 0 or data.budget >= Decimal("1e14")
    ):
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The budget must be between 0 and 10^14 yuan."),
            field="budget",
        )
    if data.planned_start and data.planned_end and data.planned_end < data.planned_start:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The planned end is before the planned start."),
            field="planned_end",
        )
    for role, party in data.parties.items():
        if role not in {r.value for r in PartyRole}:
            raise errors.ValidationError(
                QT_TRANSLATE_NOOP("errors", "Unknown party role {role}."), role=role
            )
        if party.contact_phone.strip() and not PHONE_PATTERN.match(party.contact_phone.strip()):
            raise errors.ValidationError(
                QT_TRANSLATE_NOOP("errors", "The phone number {phone} is not valid."),
                field=f"phone_{role}",
                phone=party.contact_phone,
            )
    clash = session.scalar(select(Project.id).where(Project.code == code))
    if clash is not None and (existing is None or clash != existing.id):
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "A project with the code {code} already exists."),
            field="code",
            code=code,
        )


def _apply(project: Project, data: ProjectData) -> None:
    project.code = data.code.strip()
    project.name = data.name.strip()
    project.district = data.district.strip()
    project.street = data.street.strip()
    project.community = data.community.strip()
    project.project_class = data.project_class
    project.budget = data.budget
    project.planned_start = data.planned_start
    project.planned_end = data.planned_end
    project.notes = data.notes
    by_role = {party.role: party for party in project.parties}
    for role, party_data in data.parties.items():
        party = by_role.get(role)
        if party is None:
            party = ProjectParty(role=role)
            project.parties.append(party)
        party.organisation = party_data.organisation.strip()
        party.contact_name = party_data.contact_name.strip()
        party.contact_phone = party_data.contact_phone.strip()


def new_project_record(session: Session, data: ProjectData) -> Project:
    """A validated project, not yet added to the session and without steps (see the module)."""
    validate(session, data)
    project = Project()
    _apply(project, data)
    return project


def update_project(session: Session, project: Project, data: ProjectData) -> None:
    validate(session, data, existing=project)
    _apply(project, data)
    log_change(session, project, "project.update")


def project_data(project: Project) -> ProjectData:
    return ProjectData(
        code=project.code,
        name=project.name,
        district=project.district,
        street=project.street,
        community=project.community,
        project_class=project.project_class,
        budget=project.budget,
        planned_start=project.planned_start,
        planned_end=project.planned_end,
        notes=project.notes,
        parties={
            p.role: PartyData(p.organisation, p.contact_name, p.contact_phone)
            for p in project.parties
        },
    )


def party_names(session: Session, project_id: int) -> list[str]:
    """The organisations named as the project's parties (the choices of a responsible party)."""
    return [p.organisation for p in get_project(session, project_id).parties if p.organisation]


def set_archived(session: Session, project: Project, archived: bool) -> None:
    project.archived = archived
    log_change(session, project, "project.archive" if archived else "project.unarchive")


def get_project(session: Session, project_id: int) -> Project:
    project = session.get(Project, project_id, options=[selectinload(Project.parties)])
    if project is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The project no longer exists."))
    return project


def find_project(session: Session, code: str) -> Project:
    project = session.scalars(select(Project).where(Project.code == code)).first()
    if project is None:
        raise errors.NotFound(
            QT_TRANSLATE_NOOP("errors", "There is no project with the code {code}."), code=code
        )
    return project


@dataclass(frozen=True)
class ProjectRow:
    """One line of the project list."""

    id: int
    code: str
    name: str
    district: str
    street: str
    project_class: str
    planned_start: dt.date | None
    planned_end: dt.date | None
    archived: bool
    steps_total: int
    steps_done: int
    compounds: int


def list_projects(session: Session, include_archived: bool = False) -> list[ProjectRow]:
    """Project list rows with progress counts, in one query each for steps and compounds."""
    closed = [StepStatus.DONE.value, StepStatus.NOT_APPLICABLE.value]
    step_counts = (
        select(
            ProjectStep.project_id,
            func.count().label("total"),
            func.sum(case((ProjectStep.status.in_(closed), 1), else_=0)).label("done"),
        )
        .group_by(ProjectStep.project_id)
        .subquery()
    )
    compound_counts = (
        select(Compound.project_id, func.count().label("n")).group_by(Compound.project_id).subquery()
    )
    query = (
        select(
            Project,
            func.coalesce(step_counts.c.total, 0),
            func.coalesce(step_counts.c.done, 0),
            func.coalesce(compound_counts.c.n, 0),
        )
        .outerjoin(step_counts, step_counts.c.project_id == Project.id)
        .outerjoin(compound_counts, compound_counts.c.project_id == Project.id)
        .order_by(Project.archived, Project.code)
    )
    if not include_archived:
        query = query.where(Project.archived.is_(False))
    return [
        ProjectRow(
            p.id, p.code, p.name, p.district, p.street, p.project_class, p.planned_start,
            p.planned_end, p.archived, int(total), int(done), int(n),
        )
        for p, total, done, n in session.execute(query)
    ]
