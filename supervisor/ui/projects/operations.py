"""What the window does with projects, their compounds and buildings, and the people named on
records: reads, writes and undoable edits through the controller."""

from __future__ import annotations

from supervisor.procedure import templates
from supervisor.projects import people, places, project
from supervisor.ui.controller import Operations


class ProjectOperations(Operations):
    # --- projects ---

    def projects(self, include_archived: bool):
        return self.read(lambda s: project.list_projects(s, include_archived))

    def project_data(self, project_id: int):
        return self.read(lambda s: project.project_data(project.get_project(s, project_id)))

    def party_names(self, project_id: int) -> list[str]:
        return self.read(lambda s: project.party_names(s, project_id))

    def create_project(self, data, template_id: int | None = None) -> int:
        def create(session):
            template = templates.get_template(session, template_id) if template_id else None
            return templates.create_project(session, data, template).id

        return self.write(create)

    def update_project(self, project_id: int, data) -> None:
        before = self.project_data(project_id)
        self.undoable(
            self.tr("Edit project {code}").format(code=data.code),
            lambda s: project.update_project(s, project.get_project(s, project_id), data),
            lambda s: project.update_project(s, project.get_project(s, project_id), before),
        )

    def set_archived(self, project_id: int, archived: bool) -> None:
        self.undoable(
            self.tr("Archive project") if archived else self.tr("Restore project"),
            lambda s: project.set_archived(s, project.get_project(s, project_id), archived),
            lambda s: project.set_archived(s, project.get_project(s, project_id), not archived),
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
        return self.write(lambda s: places.add_compound(s, project.get_project(s, project_id), data).id)

    def update_compound(self, compound_id: int, data) -> None:
        before = self.compound_data(compound_id)
        self.undoable(
            self.tr("Edit compound {name}").format(name=data.name),
            lambda s: places.update_compound(s, places.get_compound(s, compound_id), data),
            lambda s: places.update_compound(s, places.get_compound(s, compound_id), before),
        )

    def remove_compound(self, compound_id: int) -> None:
        self.write(lambda s: places.remove_compound(s, places.get_compound(s, compound_id)))

    def add_building(self, compound_id: int, name: str, units: int, floors: int, flats: int) -> None:
        self.write(lambda s: places.add_building(s, places.get_compound(s, compound_id), name, units, floors, flats))

    # --- people ---

    def people(self) -> list[tuple[int, str, str]]:
        """``(id, name, organisation)`` of everyone, for choosing a responsible person."""
        return self.read(lambda s: [(p.id, p.name, p.organisation) for p in people.list_people(s)])

    def person_rows(self):
        return self.read(people.person_rows)

    def add_person(self, name: str, role: str, organisation: str, phone: str) -> int:
        return self.write(lambda s: people.add_person(s, name, role, organisation, phone).id)

    def update_person(self, person_id: int, name: str, role: str, organisation: str, phone: str) -> None:
        self.write(lambda s: people.update_person(s, person_id, name, role, organisation, phone))
