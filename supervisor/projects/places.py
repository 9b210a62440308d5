"""A project's places: compounds (小区), buildings (楼栋), units (单元), and the choices a
location field offers down to the household. The household roster itself is in
``supervisor.residents.roster``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from supervisor import errors
from supervisor.db.audit import log_change
from supervisor.db.models import (
    AcceptanceItem,
    Building,
    Compound,
    Consultation,
    Household,
    Opinion,
    Project,
    Rectification,
    SiteCheck,
    SupervisionDay,
    Survey,
    Unit,
)
from supervisor.i18n import QT_TRANSLATE_NOOP


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


@dataclass(frozen=True)
class CompoundRemoval:
    """What removing a compound takes with it (the first five) and what stays without its link
    to the compound (the rest), counted (``removal_summary``)."""

    name: str
    buildings: int
    units: int
    households: int
    answers: int  # consultation answers of its households, both rounds
    surveys: int  # satisfaction survey forms
    checks: int
    rectifications: int
    opinions: int
    supervision_days: int
    acceptance_items: int


def removal_summary(session: Session, compound_id: int) -> CompoundRemoval:
    """What ``remove_compound`` would take with it, counted, for the question asked first."""
    compound = get_compound(session, compound_id)
    units = select(Unit.id).join(Building, Unit.building_id == Building.id).where(Building.compound_id == compound_id)
    households = select(Household.id).where(Household.unit_id.in_(units))

    def count(model, *where) -> int:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0

    return CompoundRemoval(
        name=compound.name,
        buildings=count(Building, Building.compound_id == compound_id),
        units=count(Unit, Unit.id.in_(units)),
        households=count(Household, Household.unit_id.in_(units)),
        answers=count(Consultation, Consultation.household_id.in_(households)),
        surveys=count(Survey, Survey.compound_id == compound_id),
        checks=count(SiteCheck, SiteCheck.compound_id == compound_id),
        rectifications=count(Rectification, Rectification.compound_id == compound_id),
        opinions=count(Opinion, Opinion.compound_id == compound_id),
        supervision_days=count(SupervisionDay, SupervisionDay.compound_id == compound_id),
        acceptance_items=count(AcceptanceItem, AcceptanceItem.compound_id == compound_id),
    )


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
