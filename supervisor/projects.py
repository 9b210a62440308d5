"""Area projects, their parties, compounds, buildings, units and households.

``ProjectData`` is what a project dialog or an import hands in; ``validate`` checks it before
anything is written, so an invalid entry never leaves half a record behind.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, selectinload

from supervisor import errors, procedure, templates
from supervisor.db.audit import log_change
from supervisor.db.models import (
    Building,
    Compound,
    Household,
    PartyRole,
    Person,
    ProcedureTemplate,
    Project,
    ProjectClass,
    ProjectParty,
    ProjectStep,
    StepStatus,
    Unit,
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


def create_project(
    session: Session, data: ProjectData, template: ProcedureTemplate | None = None
) -> Project:
    """A new project with its own copy of the procedure (the default template if none given)."""
    validate(session, data)
    template = template or templates.default_template(session)
    project = Project()
    _apply(project, data)
    procedure.instantiate(project, template)
    session.add(project)
    session.flush()
    log_change(session, project, "project.create", code=project.code, template=template.uuid)
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


# --- compounds -----------------------------------------------------------------------------


@dataclass
class CompoundData:
    name: str
    address: str = ""
    year_built: int | None = None
    households: int | None = None


def _validate_compound(session: Session, project: Project, data: CompoundData, existing: Compound | None) -> None:
    if not data.name.strip():
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The compound needs a name."), field="name"
        )
    this_year = dt.date.today().year
    if data.year_built is not None and not 1900 <= data.year_built <= this_year:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The year built must be between 1900 and {year}."),
            field="year_built",
            year=this_year,
        )
    if data.households is not None and not 0 <= data.households <= 100000:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The number of households must be 0 to 100000."),
            field="households",
        )
    clash = session.scalar(
        select(Compound.id).where(
            Compound.project_id == project.id, Compound.name == data.name.strip()
        )
    )
    if clash is not None and (existing is None or clash != existing.id):
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "This project already has a compound named {name}."),
            field="name",
            name=data.name.strip(),
        )


def add_compound(session: Session, project: Project, data: CompoundData) -> Compound:
    _validate_compound(session, project, data, None)
    compound = Compound(
        name=data.name.strip(),
        address=data.address.strip(),
        year_built=data.year_built,
        households=data.households,
    )
    project.compounds.append(compound)
    session.flush()
    log_change(session, compound, "compound.create", name=compound.name)
    return compound


def update_compound(session: Session, compound: Compound, data: CompoundData) -> None:
    _validate_compound(session, compound.project, data, compound)
    compound.name = data.name.strip()
    compound.address = data.address.strip()
    compound.year_built = data.year_built
    compound.households = data.households


def remove_compound(session: Session, compound: Compound) -> None:
    log_change(session, compound, "compound.remove", name=compound.name)
    session.delete(compound)


def get_compound(session: Session, compound_id: int) -> Compound:
    compound = session.get(Compound, compound_id)
    if compound is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The compound no longer exists."))
    return compound


def add_building(
    session: Session,
    compound: Compound,
    name: str,
    units: int,
    floors: int,
    flats_per_floor: int,
) -> Building:
    """A building with its units and households numbered floor by floor (101, 102, 201...)."""
    if not name.strip():
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The building needs a name."), field="name"
        )
    if not (1 <= units <= 20 and 1 <= floors <= 60 and 1 <= flats_per_floor <= 20):
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Units must be 1-20, floors 1-60 and flats per floor 1-20."
            )
        )
    if any(b.name == name.strip() for b in compound.buildings):
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The compound already has a building named {name}."),
            field="name",
            name=name.strip(),
        )
    building = Building(name=name.strip(), floors=floors, position=len(compound.buildings))
    for u in range(1, units + 1):
        unit = Unit(name=str(u), position=u - 1)
        for floor in range(1, floors + 1):
            for flat in range(1, flats_per_floor + 1):
                unit.households.append(Household(number=f"{floor}{flat:02d}"))
        building.units.append(unit)
    compound.buildings.append(building)
    session.flush()
    return building


def household_count(session: Session, compound_id: int) -> int:
    return session.scalar(
        select(func.count(Household.id))
        .join(Unit, Household.unit_id == Unit.id)
        .join(Building, Unit.building_id == Building.id)
        .where(Building.compound_id == compound_id)
    )


# --- people --------------------------------------------------------------------------------


def list_people(session: Session) -> list[Person]:
    return list(session.scalars(select(Person).order_by(Person.name)))


def add_person(session: Session, name: str, role: str = "", organisation: str = "", phone: str = "") -> Person:
    if not name.strip():
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "A person needs a name."), field="name"
        )
    if phone.strip() and not PHONE_PATTERN.match(phone.strip()):
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The phone number {phone} is not valid."),
            field="phone",
            phone=phone,
        )
    person = Person(
        name=name.strip(), role=role.strip(), organisation=organisation.strip(), phone=phone.strip()
    )
    session.add(person)
    session.flush()
    return person


@dataclass(frozen=True)
class CompoundRow:
    """One line of a project's compound list."""

    id: int
    name: str
    address: str
    year_built: int | None
    households_declared: int | None
    buildings: int
    households_recorded: int


def list_compounds(session: Session, project_id: int) -> list[CompoundRow]:
    buildings = (
        select(Building.compound_id, func.count().label("n"))
        .group_by(Building.compound_id)
        .subquery()
    )
    households = (
        select(Building.compound_id, func.count(Household.id).label("n"))
        .join(Unit, Unit.building_id == Building.id)
        .join(Household, Household.unit_id == Unit.id)
        .group_by(Building.compound_id)
        .subquery()
    )
    query = (
        select(Compound, func.coalesce(buildings.c.n, 0), func.coalesce(households.c.n, 0))
        .outerjoin(buildings, buildings.c.compound_id == Compound.id)
        .outerjoin(households, households.c.compound_id == Compound.id)
        .where(Compound.project_id == project_id)
        .order_by(Compound.name)
    )
    return [
        CompoundRow(c.id, c.name, c.address, c.year_built, c.households, int(b), int(h))
        for c, b, h in session.execute(query)
    ]


def compound_data(compound: Compound) -> CompoundData:
    return CompoundData(compound.name, compound.address, compound.year_built, compound.households)


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    role: str
    organisation: str
    phone: str


def person_rows(session: Session) -> list[PersonRow]:
    return [PersonRow(p.id, p.name, p.role, p.organisation, p.phone) for p in list_people(session)]


def update_person(session: Session, person_id: int, name: str, role: str, organisation: str, phone: str) -> None:
    person = session.get(Person, person_id)
    if person is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The person no longer exists."))
    if not name.strip():
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "A person needs a name."), field="name"
        )
    if phone.strip() and not PHONE_PATTERN.match(phone.strip()):
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The phone number {phone} is not valid."),
            field="phone",
            phone=phone,
        )
    person.name, person.role = name.strip(), role.strip()
    person.organisation, person.phone = organisation.strip(), phone.strip()


@dataclass(frozen=True)
class UnitOutline:
    name: str
    households: tuple[str, ...]


@dataclass(frozen=True)
class BuildingOutline:
    id: int
    name: str
    floors: int | None
    units: tuple[UnitOutline, ...]


def compound_outline(session: Session, compound_id: int) -> list[BuildingOutline]:
    """The compound's buildings, their units and household numbers, in order."""
    buildings = session.scalars(
        select(Building)
        .where(Building.compound_id == compound_id)
        .order_by(Building.position, Building.name)
        .options(selectinload(Building.units).selectinload(Unit.households))
    )
    return [
        BuildingOutline(
            b.id,
            b.name,
            b.floors,
            tuple(UnitOutline(u.name, tuple(h.number for h in u.households)) for u in b.units),
        )
        for b in buildings
    ]


@dataclass(frozen=True)
class LocationChoice:
    """A building, unit or household to pick as a location, with its children."""

    id: int
    name: str
    children: tuple["LocationChoice", ...] = ()


def location_tree(session: Session, compound_id: int) -> list[LocationChoice]:
    """Buildings → units → households of a compound, with ids (for location pickers)."""
    buildings = session.scalars(
        select(Building)
        .where(Building.compound_id == compound_id)
        .order_by(Building.position, Building.name)
        .options(selectinload(Building.units).selectinload(Unit.households))
    )
    return [
        LocationChoice(
            b.id,
            b.name,
            tuple(
                LocationChoice(u.id, u.name, tuple(LocationChoice(h.id, h.number) for h in u.households))
                for u in b.units
            ),
        )
        for b in buildings
    ]
