"""What the window does with projects, their compounds and buildings, and the people named on
records: reads, writes and undoable edits through the controller."""

from __future__ import annotations

from sqlalchemy import select

from supervisor.db.models import (
    Building,
    Compound,
    Household,
    Person,
    Project,
    ProjectParty,
    ProjectStep,
    StepMaterial,
    Unit,
)
from supervisor.db.records import CREATED, part
from supervisor.procedure import templates
from supervisor.projects import people, places, project
from supervisor.ui.controller import Operations


def _project_parts(project_id):
    return [
        part(Project, Project.id == project_id, links=False),
        part(ProjectParty, ProjectParty.project_id == project_id),
    ]


class ProjectOperations(Operations):
    # --- projects ---

    def projects(self, include_archived: bool):
        return self.read(lambda s: project.list_projects(s, include_archived))

    def project_data(self, project_id: int):
        return self.read(lambda s: project.project_data(project.get_project(s, project_id)))

    def party_names(self, project_id: int) -> list[str]:
        return self.read(lambda s: project.party_names(s, project_id))

    def create_project(self, data, template_id: int | None = None) -> int:
        """A new project on the template's steps (undoable while nothing was recorded in it)."""
        def create(session):
            template = templates.get_template(session, template_id) if template_id else None
            return templates.create_project(session, data, template).id

        def touches(project_id):
            steps = select(ProjectStep.id).where(ProjectStep.project_id == project_id)
            return [
                part(Project, Project.id == project_id, links=CREATED),
                part(ProjectParty, ProjectParty.project_id == project_id),
                part(ProjectStep, ProjectStep.project_id == project_id, links=CREATED),
                part(StepMaterial, StepMaterial.step_id.in_(steps), links=CREATED),
            ]

        return self.undoable_write(self.tr("New project {code}").format(code=data.code.strip()), create, touches)

    def update_project(self, project_id: int, data) -> None:
        self.undoable_write(
            self.tr("Edit project {code}").format(code=data.code),
            lambda s: project.update_project(s, project.get_project(s, project_id), data),
            lambda _result: _project_parts(project_id),
        )

    def set_archived(self, project_id: int, archived: bool) -> None:
        self.undoable_write(
            self.tr("Archive project") if archived else self.tr("Restore project"),
            lambda s: project.set_archived(s, project.get_project(s, project_id), archived),
            lambda _result: _project_parts(project_id),
        )

    # --- compounds and buildings ---

    def compounds(self, project_id: int):
        return self.read(lambda s: places.list_compounds(s, project_id))

    def compound_data(self, compound_id: int):
        return self.read(lambda s: places.compound_data(places.get_compound(s, compound_id)))

    def compound_outline(self, compound_id: int):
        return self.read(lambda s: places.compound_outline(s, compound_id))

    def location_tree(self, compound_id: int):
        return self.read(lambda s: places.location_tree(s, compound_id))

    def add_compound(self, project_id: int, data) -> int:
        return self.undoable_write(
            self.tr("New compound {name}").format(name=data.name.strip()),
            lambda s: places.add_compound(s, project.get_project(s, project_id), data).id,
            lambda compound_id: [part(Compound, Compound.id == compound_id)],
        )

    def update_compound(self, compound_id: int, data) -> None:
        self.undoable_write(
            self.tr("Edit compound {name}").format(name=data.name),
            lambda s: places.update_compound(s, places.get_compound(s, compound_id), data),
            lambda _result: [part(Compound, Compound.id == compound_id, links=False)],
        )

    def compound_removal(self, compound_id: int):
        """What removing the compound takes with it (``places.CompoundRemoval``)."""
        return self.read(lambda s: places.removal_summary(s, compound_id))

    def remove_compound(self, compound_id: int) -> None:
        """Not undoable (a whole roster goes with it): the view asks first, naming what goes."""
        self.write(lambda s: places.remove_compound(s, places.get_compound(s, compound_id)))

    def add_building(self, compound_id: int, name: str, units: int, floors: int, flats: int) -> None:
        def touches(building_id):
            units_of = select(Unit.id).where(Unit.building_id == building_id)
            return [
                part(Building, Building.id == building_id),
                part(Unit, Unit.building_id == building_id),
                part(Household, Household.unit_id.in_(units_of)),
            ]

        self.undoable_write(
            self.tr("Add building {name}").format(name=name.strip()),
            lambda s: places.add_building(s, places.get_compound(s, compound_id), name, units, floors, flats).id,
            touches,
        )

    # --- people ---

    def people(self) -> list[tuple[int, str, str]]:
        """``(id, name, organisation)`` of everyone, for choosing a responsible person."""
        return self.read(lambda s: [(p.id, p.name, p.organisation) for p in people.list_people(s)])

    def person_rows(self):
        return self.read(people.person_rows)

    def add_person(self, name: str, role: str, organisation: str, phone: str) -> int:
        return self.undoable_write(
            self.tr("Add {name} to the people").format(name=name.strip()),
            lambda s: people.add_person(s, name, role, organisation, phone).id,
            lambda person_id: [part(Person, Person.id == person_id)],
        )

    def update_person(self, person_id: int, name: str, role: str, organisation: str, phone: str) -> None:
        self.undoable_write(
            self.tr("Edit {name}").format(name=name.strip()),
            lambda s: people.update_person(s, person_id, name, role, organisation, phone),
            lambda _result: [part(Person, Person.id == person_id, links=False)],
        )
